"""Folding: hand-made edge cases and properties (the corpus's own spellings are in
``tests/data/test_normalize.py``)."""

from __future__ import annotations

import itertools
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.text.normalize import fold, fold_with_offsets


def snippet(text: str, needle: str, before: int = 0, after: int = 0) -> str:
    """``needle`` with ``before``/``after`` characters of context, from a raw text."""
    at = text.index(needle)
    return text[at - before : at + len(needle) + after]


# --------------------------------------------------------------------- real spellings


def test_alef_wasla_and_bare_alef_spellings_match():
    assert fold("\u0671\u0644\u0642\u0644\u0645\u0648\u0646") == fold("القلمون") == "القلمون"


def test_bidi_controls_are_removed():
    word = "الاتحاد برس"
    marked = "\u202b" + word + "\u200f" + "\u202c"
    assert fold(marked) == fold(word) == word
    assert fold("SAA\u200e officer") == "saa officer"


def test_case_folding():
    assert fold("Jaish Al Islam") == fold("JAISH AL ISLAM") == "jaish al islam"
    assert fold("STRASSE") == fold("Straße")


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("\ufefb", "لا"),  # lam-alef ligature, isolated form
        ("\ufef7", "لا"),  # lam-alef with hamza above: the alef is bare after folding
        ("\ufe8d\ufedf\ufe8e\ufe97\ufea4\ufe8e\ufea9", "الاتحاد"),  # presentation forms of a word
        ("ﬁre", "fire"),
    ],
)
def test_nfkc_of_presentation_forms(form, expected):
    assert fold(form) == expected


def test_white_space_runs_and_ends():
    assert fold("  a \t\n\n b  ") == "a b"
    assert fold("") == ""
    assert fold(" \u200f \n") == ""


# ---------------------------------------------------------------------------- offsets


def test_offsets_of_an_expanding_character():
    folded, origin = fold_with_offsets("x\ufefby")
    assert folded == "xلاy"
    assert origin == [0, 1, 1, 2]


# -------------------------------------------------------------------------- is_arabic


# ------------------------------------------------------------------------- properties

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
ARABIC_EXTRA = st.characters(min_codepoint=0x0750, max_codepoint=0x08FF)
PRESENTATION = st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF)
CONTROLS = st.sampled_from(list("\u200e\u200f\u202a\u202b\u202c\u2066\u2069\ufeff\u00a0\t\n "))
MIXED_TEXT = st.text(
    st.one_of(st.characters(codec="utf-8"), ARABIC, ARABIC_EXTRA, PRESENTATION, CONTROLS),
    max_size=60,
)


@given(MIXED_TEXT)
def test_fold_is_idempotent(text):
    once = fold(text)
    assert fold(once) == once


@given(MIXED_TEXT)
def test_fold_leaves_no_dropped_characters_or_space_runs(text):
    folded = fold(text)
    assert "\u0640" not in folded
    assert not any(c in folded for c in "\u200e\u200f\u202a\u202b\u202c\u2066\u2069\ufeff")
    assert "  " not in folded
    assert folded == folded.strip()
    assert not any(c.isspace() and c != " " for c in folded)


@given(MIXED_TEXT)
def test_fold_with_offsets_maps_every_folded_character(text):
    folded, origin = fold_with_offsets(text)
    assert folded == fold(text)
    assert len(origin) == len(folded)
    assert all(0 <= o < len(text) for o in origin)
    assert all(a <= b for a, b in itertools.pairwise(origin))
    for char, at in zip(folded, origin, strict=True):
        # Each folded character comes from folding the raw character it points at, together
        # with the combining marks that follow it (they are composed with it).
        end = at + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        assert char == " " or char in fold(text[at:end])


@given(st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz -جيشالإسلام"), max_size=30))
def test_fold_is_case_blind(text):
    assert fold(text.upper()) == fold(text.lower()) == fold(text.title())


@pytest.mark.parametrize(
    "composed",
    ["\u0624", "\u0626", "\u00e9"],  # ؤ, ئ, é
    ids=["waw-hamza", "yeh-hamza", "e-acute"],
)
def test_canonically_equivalent_spellings_fold_alike(composed):
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert fold(decomposed) == fold(composed)
