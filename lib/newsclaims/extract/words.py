"""The extractor's word tables, as data: number words in English and Arabic, vague
quantities and the qualifier each stands for, the words around a number that qualify it,
month and weekday names, units of time, ordinals, and the words that end a counted noun.
Everything is written in folded form (lower case, bare alef, no diacritics, Western
digits; see :mod:`newsclaims.extract.scan`), and every qualifier is a code of
:data:`newsclaims.vocabulary.QUALIFIERS`.

The patterns built from these tables are in :mod:`newsclaims.extract.patterns`; the rules
that use them in :mod:`newsclaims.extract.rules`.
"""

from __future__ import annotations


def _words(text: str) -> list[str]:
    """The words of a space-separated list."""
    return text.split()


EN_UNITS = dict(
    zip(_words("zero one two three four five six seven eight nine"), range(10), strict=True)
)
EN_TEENS = dict(
    zip(
        _words("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"),
        range(10, 20),
        strict=True,
    )
)
EN_TENS = dict(
    zip(
        _words("twenty thirty forty fifty sixty seventy eighty ninety"),
        range(20, 100, 10),
        strict=True,
    )
)
# "dozen" multiplies what comes before it, as "hundred" does: "two dozen" is 24.
EN_SCALES = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}
EN_NUMBER_WORDS = EN_UNITS | EN_TEENS | EN_TENS | EN_SCALES

# Arabic units in their feminine and masculine forms; 1 and 2 follow their noun.
AR_UNITS = {
    word: value
    for value, words in (
        (1, "واحد واحدة"),
        (2, "اثنان اثنين اثنتان اثنتين"),
        (3, "ثلاث ثلاثة"),
        (4, "اربع اربعة"),
        (5, "خمس خمسة"),
        (6, "ست ستة"),
        (7, "سبع سبعة"),
        (8, "ثمان ثماني ثمانية"),
        (9, "تسع تسعة"),
        (10, "عشر عشرة"),
    )
    for word in words.split(" ")
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
AR_HUNDREDS = {"مئة": 100, "مائة": 100}
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
# Duals, and the construct forms a dual takes before its noun (ألفي مقاتل, مئتي مقاتل).
AR_DUALS = {
    form: value
    for stem, value in (("مئت", 200), ("مائت", 200), ("الف", 2_000), ("مليون", 2_000_000))
    for form in (stem + "ان", stem + "ين", stem + "ا", stem + "ي")
}
AR_THOUSANDS = {"الف": 1_000, "مليون": 1_000_000, "مليار": 1_000_000_000}
# Plural scale words: a multiplier after a unit (ثلاثة آلاف), a vague quantity alone.
AR_PLURAL_SCALES = {"الاف": 1_000, "ملايين": 1_000_000}
AR_NUMBER_WORDS = AR_UNITS | AR_TENS | AR_HUNDREDS | AR_DUALS | AR_THOUSANDS

# Scale words after digits: "2.5 million", "20 ألف".
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

# Vague quantities, longest first so that "hundreds of thousands" wins over "hundreds".
# "tens" has no code of its own: ACLED codes it as 10, the ledger as dozens.
VAGUE_PHRASES = [
    (r"hundreds of thousands", "hundreds_of_thousands"),
    (r"tens of thousands", "tens_of_thousands"),
    (r"(?:a )?large numbers?(?= of\b)", "large_numbers"),
    (r"large quantities(?= of\b)", "large_numbers"),
    (r"scores(?= of\b)", "dozens"),
    (r"tens(?= of\b)", "dozens"),
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
# The figure a vague word is coded as where a number is wanted (ACLED's codings).
VAGUE_CODING = {"tens": 10, "عشرات": 10}

# Qualifiers written before the number, as regular expressions over the folded text.
QUALIFIERS_BEFORE = [
    ("at_least", r"at least|no (?:fewer|less) than|not less than|ما لا يقل عن|لا يقل عن"),
    ("at_least", r"على الاقل"),
    ("fewer_than", r"(?:fewer|less) than|under|اقل من"),
    ("more_than", r"(?:more|greater) than|in excess of|upwards of|over"),
    ("more_than", r"اكثر من|ما يزيد (?:عن|على)|يزيد (?:عن|على)"),
    ("up_to", r"up to|as many as|within|ما يصل الى|لا يتجاوز|خلال|في غضون"),
    ("about", r"approximately|about|around|roughly|nearly|almost|some|an estimated"),
    ("about", r"estimated|close to|نحو|حوالي|حوالى|قرابة|ما يقارب|زهاء"),
    ("only", r"only|just|سوى|الا"),
]
QUALIFIERS_AFTER = [
    ("only", r"فقط"),
    ("about", r"تقريبا|or so"),
    ("at_least", r"على الاقل|at least|or more"),
    ("up_to", r"at most|at the most"),
]

EN_MONTHS = {
    name: number
    for number, name in enumerate(
        _words(
            "january february march april may june july august september october november december"
        ),
        start=1,
    )
}
EN_MONTHS |= {name[:3]: number for name, number in EN_MONTHS.items()} | {"sept": 9}
# Levantine and Egyptian month names; a text may give both (نيسان/أبريل).
AR_MONTHS = {
    name: number
    for names in (
        "كانون الثاني|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين الاول|تشرين الثاني"
        "|كانون الاول",
        "يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر",
    )
    for number, name in enumerate(names.split("|"), start=1)
}
# Words after an Arabic month: the current, the last and the coming one.
AR_MONTH_REFERENCE = {
    "الجاري": 0,
    "الحالي": 0,
    "الماضي": -1,
    "المنصرم": -1,
    "المقبل": 1,
    "القادم": 1,
}
WEEKDAYS = {
    name: number
    for names in (
        "monday tuesday wednesday thursday friday saturday sunday",
        "الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت الاحد",
    )
    for number, name in enumerate(names.split(" "))
}
# Days relative to the publication date.
RELATIVE_DAYS = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "اليوم": 0,
    "الليلة": 0,
    "امس": -1,
    "البارحة": -1,
    "غدا": 1,
}
EN_PARTS_OF_DAY = "morning|afternoon|evening|night"
AR_PARTS_OF_DAY = "صباح|مساء|ظهر|فجر|ليلة|عصر|ظهيرة"

# Units of time, singular and plural, and the dual forms that are a count of two.
TIME_UNITS = {
    word: unit
    for unit, words in (
        ("hours", "hour hours ساعة ساعات"),
        ("days", "day days يوم يوما ايام"),
        ("weeks", "week weeks اسبوع اسبوعا اسابيع"),
        ("months", "month months شهر شهرا اشهر شهور"),
        ("years", "year years عام عاما اعوام سنة سنوات سنين"),
    )
    for word in words.split(" ")
}
AR_DUAL_UNITS = {
    stem + ending: unit
    for stem, unit in (
        ("ساعت", "hours"),
        ("يوم", "days"),
        ("اسبوع", "weeks"),
        ("شهر", "months"),
        ("عام", "years"),
        ("سنت", "years"),
    )
    for ending in ("ين", "ان")
}

# "the first of April": the days of a month as ordinal words.
_ORDINAL_UNITS = _words("first second third fourth fifth sixth seventh eighth ninth")
ORDINAL_DAYS = {word: day for day, word in enumerate(_ORDINAL_UNITS, start=1)}
ORDINAL_DAYS |= dict(
    zip(
        _words(
            "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth"
            " eighteenth nineteenth twentieth"
        ),
        range(10, 21),
        strict=True,
    )
)
ORDINAL_DAYS |= {f"twenty-{word}": 20 + day for day, word in enumerate(_ORDINAL_UNITS, start=1)}
ORDINAL_DAYS |= {"thirtieth": 30, "thirty-first": 31}
EN_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
AR_ORDINALS = (
    "الاول|الاولى|الثاني|الثانية|الثالث|الثالثة|الرابع|الرابعة|الخامس|الخامسة"
    "|السادس|السادسة|السابع|السابعة|الثامن|الثامنة|التاسع|التاسعة|العاشر|العاشرة"
)

# Words before a four-digit number that make it a year whatever follows.
YEAR_CUE = (
    r"in|since|until|till|by|during|from|between|before|after|early|late|mid|year"
    r"|[وف]?عام|العام|عامي|سنة|السنة|منذ|[وف]?في|حتى"
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

# Words skipped when looking for the counted noun: connectors and modifiers.
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
        "civilian",
    ]
) | frozenset(["و", "من", "هذه", "تلك"])
# Two-word nouns kept whole, so that the head alone does not mislead.
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
QUALIFYING_AFTER = frozenset({"فقط", "تقريبا"})
# Nouns for places: "the three towns of A, B and C" names places rather than counting them.
PLACE_NOUNS = frozenset(
    _words("towns villages cities provinces governorates districts regions areas countries")
)
# Plural nouns without an -s.
PLURALS = frozenset(["people", "men", "women", "children", "police", "personnel", "troops"])
# Words ending in -s that are not plural nouns (for the look one word further).
NOT_PLURAL = frozenset(
    ["this", "was", "has", "is", "as", "his", "its", "us", "less", "across", "news", "thus", "plus"]
)
# Contexts where "one" is a pronoun, not a count.
ONE_AFTER = frozenset(["of", "another", "who", "which", "that"])
ONE_BEFORE = frozenset(["no", "any", "every", "the", "this", "that", "each", "which", "someone"])
