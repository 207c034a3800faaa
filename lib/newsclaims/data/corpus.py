"""The raw documents and the parts they are made of.

Each document is split into three kinds of section: ``body`` (the article), ``comments``
(reader comments) and ``chrome`` (everything else on the page: menus, donation widgets,
bylines, image captions, related headlines). ``sources.csv`` records the body and comment
spans; chrome is what they leave over.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from newsclaims.data.files import PackageFileError, read_package_file
from newsclaims.paths import resolve

SECTION_KINDS = ("body", "chrome", "comments")
# The largest raw document the library reads: about 50 times the longest news page of
# the corpus; a larger file is refused with a message rather than slowing every step.
MAX_DOCUMENT_BYTES = 2_000_000
_DIGITS = re.compile(r"[0-9]{1,12}")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


def is_arabic(text: str) -> bool:
    """Whether the text contains Arabic letters (any Arabic block of Unicode, presentation
    forms included): such text is shown right to left and needs an English translation."""
    return bool(_ARABIC_LETTER.search(text))


class CorpusError(ValueError):
    """A raw document or its description cannot be read as described."""


@dataclass(frozen=True)
class Span:
    """Characters ``start`` to ``end`` (end excluded) of a raw document."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


def decode_text(data: bytes, name: str) -> str:
    """A raw document's bytes decoded as UTF-8 with newlines kept as stored (offsets in
    the ledger count characters of exactly this text); ``CorpusError`` naming ``name`` (the
    file as the package gives it) and the first bad byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{name}: not valid UTF-8 at byte {exc.start} (byte 0x{data[exc.start]:02x});"
            " raw documents must be stored as UTF-8"
        ) from None


def read_text(path: Path) -> str:
    """The text of the raw document at ``path`` (:func:`decode_text`); for the package's
    own files use :func:`read_document`, which stays inside the package."""
    return decode_text(path.read_bytes(), str(path))


def read_document(root: Path, name: str) -> str:
    """The text of the raw document ``name`` (``raw/...``) of the package at ``root``, read
    inside the package only and at most :data:`MAX_DOCUMENT_BYTES` long
    (:func:`newsclaims.data.files.read_package_file`); ``CorpusError`` otherwise."""
    try:
        data = read_package_file(root, name, MAX_DOCUMENT_BYTES)
    except (FileNotFoundError, PackageFileError) as exc:
        raise CorpusError(str(exc)) from None
    return decode_text(data, name)


def parse_spans(value: object, *, where: str = "") -> list[Span]:
    """``"10-200;250-300"`` to spans; empty means none."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or str(value).strip() == "":
        return []
    spans = []
    for part in str(value).split(";"):
        bounds = part.strip().split("-")
        # ASCII digits only: str.isdigit also takes other scripts' digits.
        if len(bounds) != 2 or not all(_DIGITS.fullmatch(b.strip()) for b in bounds):
            raise CorpusError(
                f"{where}{': ' if where else ''}span {part!r} is not of the form START-END"
            )
        start, end = (int(b) for b in bounds)
        if end <= start:
            raise CorpusError(f"{where}{': ' if where else ''}span {part!r} ends before it starts")
        spans.append(Span(start, end))
    return sorted(spans, key=lambda s: s.start)


def format_spans(spans: list[Span]) -> str:
    """Spans as ``sources.csv`` writes them: ``"10-200;250-300"``."""
    return ";".join(f"{s.start}-{s.end}" for s in spans)


def sections(text: str, body: list[Span], comments: list[Span]) -> pd.DataFrame:
    """The document cut into consecutive sections covering every character once.

    Columns: ``section`` (body / chrome / comments), ``start``, ``end``, ``text``."""
    marked = sorted(
        [(s, "body") for s in body] + [(s, "comments") for s in comments],
        key=lambda item: item[0].start,
    )
    rows = []
    cursor = 0
    for span, kind in marked:
        if span.start < cursor:
            raise CorpusError(f"span {span.start}-{span.end} overlaps the previous section")
        if span.end > len(text):
            raise CorpusError(
                f"span {span.start}-{span.end} runs past the end of the text ({len(text)} characters)"
            )
        if span.start > cursor:
            rows.append(("chrome", cursor, span.start))
        rows.append((kind, span.start, span.end))
        cursor = span.end
    if cursor < len(text):
        rows.append(("chrome", cursor, len(text)))
    frame = pd.DataFrame(rows, columns=["section", "start", "end"])
    frame["text"] = [text[s:e] for s, e in zip(frame["start"], frame["end"], strict=True)]
    return frame


@dataclass(frozen=True)
class Document:
    """A raw document: its text as stored, and the spans of its body and of its reader
    comments (everything else is chrome)."""

    source_id: str
    path: Path
    text: str
    body: list[Span]
    comments: list[Span]

    @property
    def sections(self) -> pd.DataFrame:
        """The document cut into sections (see :func:`sections`)."""
        return sections(self.text, self.body, self.comments)

    def section_at(self, start: int, end: int) -> str:
        """The kind of section that holds ``text[start:end]`` whole, or ``mixed``."""
        for kind, spans in (("body", self.body), ("comments", self.comments)):
            if any(s.start <= start and end <= s.end for s in spans):
                return kind
        touched = any(s.start < end and start < s.end for s in self.body + self.comments)
        return "mixed" if touched else "chrome"

    def body_text(self) -> str:
        """The article body, its spans joined by blank lines."""
        return "\n\n".join(self.text[s.start : s.end] for s in self.body)


def load_sources(data_dir: str | Path) -> pd.DataFrame:
    """``sources.csv`` as strings (no type guessing: dates and ids stay as written)."""
    data = read_package_file(resolve(data_dir), "sources.csv")
    return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)


def load_documents(data_dir: str | Path) -> dict[str, Document]:
    """Every document of ``sources.csv``, keyed by ``source_id``."""
    root = resolve(data_dir)
    documents = {}
    for row in load_sources(root).itertuples(index=False):
        where = f"{root / 'sources.csv'}, source {row.source_id}"
        try:
            text = read_document(root, row.file)
        except CorpusError as exc:
            raise CorpusError(f"{where}: {exc}") from None
        documents[row.source_id] = Document(
            source_id=row.source_id,
            path=root / row.file,
            text=text,
            body=parse_spans(row.body_spans, where=f"{where}, body_spans"),
            comments=parse_spans(row.comments_spans, where=f"{where}, comments_spans"),
        )
    return documents


def composition(documents: dict[str, Document]) -> pd.DataFrame:
    """Characters, words and spans per source and section kind, for every kind (zeros kept)."""
    rows = []
    for source_id, doc in documents.items():
        parts = doc.sections
        for kind in SECTION_KINDS:
            chosen = parts[parts["section"] == kind]
            rows.append(
                {
                    "source_id": source_id,
                    "section": kind,
                    "spans": len(chosen),
                    "characters": int((chosen["end"] - chosen["start"]).sum()),
                    "words": int(chosen["text"].str.split().str.len().sum()),
                }
            )
    frame = pd.DataFrame(rows)
    totals = frame.groupby("source_id")["characters"].transform("sum")
    frame["share"] = (frame["characters"] / totals).round(4)
    return frame
