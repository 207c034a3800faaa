"""The raw documents and their sections, on small hand-made inputs."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from newsclaims.data.corpus import (
    CorpusError,
    Document,
    Span,
    format_spans,
    is_arabic,
    parse_spans,
    read_text,
    sections,
)


def test_section_at():
    doc = Document("x", Path("x.txt"), "menu BODY more talk", [Span(5, 9)], [Span(10, 14)])
    assert doc.section_at(5, 9) == "body"
    assert doc.section_at(6, 8) == "body"
    assert doc.section_at(10, 14) == "comments"
    assert doc.section_at(0, 4) == "chrome"
    assert doc.section_at(3, 7) == "mixed"
    assert doc.body_text() == "BODY"


def test_read_text_keeps_newlines_as_stored(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("a\r\nب\n".encode())
    assert read_text(path) == "a\r\nب\n"


def test_read_text_rejects_non_utf8_naming_file_and_byte(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Qalamoun caf\u00e9".encode("latin-1"))
    with pytest.raises(CorpusError) as caught:
        read_text(path)
    message = str(caught.value)
    assert str(path) in message
    assert "byte 12" in message  # "Qalamoun caf" is 12 bytes
    assert "0xe9" in message
    assert "UTF-8" in message


def test_parse_spans():
    assert parse_spans("10-200;250-300") == [Span(10, 200), Span(250, 300)]
    assert parse_spans(" 250-300 ; 10-200 ") == [Span(10, 200), Span(250, 300)]
    assert parse_spans("") == []
    assert parse_spans("   ") == []
    assert parse_spans(None) == []
    assert parse_spans(math.nan) == []
    assert len(Span(10, 200)) == 190


def test_format_spans_round_trips():
    text = "150-398;400-718;1098-1359"
    assert format_spans(parse_spans(text)) == text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("10-5", "ends before it starts"),
        ("7-7", "ends before it starts"),
        ("abc", "is not of the form START-END"),
        ("10-20-30", "is not of the form START-END"),
        ("10-", "is not of the form START-END"),
        ("-5-10", "is not of the form START-END"),
        ("10:20", "is not of the form START-END"),
        ("10-20;;30-40", "is not of the form START-END"),
    ],
)
def test_parse_spans_errors(value, expected):
    with pytest.raises(CorpusError) as caught:
        parse_spans(value, where="sources.csv, source demo, body_spans")
    message = str(caught.value)
    assert message.startswith("sources.csv, source demo, body_spans: ")
    assert expected in message


def test_sections_reject_overlaps_and_overruns():
    with pytest.raises(CorpusError, match="span 2-5 overlaps the previous section"):
        sections("0123456789", [Span(2, 5)], [Span(0, 6)])
    with pytest.raises(CorpusError, match=r"runs past the end of the text \(10 characters\)"):
        sections("0123456789", [Span(2, 11)], [])


def test_sections_of_a_small_text():
    parts = sections("head BODY tail c1 c2", [Span(5, 9)], [Span(15, 17), Span(18, 20)])
    assert list(parts["section"]) == ["chrome", "body", "chrome", "comments", "chrome", "comments"]
    assert list(parts["text"]) == ["head ", "BODY", " tail ", "c1", " ", "c2"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("جيش الإسلام", True),
        ("Jaysh al-Islam (جيش الإسلام)", True),
        ("Jaysh al-Islam", False),
        ("\u200f\u202b", False),
        ("", False),
    ],
)
def test_is_arabic(text, expected):
    assert is_arabic(text) is expected


@pytest.mark.parametrize("text", ["\ufefb", "\ufe8d\ufedf\ufe8e\ufe97\ufea4\ufe8e\ufea9"])
def test_is_arabic_on_presentation_forms(text):
    assert is_arabic(text)
