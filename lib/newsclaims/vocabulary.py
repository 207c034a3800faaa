"""The project's controlled vocabulary in one place: each code, its words, its coding.

The codes a data package may use come from the project's schema (:func:`schema_path`, the
Table Schemas shipped with the library): :data:`QUALIFIERS` is the ``enum`` of
``claims.qualifier``, :data:`PRECISIONS` that of ``claims.occurred_precision``,
:data:`LEXICON_CATEGORIES` that of ``lexicon.category`` and :data:`PUBLISHED_BASES` that
of ``sources.published_basis``. A schema cannot say what a code means, so this module adds
it:

- for each qualifier, how it reads before a number ("more than"), how it reads without one
  ("dozens of"), how a number given with it becomes an interval (its ``bound``, applied by
  :func:`newsclaims.analysis.intervals.claim_interval`), and the fixed coding of a vague
  quantity (ACLED's conservative codings: "dozens" 12, with the last number before the
  next order of magnitude, 99, as the high figure);
- the words for each precision of a date and each category of the lexicon;
- the comparison's own codes: the modalities of a claim (:data:`MODALITIES`, the enum of
  ``claims.modality``), the conversions of units of time and length, the attributes that
  explain or frame an outcome or describe a weapon, the kinds of slot from the most to the
  least serious, the credibility grades and the reliability letters of the Admiralty code
  (:data:`RELIABILITY`, the enum of ``actors.reliability``), and the side of each camp (see
  :mod:`newsclaims.analysis.credibility`).

A code added to the schema without its entry here fails ``tests/unit/test_vocabulary.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from newsclaims.paths import schema_path


@cache
def project_schema() -> dict:
    """The project's package descriptor (parsed once)."""
    return json.loads(schema_path().read_text(encoding="utf-8"))


def schema_enum(resource: str, field: str) -> tuple[str, ...]:
    """The codes the project's schema allows in ``resource.field``, in schema order;
    ``KeyError`` naming both when the schema has no such enum."""
    for entry in project_schema()["resources"]:
        if entry["name"] != resource:
            continue
        for spec in entry["schema"]["fields"]:
            if spec["name"] == field and "enum" in spec.get("constraints", {}):
                return tuple(spec["constraints"]["enum"])
    raise KeyError(f"{schema_path()}: no enum for {resource}.{field}")


# ---------------------------------------------------------------------------- qualifiers

# How a number given with a qualifier becomes an interval (low, point, high):
BOUNDS = {
    "point": "the number itself",
    "about": "10 % either side",
    "above": "N+1 and up",
    "at_least": "N and up",
    "up_to": "0 to N",
    "below": "0 to N-1",
}


@dataclass(frozen=True)
class Qualifier:
    """What a qualifier code means.

    ``words``: how it reads before a number ("more than"; empty when it adds nothing).
    ``alone``: how it reads where the claim gives no number ("dozens of"); ``None`` when
    the code needs a number, so that validation requires a value with it.
    ``bound``: how a number given with it becomes an interval (a key of :data:`BOUNDS`).
    ``coding``: ``(low, best, high)`` for the code without a number; ``None`` when no
    figure can be read from it ("many", "some").
    """

    words: str
    alone: str | None
    bound: str
    coding: tuple[int, int, int] | None = None


QUALIFIER_SENSES: dict[str, Qualifier] = {
    "exact": Qualifier("", None, "point"),
    "more_than": Qualifier("more than", None, "above"),
    "at_least": Qualifier("at least", None, "at_least"),
    "about": Qualifier("about", None, "about"),
    "only": Qualifier("only", None, "point"),
    "up_to": Qualifier("up to", None, "up_to"),
    "fewer_than": Qualifier("fewer than", None, "below"),
    "dozens": Qualifier("", "dozens of", "point", (12, 12, 99)),
    "hundreds": Qualifier("", "hundreds of", "point", (100, 100, 999)),
    "thousands": Qualifier("", "thousands of", "point", (1000, 1000, 9999)),
    "tens_of_thousands": Qualifier("", "tens of thousands of", "point", (10000, 10000, 99999)),
    "hundreds_of_thousands": Qualifier(
        "", "hundreds of thousands of", "point", (100000, 100000, 999999)
    ),
    "large_numbers": Qualifier("", "large numbers of", "point"),
    "several": Qualifier("", "several", "point"),
    "many": Qualifier("", "many", "point"),
    # "most of 20 tanks" does not cap the whole at 20.
    "most": Qualifier("most of", None, "at_least"),
    "some": Qualifier("some", "some", "at_least"),
    "unspecified": Qualifier("", "an unstated number of", "point"),
    # The article itself flags the figure as reported or alleged: the figure stands as given.
    "reported": Qualifier("", None, "point"),
}
QUALIFIERS = schema_enum("claims", "qualifier")
# A blank qualifier reads as "exact".
DEFAULT_QUALIFIER = "exact"
# Qualifiers that may stand without a number ("dozens", "several").
WITHOUT_NUMBER = frozenset(code for code, q in QUALIFIER_SENSES.items() if q.alone is not None)
# Where a claim gives no number and its qualifier has no words of its own.
NO_NUMBER_WORDS = "an unstated number of"


def qualifier(code: str) -> Qualifier:
    """The meaning of a qualifier code (blank: ``exact``); ``KeyError`` for an unknown code."""
    code = code or DEFAULT_QUALIFIER
    try:
        return QUALIFIER_SENSES[code]
    except KeyError:
        raise KeyError(
            f"qualifier {code!r} has no entry in newsclaims.vocabulary;"
            f" expected one of {', '.join(QUALIFIER_SENSES)}"
        ) from None


# ---------------------------------------------------------------------------- dates

PRECISIONS = schema_enum("claims", "occurred_precision")
PRECISION_WORDS = {
    "day": "to the day",
    "range": "between two dates",
    "month": "to the month",
    "year": "to the year",
    "approximate": "approximately",
    "unknown": "unknown",
}
# An occurrence known only to lie before (or after) a date has one bound.
OPEN_PRECISIONS = ("approximate", "range")
UNKNOWN_PRECISION = "unknown"
PUBLISHED_BASES = schema_enum("sources", "published_basis")

# ---------------------------------------------------------------------------- the lexicon

LEXICON_CATEGORIES = schema_enum("lexicon", "category")
CATEGORY_WORDS = {
    "government_forces": "government and its forces",
    "armed_groups": "armed groups",
    "foreign_forces": "foreign states and forces",
    "agreement": "agreement and negotiation",
    "handover": "handing over",
    "framing": "characterisation and judgement",
}

# ---------------------------------------------------------------------------- comparison

# What a claim reports (claims.modality); a blank modality reads as an outcome.
MODALITIES = schema_enum("claims", "modality")
DEFAULT_MODALITY = "outcome"
MODALITY_WORDS = {
    "outcome": "outcome",
    "plan": "plan",
    "forecast": "forecast",
    "allegation": "allegation",
    "denial": "denial",
    "question": "question",
}
# A plan or a forecast set against an outcome is a kind of its own, never a contradiction.
INTENDED = frozenset({"plan", "forecast"})
# A blank scope reads as the total.
DEFAULT_SCOPE = "total"

# Units: a unit of time or length converts to one base unit (``unit: (base, factor)``);
# the comparison folds a plural (days -> day) before looking a unit up. Any other unit
# counts things, and counts are whole numbers.
UNIT_CONVERSIONS = {
    "day": ("day", 1.0),
    "week": ("day", 7.0),
    "month": ("day", 30.0),
    "year": ("day", 365.0),
    "hour": ("day", 1 / 24),
    "km": ("km", 1.0),
    "kilometre": ("km", 1.0),
    "kilometer": ("km", 1.0),
    "mile": ("km", 1.609344),
}

# Attributes whose values explain an outcome (causes), and attributes whose values frame
# it (how an act was presented): where origins give different causes, or opposing sides
# give one framing as fact and as a charge, the explanations compete.
EXPLANATION_ATTRIBUTES = ("withdrawal_cause",)
FRAMING_ATTRIBUTES = ("media_claim",)

# Attributes whose value a source gives about a weapon system (the claim's object), and the
# column of weapons.csv that holds the reference fact it is checked against.
REFERENCE_CHECKS = {"weapon_described_as": "class"}

# The kinds of slot, from the most to the least serious (see newsclaims.analysis.compare):
# first what the claims of one slot do to each other and how a slot differs from the
# other slots of its question, then the comparisons with related events and the
# silences, which never make a slot's main kind.
KIND_WORDS = {
    "categorical_contradiction": "contradiction",
    "numeric_disagreement": "numbers that disagree",
    "arithmetic_inconsistency": "parts that exceed the total",
    "misdescription": "description against the reference facts",
    "competing_explanations": "competing explanations",
    "different_things": "different things counted",
    "different_units": "different units",
    "different_moments": "different moments",
    "part_and_whole": "part and whole",
    "plan_against_outcome": "plan or forecast against outcome",
    "different_modalities": "different modalities",
    "detail_difference": "the same answer in different detail",
    "naming_variant": "naming variant",
    "agreement": "agreement",
    "single_source": "single source",
    "related_events": "compared across related events",
    "silence": "silence of a covering source",
}
KINDS = tuple(KIND_WORDS)
# The kinds worth a finding of their own, in the order they are reported.
NOTABLE_KINDS = KINDS[:4]

# Credibility of a claim or slot, after the Admiralty code's information-credibility scale
# (NATO AJP-2.1); grade 5, "improbable" in the code, is worded "contradicted" here.
GRADES = {
    1: "confirmed",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "contradicted",
    6: "cannot be judged",
}

# Reliability of a source (actors.reliability), the Admiralty code's source-reliability
# scale; a blank reliability reads as F.
RELIABILITY = schema_enum("actors", "reliability")
RELIABILITY_LABELS = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
DEFAULT_RELIABILITY = "F"

# The side each camp (actors.camp) stands on. Origins of the two sides are "opposing
# camps"; a camp not listed (unknown, isis, a mediating state) stands on neither, so
# agreement with it is never agreement between opposing camps. An origin of the camp
# "independent" has no stake in the events.
CAMP_SIDES = {
    "government_side": "government",
    "russia": "government",
    "government_allies": "government",
    "pro_government_media": "government",
    "opposition_armed": "opposition",
    "opposition_media": "opposition",
}
INDEPENDENT_CAMP = "independent"
