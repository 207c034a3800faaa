"""The rules every cell of a package's tables follows, whatever its column: numbers are
numbers, dates are dates, and no cell is huge or hides control characters.

- Whole numbers and numbers are written in ASCII digits: ``str.isdigit`` and the regular
  expression ``\\d`` also accept the digits of other scripts (Arabic-Indic ``٣``,
  Devanagari ``३``), which pandas then reads as nothing, so an offset would be lost in
  silence. Numbers are finite and in plain decimal notation (Python's ``float`` also takes
  ``nan``, ``inf``, ``1e3`` and ``1_000``).
- A cell holds at most :data:`MAX_CELL_CHARS` characters.
- No cell but a quote (which must equal the raw text) holds a control character or an
  invisible control of bidirectional text, which would reorder what a reader sees.
"""

from __future__ import annotations

import datetime as dt
import re

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# ASCII digits only: str.isdigit and \d also accept other scripts' digits (٣, ३).
_INTEGER = re.compile(r"-?[0-9]{1,15}")
# Finite decimal notation: no exponent, no nan or inf, no separators, no hex.
_NUMBER = re.compile(r"-?[0-9]{1,15}(?:\.[0-9]{1,15})?")
# The most characters a cell may hold (a long quote is a few hundred).
MAX_CELL_CHARS = 20_000
# Characters no cell may hold (the quote excepted: it must equal the raw text): control
# characters other than tab and line ends, and the invisible controls of bidirectional
# text that reorder what a reader sees (embeddings, overrides, isolates).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
VERBATIM_FIELDS = frozenset({"quote"})


def parse_date(value: str) -> dt.date | None:
    """An ISO date ``YYYY-MM-DD`` (ASCII digits) as a date, or ``None`` when the text is
    not one."""
    if not _DATE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def parse_integer(value: str) -> int | None:
    """A whole number written in ASCII digits (optional minus, at most 15 digits), or
    ``None``."""
    return int(value) if _INTEGER.fullmatch(value) else None


def parse_number(value: str) -> float | None:
    """A number in plain decimal notation (``12``, ``-3.5``; ASCII digits, at most 15 on
    each side of the point), or ``None``: ``nan``, ``inf``, ``1e3``, ``1_000``,
    ``1,000``, ``0x10`` and digits of other scripts are not numbers here."""
    return float(value) if _NUMBER.fullmatch(value) else None


NUMBER_EXPECTED = (
    "expected a number in decimal notation (ASCII digits, an optional decimal point;"
    " no exponent, thousands separator, nan or inf)"
)


def type_error(kind: str, value: str) -> str | None:
    """What is wrong with ``value`` as a Table Schema ``kind`` (integer, number, date), or
    ``None`` when it is one (any text is a string)."""
    if kind == "integer":
        return (
            None if parse_integer(value) is not None else "expected a whole number (ASCII digits)"
        )
    if kind == "number":
        return None if parse_number(value) is not None else NUMBER_EXPECTED
    if kind == "date":
        return None if parse_date(value) else "expected an ISO date YYYY-MM-DD"
    return None


def cell_error(name: str, value: str) -> str | None:
    """What is wrong with any cell of column ``name`` whatever its type (too long, a
    control character), or ``None``."""
    if len(value) > MAX_CELL_CHARS:
        return f"holds {len(value):,} characters; the limit for a cell is {MAX_CELL_CHARS:,}"
    if name not in VERBATIM_FIELDS and (bad := _FORBIDDEN.search(value)):
        return (
            f"holds the invisible control character U+{ord(bad.group()):04X} at character"
            f" {bad.start() + 1}; remove it"
        )
    return None
