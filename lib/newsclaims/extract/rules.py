"""Propose candidate claims: the numbers an article body states, and what they count.

The extractor reads the body of a document (never its chrome or its reader comments), one
sentence at a time, on the folded text of :mod:`newsclaims.text.normalize` (lower case, Arabic
alef variants unified, diacritics and tatweel dropped), and maps every match back to raw
character offsets, so that ``text[start:end]`` is the number expression as written.

What it finds, and how it labels it (``kind``):

``count``
    a number written in digits (``14``, ``1,700``, ``400,000``, Arabic-Indic ``٢٥``), or
    in words (``two``, ``twenty-five``, ``three hundred``; Arabic ``ثلاثة`` ... ``عشرة``,
    ``ثلاثة آلاف``), with the noun it counts and its qualifier.
``vague``
    a quantity without a number: ``dozens``, ``hundreds of thousands``, ``several``,
    ``large numbers``, ``عشرات``, ``مئات الآلاف``; ``value`` is empty and ``qualifier`` is
    the ledger's code for the word.
``date``
    a day or a year next to a month name (``April 20``, ``MARCH 2025``,
    ``24 نيسان``), or an ISO date (``2018-04-22``).
``year``
    a four-digit number from 1900 to 2099 used as a year (``in 2013 and 2014``).
``other``
    a number that is part of something else: a weapon's model code (``T-72``, ``M-600``,
    ``Zelzal-2``, ``BM-21``), an amount of money (``2,500 $``), an ordinal (``3rd``) or a
    clock time (``10:45``).

Only ``count`` and ``vague`` candidates are proposals for the ledger; the other kinds are
listed so that a reader can see what was set aside and why. Candidates never enter the
ledger by themselves: an annotator reads each one and writes the claim.

The counted noun follows a small rule: the first word after the number that is not a
number, a model code, a connector (``and``, ``of``, ``the``, ``و``, ``من``) or one of a few
modifiers (``battle``, ``explosive``, ``Syrian-made``...); a handful of two-word nouns
(``barrel bombs``, ``loyalist forces``...) are kept whole. Arabic ``واحد`` and ``اثنان``
follow their noun, so for them the noun is the word before. The qualifier is read from the
words just before the number ("more than", "approximately", "سوى"...) or just after its
noun ("فقط", "at least"), in the ledger's codes; a number without one is ``exact``. The
``rule`` column says which rule labelled each candidate.

:func:`newsclaims.extract.evaluate.evaluate` compares the proposals with the ledger's number
claims.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from newsclaims.data.corpus import Document
from newsclaims.extract.numbers import (
    Match,
    arabic_word_matches,
    digit_matches,
    english_word_matches,
    vague_matches,
)
from newsclaims.extract.sentences import Sentence, sentences
from newsclaims.extract.words import (
    MODEL,
    MULTIWORD_NOUNS,
    NOUN_SKIP,
    NOUN_STOP,
    NOUN_TOKEN,
    PHRASAL_OVER,
    QUALIFIER_AFTER_PATTERNS,
    QUALIFIER_BEFORE_PATTERNS,
    RANGE_GAP,
    RANGE_OPEN,
)
from newsclaims.text.normalize import fold

KINDS = ("count", "vague", "date", "year", "other")
PROPOSAL_KINDS = ("count", "vague")
CANDIDATE_COLUMNS = [
    "source_id",
    "start",
    "end",
    "text",
    "kind",
    "value",
    "qualifier",
    "noun",
    "rule",
    "sentence",
]


@dataclass(frozen=True)
class Candidate:
    """One number expression proposed for annotation (or set aside, see ``kind``)."""

    source_id: str
    start: int
    end: int
    text: str
    kind: str
    value: float | None
    qualifier: str | None
    noun: str | None
    rule: str
    sentence: str


def _qualifier(sentence: Sentence, match: Match, tail_from: int) -> str:
    """The ledger's qualifier code for a count: the words before it, else after its noun."""
    before = sentence.folded[: match.fs]
    best: tuple[int, str] | None = None
    for code, pattern in QUALIFIER_BEFORE_PATTERNS:
        found = pattern.search(before)
        if found and (best is None or found.start() < best[0]):
            phrasal = found.group().strip().endswith("over") and PHRASAL_OVER.search(before)
            if code == "more_than" and phrasal:
                continue
            best = (found.start(), code)
    if best:
        return best[1]
    after = sentence.folded[tail_from:]
    for code, pattern in QUALIFIER_AFTER_PATTERNS:
        if pattern.match(after):
            return code
    return "exact"


def _noun_after(raw_tail: str) -> tuple[str | None, int]:
    """The counted noun in the raw text after a number, and where it ends in ``raw_tail``
    (0 when there is none). See the module docstring for the rule."""
    tokens = list(NOUN_TOKEN.finditer(raw_tail))[:10]
    saw_model = False
    if (
        tokens
        and tokens[0].group() == "-"
        and len(tokens) > 1
        and tokens[0].end() == tokens[1].start()
    ):
        tokens = tokens[1:]  # "two-month siege", "10-day truce": the unit after the hyphen
    for index, token in enumerate(tokens):
        word = token.group()
        key = fold(word)
        if MODEL.fullmatch(key):
            saw_model = True
            continue
        if (
            word[0].isdigit()
            or key in NOUN_SKIP
            or key.endswith("-made")
            or key.startswith("anti-")
        ):
            continue
        if word in (",", "&") and saw_model:
            continue
        if key in NOUN_STOP:
            return None, 0
        if not (word[0].isalpha()):
            return None, 0
        if index + 1 < len(tokens):
            pair = f"{key} {fold(tokens[index + 1].group())}"
            if pair in MULTIWORD_NOUNS:
                return raw_tail[token.start() : tokens[index + 1].end()], tokens[index + 1].end()
        return word, token.end()
    return None, 0


def _range_noun(sentence: Sentence, first: Match) -> str | None:
    """For "between the ages of 18 and 42": the word before "of"."""
    opened = re.search(r"between\s+the\s+([a-z]+)\s+of\s*$", sentence.folded[: first.fs])
    return sentence.raw_text(opened.start(1), opened.end(1)) if opened else None


def _mark_ranges(sentence: Sentence, counts: list[Match]) -> None:
    """Two counts joined as a range (between 18 and 42, 18-42, from 3 to 5): both are kept
    as counts, marked as range bounds, and share the noun."""
    ordered = sorted(counts, key=lambda m: m.fs)
    for a, b in itertools.pairwise(ordered):
        gap = sentence.folded[a.fe : b.fs]
        if not RANGE_GAP.match(gap):
            continue
        bare = gap.strip() in ("-", "–")
        if not bare and not RANGE_OPEN.search(sentence.folded[: a.fs]):
            continue
        noun = b.noun or _range_noun(sentence, a)
        for bound, which in ((a, "lower"), (b, "upper")):
            bound.rule = f"range ({which} bound)"
            bound.noun = noun


def extract_sentence(sentence: Sentence, source_id: str = "") -> list[Candidate]:
    """The candidates of one sentence, in text order."""
    taken: list[tuple[int, int]] = []
    matches = digit_matches(sentence, taken)
    matches += english_word_matches(sentence, taken)
    matches += arabic_word_matches(sentence, taken)
    matches += vague_matches(sentence, taken)
    for match in matches:
        if match.kind not in PROPOSAL_KINDS:
            continue
        noun_end = 0
        if match.noun is None:
            match.noun, noun_end = _noun_after(sentence.raw_after(match.fe))
        # Qualifiers after the number come after its noun: "2500 مقاتل فقط".
        raw_tail_end = sentence.origin[match.fe - 1] + 1 + noun_end
        tail_from = bisect.bisect_left(sentence.origin, raw_tail_end)
        if match.kind == "count":
            match.qualifier = _qualifier(sentence, match, tail_from)
    _mark_ranges(sentence, [m for m in matches if m.kind == "count"])
    candidates = []
    for match in sorted(matches, key=lambda m: m.fs):
        start, end = sentence.raw_span(match.fs, match.fe)
        candidates.append(
            Candidate(
                source_id=source_id,
                start=start,
                end=end,
                text=sentence.raw[start - sentence.start : end - sentence.start],
                kind=match.kind,
                value=match.value,
                qualifier=match.qualifier,
                noun=match.noun,
                rule=match.rule,
                sentence=sentence.raw,
            )
        )
    return candidates


def extract_text(
    text: str, spans: Iterable[tuple[int, int]] | None = None, source_id: str = ""
) -> list[Candidate]:
    """Candidates in ``text``, read only inside ``spans`` (``(start, end)`` pairs; the whole
    text when ``None``). Offsets are offsets into ``text``."""
    spans = [(0, len(text))] if spans is None else list(spans)
    found = []
    for start, end in spans:
        for sentence in sentences(text, start, end):
            found.extend(extract_sentence(sentence, source_id))
    return found


def candidates_frame(candidates: Iterable[Candidate]) -> pd.DataFrame:
    """Candidates as a data frame with :data:`CANDIDATE_COLUMNS`; ``value`` is a float
    (``NaN`` for a vague quantity or a set-aside kind)."""
    rows = [c.__dict__ for c in candidates]
    frame = pd.DataFrame(rows, columns=CANDIDATE_COLUMNS)
    frame["start"] = frame["start"].astype("int64")
    frame["end"] = frame["end"].astype("int64")
    frame["value"] = pd.to_numeric(frame["value"], errors="coerce").astype("float64")
    for column in ("source_id", "text", "kind", "qualifier", "noun", "rule", "sentence"):
        frame[column] = frame[column].astype("object")
    return frame


def extract(document: Document, sections: tuple[str, ...] = ("body",)) -> pd.DataFrame:
    """The candidates of one document, read from its body only unless ``sections`` says
    otherwise (``"chrome"``, ``"comments"``: for counting what the body rule leaves out)."""
    parts = document.sections
    chosen = parts[parts["section"].isin(sections)]
    spans = list(zip(chosen["start"], chosen["end"], strict=True))
    return candidates_frame(extract_text(document.text, spans, document.source_id))


def extract_corpus(
    documents: dict[str, Document], sections: tuple[str, ...] = ("body",)
) -> pd.DataFrame:
    """The candidates of every document, in document order then text order."""
    frames = [extract(doc, sections) for doc in documents.values()]
    frames = [f for f in frames if not f.empty]
    if not frames:
        return candidates_frame([])
    return pd.concat(frames, ignore_index=True)
