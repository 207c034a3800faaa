"""The text the extractor reads: a body span folded in one pass, with the raw offset of
every folded character, and its sentences.

Folding here is a character-for-character translation (``str.translate`` then
``str.lower``), so that it runs at the speed of the string methods:

- lower case; Latin letters with accents (composed or followed by combining marks, NFC or
  NFD) to the bare letter; combining marks, Arabic diacritics, tatweel, bidi controls,
  zero-width characters and the soft hyphen dropped;
- Arabic alef variants (أ إ آ ٱ) to bare alef; Arabic-Indic and Persian digits to ASCII
  digits, the Arabic decimal and thousands separators to ``.`` and ``,``;
- every kind of space (no-break, thin...) to a plain space; apostrophes and dashes to
  ``'`` and ``-``.

Vulgar fractions (½ ⅓) are kept as they are, so that ``2½`` stays one number. Unlike
:func:`newsclaims.text.normalize.fold`, runs of white space are kept (the patterns match
``\\s+``), which keeps every offset a plain index; only dropped characters move offsets,
and :class:`Folded` maps them back. Presentation forms and other compatibility characters
that need NFKC are folded one by one with it, without the fractions.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
DROPPED = (
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u0640"
)
APOSTROPHES = "\u2019\u2018\u02bc\u02bb\u02bf\u02be\u2032\u00b4\u201b"
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"
FRACTIONS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
# Characters that only NFKC folds well (presentation forms, full-width forms, ligatures).
NEEDS_NFKC = re.compile(r"[\ufb00-\ufdff\ufe70-\ufeff\uff00-\uffef\u2460-\u24ff]")
SENTENCE_END = re.compile(r"[.!?؟]+(?=\s|$)|\n+")


def _combining(c: str) -> bool:
    return bool(unicodedata.combining(c)) or "\u064b" <= c <= "\u065f" or c == "\u0670"


@cache
def _table() -> dict[int, int | None]:
    table: dict[int, int | None] = {ord(c): None for c in DROPPED}
    for code in range(0x0300, 0x0370):
        table[code] = None
    for code in (*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE)):
        table[code] = None
    for c in SPACES:
        table[ord(c)] = ord(" ")
    for c in "\t\r\v\f":
        table[ord(c)] = ord(" ")
    for c in APOSTROPHES:
        table[ord(c)] = ord("'")
    for c in DASHES:
        table[ord(c)] = ord("-")
    for c in "\u0622\u0623\u0625\u0671":
        table[ord(c)] = ord("\u0627")
    for offset in range(10):
        table[0x0660 + offset] = ord("0") + offset
        table[0x06F0 + offset] = ord("0") + offset
    table[0x066B] = ord(".")
    table[0x066C] = ord(",")
    table[0x0130] = ord("i")  # the one letter whose lower case is two characters
    for code in range(0x00C0, 0x0250):
        base = unicodedata.normalize("NFD", chr(code))
        if len(base) > 1 and base[0].isascii() and all(_combining(c) for c in base[1:]):
            table[code] = ord(base[0])
    return table


@dataclass(frozen=True)
class Folded:
    """A folded stretch of a raw text. ``origin`` holds the raw offset of each folded
    character, or is ``None`` when nothing was dropped (offset = ``start`` + index)."""

    raw: str  # the whole raw document
    start: int  # raw offset of the stretch
    text: str  # the folded stretch
    origin: tuple[int, ...] | None

    def raw_offset(self, index: int) -> int:
        """Raw offset of the folded character at ``index``."""
        return self.start + index if self.origin is None else self.origin[index]

    def raw_span(self, fs: int, fe: int) -> tuple[int, int]:
        """Raw ``(start, end)`` of the folded slice ``text[fs:fe]`` (``fe > fs``); the end
        takes in the diacritics written on the last letter."""
        end = self.raw_offset(fe - 1) + 1
        if self.origin is not None:
            while end < len(self.raw) and _combining(self.raw[end]):
                end += 1
        return self.raw_offset(fs), end

    def raw_text(self, fs: int, fe: int) -> str:
        """The raw text of the folded slice ``text[fs:fe]``."""
        start, end = self.raw_span(fs, fe)
        return self.raw[start:end]


def fold_span(raw: str, start: int = 0, end: int | None = None) -> Folded:
    """``raw[start:end]`` folded (module docstring), with its offsets."""
    end = len(raw) if end is None else end
    segment = raw[start:end]
    if segment.isascii():
        return Folded(raw, start, segment.translate(_table()).lower(), None)
    if NEEDS_NFKC.search(segment):
        return _fold_slowly(raw, start, segment)
    folded = segment.translate(_table()).lower()
    if len(folded) == len(segment):
        return Folded(raw, start, folded, None)
    table = _table()
    origin = tuple(start + i for i, c in enumerate(segment) if table.get(ord(c), 0) is not None)
    return Folded(raw, start, folded, origin)


def _fold_slowly(raw: str, start: int, segment: str) -> Folded:
    table = _table()
    chars: list[str] = []
    origin: list[int] = []
    for index, c in enumerate(segment):
        out = unicodedata.normalize("NFKC", c) if NEEDS_NFKC.match(c) else c
        for f in out.translate(table).lower():
            chars.append(f)
            origin.append(start + index)
    return Folded(raw, start, "".join(chars), tuple(origin))


def fold_text(text: str) -> str:
    """``text`` folded as the extractor folds bodies (for aliases and word tables)."""
    return fold_span(text).text


class Sentences:
    """The sentence around any offset of a folded stretch: cut after ``. ! ? ؟`` followed
    by white space, and at line breaks; computed once, looked up by bisection."""

    def __init__(self, folded: Folded):
        self.folded = folded
        text = folded.text
        self.cuts = [0, *(m.end() for m in SENTENCE_END.finditer(text)), len(text)]

    def bounds(self, index: int) -> tuple[int, int]:
        """Folded ``(start, end)`` of the sentence holding the folded offset ``index``."""
        at = bisect.bisect_right(self.cuts, index) - 1
        return self.cuts[max(at, 0)], self.cuts[min(at + 1, len(self.cuts) - 1)]

    def raw_sentence(self, index: int) -> str:
        """The raw sentence holding the folded offset ``index``, trimmed."""
        fs, fe = self.bounds(index)
        if fe <= fs:
            return ""
        return self.folded.raw_text(fs, fe).strip()
