"""The extractor's regular expressions, compiled once from the word tables of
:mod:`newsclaims.extract.words`. Each runs over a whole folded body in one pass; the order
of :data:`PASSES` is the order in which expressions claim their characters (a date before
the numbers inside it, a calibre before its number, a range before its two bounds).
"""

from __future__ import annotations

import re

from newsclaims.extract.scan import FRACTIONS
from newsclaims.extract.words import (
    AR_DUAL_UNITS,
    AR_MONTH_REFERENCE,
    AR_MONTHS,
    AR_NUMBER_WORDS,
    AR_ORDINALS,
    AR_PARTS_OF_DAY,
    AR_TEEN_HEADS,
    DIGIT_SCALES,
    EN_MONTHS,
    EN_NUMBER_WORDS,
    EN_ORDINALS,
    EN_PARTS_OF_DAY,
    EN_UNITS,
    ORDINAL_DAYS,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    RELATIVE_DAYS,
    TIME_UNITS,
    VAGUE_PHRASES,
    WEEKDAYS,
    YEAR_CUE,
)


def alternation(words) -> str:
    """A regular expression matching any of ``words``, longest first, spaces as ``\\s+``."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def first_letters(*words) -> str:
    """A look-ahead for the first characters of ``words`` (and of the Arabic proclitics):
    put before a pattern, it lets the engine skip to where a match can start."""
    chars = {w[0] for group in words for w in group} | set("وفبلك")
    return "(?=[" + "".join(sorted(re.escape(c) for c in chars)) + "])"


def _after(*words: str) -> str:
    """A look-behind for any of ``words`` and one space (each of fixed width)."""
    return "(?:" + "|".join(f"(?<={re.escape(w)} )" for w in words) + ")"


# A match may start at a word or right after a one-letter Arabic proclitic (و ف ب ل ك).
START = r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك]))"
END = r"(?!\w)"
DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?"
EN_WORD = r"(?:" + alternation(EN_NUMBER_WORDS) + r")(?![a-z])"
EN_RUN = EN_WORD + r"(?:(?:\s+and\s+|[\s-]+)" + EN_WORD + r")*"
AR_WORD = r"(?:" + alternation(AR_NUMBER_WORDS | AR_TEEN_HEADS) + r")(?!\w)"
AR_RUN = AR_WORD + r"(?:\s+(?:و\s*)?" + AR_WORD + r"|\s+(?:الاف|ملايين)(?!\w))*"
EN_MONTH = alternation(EN_MONTHS)
AR_MONTH = alternation(AR_MONTHS)
AR_MONTHS_BOTH = r"(?:" + AR_MONTH + r")(?:\s*/\s*(?:" + AR_MONTH + r"))?"
WEEKDAY = alternation(WEEKDAYS)
UNIT = alternation(TIME_UNITS)

NUMERIC_DATE = re.compile(
    r"(?=\d)(?<![\w.,/-])(?:(?P<y1>\d{4})(?P<s1>[-./])(?P<m1>\d{1,2})(?P=s1)(?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})(?P<s2>[-./])(?P<m2>\d{1,2})(?P=s2)(?P<y2>\d{4}|\d{2}))(?![\w/-]|[.,]\d)"
)
NAMED_DATE = re.compile(
    first_letters("0123456789", EN_MONTHS, AR_MONTHS, ORDINAL_DAYS, ["the"]) + r"(?<![\w.,])(?:"
    r"(?:the\s+)?(?P<d6>" + alternation(ORDINAL_DAYS) + r")\s+of\s+(?P<m6>" + EN_MONTH + r")\.?"
    r"(?:,?\s+(?P<y6>\d{4}))?|"
    r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>" + EN_MONTH + r")\.?"
    r"(?:,?\s+(?P<y1>\d{4}))?"
    r"|(?P<m2>" + EN_MONTH + r")\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?![\d,.]\d)"
    r"(?:,?\s+(?P<y2>\d{4}))?"
    r"|(?P<m3>" + EN_MONTH + r")\.?,?\s+(?P<y3>\d{4})"
    r"|(?P<d4>\d{1,2})\s+(?P<m4>" + AR_MONTHS_BOTH + r")"
    r"(?:\s+(?P<y4>\d{4})|\s+(?P<r4>" + alternation(AR_MONTH_REFERENCE) + r"))?"
    r"|(?P<m5>" + AR_MONTHS_BOTH + r")\s+(?P<y5>\d{4})"
    r")(?!\w)"
)
TIME_OF_DAY = re.compile(
    r"(?=\d)(?<![\w.:,])(?:\d{1,2}(?:[:.]\d{2})?\s?(?:a\.?m\b\.?|p\.?m\b\.?)|\d{1,2}:\d{2}(?::\d{2})?"
    r"(?![\d:])|\d{1,2}\s+o'clock)"
)
CALIBRE = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s?-?\s?(?:mm|ملم|مم|ملليمترا?|millimet(?:re|er)s?)(?!\w)"
    r"|(?<=عيار )\d+(?:[.,]\d+)?|(?<=calibre )\d+(?:[.,]\d+)?|(?<=caliber )\d+(?:[.,]\d+)?"
)
MONEY = re.compile(
    r"(?:[$€£]|(?<!\w)us\$|(?<!\w)usd)\s?(?:" + DIGITS + r")"
    r"|(?<![\w.,])(?:" + DIGITS + r")\s?(?:[$€£]|(?:us )?dollars?(?!\w)|euros?(?!\w)|usd(?!\w)"
    r"|pounds?(?!\w)|دولار|ليرة|يورو)"
)
MODEL = re.compile(
    r"(?<![\w-])(?!(?:mid|early|late|pre|post)-)[a-z]{1,8}-?\d+[a-z]{0,2}(?:-\d+)?(?![\w-])"
)
RANGE_NUMBER = r"(?:" + DIGITS + r"|" + EN_WORD + r"|" + AR_WORD + r")"
RANGE = re.compile(
    first_letters(
        "0123456789",
        EN_NUMBER_WORDS,
        AR_NUMBER_WORDS,
        AR_TEEN_HEADS,
        ["between", "from", "بين", "من"],
    )
    + START
    + r"(?:(?P<open>between|from|بين|من)\s+(?:the\s+(?P<of>[a-z]+)\s+of\s+)?)?(?P<a>"
    + RANGE_NUMBER
    + r")"
    r"\s*(?P<gap>-|–|to|and|و|الى)\s*(?P<b>" + RANGE_NUMBER + r")(?![\w.,]\d|\w)"
)
DURATION = re.compile(
    first_letters(
        "0123456789",
        EN_NUMBER_WORDS,
        AR_NUMBER_WORDS,
        AR_TEEN_HEADS,
        AR_DUAL_UNITS,
        TIME_UNITS,
        ["a", "one", "within", "for", "خلال"],
    )
    + START
    + r"(?:"
    r"(?P<n>" + DIGITS + r"|" + EN_RUN + r"|" + AR_RUN + r")[\s-]+(?P<u>" + UNIT + r")"
    r"|(?P<dual>" + alternation(AR_DUAL_UNITS) + r")"
    r"|(?P<one_after>(?:يوم|يوما|شهر|شهرا|عام|عاما|اسبوع|اسبوعا|ساعة|سنة)\s+واحد[ةا]?)"
    r"|"
    + _after("اكثر من", "خلال", "حوالي", "قرابة", "غضون", "ما يقارب", "نحو")
    + r"(?P<one_ar>عام|سنة|شهر|اسبوع|يوم|ساعة)"
    r"|"
    + _after("than", "about", "within", "nearly", "almost", "over", "under")
    + r"(?P<one_en>(?:a|an|one)\s+(?:year|month|week|day|hour))"
    r"|(?P<vague>(?:within|for)\s+(?:hours|days|weeks|months|years)|خلال\s+(?:ساعات|ايام|اسابيع|اشهر))"
    r")" + END
)
RELATIVE_DATE = re.compile(
    first_letters(["next", "last", "this", "coming", "the", "day", "يوم"], WEEKDAYS, RELATIVE_DAYS)
    + START
    + r"(?:"
    r"(?P<step>next|last|this|coming)\s+(?P<wd1>" + WEEKDAY + r")"
    r"|(?:the\s+)?(?P<after>next|following)\s+day"
    r"|(?:the\s+)?day\s+(?P<twice>before\s+yesterday|after\s+tomorrow)"
    r"|(?:(?:" + AR_PARTS_OF_DAY + r")\s+)?(?P<rel>" + alternation(RELATIVE_DAYS) + r")"
    r"(?:\s+(?P<wd2>" + WEEKDAY + r"))?(?:\s+(?:" + EN_PARTS_OF_DAY + r"))?"
    r"|(?:يوم\s+)?(?P<wd3>" + alternation(set(WEEKDAYS) - {"الاثنين"}) + r")"
    r"(?:\s+(?:" + EN_PARTS_OF_DAY + r"))?"
    r"|يوم\s+(?P<wd4>الاثنين)"
    r")" + END
)
ORDINAL = re.compile(
    first_letters("0123456789", EN_ORDINALS.split("|"), AR_ORDINALS.split("|"))
    + r"(?<!\w)\d+(?:st|nd|rd|th)(?!\w)|(?<!\w)(?:"
    + EN_ORDINALS
    + r")(?!\w)"
    r"|" + START + r"(?:" + AR_ORDINALS + r")(?!\w)"
)
VAGUE = re.compile(
    first_letters([pattern for pattern, _ in VAGUE_PHRASES])
    + START
    + r"(?:"
    + "|".join(f"(?P<v{i}>{pattern})" for i, (pattern, _) in enumerate(VAGUE_PHRASES))
    + r")"
    + END
)
COUNT_DIGITS = re.compile(
    r"(?=[\d"
    + FRACTIONS
    + r"])(?<![\w.,/])(?P<n>"
    + DIGITS
    + r")(?P<frac>\s?["
    + FRACTIONS
    + r"]|\s+[1-7]/[2-8](?![\d/]))?"
    r"(?:\s+(?P<scale>" + alternation(DIGIT_SCALES) + r"))?"
    r"(?:(?=(?:km|kg|kms|m|t)(?!\w))|(?![\w/]|[.,]\d))"
    r"|(?<![\w.,])(?P<glyph>[" + FRACTIONS + r"])(?!\w)"
    r"|(?<![\w.,/])(?P<fn>[1-7])/(?P<fd>[2-8])(?![\w/])"
)
COUNT_EN = re.compile(
    first_letters(EN_NUMBER_WORDS, ["a", "half"])
    + r"(?<![\w-])(?:(?P<half>half\s+a)\s+|a\s+)?(?P<run>"
    + EN_RUN
    + r")(?![\w-])"
)
COUNT_AR = re.compile(
    first_letters(AR_NUMBER_WORDS, AR_TEEN_HEADS) + START + r"(?P<run>" + AR_RUN + r")"
)
DUAL_NOUN = re.compile(r"(?<!\w)(?:[وبلفك])?(?P<word>ال[\u0621-\u064a]{2,}(?:تين|تان))(?!\w)")

# Qualifiers: before the number (anchored at the end of the text before it), or after it.
QUALIFIER_BEFORE_PATTERNS = [
    (code, re.compile(r"(?:^|(?<=\W))[وبل]?(?:" + pattern + r")\s*$"))
    for code, pattern in QUALIFIERS_BEFORE
]
# All of them at once: a search finds the earliest qualifier (group ``q<i>`` names it).
QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=\W))[وبل]?(?:"
    + "|".join(f"(?P<q{i}>{pattern})" for i, (_, pattern) in enumerate(QUALIFIERS_BEFORE))
    + r")\s*$"
)
QUALIFIER_AFTER_PATTERNS = [
    (code, re.compile(r"\s*(?:" + pattern + r")(?!\w)")) for code, pattern in QUALIFIERS_AFTER
]
# "handed over 37 tanks": here "over" belongs to the verb, not to the number.
PHRASAL_OVER = re.compile(
    r"(?:^|\W)(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|t(?:ake|akes|aken|aking|ook)|gave"
    r"|give[ns]?|giving)\s+over\s*$"
)
YEAR_CUE_BEFORE = re.compile(r"(?:^|\W)(?:" + YEAR_CUE + r")[\s-]*$")
NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
NOUN_TOKEN = re.compile(r"[a-z\u0621-\u064a]+(?:[-'][a-z0-9\u0621-\u064a]+)*|\d+(?:[.,]\d+)*|\S")
ONE = re.compile(r"one")
EN_UNIT_WORDS = frozenset(EN_UNITS)


# Cheap tests run before a pass: a body without them cannot hold its expressions.
GATES = {
    "digit": re.compile(r"\d"),
    "numeric_date": re.compile(r"\d[-./]\d"),
    "time": re.compile(r"\d\s?[ap]\.?m|\d:\d|o'clock"),
    "calibre": re.compile(r"mm|ملم|مم|ملليمتر|millimet|عيار|calib"),
    "money": re.compile(r"[$€£]|usd|dollar|euro|pound|دولار|ليرة|يورو"),
    "model": re.compile(r"[a-z]-?\d"),
    "fraction": re.compile("[" + FRACTIONS + "]|\\d/\\d"),
}
