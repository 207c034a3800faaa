"""One candidate claim as the extractor proposes it, and candidates as a data frame."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from operator import attrgetter

import pandas as pd


@dataclass(frozen=True)
class Candidate:
    """One expression proposed for annotation, or set aside (see ``kind`` in
    :mod:`newsclaims.extract.rules`). ``start``/``end`` are raw offsets of the expression
    itself; ``quote_start``/``quote_end`` widen it to the qualifier before it and the
    counted noun after it, the shortest quote that carries the claim."""

    source_id: str
    start: int
    end: int
    text: str
    kind: str
    value: float | None
    high: float | None
    qualifier: str | None
    noun: str | None
    unit: str | None
    resolved: str | None
    rule: str
    quote_start: int
    quote_end: int
    sentence: str


CANDIDATE_COLUMNS = [f.name for f in fields(Candidate)]
_ROW = attrgetter(*CANDIDATE_COLUMNS)
_TEXT_COLUMNS = ("source_id", "text", "kind", "qualifier", "noun", "unit", "resolved", "rule")


def row(candidate: Candidate) -> tuple:
    """A candidate's fields as a tuple, in :data:`CANDIDATE_COLUMNS` order."""
    return _ROW(candidate)


def candidates_frame(candidates: Iterable[Candidate]) -> pd.DataFrame:
    """Candidates as a data frame with :data:`CANDIDATE_COLUMNS`: offsets as ``int64``,
    ``value`` and ``high`` as floats (``NaN`` where there is none), text as objects."""
    return rows_frame([_ROW(c) for c in candidates])


def rows_frame(rows: list[tuple]) -> pd.DataFrame:
    """Candidate rows (tuples from :func:`row`) as a data frame, typed as
    :func:`candidates_frame` types it."""
    frame = pd.DataFrame(rows, columns=CANDIDATE_COLUMNS)
    for column in ("start", "end", "quote_start", "quote_end"):
        frame[column] = frame[column].astype("int64")
    for column in ("value", "high"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    for column in (*_TEXT_COLUMNS, "sentence"):
        frame[column] = frame[column].astype("object")
    return frame
