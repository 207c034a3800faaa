"""The extractor's word tables, as data: number words in English and Arabic, vague
quantities and the qualifier each stands for, the words around a number that qualify it,
month names, the words that make a four-digit number a year, model codes, and the words
skipped when looking for the counted noun. Everything is written in folded form (lower
case, bare alef, no diacritics; see :mod:`newsclaims.text.normalize`), and every qualifier
is a code of :data:`newsclaims.vocabulary.QUALIFIERS`.

The patterns at the end of each group are compiled from the tables above them; the rules
that use them are in :mod:`newsclaims.extract.numbers` and :mod:`newsclaims.extract.rules`.
"""

from __future__ import annotations

import re

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
VAGUE_PATTERN = re.compile(
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
QUALIFIER_BEFORE_PATTERNS = [
    (code, re.compile(r"(?:^|(?<=[^\w]))[وبل]?(?:" + pattern + r")\s*$"))
    for code, pattern in QUALIFIERS_BEFORE
]
# "handed over 37 tanks": here "over" belongs to the verb, not to the number.
PHRASAL_OVER = re.compile(
    r"(?:^|\W)(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|t(?:ake|akes|aken|aking|ook)|gave|give[ns]?|giving)\s+over\s*$"
)
QUALIFIERS_AFTER = [
    ("only", r"فقط"),
    ("about", r"تقريبا|or so"),
    ("at_least", r"على الاقل|at least|or more"),
    ("up_to", r"at most|at the most"),
]
QUALIFIER_AFTER_PATTERNS = [
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
MONTH_BEFORE = re.compile(r"(?:^|(?<=\W))(" + EN_MONTHS + "|" + AR_MONTHS + r")\s*[,،]?\s*$")
MONTH_AFTER = re.compile(
    r"^(?:st|nd|rd|th)?\s*(?:of\s+)?(" + EN_MONTHS + "|" + AR_MONTHS + r")(?!\w)"
)
# Words before a four-digit number that make it a year whatever follows.
YEAR_CUE = re.compile(
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

ISO_DATE = re.compile(r"(?<![\w-])\d{4}-\d{1,2}-\d{1,2}(?![\w-])|(?<![\w/])\d{1,2}/\d{1,2}/\d{2,4}")
CLOCK = re.compile(r"(?<![\w:])\d{1,2}:\d{2}(?::\d{2})?(?![\w:])")
# A model code: Latin letters, an optional hyphen, digits (T-72, M600, BM-21, Zelzal-2).
MODEL = re.compile(
    r"(?<![\w-])(?!(?:mid|early|late|pre|post)-)[a-z]{1,8}-?\d+[a-z]?(?:-\d+)?(?![\w-])"
)
DIGITS = re.compile(r"(?<![a-z\d_])(?:\d{1,3}(?:[,٬]\d{3})+(?!\d)|\d+)(?:[.٫]\d+)?(?!\d)")
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
DIGIT_SCALE = re.compile(r"\s(" + "|".join(DIGIT_SCALES) + r")(?!\w)")
CURRENCY_BEFORE = re.compile(r"(?:[$€£]|\bus\$|\busd)\s?$")
CURRENCY_AFTER = re.compile(
    r"^\s?(?:[$€£]|(?:us )?dollars?\b|euros?\b|usd\b|pounds?\b|دولار|ليرة|يورو)"
)
ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)(?!\w)")
RANGE_GAP = re.compile(r"^\s*(?:-|–|to|and|و|الى)\s*$")
RANGE_OPEN = re.compile(r"(?:between|from|بين|من)(?:\s+the\s+[a-z]+\s+of)?\s*$")
ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
LATIN_WORD = re.compile(r"[a-z]+")

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
NOUN_TOKEN = re.compile(
    r"[A-Za-z\u0621-\u065f\u0670\u0640]+(?:[-'’][A-Za-z0-9\u0621-\u065f\u0670\u0640]+)*"
    r"|\d+(?:[.,]\d+)*|\S"
)
SENTENCE_END = re.compile(r"[.!?؟]+(?=\s|$)|\n+")

# Contexts where "one" is a pronoun, not a count.
ONE_AFTER = frozenset(["of", "another", "who", "which", "that"])
ONE_BEFORE = frozenset(["no", "any", "every", "the", "this", "that", "each", "which", "someone"])
