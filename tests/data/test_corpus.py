"""The raw documents of the real corpus and their sections."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsclaims.data.corpus import (
    CorpusError,
    Span,
    composition,
    format_spans,
    load_documents,
    load_sources,
)

CAPTION = "Click to see the full-size image"


@pytest.fixture(scope="module")
def documents(data_dir):
    return load_documents(data_dir)


@pytest.fixture(scope="module")
def sources(data_dir):
    return load_sources(data_dir).set_index("source_id")


def test_every_source_is_loaded(documents, sources):
    assert list(documents) == list(sources.index)
    for source_id, doc in documents.items():
        assert doc.path.name == Path(sources.loc[source_id, "file"]).name
        assert doc.text == doc.path.read_bytes().decode("utf-8")


def test_sections_tile_every_document(documents):
    for source_id, doc in documents.items():
        parts = doc.sections
        assert "".join(parts["text"]) == doc.text, source_id
        assert parts["start"].iloc[0] == 0
        assert parts["end"].iloc[-1] == len(doc.text)
        # Consecutive, no gap and no overlap.
        assert (parts["start"].iloc[1:].to_numpy() == parts["end"].iloc[:-1].to_numpy()).all()
        assert (parts["end"] > parts["start"]).all()
        assert set(parts["section"]) <= {"body", "chrome", "comments"}


def test_sections_follow_sources_csv(documents, sources):
    for source_id, doc in documents.items():
        parts = doc.sections
        body = parts[parts["section"] == "body"]
        assert (
            format_spans([Span(s, e) for s, e in zip(body["start"], body["end"], strict=True)])
            == (sources.loc[source_id, "body_spans"])
        )
        assert (parts["section"] == "comments").sum() == len(doc.comments)


def test_southfront_body_excludes_image_captions(documents):
    doc = documents["southfront"]
    assert doc.text.count(CAPTION) >= 2  # the page repeats the caption between paragraphs
    assert CAPTION not in doc.body_text()
    parts = doc.sections
    for match in re.finditer(re.escape(CAPTION), doc.text):
        assert doc.section_at(match.start(), match.end()) == "chrome"
    chrome = "".join(parts.loc[parts["section"] == "chrome", "text"])
    assert chrome.count(CAPTION) == doc.text.count(CAPTION)


def test_southfront_comments_hold_no_body_text(documents):
    doc = documents["southfront"]
    assert len(doc.comments) == 27
    first_comment = min(c.start for c in doc.comments)
    assert all(b.end <= first_comment for b in doc.body)
    body = doc.body_text()
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", body) if len(s) > 25]
    assert len(sentences) >= 10
    for span in doc.comments:
        comment = doc.text[span.start : span.end]
        assert doc.section_at(span.start, span.end) == "comments"
        assert not any(sentence in comment for sentence in sentences), span
    # The article's last words and the comments' first words are on either side of the
    # comment widget, which is chrome.
    assert "View all comments" not in body
    assert doc.section_at(*_find(doc.text, "View all comments")) == "chrome"


def _find(text: str, needle: str) -> tuple[int, int]:
    at = text.index(needle)
    return at, at + len(needle)


def test_anapress_glued_headline_is_chrome(documents, sources):
    doc = documents["anapress"]
    title = sources.loc["anapress", "title"]
    assert doc.text[1333 : 1333 + len(title)] == title
    assert doc.section_at(1333, 1333 + len(title)) == "chrome"
    # The body span stops exactly where the headline starts, mid-line.
    assert any(s.end == 1333 for s in doc.body)
    assert doc.text[1332] != "\n"
    assert title not in doc.body_text()
    # A quote reaching across the join is neither body nor chrome.
    assert doc.section_at(1320, 1340) == "mixed"


def test_body_text_joins_spans_with_blank_lines(documents):
    doc = documents["southfront"]
    expected = "\n\n".join(doc.text[s.start : s.end] for s in doc.body)
    assert doc.body_text() == expected
    assert doc.body_text().startswith("On April 20, members of Jaysh al-Islam")


# --------------------------------------------------------------------------- reading


def test_load_documents_names_a_missing_raw_file(package):
    (package / "raw" / "003_42e839f33d9c5855.txt").unlink()
    with pytest.raises(CorpusError) as caught:
        load_documents(package)
    message = str(caught.value)
    assert "sources.csv" in message
    assert "eldorar" in message
    assert "003_42e839f33d9c5855.txt" in message


def test_load_documents_names_a_bad_span(package, edit_row):
    edit_row(package / "sources.csv", "source_id", "smart", body_spans="241-2404;900-100")
    with pytest.raises(CorpusError) as caught:
        load_documents(package)
    message = str(caught.value)
    assert "smart" in message and "body_spans" in message
    assert "'900-100'" in message


# ----------------------------------------------------------------------------- spans


# ----------------------------------------------------------------------- composition


def test_composition_shares_sum_to_one_per_source(documents):
    frame = composition(documents)
    assert set(frame["source_id"]) == set(documents)
    for source_id, group in frame.groupby("source_id"):
        assert sorted(group["section"]) == ["body", "chrome", "comments"]
        assert group["share"].sum() == pytest.approx(1.0, abs=2e-4), source_id
        assert group["characters"].sum() == len(documents[source_id].text)


def test_composition_counts(documents):
    frame = composition(documents).set_index(["source_id", "section"])
    assert frame.loc[("southfront", "comments"), "spans"] == 27
    assert frame.loc[("zamanalwasl", "comments"), "spans"] == 0
    assert frame.loc[("zamanalwasl", "comments"), "share"] == 0
    assert frame.loc[("anapress", "body"), "spans"] == 2
    body = documents["zamanalwasl"].body[0]
    assert frame.loc[("zamanalwasl", "body"), "characters"] == len(body)
    words = len(documents["zamanalwasl"].text[body.start : body.end].split())
    assert frame.loc[("zamanalwasl", "body"), "words"] == words
