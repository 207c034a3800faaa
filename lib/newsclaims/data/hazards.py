"""Invisible differences between texts that look the same: the root causes of quotes that
are not at their offsets.

Offsets count the characters of a raw document exactly as stored. An editor or a
spreadsheet may hide, add or fold characters, and then every offset after the place is off
by a few, and every claim of the document fails in turn. Validation names the cause once,
before and instead of that cascade. The causes, in the order they are looked for:

- a byte order mark (U+FEFF) at the start of the text: it counts as a character;
- Windows line ends (CR LF) or old Mac ones (CR): each counts as one more character;
- decomposed characters (Unicode NFD, ``e`` + combining accent) where an editor shows
  and copies the composed form (NFC);
- zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF inside the text);
- invisible controls of bidirectional text (marks, embeddings, overrides, isolates).

:func:`clean` removes or folds all of these; a failure is *explained* by them when the
quote sits at its offsets once both texts are cleaned.
"""

from __future__ import annotations

import re
import unicodedata

BOM = "\ufeff"
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """``text`` without a leading byte order mark, zero-width characters and bidirectional
    controls, with CR LF and CR as LF, in Unicode NFC."""
    text = text.removeprefix(BOM).replace("\r\n", "\n").replace("\r", "\n")
    text = _BIDI.sub("", _ZERO_WIDTH.sub("", text))
    return unicodedata.normalize("NFC", text)


def hazards(text: str) -> list[str]:
    """Each kind of invisible difference ``text`` holds, in words with the first place
    (character offset, from 0) it occurs; empty when there is none."""
    found = []
    if text.startswith(BOM):
        found.append("a byte order mark (U+FEFF) at its start, which counts as a character")
    if "\r" in text:
        kind = "Windows line ends (CR LF)" if "\r\n" in text else "CR line ends"
        found.append(
            f"{kind} from character {text.index(chr(13))}: each counts as one more character"
        )
    if not unicodedata.is_normalized("NFC", text):
        at = next(
            i
            for i, c in enumerate(text)
            if unicodedata.combining(c) or unicodedata.normalize("NFC", c) != c
        )
        # A combining mark belongs to the letter before it.
        at = at - 1 if at and unicodedata.combining(text[at]) else at
        found.append(
            f"decomposed characters (Unicode NFD) from character {at}, where editors show"
            " and copy the composed form (NFC)"
        )
    inner = _ZERO_WIDTH.search(text, 1 if text.startswith(BOM) else 0)
    if inner:
        found.append(
            f"an invisible zero-width character U+{ord(inner.group()):04X} at character"
            f" {inner.start()}"
        )
    if bidi := _BIDI.search(text):
        found.append(
            f"an invisible bidirectional control U+{ord(bidi.group()):04X} at character"
            f" {bidi.start()}"
        )
    return found


def explained(text: str, cleaned: str, quote: str, start: int, end: int) -> bool:
    """Whether a quote that is not at ``start:end`` of ``text`` would be there if both
    were cleaned (``cleaned`` is :func:`clean` of ``text``): the offsets were taken from a
    view of the text that hides its invisible differences."""
    wanted = clean(quote)
    return text[start:end] != quote and bool(wanted) and cleaned[start:end] == wanted


def quote_hazard(quote: str, text: str) -> str | None:
    """Why ``quote`` is not found in ``text`` when the reason is invisible: the quote holds
    a difference (:func:`hazards`) that disappears when it is cleaned, and the cleaned
    quote is in the text. ``None`` otherwise."""
    found = hazards(quote)
    if not found or clean(quote) == quote or clean(quote) not in text:
        return None
    return (
        f"the quote holds {found[0]}, which the raw text does not have there; without"
        " it the quote is in the text: copy quotes from the raw file as stored"
    )
