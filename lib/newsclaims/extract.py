"""Propose candidate claims: the numbers an article body states, and what they count.

The extractor reads the body of a document (never its chrome or its reader comments), one
sentence at a time, on the folded text of :mod:`newsclaims.normalize` (lower case, Arabic
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

:func:`evaluate` compares the proposals with the ledger's number claims.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pandas as pd

from newsclaims.corpus import Document
from newsclaims.normalize import fold, fold_with_offsets
from newsclaims.validate import VAGUE_QUALIFIERS

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


# --- word lists (all in folded form: lower case, bare alef, no diacritics) -------------

EN_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
EN_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "dozen": 12,
}
EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
EN_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
EN_NUMBER_WORDS = EN_UNITS | EN_TEENS | EN_TENS | EN_SCALES

# Arabic units take the feminine and masculine forms; 1 and 2 follow their noun.
AR_UNITS = {
    "واحد": 1,
    "واحدة": 1,
    "اثنان": 2,
    "اثنين": 2,
    "اثنتان": 2,
    "اثنتين": 2,
    "ثلاث": 3,
    "ثلاثة": 3,
    "اربع": 4,
    "اربعة": 4,
    "خمس": 5,
    "خمسة": 5,
    "ست": 6,
    "ستة": 6,
    "سبع": 7,
    "سبعة": 7,
    "ثمان": 8,
    "ثماني": 8,
    "ثمانية": 8,
    "تسع": 9,
    "تسعة": 9,
    "عشر": 10,
    "عشرة": 10,
}
AR_TEEN_HEADS = {"احد": 1, "احدى": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2}
AR_TENS = {
    stem + ending: value
    for stem, value in (
        ("عشر", 20),
        ("ثلاث", 30),
        ("اربع", 40),
        ("خمس", 50),
        ("ست", 60),
        ("سبع", 70),
        ("ثمان", 80),
        ("تسع", 90),
    )
    for ending in ("ون", "ين")
}
AR_HUNDREDS = {"مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200}
AR_HUNDREDS |= {
    stem + hundred: value * 100
    for stem, value in (
        ("ثلاث", 3),
        ("اربع", 4),
        ("خمس", 5),
        ("ست", 6),
        ("سبع", 7),
        ("ثمان", 8),
        ("تسع", 9),
    )
    for hundred in ("مئة", "مائة")
}
AR_THOUSANDS = {"الف": 1_000, "الفان": 2_000, "الفين": 2_000, "مليون": 1_000_000}
# Plural scale words: a multiplier after a unit (ثلاثة آلاف), a vague quantity alone.
AR_PLURAL_SCALES = {"الاف": 1_000, "ملايين": 1_000_000}
AR_NUMBER_WORDS = AR_UNITS | AR_TENS | AR_HUNDREDS | AR_THOUSANDS

# Vague quantities, longest first so that "hundreds of thousands" wins over "hundreds".
VAGUE_PHRASES = [
    (r"hundreds of thousands", "hundreds_of_thousands"),
    (r"tens of thousands", "tens_of_thousands"),
    (r"(?:a )?large numbers?(?= of\b)", "large_numbers"),
    (r"large quantities(?= of\b)", "large_numbers"),
    (r"scores(?= of\b)", "dozens"),
    (r"dozens", "dozens"),
    (r"hundreds", "hundreds"),
    (r"thousands", "thousands"),
    (r"several", "several"),
    (r"a few", "several"),
    (r"مئات الالاف", "hundreds_of_thousands"),
    (r"عشرات الالاف", "tens_of_thousands"),
    (r"اعداد كبيرة", "large_numbers"),
    (r"كميات كبيرة", "large_numbers"),
    (r"عشرات", "dozens"),
    (r"مئات", "hundreds"),
    (r"الاف", "thousands"),
    (r"عدة", "several"),
    (r"بضعة?", "several"),
]
_VAGUE = re.compile(
    r"(?<!\w)(?:و(?=[\u0621-\u064a]))?(?:"
    + "|".join(f"(?P<v{i}>{pattern})" for i, (pattern, _) in enumerate(VAGUE_PHRASES))
    + r")(?!\w)"
)

# Qualifiers written before the number, as regular expressions over the folded text.
QUALIFIERS_BEFORE = [
    ("at_least", r"at least|no (?:fewer|less) than|not less than|ما لا يقل عن|لا يقل عن"),
    ("at_least", r"على الاقل"),
    ("fewer_than", r"(?:fewer|less) than|under|اقل من"),
    ("more_than", r"(?:more|greater) than|in excess of|upwards of|over"),
    ("more_than", r"اكثر من|ما يزيد (?:عن|على)|يزيد (?:عن|على)"),
    ("up_to", r"up to|as many as|within|ما يصل الى|لا يتجاوز"),
    ("about", r"approximately|about|around|roughly|nearly|almost|some|an estimated"),
    ("about", r"estimated|close to|نحو|حوالي|حوالى|قرابة|ما يقارب|زهاء"),
    ("only", r"only|just|سوى|الا"),
]
_QUALIFIER_BEFORE = [
    (code, re.compile(r"(?:^|(?<=[^\w]))[وبل]?(?:" + pattern + r")\s*$"))
    for code, pattern in QUALIFIERS_BEFORE
]
# "handed over 37 tanks": here "over" belongs to the verb, not to the number.
_PHRASAL_OVER = re.compile(
    r"(?:^|\W)(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|t(?:ake|akes|aken|aking|ook)|gave|give[ns]?|giving)\s+over\s*$"
)
QUALIFIERS_AFTER = [
    ("only", r"فقط"),
    ("about", r"تقريبا|or so"),
    ("at_least", r"على الاقل|at least|or more"),
    ("up_to", r"at most|at the most"),
]
_QUALIFIER_AFTER = [
    (code, re.compile(r"^\s*(?:" + pattern + r")(?!\w)")) for code, pattern in QUALIFIERS_AFTER
]

EN_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\."
)
AR_MONTHS = (
    "كانون الثاني|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين الاول|تشرين الثاني|كانون الاول"
    "|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر"
)
_MONTH_BEFORE = re.compile(r"(?:^|(?<=\W))(" + EN_MONTHS + "|" + AR_MONTHS + r")\s*[,،]?\s*$")
_MONTH_AFTER = re.compile(
    r"^(?:st|nd|rd|th)?\s*(?:of\s+)?(" + EN_MONTHS + "|" + AR_MONTHS + r")(?!\w)"
)
# Words before a four-digit number that make it a year whatever follows.
_YEAR_CUE = re.compile(
    r"(?:^|\W)(?:in|since|until|till|by|during|from|between|before|after|early|late|mid|year"
    r"|[وف]?عام|العام|عامي|سنة|السنة|منذ|[وف]?في|حتى)[\s-]*$"
)
# Words that may follow a year ("in 2013 and 2014", "in 2009, according to").
YEAR_FOLLOWERS = frozenset(
    [
        "and",
        "or",
        "to",
        "till",
        "until",
        "through",
        "when",
        "after",
        "before",
        "in",
        "on",
        "at",
        "by",
        "with",
        "as",
        "the",
        "a",
        "an",
        "that",
        "which",
        "while",
        "was",
        "were",
        "is",
        "are",
        "had",
        "has",
        "have",
        "according",
        "against",
    ]
) | frozenset(["و", "في", "الى", "حتى", "عندما", "حين", "بعد", "قبل", "من"])

_ISO_DATE = re.compile(
    r"(?<![\w-])\d{4}-\d{1,2}-\d{1,2}(?![\w-])|(?<![\w/])\d{1,2}/\d{1,2}/\d{2,4}"
)
_CLOCK = re.compile(r"(?<![\w:])\d{1,2}:\d{2}(?::\d{2})?(?![\w:])")
# A model code: Latin letters, an optional hyphen, digits (T-72, M600, BM-21, Zelzal-2).
_MODEL = re.compile(
    r"(?<![\w-])(?!(?:mid|early|late|pre|post)-)[a-z]{1,8}-?\d+[a-z]?(?:-\d+)?(?![\w-])"
)
_DIGITS = re.compile(r"(?<![a-z\d_])(?:\d{1,3}(?:[,٬]\d{3})+(?!\d)|\d+)(?:[.٫]\d+)?(?!\d)")
DIGIT_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "الف": 1_000,
    "الاف": 1_000,
    "مليون": 1_000_000,
    "ملايين": 1_000_000,
    "مليار": 1_000_000_000,
}
_DIGIT_SCALE = re.compile(r"\s(" + "|".join(DIGIT_SCALES) + r")(?!\w)")
_CURRENCY_BEFORE = re.compile(r"(?:[$€£]|\bus\$|\busd)\s?$")
_CURRENCY_AFTER = re.compile(
    r"^\s?(?:[$€£]|(?:us )?dollars?\b|euros?\b|usd\b|pounds?\b|دولار|ليرة|يورو)"
)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)(?!\w)")
_RANGE_GAP = re.compile(r"^\s*(?:-|–|to|and|و|الى)\s*$")
_RANGE_OPEN = re.compile(r"(?:between|from|بين|من)(?:\s+the\s+[a-z]+\s+of)?\s*$")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
_LATIN_WORD = re.compile(r"[a-z]+")

# Words skipped when looking for the counted noun.
NOUN_SKIP = frozenset(
    [
        "and",
        "or",
        "of",
        "the",
        "these",
        "those",
        "such",
        "other",
        "more",
        "additional",
        "further",
        "new",
        "old",
        "main",
        "battle",
        "explosive",
        "unguided",
        "guided",
        "heavy",
        "light",
        "armoured",
        "armored",
        "military",
        "large",
        "small",
        "syrian",
        "russian",
        "iranian",
        "american",
        "turkish",
        "israeli",
        "lebanese",
        "local",
        "foreign",
        "different",
        "separate",
        "و",
        "من",
        "هذه",
        "تلك",
    ]
)
# Two-word nouns kept whole (folded), so that the head alone does not mislead.
MULTIWORD_NOUNS = frozenset(
    {
        "air raids",
        "air strikes",
        "barrel bombs",
        "rocket launchers",
        "artillery rounds",
        "artillery guns",
        "machine guns",
        "loyalist forces",
        "government forces",
        "regime forces",
    }
)
# Words after a number that qualify it rather than name what it counts.
NOUN_STOP = frozenset({"فقط", "تقريبا"})
_NOUN_TOKEN = re.compile(
    r"[A-Za-z\u0621-\u065f\u0670\u0640]+(?:[-'’][A-Za-z0-9\u0621-\u065f\u0670\u0640]+)*"
    r"|\d+(?:[.,]\d+)*|\S"
)
_SENTENCE_END = re.compile(r"[.!?؟]+(?=\s|$)|\n+")


# --- sentences and folded text ----------------------------------------------------------


@dataclass(frozen=True)
class _Sentence:
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
        start, end = self.raw_span(fs, fe)
        return self.raw[start - self.start : end - self.start]

    def raw_after(self, fe: int) -> str:
        """Raw text of the sentence after the folded offset ``fe``."""
        return self.raw[self.origin[fe - 1] + 1 - self.start :]

    def raw_before(self, fs: int) -> str:
        return self.raw[: self.origin[fs] - self.start]


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[_Sentence]:
    """The sentences of ``text[start:end]``: cut after ``. ! ? ؟`` followed by white space
    and at line breaks; leading and trailing white space trimmed."""
    end = len(text) if end is None else end
    segment = text[start:end]
    cursor = 0
    cuts = [m.end() for m in _SENTENCE_END.finditer(segment)] + [len(segment)]
    for cut in cuts:
        piece = segment[cursor:cut]
        stripped = piece.strip()
        if stripped:
            offset = start + cursor + (len(piece) - len(piece.lstrip()))
            folded, origin = fold_with_offsets(stripped)
            yield _Sentence(stripped, offset, folded, [offset + o for o in origin])
        cursor = cut


# --- the extractor ------------------------------------------------------------------------


@dataclass
class _Match:
    fs: int  # folded start
    fe: int  # folded end
    kind: str
    value: float | None
    rule: str
    qualifier: str | None = None
    noun: str | None = None


def _overlaps(fs: int, fe: int, taken: list[tuple[int, int]]) -> bool:
    return any(fs < e and s < fe for s, e in taken)


def _number(text: str) -> float:
    return float(text.replace(",", "").replace("٬", "").replace("٫", "."))


def _is_may_lowercase(sentence: _Sentence, month_match: re.Match, offset: int) -> bool:
    """'may' is a month only when written with a capital (May 3), not the verb."""
    if month_match.group(1) != "may":
        return False
    fs = offset + month_match.start(1)
    return not sentence.raw_text(fs, fs + 3)[0].isupper()


def _month_next_to(sentence: _Sentence, fs: int, fe: int) -> bool:
    folded = sentence.folded
    before = _MONTH_BEFORE.search(folded[:fs])
    if before and not _is_may_lowercase(sentence, before, 0):
        return True
    after = _MONTH_AFTER.search(folded[fe:])
    return bool(after and not _is_may_lowercase(sentence, after, fe))


def _next_word(sentence: _Sentence, fe: int) -> str:
    """The raw word right after the folded offset ``fe`` (empty at punctuation or end)."""
    match = re.match(r"\s*([^\W\d_]+)", sentence.raw_after(fe))
    return match.group(1) if match else ""


def _classify_digits(sentence: _Sentence, fs: int, fe: int) -> tuple[str, str]:
    """Kind and rule of a number written in digits."""
    folded = sentence.folded
    token = folded[fs:fe]
    before, after = folded[:fs], folded[fe:]
    if _CURRENCY_BEFORE.search(before) or _CURRENCY_AFTER.search(after):
        return "other", "amount of money"
    is_year = re.fullmatch(r"\d{4}", token) and 1900 <= int(token) <= 2099
    if _month_next_to(sentence, fs, fe) and (is_year or 1 <= _number(token) <= 31):
        return "date", "day or year next to a month name"
    if _ORDINAL_AFTER.match(after):
        return "other", "ordinal"
    if is_year:
        if after.startswith("s") and not re.match(r"s\w", after):
            return "year", "decade (1990s)"
        if _YEAR_CUE.search(before):
            return "year", "four-digit number after a year cue (in, since, عام...)"
        word = _next_word(sentence, fe)
        folded_word = word.casefold()
        counted = word and (
            (word[0].islower() and folded_word not in YEAR_FOLLOWERS)
            or (_ARABIC_WORD.fullmatch(word) is not None and folded_word not in YEAR_FOLLOWERS)
        )
        if not counted:
            return "year", "four-digit number from 1900 to 2099 not followed by a noun"
    return "count", "digits"


def _digit_matches(sentence: _Sentence, taken: list[tuple[int, int]]) -> list[_Match]:
    found = []
    folded = sentence.folded
    for m in _ISO_DATE.finditer(folded):
        found.append(_Match(m.start(), m.end(), "date", None, "numeric date"))
    for m in _CLOCK.finditer(folded):
        found.append(_Match(m.start(), m.end(), "other", None, "clock time"))
    for m in _MODEL.finditer(folded):
        if not _overlaps(m.start(), m.end(), [(f.fs, f.fe) for f in found]):
            found.append(_Match(m.start(), m.end(), "other", None, "model code"))
    taken.extend((f.fs, f.fe) for f in found)
    for m in _DIGITS.finditer(folded):
        if _overlaps(m.start(), m.end(), taken):
            continue
        kind, rule = _classify_digits(sentence, m.start(), m.end())
        value = _number(m.group()) if kind == "count" else None
        end = m.end()
        scale = _DIGIT_SCALE.match(folded, end)
        if kind == "count" and scale:
            # "2.5 million", "20 ألف": the scale word belongs to the number.
            value = value * DIGIT_SCALES[scale.group(1)]
            end, rule = scale.end(), "digits with a scale word"
        found.append(_Match(m.start(), end, kind, value, rule))
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


# Contexts where "one" is a pronoun, not a count.
_ONE_AFTER = frozenset(["of", "another", "who", "which", "that"])
_ONE_BEFORE = frozenset(["no", "any", "every", "the", "this", "that", "each", "which", "someone"])


def _english_word_matches(sentence: _Sentence, taken: list[tuple[int, int]]) -> list[_Match]:
    folded = sentence.folded
    tokens = list(_LATIN_WORD.finditer(folded))
    found = []
    i = 0
    while i < len(tokens):
        word = tokens[i].group()
        if word not in EN_NUMBER_WORDS or _overlaps(tokens[i].start(), tokens[i].end(), taken):
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
            if after in _ONE_AFTER or before in _ONE_BEFORE or punctuated:
                continue
        found.append(_Match(fs, fe, "count", _english_word_value(words), "number words"))
        taken.append((fs, fe))
    return found


def _strip_and(word: str, table: dict[str, int]) -> tuple[str, int]:
    """A word without the clitic و ("and") when the rest is in ``table``; and the clitic's
    length (0 or 1), so that the span starts at the number word itself."""
    if word not in table and word.startswith("و") and word[1:] in table:
        return word[1:], 1
    return word, 0


def _arabic_word_matches(sentence: _Sentence, taken: list[tuple[int, int]]) -> list[_Match]:
    folded = sentence.folded
    tokens = list(_ARABIC_WORD.finditer(folded))
    found = []
    i = 0
    while i < len(tokens):
        raw_word = tokens[i].group()
        word, clitic = _strip_and(raw_word, AR_NUMBER_WORDS | AR_TEEN_HEADS)
        fs = tokens[i].start() + clitic
        if _overlaps(fs, tokens[i].end(), taken):
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
        match = _Match(fs, fe, "count", float(value), "Arabic number words")
        if value <= 2 and last == i and i > 0:
            # واحد and اثنان follow the noun they count.
            match.noun = sentence.raw_text(tokens[i - 1].start(), tokens[i - 1].end())
        found.append(match)
        taken.append((fs, fe))
        i = last + 1
    return found


def _vague_matches(sentence: _Sentence, taken: list[tuple[int, int]]) -> list[_Match]:
    found = []
    for m in _VAGUE.finditer(sentence.folded):
        group = next(name for name, text in m.groupdict().items() if text is not None)
        code = VAGUE_PHRASES[int(group[1:])][1]
        fs, fe = m.start(group), m.end(group)
        if _overlaps(fs, fe, taken):
            continue
        found.append(_Match(fs, fe, "vague", None, "vague quantity", qualifier=code))
        taken.append((fs, fe))
    return found


def _qualifier(sentence: _Sentence, match: _Match, tail_from: int) -> str:
    """The ledger's qualifier code for a count: the words before it, else after its noun."""
    before = sentence.folded[: match.fs]
    best: tuple[int, str] | None = None
    for code, pattern in _QUALIFIER_BEFORE:
        found = pattern.search(before)
        if found and (best is None or found.start() < best[0]):
            phrasal = found.group().strip().endswith("over") and _PHRASAL_OVER.search(before)
            if code == "more_than" and phrasal:
                continue
            best = (found.start(), code)
    if best:
        return best[1]
    after = sentence.folded[tail_from:]
    for code, pattern in _QUALIFIER_AFTER:
        if pattern.match(after):
            return code
    return "exact"


def _noun_after(raw_tail: str) -> tuple[str | None, int]:
    """The counted noun in the raw text after a number, and where it ends in ``raw_tail``
    (0 when there is none). See the module docstring for the rule."""
    tokens = list(_NOUN_TOKEN.finditer(raw_tail))[:10]
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
        if _MODEL.fullmatch(key):
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


def _range_noun(sentence: _Sentence, first: _Match) -> str | None:
    """For "between the ages of 18 and 42": the word before "of"."""
    opened = re.search(r"between\s+the\s+([a-z]+)\s+of\s*$", sentence.folded[: first.fs])
    return sentence.raw_text(opened.start(1), opened.end(1)) if opened else None


def _mark_ranges(sentence: _Sentence, counts: list[_Match]) -> None:
    """Two counts joined as a range (between 18 and 42, 18-42, from 3 to 5): both are kept
    as counts, marked as range bounds, and share the noun."""
    ordered = sorted(counts, key=lambda m: m.fs)
    for a, b in itertools.pairwise(ordered):
        gap = sentence.folded[a.fe : b.fs]
        if not _RANGE_GAP.match(gap):
            continue
        bare = gap.strip() in ("-", "–")
        if not bare and not _RANGE_OPEN.search(sentence.folded[: a.fs]):
            continue
        noun = b.noun or _range_noun(sentence, a)
        for bound, which in ((a, "lower"), (b, "upper")):
            bound.rule = f"range ({which} bound)"
            bound.noun = noun


def extract_sentence(sentence: _Sentence, source_id: str = "") -> list[Candidate]:
    """The candidates of one sentence, in text order."""
    taken: list[tuple[int, int]] = []
    matches = _digit_matches(sentence, taken)
    matches += _english_word_matches(sentence, taken)
    matches += _arabic_word_matches(sentence, taken)
    matches += _vague_matches(sentence, taken)
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


# --- evaluation against the ledger -----------------------------------------------------


@dataclass(frozen=True)
class Evaluation:
    """How the candidates compare with the ledger's number claims."""

    per_source: pd.DataFrame  # one row per source, then a row "all sources"
    matches: pd.DataFrame  # one row per (candidate, claim) pair that matches
    misses: pd.DataFrame  # number claims without a matching candidate
    false_alarms: pd.DataFrame  # count or vague candidates without a matching claim


def number_claims(claims: pd.DataFrame, attributes: pd.DataFrame) -> pd.DataFrame:
    """The claims whose attribute holds a number (``value_type == "number"``)."""
    numeric = set(attributes.loc[attributes["value_type"] == "number", "attribute"])
    return claims[claims["attribute"].isin(numeric)].reset_index(drop=True)


def _values_match(candidate_value: float, claim_value: object) -> bool:
    number = pd.to_numeric(pd.Series([claim_value]), errors="coerce").iloc[0]
    if pd.isna(number) or pd.isna(candidate_value):
        return False
    return math.isclose(float(number), float(candidate_value))


def evaluate(
    candidates: pd.DataFrame,
    claims: pd.DataFrame,
    attributes: pd.DataFrame,
    source_ids: list[str] | None = None,
) -> Evaluation:
    """Match count and vague candidates to the ledger's number claims.

    A candidate matches a claim of the same source when its span overlaps the claim's
    quote span and either the claim's number equals the candidate's value, or the claim's
    qualifier is vague (``dozens``, ``several``...) and the candidate is a vague quantity.
    Precision: the share of candidates that match a claim; recall: the share of number
    claims that some candidate matches. ``source_ids`` fixes the rows and their order
    (default: the sources met in the claims, then in the candidates)."""
    claims = number_claims(claims, attributes)
    proposals = candidates[candidates["kind"].isin(PROPOSAL_KINDS)].reset_index(drop=True)
    proposals = proposals.assign(candidate_index=range(len(proposals)))
    pairs = proposals.merge(
        claims[["claim_id", "source_id", "start", "end", "value", "qualifier"]].rename(
            columns={
                "start": "claim_start",
                "end": "claim_end",
                "value": "claim_value",
                "qualifier": "claim_qualifier",
            }
        ),
        on="source_id",
    )
    if not pairs.empty:
        overlap = (pairs["start"] < pairs["claim_end"]) & (pairs["claim_start"] < pairs["end"])
        same_value = pd.Series(
            [
                _values_match(v, c)
                for v, c in zip(pairs["value"], pairs["claim_value"], strict=True)
            ],
            index=pairs.index,
            dtype=bool,
        )
        vague = pairs["claim_qualifier"].isin(VAGUE_QUALIFIERS) & (pairs["kind"] == "vague")
        pairs = pairs[overlap & (same_value | vague)]
    matches = pairs.assign(qualifier_agrees=pairs["qualifier"] == pairs["claim_qualifier"])[
        [
            "source_id",
            "claim_id",
            "text",
            "kind",
            "value",
            "qualifier",
            "claim_value",
            "claim_qualifier",
            "qualifier_agrees",
            "noun",
            "start",
            "end",
            "candidate_index",
        ]
    ].reset_index(drop=True)
    matched_claims = set(matches["claim_id"])
    matched_candidates = set(matches["candidate_index"])
    misses = claims[~claims["claim_id"].isin(matched_claims)][
        [
            "claim_id",
            "source_id",
            "quote",
            "translation_en",
            "attribute",
            "value",
            "unit",
            "qualifier",
            "start",
            "end",
        ]
    ].reset_index(drop=True)
    false_alarms = proposals[~proposals["candidate_index"].isin(matched_candidates)][
        ["source_id", "start", "end", "text", "kind", "value", "qualifier", "noun", "sentence"]
    ].reset_index(drop=True)
    if source_ids is None:
        source_ids = list(dict.fromkeys([*claims["source_id"], *candidates["source_id"]]))
    rows = []
    for source_id in [*source_ids, None]:

        def mine(frame: pd.DataFrame, sid: str | None = source_id) -> pd.DataFrame:
            return frame if sid is None else frame[frame["source_id"] == sid]

        n_candidates = len(mine(proposals))
        n_claims = len(mine(claims))
        hit_candidates = mine(matches)["candidate_index"].nunique()
        hit_claims = mine(matches)["claim_id"].nunique()
        rows.append(
            {
                "source_id": source_id or "all sources",
                "number_claims": n_claims,
                "candidates": n_candidates,
                "set_aside": int((~mine(candidates)["kind"].isin(PROPOSAL_KINDS)).sum()),
                "matched_candidates": hit_candidates,
                "matched_claims": hit_claims,
                "false_alarms": n_candidates - hit_candidates,
                "misses": n_claims - hit_claims,
                "precision": round(hit_candidates / n_candidates, 3) if n_candidates else math.nan,
                "recall": round(hit_claims / n_claims, 3) if n_claims else math.nan,
            }
        )
    return Evaluation(
        pd.DataFrame(rows), matches.drop(columns="candidate_index"), misses, false_alarms
    )


def precision_recall_chart(per_source: pd.DataFrame, source_ids: list[str]):
    """Two panels of horizontal bars, precision and recall per source, in the sources'
    colours and hatches, each bar labelled with its fraction (matched / total). With more
    sources than the palette can tell apart, one bar pools them all."""
    import matplotlib.pyplot as plt

    from newsclaims.style import OKABE_ITO, source_styles

    if len(source_ids) <= len(OKABE_ITO):
        styles = source_styles(source_ids)
    else:
        styles = {"all sources": {"color": "#777777", "hatch": ""}}
    rows = per_source[per_source["source_id"].isin(styles)].reset_index(drop=True)
    fig, axes = plt.subplots(
        1, 2, sharey=True, figsize=(7.5, 0.45 * max(len(rows), 1) + 1.4), layout="constrained"
    )
    panels = (
        (
            "precision",
            "matched_candidates",
            "candidates",
            "precision: proposals that match a claim",
        ),
        ("recall", "matched_claims", "number_claims", "recall: number claims found"),
    )
    for ax, (metric, hit, total, label) in zip(axes, panels, strict=True):
        for y, row in rows.iterrows():
            style = styles[row["source_id"]]
            value = 0.0 if pd.isna(row[metric]) else row[metric]
            ax.barh(
                y,
                value,
                color=style["color"],
                hatch=style["hatch"],
                edgecolor="black",
                linewidth=0.5,
            )
            shown = "n/a" if pd.isna(row[metric]) else f"{row[hit]}/{row[total]}"
            ax.text(min(value, 1.0) + 0.02, y, shown, va="center", fontsize=8)
        ax.set_xlim(0, 1.25)
        ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
        ax.set_xlabel(label)
    axes[0].set_yticks(range(len(rows)), rows["source_id"])
    axes[0].invert_yaxis()
    return fig


def format_share(value: float) -> str:
    """A share as a whole percentage for prose; "n/a" when undefined (nothing to divide)."""
    return "n/a" if value is None or pd.isna(value) else f"{value:.0%}"


def kind_counts(candidates: pd.DataFrame, source_ids: list[str]) -> pd.DataFrame:
    """Candidates per source (rows, in ``source_ids`` order) and kind (columns, all of
    :data:`KINDS`, zeros kept), with a total column."""
    table = (
        pd.crosstab(candidates["source_id"], candidates["kind"])
        .reindex(index=source_ids, columns=list(KINDS), fill_value=0)
        .fillna(0)
        .astype(int)
    )
    table["total"] = table.sum(axis=1)
    return table.rename_axis(index="source_id", columns=None).reset_index()


def section_counts(documents: dict[str, Document]) -> pd.DataFrame:
    """Number expressions per source in each kind of section: what reading the body only
    keeps, and what it leaves out in the chrome and the reader comments. Columns:
    ``source_id``, ``section``, ``expressions`` (all kinds), ``proposals`` (count and vague)."""
    rows = []
    for source_id, doc in documents.items():
        for section in ("body", "chrome", "comments"):
            found = extract(doc, sections=(section,))
            rows.append(
                {
                    "source_id": source_id,
                    "section": section,
                    "expressions": len(found),
                    "proposals": int(found["kind"].isin(PROPOSAL_KINDS).sum()),
                }
            )
    return pd.DataFrame(rows, columns=["source_id", "section", "expressions", "proposals"])


def explain_misses(candidates: pd.DataFrame, misses: pd.DataFrame) -> pd.DataFrame:
    """The misses with a ``reason``: what, if anything, the extractor found in the quote."""
    reasons = []
    for miss in misses.itertuples(index=False):
        mine = candidates[
            (candidates["source_id"] == miss.source_id)
            & (candidates["start"] < miss.end)
            & (miss.start < candidates["end"])
        ]
        proposals = mine[mine["kind"].isin(PROPOSAL_KINDS)]
        if mine.empty:
            reason = "no number expression in the quote"
        elif proposals.empty:
            shown = ", ".join(f"{t} ({k})" for t, k in zip(mine["text"], mine["kind"], strict=True))
            reason = f"only set-aside expressions in the quote: {shown}"
        elif miss.qualifier in VAGUE_QUALIFIERS and not (proposals["kind"] == "vague").any():
            reason = (
                f"the claim gives no number ({miss.qualifier}); the quote's"
                f" {', '.join(proposals['text'])} is a count of something else"
            )
        else:
            reason = (
                f"the quote's {', '.join(proposals['text'])} has another value than the"
                f" claim's {miss.value or miss.qualifier}"
            )
        reasons.append(reason)
    return misses.assign(reason=reasons)
