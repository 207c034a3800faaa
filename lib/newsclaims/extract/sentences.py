"""Sentences of an article body, folded for matching, with every folded character mapped
back to its raw offset in the document."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from newsclaims.extract.words import SENTENCE_END
from newsclaims.text.normalize import fold_with_offsets


@dataclass(frozen=True)
class Sentence:
    """A sentence of raw text and its folded form, with the raw offset of every folded
    character (absolute in the document)."""

    raw: str
    start: int
    folded: str
    origin: list[int]

    def raw_span(self, fs: int, fe: int) -> tuple[int, int]:
        """Raw offsets of the folded slice ``folded[fs:fe]``."""
        return self.origin[fs], self.origin[fe - 1] + 1

    def raw_text(self, fs: int, fe: int) -> str:
        """Raw text of the folded slice ``folded[fs:fe]``."""
        start, end = self.raw_span(fs, fe)
        return self.raw[start - self.start : end - self.start]

    def raw_after(self, fe: int) -> str:
        """Raw text of the sentence after the folded offset ``fe``."""
        return self.raw[self.origin[fe - 1] + 1 - self.start :]

    def raw_before(self, fs: int) -> str:
        """Raw text of the sentence before the folded offset ``fs``."""
        return self.raw[: self.origin[fs] - self.start]


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[Sentence]:
    """The sentences of ``text[start:end]``: cut after ``. ! ? ؟`` followed by white space
    and at line breaks; leading and trailing white space trimmed."""
    end = len(text) if end is None else end
    segment = text[start:end]
    cursor = 0
    cuts = [m.end() for m in SENTENCE_END.finditer(segment)] + [len(segment)]
    for cut in cuts:
        piece = segment[cursor:cut]
        stripped = piece.strip()
        if stripped:
            offset = start + cursor + (len(piece) - len(piece.lstrip()))
            folded, origin = fold_with_offsets(stripped)
            yield Sentence(stripped, offset, folded, [offset + o for o in origin])
        cursor = cut
