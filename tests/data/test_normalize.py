"""Folding on the real spellings of the corpus."""

from __future__ import annotations

import itertools

import pytest

from newsclaims.data.corpus import is_arabic, load_documents
from newsclaims.text.normalize import fold, fold_with_offsets


def snippet(text: str, needle: str, before: int = 0, after: int = 0) -> str:
    """``needle`` with ``before``/``after`` characters of context, from a raw text."""
    at = text.index(needle)
    return text[at - before : at + len(needle) + after]


@pytest.fixture(scope="module")
def documents(data_dir):
    return load_documents(data_dir)


def test_nbsp_before_dateline_of_zamanalwasl(documents):
    text = documents["zamanalwasl"].text
    raw = snippet(text, "\xa0(Zaman Al Wasl)", before=4)
    assert raw == "ime\n\xa0(Zaman Al Wasl)"
    # The newline and the no-break space are one run of white space.
    assert fold(raw) == "ime (zaman al wasl)"
    assert fold("\xa0(Zaman Al Wasl)") == "(zaman al wasl)"


def test_nbsp_and_plain_space_spellings_match(documents):
    text = documents["zamanalwasl"].text
    assert fold(snippet(text, "\xa0(Zaman Al Wasl)-")) == fold(" (Zaman Al Wasl)-")


def test_tatweel_from_anapress_is_removed(documents):
    text = documents["anapress"].text
    raw = snippet(text, "كالـ TNT")
    assert "\u0640" in raw
    assert fold(raw) == "كال tnt"
    assert fold(snippet(text, "بـ *")) == "ب *"


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("أحمد", "احمد"),  # hamza above
        ("إعلامي", "اعلامي"),  # hamza below
        ("آلت", "الت"),  # madda
    ],
)
def test_alef_variants_become_bare_alef(documents, word, folded):
    assert word in documents["anapress"].text  # the spelling is the corpus's own
    assert fold(word) == folded


@pytest.mark.parametrize(
    ("word", "folded"),
    [("يبقَ", "يبق"), ("أصرّ", "اصر"), ("صوراً", "صورا"), ("تعليقاً", "تعليقا")],
)
def test_arabic_diacritics_are_removed(documents, word, folded):
    corpus = documents["anapress"].text + documents["smart"].text
    assert word in corpus
    assert fold(word) == folded


def test_offsets_point_at_the_raw_characters(documents):
    raw = snippet(documents["anapress"].text, "كالـ TNT", before=3)
    folded, origin = fold_with_offsets(raw)
    assert len(folded) == len(origin)
    tatweel = raw.index("\u0640")
    assert tatweel not in origin  # dropped characters leave no trace
    t = folded.index("t")
    assert raw[origin[t]] == "T"


@pytest.mark.parametrize("source_id", ["zamanalwasl", "southfront", "anapress", "eldorar", "smart"])
def test_offsets_on_whole_documents(documents, source_id):
    text = documents[source_id].text
    folded, origin = fold_with_offsets(text)
    assert folded == fold(text)
    assert len(origin) == len(folded)
    assert all(a <= b for a, b in itertools.pairwise(origin))
    assert origin[0] >= 0 and origin[-1] < len(text)


def test_is_arabic_on_the_corpus(documents):
    anapress = documents["anapress"]
    zaman = documents["zamanalwasl"]
    assert is_arabic(anapress.body_text())
    assert not is_arabic(zaman.body_text())
