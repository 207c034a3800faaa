"""The invisible differences that put quotes off their offsets, named."""

from __future__ import annotations

from newsclaims.data.hazards import clean, explained, hazards, quote_hazard


def test_each_hazard_is_named_with_its_place():
    assert hazards("plain text\n") == []
    assert "byte order mark" in hazards("\ufeffabc")[0]
    assert "Windows line ends (CR LF) from character 1" in hazards("a\r\nb")[0]
    assert "decomposed characters (Unicode NFD) from character 1" in hazards("ae\u0301")[0]
    assert "U+200B at character 2" in hazards("ab\u200bc")[0]
    assert "U+200F at character 1" in hazards("a\u200fb")[0]


def test_clean_removes_every_hazard():
    assert clean("\ufeffa\r\nb\u200bc\u202ed e\u0301") == "a\nbcd é"


def test_a_failure_is_explained_when_the_clean_text_has_the_quote_there():
    text = "\ufeffThe tanks were intact."
    cleaned = clean(text)
    assert explained(text, cleaned, "tanks", 4, 9)
    assert not explained(text, cleaned, "tanks", 5, 10)  # at its offsets: nothing to explain
    assert not explained(text, cleaned, "trucks", 4, 10)


def test_a_quote_with_an_invisible_character():
    assert "U+200B at character 5" in quote_hazard("tanks\u200b were", "the tanks were there")
    assert quote_hazard("tanks were", "the tanks were there") is None
    assert quote_hazard("lorries\u200b", "the tanks were there") is None
