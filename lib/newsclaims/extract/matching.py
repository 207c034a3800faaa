"""The passes over one folded body: each pattern claims its characters in turn (see
:mod:`newsclaims.extract.rules` for the order and the kinds), then numbers get their
qualifier and counted noun, and dates are resolved in text order."""

from __future__ import annotations

import datetime as dt
import itertools

from newsclaims.extract import passes
from newsclaims.extract import patterns as p
from newsclaims.extract.candidates import Candidate
from newsclaims.extract.dates import FUTURE, as_date, named_date, relative_date
from newsclaims.extract.passes import Body, Match
from newsclaims.extract.scan import Folded, Sentences
from newsclaims.extract.words import (
    MULTIWORD_NOUNS,
    NOT_PLURAL,
    NOUN_SKIP,
    PLACE_NOUNS,
    PLURALS,
    QUALIFIERS_BEFORE,
    QUALIFYING_AFTER,
)

NUMBER_KINDS = ("count", "vague", "range", "duration")
_QUALIFIER_WINDOW = 40


def _plural(word: str) -> bool:
    return word in PLURALS or (
        word.isascii() and word.endswith("s") and len(word) > 3 and word not in NOT_PLURAL
    )


def _noun_after(text: str, fe: int, end: int) -> tuple[int, int] | None:
    """The folded span of the counted noun after ``fe`` (rule in the module docstring)."""
    tokens = list(itertools.islice(p.NOUN_TOKEN.finditer(text, fe, end), 10))
    if len(tokens) > 1 and tokens[0].group() == "-" and tokens[0].end() == tokens[1].start():
        tokens = tokens[1:]  # "two-month siege": the unit after the hyphen
    saw_model = False
    for index, token in enumerate(tokens):
        word = token.group()
        if p.MODEL.fullmatch(word):
            saw_model = True
            continue
        if (
            word[0].isdigit()
            or word in NOUN_SKIP
            or word.endswith("-made")
            or word.startswith("anti-")
        ):
            continue
        if word in (",", "&") and saw_model:
            continue
        if word in QUALIFYING_AFTER or not word[0].isalpha():
            return None
        if index + 1 < len(tokens):
            nxt = tokens[index + 1]
            if f"{word} {nxt.group()}" in MULTIWORD_NOUNS:
                return token.start(), nxt.end()
            if not _plural(word) and _plural(nxt.group()) and nxt.start() == token.end() + 1:
                return nxt.span()
        return token.span()
    return None


def _names_places(text: str, match: Match) -> bool:
    """Whether a count is "the three towns of A, B and C": a reference to places the text
    names, not a count it reports."""
    noun = text[match.noun[0] : match.noun[1]]
    return (
        noun in PLACE_NOUNS
        and text[max(0, match.fs - 4) : match.fs] == "the "
        and text.startswith((" of ", ": "), match.noun[1])
    )


def _qualifier_before(before: str) -> tuple[int, str] | None:
    """Where the qualifier just before a number starts, and its code (the earliest one;
    the "over" of "handed over" does not count)."""
    found = p.QUALIFIER_BEFORE.search(before)
    if found is None:
        return None
    code = QUALIFIERS_BEFORE[int(found.lastgroup[1:])][0]
    if not (found.group().strip().endswith("over") and p.PHRASAL_OVER.search(before)):
        return found.start(), code
    best = None
    for code, pattern in p.QUALIFIER_BEFORE_PATTERNS:
        found = pattern.search(before)
        if found and code != "more_than" and (best is None or found.start() < best[0]):
            best = (found.start(), code)
    return best


def _qualify(body: Body, match: Match, sentence_end: int) -> None:
    text = body.text
    window_start = max(0, match.fs - _QUALIFIER_WINDOW)
    before = text[window_start : match.fs]
    best = _qualifier_before(before)
    if match.noun is None and match.kind in ("count", "vague", "range"):
        match.noun = _noun_after(text, match.fe, sentence_end)
    if match.kind == "count" and match.noun and _names_places(text, match):
        match.kind, match.rule = "not_a_count", "places the text goes on to name (the N towns of)"
        return
    quote_start = match.fs
    if best:
        quote_start = (
            window_start + best[0] + (len(before[best[0] :]) - len(before[best[0] :].lstrip()))
        )
        if match.kind != "vague" and match.kind != "range":
            match.qualifier = best[1]
    tail = match.noun[1] if match.noun and match.noun[1] > match.fe else match.fe
    if match.qualifier is None and match.kind in ("count", "duration"):
        match.qualifier = "exact"
        for code, pattern in p.QUALIFIER_AFTER_PATTERNS:
            found = pattern.match(text, tail)
            if found:
                match.qualifier, tail = code, found.end()
                break
    start = min(quote_start, match.noun[0]) if match.noun else quote_start
    match.quote = (start, max(tail, match.fe))


def _resolve_dates(
    body: Body, base: dt.date | None, previous: dt.date | None, sentences: Sentences
) -> dt.date | None:
    for match in sorted((m for m in body.found if m.kind == "date"), key=lambda m: m.fs):
        if match.rule == "date with a month name":
            match.resolved = named_date(match.groups, base)
        elif match.rule == "relative date":
            opening = sentences.bounds(match.fs)[0]
            match.groups["future"] = bool(FUTURE.search(body.text, opening, match.fs))
            match.resolved = relative_date(match.groups, base, previous)
        previous = as_date(match.resolved) or previous
    return previous


def scan_body(
    folded: Folded, source_id: str, published: str | None, previous: dt.date | None = None
) -> tuple[list[Candidate], dt.date | None]:
    """The candidates of one folded body span in text order, and the last date it names
    (for "the next day" in the following span)."""
    body = Body(folded)
    gates = {name: gate.search(body.text) is not None for name, gate in p.GATES.items()}
    # Dates with a month name need no digit ("the first of April").
    passes.dates(body, gates["digit"] and gates["numeric_date"])
    if gates["digit"]:
        for name, pattern, rule in (
            ("time", p.TIME_OF_DAY, "time of day"),
            ("calibre", p.CALIBRE, "calibre"),
            ("money", p.MONEY, "amount of money"),
            ("model", p.MODEL, "model code"),
        ):
            if gates[name]:
                passes.simple(body, pattern, "not_a_count", rule)
    passes.ranges(body)
    for m in p.RELATIVE_DATE.finditer(body.text):
        body.take(Match(m.start(), m.end(), "date", "relative date", groups=m.groupdict()))
    passes.durations(body)
    passes.simple(body, p.ORDINAL, "not_a_count", "ordinal")
    if gates["digit"] or gates["fraction"]:
        passes.digits(body)
    passes.english(body)
    passes.arabic(body)
    passes.vague(body)
    base = dt.date.fromisoformat(published) if published else None
    sentences = Sentences(folded)
    previous = _resolve_dates(body, base, previous, sentences)
    candidates = []
    for match in sorted(body.found, key=lambda m: m.fs):
        if match.kind in NUMBER_KINDS:
            _qualify(body, match, sentences.bounds(match.fs)[1])
        start, end = folded.raw_span(match.fs, match.fe)
        quote_start, quote_end = folded.raw_span(*(match.quote or (match.fs, match.fe)))
        noun = folded.raw_text(*match.noun) if match.noun else None
        candidates.append(
            Candidate(
                source_id,
                start,
                end,
                folded.raw[start:end],
                match.kind,
                match.value,
                match.high,
                match.qualifier,
                noun,
                match.unit,
                match.resolved,
                match.rule,
                quote_start,
                quote_end,
                sentences.raw_sentence(match.fs),
            )
        )
    return candidates, previous
