"""Find the number expressions of a sentence: numbers in digits (with their kind: a count,
a date, a year, or something else such as a model code or an amount of money), numbers in
English and Arabic words, and vague quantities. See :mod:`newsclaims.extract.rules` for the
rules in prose; the word tables are :mod:`newsclaims.extract.words`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsclaims.extract.sentences import Sentence
from newsclaims.extract.words import (
    AR_NUMBER_WORDS,
    AR_PLURAL_SCALES,
    AR_TEEN_HEADS,
    AR_TENS,
    AR_UNITS,
    ARABIC_WORD,
    CLOCK,
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    DIGIT_SCALE,
    DIGIT_SCALES,
    DIGITS,
    EN_NUMBER_WORDS,
    EN_SCALES,
    EN_TEENS,
    EN_TENS,
    EN_UNITS,
    ISO_DATE,
    LATIN_WORD,
    MODEL,
    MONTH_AFTER,
    MONTH_BEFORE,
    ONE_AFTER,
    ONE_BEFORE,
    ORDINAL_AFTER,
    VAGUE_PATTERN,
    VAGUE_PHRASES,
    YEAR_CUE,
    YEAR_FOLLOWERS,
)


@dataclass
class Match:
    """A number expression found in a sentence, in folded offsets (``fs``, ``fe``), with
    its kind, value, the rule that labelled it and, once known, its qualifier and noun."""

    fs: int  # folded start
    fe: int  # folded end
    kind: str
    value: float | None
    rule: str
    qualifier: str | None = None
    noun: str | None = None


def overlaps(fs: int, fe: int, taken: list[tuple[int, int]]) -> bool:
    """Whether folded offsets ``fs``-``fe`` overlap a span already taken."""
    return any(fs < e and s < fe for s, e in taken)


def _number(text: str) -> float:
    return float(text.replace(",", "").replace("٬", "").replace("٫", "."))


def _is_may_lowercase(sentence: Sentence, month_match: re.Match, offset: int) -> bool:
    """'may' is a month only when written with a capital (May 3), not the verb."""
    if month_match.group(1) != "may":
        return False
    fs = offset + month_match.start(1)
    return not sentence.raw_text(fs, fs + 3)[0].isupper()


def _month_next_to(sentence: Sentence, fs: int, fe: int) -> bool:
    folded = sentence.folded
    before = MONTH_BEFORE.search(folded[:fs])
    if before and not _is_may_lowercase(sentence, before, 0):
        return True
    after = MONTH_AFTER.search(folded[fe:])
    return bool(after and not _is_may_lowercase(sentence, after, fe))


def _next_word(sentence: Sentence, fe: int) -> str:
    """The raw word right after the folded offset ``fe`` (empty at punctuation or end)."""
    match = re.match(r"\s*([^\W\d_]+)", sentence.raw_after(fe))
    return match.group(1) if match else ""


def _classify_digits(sentence: Sentence, fs: int, fe: int) -> tuple[str, str]:
    """Kind and rule of a number written in digits."""
    folded = sentence.folded
    token = folded[fs:fe]
    before, after = folded[:fs], folded[fe:]
    if CURRENCY_BEFORE.search(before) or CURRENCY_AFTER.search(after):
        return "other", "amount of money"
    is_year = re.fullmatch(r"\d{4}", token) and 1900 <= int(token) <= 2099
    if _month_next_to(sentence, fs, fe) and (is_year or 1 <= _number(token) <= 31):
        return "date", "day or year next to a month name"
    if ORDINAL_AFTER.match(after):
        return "other", "ordinal"
    if is_year:
        if after.startswith("s") and not re.match(r"s\w", after):
            return "year", "decade (1990s)"
        if YEAR_CUE.search(before):
            return "year", "four-digit number after a year cue (in, since, عام...)"
        word = _next_word(sentence, fe)
        folded_word = word.casefold()
        counted = word and (
            (word[0].islower() and folded_word not in YEAR_FOLLOWERS)
            or (ARABIC_WORD.fullmatch(word) is not None and folded_word not in YEAR_FOLLOWERS)
        )
        if not counted:
            return "year", "four-digit number from 1900 to 2099 not followed by a noun"
    return "count", "digits"


def digit_matches(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Match]:
    """Numbers written in digits, with their kind: numeric dates, clock times and model
    codes first, then counts, years, dates and other numbers; adds their spans to ``taken``."""
    found = []
    folded = sentence.folded
    for m in ISO_DATE.finditer(folded):
        found.append(Match(m.start(), m.end(), "date", None, "numeric date"))
    for m in CLOCK.finditer(folded):
        found.append(Match(m.start(), m.end(), "other", None, "clock time"))
    for m in MODEL.finditer(folded):
        if not overlaps(m.start(), m.end(), [(f.fs, f.fe) for f in found]):
            found.append(Match(m.start(), m.end(), "other", None, "model code"))
    taken.extend((f.fs, f.fe) for f in found)
    for m in DIGITS.finditer(folded):
        if overlaps(m.start(), m.end(), taken):
            continue
        kind, rule = _classify_digits(sentence, m.start(), m.end())
        value = _number(m.group()) if kind == "count" else None
        end = m.end()
        scale = DIGIT_SCALE.match(folded, end)
        if kind == "count" and scale:
            # "2.5 million", "20 ألف": the scale word belongs to the number.
            value = value * DIGIT_SCALES[scale.group(1)]
            end, rule = scale.end(), "digits with a scale word"
        found.append(Match(m.start(), end, kind, value, rule))
        taken.append((m.start(), end))
    return found


def _english_word_value(words: list[str]) -> float | None:
    """Value of a run of English number words (``two hundred and fifty`` -> 250)."""
    total, current = 0, 0
    for word in words:
        if word in ("a", "and"):
            continue
        if word in EN_SCALES:
            scale = EN_SCALES[word]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            current += EN_NUMBER_WORDS[word]
    return float(total + current)


def _can_follow(previous: str, word: str) -> bool:
    if word not in EN_NUMBER_WORDS:
        return False
    if previous in EN_UNITS or previous in EN_TEENS:
        return word in EN_SCALES
    if previous in EN_TENS:
        return word in EN_UNITS or word in EN_SCALES
    if previous == "hundred":
        return word not in ("hundred",)
    return word not in EN_SCALES or EN_SCALES[word] < EN_SCALES.get(previous, 0)


def english_word_matches(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Match]:
    """Numbers written in English words ("two hundred and fifty", "a dozen"), leaving
    out "one" used as a pronoun; adds their spans to ``taken``."""
    folded = sentence.folded
    tokens = list(LATIN_WORD.finditer(folded))
    found = []
    i = 0
    while i < len(tokens):
        word = tokens[i].group()
        if word not in EN_NUMBER_WORDS or overlaps(tokens[i].start(), tokens[i].end(), taken):
            i += 1
            continue
        first, last, words = i, i, [word]
        while last + 1 < len(tokens):
            gap = folded[tokens[last].end() : tokens[last + 1].start()]
            nxt = tokens[last + 1].group()
            if gap in (" ", "-") and _can_follow(words[-1], nxt):
                words.append(nxt)
                last += 1
            elif (
                gap == " "
                and nxt == "and"
                and words[-1] in EN_SCALES
                and last + 2 < len(tokens)
                and folded[tokens[last + 1].end() : tokens[last + 2].start()] == " "
                and tokens[last + 2].group() in EN_UNITS | EN_TEENS | EN_TENS
            ):
                words += ["and", tokens[last + 2].group()]
                last += 2
            else:
                break
        if (
            (words[0] in EN_SCALES or words[0] == "dozen")
            and first > 0
            and tokens[first - 1].group() == "a"
        ):
            first -= 1
            words.insert(0, "a")
        fs, fe = tokens[first].start(), tokens[last].end()
        i = last + 1
        if words == ["one"]:
            after = tokens[last + 1].group() if last + 1 < len(tokens) else ""
            before = tokens[first - 1].group() if first > 0 else ""
            punctuated = not re.match(r"^[ -]+[a-z]", folded[fe:])
            if after in ONE_AFTER or before in ONE_BEFORE or punctuated:
                continue
        found.append(Match(fs, fe, "count", _english_word_value(words), "number words"))
        taken.append((fs, fe))
    return found


def _strip_and(word: str, table: dict[str, int]) -> tuple[str, int]:
    """A word without the clitic و ("and") when the rest is in ``table``; and the clitic's
    length (0 or 1), so that the span starts at the number word itself."""
    if word not in table and word.startswith("و") and word[1:] in table:
        return word[1:], 1
    return word, 0


def arabic_word_matches(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Match]:
    """Numbers written in Arabic words, teens and compound forms included; for واحد and
    اثنان the counted noun is the word before; adds their spans to ``taken``."""
    folded = sentence.folded
    tokens = list(ARABIC_WORD.finditer(folded))
    found = []
    i = 0
    while i < len(tokens):
        raw_word = tokens[i].group()
        word, clitic = _strip_and(raw_word, AR_NUMBER_WORDS | AR_TEEN_HEADS)
        fs = tokens[i].start() + clitic
        if overlaps(fs, tokens[i].end(), taken):
            i += 1
            continue
        nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        last, value = i, None
        if (
            word in AR_TEEN_HEADS | AR_UNITS
            and nxt in ("عشر", "عشرة")
            and word not in ("عشر", "عشرة")
        ):
            value, last = AR_TEEN_HEADS.get(word, AR_UNITS.get(word, 0)) + 10, i + 1
        elif word in AR_UNITS and nxt in AR_PLURAL_SCALES and AR_UNITS[word] >= 3:
            value, last = AR_UNITS[word] * AR_PLURAL_SCALES[nxt], i + 1
        elif word in AR_UNITS and _strip_and(nxt, AR_TENS)[0] in AR_TENS and nxt.startswith("و"):
            value, last = AR_UNITS[word] + AR_TENS[nxt[1:]], i + 1
        elif word in AR_NUMBER_WORDS:
            value = AR_NUMBER_WORDS[word]
        if value is None:
            i += 1
            continue
        fe = tokens[last].end()
        match = Match(fs, fe, "count", float(value), "Arabic number words")
        if value <= 2 and last == i and i > 0:
            # واحد and اثنان follow the noun they count.
            match.noun = sentence.raw_text(tokens[i - 1].start(), tokens[i - 1].end())
        found.append(match)
        taken.append((fs, fe))
        i = last + 1
    return found


def vague_matches(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Match]:
    """Vague quantities ("dozens", "عشرات") with the qualifier code each stands for;
    adds their spans to ``taken``."""
    found = []
    for m in VAGUE_PATTERN.finditer(sentence.folded):
        group = next(name for name, text in m.groupdict().items() if text is not None)
        code = VAGUE_PHRASES[int(group[1:])][1]
        fs, fe = m.start(group), m.end(group)
        if overlaps(fs, fe, taken):
            continue
        found.append(Match(fs, fe, "vague", None, "vague quantity", qualifier=code))
        taken.append((fs, fe))
    return found
