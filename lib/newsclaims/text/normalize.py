"""Fold text so that spellings which differ only in form match each other.

The folding works character by character, so every folded character can be traced back to
the raw character it came from: :func:`fold_with_offsets` returns that map, and
:func:`fold` is its text alone. Steps: Unicode NFKC; case folding; removal of bidi controls,
the Arabic tatweel and Arabic diacritics; alef variants to bare alef; runs of white space to
one space.
"""

from __future__ import annotations

import unicodedata

BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
TATWEEL = "\u0640"
ARABIC_DIACRITICS = frozenset(
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
)
ALEF_VARIANTS = {"\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627"}
DROPPED = BIDI_CONTROLS | ARABIC_DIACRITICS | {TATWEEL, "\ufeff", "\u200b", "\u200c", "\u200d"}


def _fold_char(cluster: str) -> str:
    out = []
    for c in unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", cluster).casefold()):
        if c in DROPPED:
            continue
        out.append(" " if c.isspace() else ALEF_VARIANTS.get(c, c))
    return "".join(out)


def _clusters(text: str):
    """Each base character with the combining marks that follow it, and its offset, so
    that NFKC can compose them (waw + hamza above is the letter ؤ)."""
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or not unicodedata.combining(text[index]):
            yield start, text[start:index]
            start = index


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, the offset of the raw character (or of
    the first character of the composed sequence) it came from. Leading and trailing white
    space is dropped; inner runs become one space."""
    chars: list[str] = []
    origin: list[int] = []
    for index, cluster in _clusters(text):
        for c in _fold_char(cluster):
            if c == " " and (not chars or chars[-1] == " "):
                continue
            chars.append(c)
            origin.append(index)
    if chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    return "".join(chars), origin


def fold(text: str) -> str:
    """Text folded for matching (see the module docstring); idempotent."""
    return fold_with_offsets(text)[0]
