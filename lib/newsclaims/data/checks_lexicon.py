"""The lexicon's terms can be told apart.

The language chapter looks for every term of ``lexicon.csv`` in the folded text of the
bodies (:mod:`newsclaims.text.normalize`: case, Arabic diacritics and alef variants, white
space and invisible characters are evened out). Two terms that fold to the same text
cannot be counted apart, and a term that folds to nothing matches nowhere; either used to
stop a chapter after a minute with no file or line. Validation finds them first.

The comparison here is deliberately a little coarser than the matcher's folding (it
drops every combining mark and every invisible format character, not only those the
matcher drops), so that any two terms the matcher would confuse are caught; the data layer
cannot import the text layer, and a pair it flags that the matcher would keep apart differs
only in invisible or combining characters, which a lexicon should not rely on either.
"""

from __future__ import annotations

import re
import unicodedata

from newsclaims.data.schema import Problem, Table

TATWEEL = "\u0640"
_ALEF = str.maketrans(
    {"\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627"}
)
# Quranic annotation signs, dropped by the matcher whatever their Unicode category.
_QURANIC = re.compile("[\u06d6-\u06ed]")
_SPACE = re.compile(r"\s+")


def coarse_fold(term: str) -> str:
    """A term reduced for comparison: NFKC, case folded, without combining marks,
    invisible format characters, tatweel and Quranic signs, alef variants as bare alef,
    white space runs as one space, trimmed."""
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", term).casefold())
    text = "".join(
        c for c in text if unicodedata.category(c) not in ("Mn", "Me", "Cf") and c != TATWEEL
    )
    return _SPACE.sub(" ", _QURANIC.sub("", text.translate(_ALEF))).strip()


def check_lexicon(lexicon: Table | None) -> list[Problem]:
    """Every term folds to some text, and no two terms fold to the same text (whatever
    their language or category): one problem per term, naming the line of the first."""
    if lexicon is None or not lexicon.readable:
        return []
    problems = []
    first: dict[str, tuple[int, str]] = {}
    for row in lexicon.rows:
        line, term = int(row["__line__"]), row["term"]
        if not term.strip():
            continue  # reported as a required field
        folded = coarse_fold(term)
        if not folded:
            problems.append(
                Problem(
                    "lexicon.csv",
                    line,
                    lexicon.key_of(row),
                    "term",
                    "holds no letter once case, marks and invisible characters are set aside;"
                    " it could never be found",
                )
            )
            continue
        if folded in first:
            other_line, other = first[folded]
            problems.append(
                Problem(
                    "lexicon.csv",
                    line,
                    lexicon.key_of(row),
                    "term",
                    f"reads the same as {other!r} on line {other_line} once case, marks and"
                    " invisible characters are set aside; the two cannot be counted apart:"
                    " list each spelling once",
                )
            )
            continue
        first[folded] = (line, term)
    return problems
