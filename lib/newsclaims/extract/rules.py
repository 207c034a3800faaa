"""Propose candidate claims: the numbers, quantities and dates an article body states.

The extractor reads the body of a document (never its chrome or its reader comments),
folded in one pass (:mod:`newsclaims.extract.scan`), and runs each pattern of
:mod:`newsclaims.extract.patterns` over the whole body once. An expression claims its
characters in this order, so that nothing is read twice: numeric dates (``16-04-2031``,
``20.04.2031``, ``2018/04/22``), dates with a month name (``14 Apr``, ``April 21``,
``21 آذار/مارس الماضي``), times of day (``2 pm``, ``2.13 am``, ``10:45``), calibres
(``57 mm``, ``عيار 57``), amounts of money, model codes (``T-72``, ``KZ-57``, ``Vesk-2s``),
ranges (``20 to 30``, ``between 18 and 42``), relative dates (``tomorrow``, ``next
Saturday``, ``مساء أمس السبت``), durations (``36 hours``, ``three days``, ``يومين``, ``أكثر
من عام``), ordinals, vague quantities, and last the plain numbers in digits (fractions and
scale words included: ``2½``, ``2.5 million``), in English words (``two dozen``, ``half a
dozen``, ``one billion``) and in Arabic words (duals and construct forms: ``ألفي``,
``مئتي``; a dual noun such as ``القافلتين`` is a count of two).

Each candidate has a ``kind``:

``count``, ``vague``, ``range``, ``duration``
    numbers to check against the ledger; ``value`` (a range's low figure, ``high`` its high
    one; a vague quantity's value is empty except "tens", which ACLED codes as 10),
    ``qualifier`` in the ledger's codes, and ``noun`` (what is counted, as written) or
    ``unit`` (``hours``, ``days``... for a duration);
``date``
    ``resolved`` holds the ISO date (rules in :mod:`newsclaims.extract.dates`);
``not_a_count``
    set aside, ``rule`` says why: a year, a time of day, a calibre, a model code, an
    ordinal, an amount of money.

The counted noun is the first word after the number that is not a number, a model code,
a connector or a listed modifier; when that word is not a plural and the next one is, the
next one (``civilian evacuees`` counts *evacuees*); a few two-word nouns are kept whole.
Arabic واحد and اثنان follow their noun, so for them it is the word before. The qualifier
is read from the words just before the number or just after its noun.

Candidates never enter the ledger by themselves: :mod:`newsclaims.extract.propose` writes
them as draft rows for an annotator.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from newsclaims.data.corpus import Document
from newsclaims.extract.candidates import (
    CANDIDATE_COLUMNS,
    Candidate,
    candidates_frame,
    row,
    rows_frame,
)
from newsclaims.extract.matching import scan_body
from newsclaims.extract.scan import fold_span

KINDS = ("count", "vague", "range", "duration", "date", "not_a_count")
# The kinds that propose a number, compared with the ledger's number claims.
PROPOSAL_KINDS = ("count", "vague", "range", "duration")

__all__ = [
    "CANDIDATE_COLUMNS",
    "KINDS",
    "PROPOSAL_KINDS",
    "Candidate",
    "candidates_frame",
    "extract",
    "extract_corpus",
    "extract_text",
]


def extract_text(
    text: str,
    spans: Iterable[tuple[int, int]] | None = None,
    source_id: str = "",
    published: str | None = None,
) -> list[Candidate]:
    """Candidates in ``text``, read only inside ``spans`` (``(start, end)`` pairs; the whole
    text when ``None``), in text order. Offsets are offsets into ``text``; dates resolve
    against ``published`` (ISO ``YYYY-MM-DD``; without it only dates with a year resolve)."""
    spans = [(0, len(text))] if spans is None else list(spans)
    found: list[Candidate] = []
    previous = None
    for start, end in spans:
        folded = fold_span(text, start, end)
        candidates, previous = scan_body(folded, source_id, published, previous)
        found.extend(candidates)
    return found


def section_spans(document: Document, sections: tuple[str, ...]) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of a document's ``sections`` (``body``, ``comments``,
    ``chrome``: what lies outside both), in text order."""
    marked = [(s.start, s.end, "body") for s in document.body]
    marked += [(s.start, s.end, "comments") for s in document.comments]
    spans, cursor = [], 0
    for start, end, kind in sorted(marked):
        if start > cursor and "chrome" in sections:
            spans.append((cursor, start))
        if kind in sections:
            spans.append((start, end))
        cursor = max(cursor, end)
    if cursor < len(document.text) and "chrome" in sections:
        spans.append((cursor, len(document.text)))
    return spans


def extract(
    document: Document, sections: tuple[str, ...] = ("body",), published: str | None = None
) -> pd.DataFrame:
    """The candidates of one document, read from its body only unless ``sections`` says
    otherwise (``"chrome"``, ``"comments"``: for counting what the body rule leaves out)."""
    spans = section_spans(document, sections)
    return candidates_frame(extract_text(document.text, spans, document.source_id, published))


# The work of a parallel run, shared with the forked processes rather than sent to them.
_WORK: list[tuple[Document, tuple[str, ...], str | None]] = []


def _chunk(bounds: tuple[int, int]) -> list[tuple]:
    return [row(c) for item in _WORK[bounds[0] : bounds[1]] for c in _candidates(*item)]


def _candidates(
    document: Document, sections: tuple[str, ...], published: str | None
) -> list[Candidate]:
    return extract_text(
        document.text, section_spans(document, sections), document.source_id, published
    )


def extract_corpus(
    documents: dict[str, Document],
    sections: tuple[str, ...] = ("body",),
    published: dict[str, str] | None = None,
    jobs: int = 1,
) -> pd.DataFrame:
    """The candidates of every document, in document order then text order; dates resolve
    against ``published[source_id]``. With ``jobs`` above 1 the documents are shared out
    among that many processes (worth it from a few thousand documents on)."""
    published = published or {}
    work = [(doc, sections, published.get(sid)) for sid, doc in documents.items()]
    if jobs > 1 and len(work) > jobs:
        from multiprocessing import get_context

        size = max(len(work) // (jobs * 8), 1)
        chunks = [(i, min(i + size, len(work))) for i in range(0, len(work), size)]
        _WORK[:] = work
        try:
            with get_context("fork").Pool(jobs) as pool:
                parts = pool.map(_chunk, chunks)
        finally:
            _WORK.clear()
        return rows_frame([r for part in parts for r in part])
    return candidates_frame(c for item in work for c in _candidates(*item))
