"""One vocabulary: every code the project's schema allows has its words and its coding.

Adding a qualifier, a precision or a lexicon category to the schema without its entry in
``newsclaims.vocabulary`` fails here, before any chapter words it wrongly.
"""

from __future__ import annotations

import pytest

from newsclaims import vocabulary
from newsclaims.analysis.intervals import BOUND_RULES
from newsclaims.vocabulary import (
    BOUNDS,
    CATEGORY_WORDS,
    GRADES,
    KIND_WORDS,
    KINDS,
    LEXICON_CATEGORIES,
    MODALITIES,
    MODALITY_WORDS,
    OPEN_PRECISIONS,
    PRECISION_WORDS,
    PRECISIONS,
    QUALIFIER_SENSES,
    QUALIFIERS,
    RELIABILITY,
    RELIABILITY_LABELS,
    WITHOUT_NUMBER,
    qualifier,
    schema_enum,
)


def unmatched(codes: tuple[str, ...], table: dict) -> tuple[set[str], set[str]]:
    """Codes without an entry, and entries without a code."""
    return set(codes) - set(table), set(table) - set(codes)


@pytest.mark.parametrize(
    ("codes", "table"),
    [
        (QUALIFIERS, QUALIFIER_SENSES),
        (PRECISIONS, PRECISION_WORDS),
        (LEXICON_CATEGORIES, CATEGORY_WORDS),
        (KINDS, KIND_WORDS),
        (MODALITIES, MODALITY_WORDS),
        (RELIABILITY, RELIABILITY_LABELS),
    ],
    ids=["qualifiers", "precisions", "lexicon categories", "kinds", "modalities", "reliability"],
)
def test_every_code_has_its_entry_and_every_entry_a_code(codes, table):
    missing, stale = unmatched(codes, table)
    assert not missing, f"codes without words or coding in newsclaims.vocabulary: {missing}"
    assert not stale, f"entries for codes the schema does not allow: {stale}"


def test_a_new_code_without_its_entry_is_caught():
    missing, _ = unmatched((*QUALIFIERS, "tens"), QUALIFIER_SENSES)
    assert missing == {"tens"}


def test_the_codes_come_from_the_projects_schema():
    assert schema_enum("claims", "qualifier") == QUALIFIERS
    assert QUALIFIERS[0] == "exact" and "dozens" in QUALIFIERS
    assert schema_enum("claims", "occurred_precision") == PRECISIONS
    assert schema_enum("claims", "modality")[0] == vocabulary.DEFAULT_MODALITY
    assert vocabulary.DEFAULT_RELIABILITY in RELIABILITY
    assert set(MODALITIES) >= vocabulary.INTENDED
    with pytest.raises(KeyError, match=r"no enum for claims\.quote"):
        schema_enum("claims", "quote")


@pytest.mark.parametrize("code", QUALIFIERS)
def test_every_qualifier_has_words_a_bound_and_a_coding_where_it_needs_one(code):
    sense = qualifier(code)
    assert isinstance(sense.words, str)
    assert sense.bound in BOUNDS and sense.bound in BOUND_RULES
    if sense.coding is not None:
        low, best, high = sense.coding
        assert low <= best <= high
        assert sense.alone, f"{code}: a coded vague quantity must read without a number"
    if sense.alone is None:
        assert code not in WITHOUT_NUMBER


def test_the_words_and_codings_of_the_method():
    assert qualifier("more_than").words == "more than"
    assert qualifier("dozens").alone == "dozens of"
    assert qualifier("dozens").coding == (12, 12, 99)
    assert qualifier("hundreds").coding == (100, 100, 999)
    assert qualifier("many").coding is None  # no figure can be read from "many"
    assert qualifier("") == qualifier("exact")
    assert {
        "dozens",
        "hundreds",
        "thousands",
        "tens_of_thousands",
        "hundreds_of_thousands",
        "large_numbers",
        "several",
        "many",
        "some",
        "unspecified",
    } == WITHOUT_NUMBER
    with pytest.raises(KeyError, match="'roughly' has no entry"):
        qualifier("roughly")


def test_dates_grades_and_kinds():
    assert set(OPEN_PRECISIONS) <= set(PRECISIONS)
    assert vocabulary.UNKNOWN_PRECISION in PRECISIONS
    assert list(GRADES) == [1, 2, 3, 4, 5, 6]
    assert GRADES[1] == "confirmed" and GRADES[6] == "cannot be judged"
    assert KINDS[0] == "categorical_contradiction" and KINDS[-1] == "silence"
    # Related events and silences follow agreement and single source: never a main kind.
    assert KINDS.index("single_source") < KINDS.index("related_events")
    assert KINDS[:4] == vocabulary.NOTABLE_KINDS
    assert vocabulary.PUBLISHED_BASES == ("stated", "inferred", "unknown")
