"""The passes that find expressions in a folded body, each claiming its characters in
turn (the order is :func:`newsclaims.extract.matching.scan_body`'s; the kinds are those of
:mod:`newsclaims.extract.rules`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsclaims.extract import patterns as p
from newsclaims.extract.dates import numeric_date
from newsclaims.extract.numbers import (
    arabic_groups,
    digits_value,
    english_groups,
    fraction,
    plain_number,
)
from newsclaims.extract.scan import Folded
from newsclaims.extract.words import (
    AR_DUAL_UNITS,
    AR_NUMBER_WORDS,
    EN_NUMBER_WORDS,
    EN_SCALES,
    ONE_AFTER,
    ONE_BEFORE,
    TIME_UNITS,
    VAGUE_CODING,
    VAGUE_PHRASES,
    YEAR_FOLLOWERS,
)


@dataclass
class Match:
    """An expression in folded offsets, with what the passes learn about it."""

    fs: int
    fe: int
    kind: str
    rule: str
    value: float | None = None
    high: float | None = None
    qualifier: str | None = None
    noun: tuple[int, int] | None = None  # folded span of the counted noun
    unit: str | None = None
    resolved: str | None = None
    groups: dict = field(default_factory=dict)
    quote: tuple[int, int] | None = None


class Body:
    """A folded body and the characters its expressions have claimed so far."""

    def __init__(self, folded: Folded):
        self.folded = folded
        self.text = folded.text
        self.mask = bytearray(len(folded.text))
        self.found: list[Match] = []

    def take(self, match: Match) -> bool:
        """Claim ``match``'s characters unless one is claimed already; whether it was."""
        if self.mask.find(1, match.fs, match.fe) >= 0:
            return False
        self.mask[match.fs : match.fe] = b"\x01" * (match.fe - match.fs)
        self.found.append(match)
        return True

    def raw_upper(self, index: int) -> bool:
        """Whether the raw character behind folded ``index`` is a capital."""
        return self.folded.raw_text(index, index + 1).isupper()


def simple(body: Body, pattern, kind: str, rule: str) -> None:
    for m in pattern.finditer(body.text):
        body.take(Match(m.start(), m.end(), kind, rule))


def dates(body: Body, numeric: bool) -> None:
    for m in p.NUMERIC_DATE.finditer(body.text) if numeric else ():
        value, valid = numeric_date(m.groupdict())
        if valid:
            body.take(Match(m.start(), m.end(), "date", "numeric date", resolved=value))
    for m in p.NAMED_DATE.finditer(body.text):
        groups = m.groupdict()
        month = next(k for k in ("m1", "m2", "m3", "m4", "m5", "m6") if groups[k])
        if groups[month] == "may" and not body.raw_upper(m.start(month)):
            continue  # the verb, not the month
        body.take(Match(m.start(), m.end(), "date", "date with a month name", groups=groups))


def _number_word(text: str) -> float | None:
    text = text.strip()
    if text[0].isdigit():
        return plain_number(text)
    if text in EN_NUMBER_WORDS:
        return float(EN_NUMBER_WORDS[text])
    return float(AR_NUMBER_WORDS[text]) if text in AR_NUMBER_WORDS else None


def _is_year(value: float, text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1900 <= value <= 2099


def ranges(body: Body) -> None:
    for m in p.RANGE.finditer(body.text):
        a, b, gap = m.group("a"), m.group("b"), m.group("gap")
        low, high = _number_word(a), _number_word(b)
        if low is None or high is None or low >= high:
            continue
        if gap in ("and", "و") and not m.group("open"):
            continue
        if gap in ("-", "–") and not (a[0].isdigit() and b[0].isdigit()):
            continue
        if _is_year(low, a) and _is_year(high, b):
            continue
        match = Match(m.start("a"), m.end("b"), "range", "range", value=low, high=high)
        if m.group("of"):
            match.noun = m.span("of")  # "between the ages of 18 and 42"
        body.take(match)


def durations(body: Body) -> None:
    text = body.text
    for m in p.DURATION.finditer(text):
        if m.group("vague"):
            unit = TIME_UNITS.get(m.group("vague").split()[-1], "days")
            unit = {"ساعات": "hours", "ايام": "days", "اسابيع": "weeks", "اشهر": "months"}.get(
                m.group("vague").split()[-1], unit
            )
            match = Match(
                m.start(), m.end(), "vague", "vague duration", qualifier="several", unit=unit
            )
            body.take(match)
            continue
        if m.group("n"):
            start, value = _number_value(text, m.start("n"), m.end("n"))
            if value is None:
                continue
            unit_text, noun = m.group("u"), m.span("u")
        elif m.group("dual"):
            start, value, unit_text, noun = m.start("dual"), 2.0, m.group("dual"), m.span("dual")
        elif m.group("one_after"):
            start, value = m.start("one_after"), 1.0
            unit_text = m.group("one_after").split()[0]
            noun = (start, start + len(unit_text))
        else:
            one = m.group("one_ar") or m.group("one_en")
            start, value, unit_text = m.start(), 1.0, one.split()[-1]
            noun = (m.end() - len(unit_text), m.end())
        unit = AR_DUAL_UNITS.get(unit_text) or TIME_UNITS.get(unit_text.split()[-1])
        before = text[max(0, start - 5) : start]
        if before.endswith(("قبل ", "بعد ")):
            body.take(Match(start, m.end(), "date", "offset from an event (resolve by hand)"))
            continue
        match = Match(start, m.end(), "duration", "number and unit of time", value=value, unit=unit)
        match.noun = noun
        body.take(match)


def _number_value(text: str, start: int, end: int) -> tuple[int, float | None]:
    if text[start].isdigit():
        return start, plain_number(text[start:end])
    groups = english_groups(text, start, end) or arabic_groups(text, start, end)
    if not groups:
        return start, None
    first, _, value = groups[-1]
    return first, value


def vague(body: Body) -> None:
    for m in p.VAGUE.finditer(body.text):
        group = next(name for name, value in m.groupdict().items() if value is not None)
        code = VAGUE_PHRASES[int(group[1:])][1]
        word = m.group(group)
        coded = VAGUE_CODING.get(word)
        rule = "vague quantity" + (" (tens: coded 10 as ACLED does)" if coded else "")
        match = Match(m.start(group), m.end(group), "vague", rule, value=coded, qualifier=code)
        body.take(match)


def _year_rule(body: Body, fs: int, fe: int) -> str | None:
    """Why a four-digit number is a year, or ``None`` when it is a count."""
    text = body.text
    if p.YEAR_CUE_BEFORE.search(text[max(0, fs - 20) : fs]):
        return "year (after a year cue: in, since, عام...)"
    word = p.NEXT_WORD.match(text, fe)
    if word is None:
        return "year (a number from 1900 to 2099 not followed by a noun)"
    folded_word = word.group(1)
    arabic = "\u0621" <= folded_word[0] <= "\u064a"
    counted = folded_word not in YEAR_FOLLOWERS and (arabic or not body.raw_upper(word.start(1)))
    return None if counted else "year (a number from 1900 to 2099 not followed by a noun)"


def digits(body: Body) -> None:
    for m in p.COUNT_DIGITS.finditer(body.text):
        if m.group("glyph"):
            body.take(
                Match(m.start(), m.end(), "count", "fraction", value=fraction(m.group("glyph")))
            )
            continue
        if m.group("fn"):
            value = int(m.group("fn")) / int(m.group("fd"))
            body.take(Match(m.start(), m.end(), "count", "fraction", value=value))
            continue
        number = m.group("n")
        if not m.group("frac") and not m.group("scale") and _is_year(plain_number(number), number):
            rule = _year_rule(body, m.start(), m.end())
            if rule:
                body.take(Match(m.start(), m.end(), "not_a_count", rule))
                continue
        value = digits_value(number, m.group("frac"), m.group("scale"))
        rule = "digits with a scale word" if m.group("scale") else "digits"
        body.take(Match(m.start(), m.end(), "count", rule, value=value))


def english(body: Body) -> None:
    text = body.text
    for m in p.COUNT_EN.finditer(text):
        groups = english_groups(text, m.start("run"), m.end("run"))
        for index, (fs, fe, value) in enumerate(groups):
            if index == 0 and m.start() < m.start("run"):
                first_word = text[fs:fe].split()[0].split("-")[0]
                if first_word in EN_SCALES:
                    fs = m.start()  # "a dozen", "half a dozen"
                    if m.group("half"):
                        value /= 2
            if text[fs:fe] == "one" and _pronoun(text, fs, fe):
                continue
            body.take(Match(fs, fe, "count", "number words", value=value))


def _pronoun(text: str, fs: int, fe: int) -> bool:
    after = p.NOUN_TOKEN.match(text, fe + 1) if text[fe : fe + 1] == " " else None
    before = text[max(0, fs - 12) : fs].split()
    punctuated = after is None or not after.group()[0].isalpha()
    return punctuated or after.group() in ONE_AFTER or bool(before and before[-1] in ONE_BEFORE)


def arabic(body: Body) -> None:
    text = body.text
    for m in p.COUNT_AR.finditer(text):
        for fs, fe, value in arabic_groups(text, m.start("run"), m.end("run")):
            match = Match(fs, fe, "count", "Arabic number words", value=value)
            if value <= 2 and " " not in text[fs:fe]:
                # واحد and اثنان follow the noun they count.
                previous = list(p.NOUN_TOKEN.finditer(text, max(0, fs - 30), fs))
                if previous and previous[-1].group()[0].isalpha():
                    match.noun = previous[-1].span()
            body.take(match)
    for m in p.DUAL_NOUN.finditer(text):
        if not m.group("word").startswith(("الاثنت", "الاثن")):
            match = Match(m.start("word"), m.end("word"), "count", "dual noun", value=2.0)
            match.noun = match.fs, match.fe
            body.take(match)
