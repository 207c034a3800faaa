"""The classification, estimate and grading rules on small hand-made ledgers."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from support.ledgers import make_ledger

from newsclaims.analysis.compare import (
    coded_value,
    compare,
    comparison,
    discrepancies,
    numeric_claims,
)
from newsclaims.analysis.credibility import grade_slots
from newsclaims.analysis.intervals import claim_interval
from newsclaims.analysis.slots import with_slots
from newsclaims.vocabulary import QUALIFIERS

ATTRIBUTES = pd.DataFrame(
    [
        ("tanks_handed_over", "number", "one", "", "", "any"),
        ("rockets_handed_over", "number", "one", "", "", "weapon"),
        (
            "weapon_condition",
            "category",
            "one",
            "intact | disabled | destroyed",
            "destroyed>disabled",
            "any",
        ),
        (
            "fighters_destination",
            "category",
            "one",
            "north | leave_area | join",
            "north>leave_area",
            "any",
        ),
        ("recipient", "actor", "one", "", "", "any"),
        ("weapon_type_handed_over", "weapon", "many", "", "", "any"),
        ("event_date", "date", "one", "", "", "any"),
    ],
    columns=["attribute", "value_type", "cardinality", "categories", "broader", "object_type"],
)
WEAPONS = pd.DataFrame(
    [
        ("tank", "tanks", "yes"),
        ("t-72", "tanks", "no"),
        ("t-55", "tanks", "no"),
        ("m-600", "rockets", "no"),
        ("maysalun", "rockets", "no"),
    ],
    columns=["weapon_id", "family", "generic"],
)
ACTORS = pd.DataFrame(
    [
        ("a", "a"),
        ("b", "b"),
        ("c", "c"),
        ("officer", "government_side"),
        ("state_tv", "government_side"),
        ("statement", "faction"),
        ("army", "government_side"),
        ("government", "government_side"),
        ("russia", "russia"),
    ],
    columns=["actor_id", "origin_group"],
)
COLUMNS = [
    "claim_id",
    "source_id",
    "event_id",
    "subject",
    "attribute",
    "value",
    "unit",
    "object",
    "qualifier",
    "scope",
    "attributed_to",
]


def ledger(*rows: tuple) -> pd.DataFrame:
    """Claims from (source, attribute, value, qualifier, scope, attributed_to, object) tuples."""
    records = []
    for i, (source, attribute, value, qualifier, scope, attributed_to, obj) in enumerate(
        rows, start=1
    ):
        records.append(
            (
                f"{source}-{i:03d}",
                source,
                "ev",
                "faction",
                attribute,
                value,
                "",
                obj,
                qualifier,
                scope,
                attributed_to,
            )
        )
    return pd.DataFrame(records, columns=COLUMNS)


def run(claims: pd.DataFrame) -> pd.DataFrame:
    return grade_slots(compare(claims, ATTRIBUTES, WEAPONS, ACTORS)).set_index("slot_id")


def test_agreement_needs_two_sources_and_counts_origins():
    slots = run(
        ledger(
            ("a", "tanks_handed_over", "37", "exact", "total", "officer", "tank"),
            ("b", "tanks_handed_over", "37", "exact", "total", "statement", "tank"),
        )
    )
    slot = slots.loc["ev:tanks_handed_over"]
    assert slot["kind"] == "agreement"
    assert (slot["low"], slot["best"], slot["high"]) == (37, 37, 37)
    assert slot["independent_origins"] == 2
    assert slot["credibility"] == 1


def test_one_source_is_single_source_never_agreement():
    slots = run(
        ledger(
            ("a", "tanks_handed_over", "37", "exact", "total", "officer", "tank"),
            ("a", "tanks_handed_over", "37", "exact", "total", "state_tv", "tank"),
        )
    )
    slot = slots.loc["ev:tanks_handed_over"]
    assert slot["kind"] == "single_source"
    assert slot["credibility"] == 3


def test_two_outlets_one_origin_are_not_independent():
    slots = run(
        ledger(
            ("a", "tanks_handed_over", "37", "exact", "total", "officer", "tank"),
            ("b", "tanks_handed_over", "37", "exact", "total", "state_tv", "tank"),
        )
    )
    slot = slots.loc["ev:tanks_handed_over"]
    assert slot["kind"] == "agreement"
    assert slot["independent_origins"] == 1
    assert slot["credibility"] == 3


def test_numeric_disagreement_with_ratio_and_spread():
    slots = run(
        ledger(
            ("a", "tanks_handed_over", "30", "exact", "total", "officer", "tank"),
            ("b", "tanks_handed_over", "45", "exact", "total", "statement", "tank"),
        )
    )
    slot = slots.loc["ev:tanks_handed_over"]
    assert slot["kind"] == "numeric_disagreement"
    assert slot["ratio"] == 1.5
    assert slot["spread"] == 15
    # No figure fits both claims: best is the most conservative figure stated.
    assert (slot["low"], slot["best"], slot["high"]) == (30, 30, 45)
    assert slot["credibility"] == 4


def test_scope_difference_total_against_a_share():
    slots = run(
        ledger(
            ("a", "tanks_handed_over", "37", "exact", "part", "officer", "tank"),
            ("b", "tanks_handed_over", "8", "exact", "share:faction", "statement", "tank"),
        )
    )
    slot = slots.loc["ev:tanks_handed_over"]
    assert slot["kind"] == "scope_difference"
    # The share is a lower bound for the whole, so 37 is consistent with both claims.
    assert (slot["low"], slot["best"], slot["high"]) == (8, 37, 37)
    assert slot["credibility"] == 2


def test_identification_difference_in_a_count():
    slots = run(
        ledger(
            ("a", "rockets_handed_over", "14", "exact", "total", "officer", "m-600"),
            ("b", "rockets_handed_over", "15", "more_than", "total", "statement", "maysalun"),
        )
    )
    slot = slots.loc["ev:rockets_handed_over"]
    assert slot["kind"] == "identification_difference"
    assert "numeric_disagreement" in slot["also"]
    assert (slot["low"], slot["best"], slot["high"]) == (14, 14, 16)


def test_categorical_contradiction():
    slots = run(
        ledger(
            ("a", "weapon_condition", "intact", "", "", "state_tv", "tanks"),
            ("b", "weapon_condition", "disabled", "", "", "statement", "tanks"),
        )
    )
    slot = slots.loc["ev:weapon_condition"]
    assert slot["kind"] == "categorical_contradiction"
    assert slot["credibility"] == 5


def test_broader_values_are_compatible_not_contradictory():
    slots = run(
        ledger(
            ("a", "weapon_condition", "destroyed", "", "", "officer", "tanks"),
            ("b", "weapon_condition", "disabled", "", "", "statement", "tanks"),
            ("c", "fighters_destination", "north", "", "", "c", ""),
            ("b", "fighters_destination", "leave_area", "", "", "statement", ""),
        )
    )
    assert slots.loc["ev:weapon_condition", "kind"] == "scope_difference"
    assert slots.loc["ev:fighters_destination", "kind"] == "scope_difference"


def test_naming_variant_for_actors_of_one_side_and_generic_weapons():
    slots = run(
        ledger(
            ("a", "recipient", "army", "", "", "officer", ""),
            ("b", "recipient", "government", "", "", "statement", ""),
            ("a", "weapon_type_handed_over", "tank", "", "", "officer", ""),
            ("b", "weapon_type_handed_over", "t-72", "", "", "statement", ""),
        )
    )
    assert slots.loc["ev:recipient", "kind"] == "naming_variant"
    assert slots.loc["ev:weapon_type_handed_over:tanks", "kind"] == "naming_variant"


def test_actors_of_different_sides_contradict():
    slots = run(
        ledger(
            ("a", "recipient", "army", "", "", "officer", ""),
            ("b", "recipient", "russia", "", "", "statement", ""),
        )
    )
    assert slots.loc["ev:recipient", "kind"] == "categorical_contradiction"


def test_listed_weapon_types_are_slotted_by_family():
    slots = run(
        ledger(
            ("a", "weapon_type_handed_over", "t-72", "", "", "officer", ""),
            ("b", "weapon_type_handed_over", "t-72", "", "", "statement", ""),
            ("b", "weapon_type_handed_over", "m-600", "", "", "statement", ""),
        )
    )
    assert slots.loc["ev:weapon_type_handed_over:tanks", "kind"] == "agreement"
    assert slots.loc["ev:weapon_type_handed_over:rockets", "kind"] == "single_source"


def test_vague_count_alone_cannot_be_judged():
    slots = run(ledger(("a", "tanks_handed_over", "", "many", "", "officer", "tank")))
    slot = slots.loc["ev:tanks_handed_over"]
    assert math.isnan(slot["best"])
    assert slot["credibility"] == 6


@pytest.mark.parametrize(
    ("value", "qualifier", "scope", "expected"),
    [
        ("37", "exact", "", (37, 37, 37)),
        ("2500", "only", "total", (2500, 2500, 2500)),
        ("45", "about", "", (40.5, 45, 49.5)),
        ("15", "more_than", "", (16, 16, math.inf)),
        ("25", "at_least", "", (25, 25, math.inf)),
        ("10", "up_to", "", (0, 10, 10)),
        ("10", "fewer_than", "", (0, 9, 9)),
        ("8", "exact", "share:jaysh_al_islam", (8, 8, math.inf)),
        ("", "dozens", "", (12, 12, 99)),
        ("", "hundreds", "", (100, 100, 999)),
    ],
)
def test_claim_intervals(value, qualifier, scope, expected):
    interval = claim_interval(value, qualifier, scope)
    assert (interval.low, interval.point, interval.high) == expected


def test_no_number_gives_no_interval():
    assert claim_interval("", "many") is None
    assert claim_interval("", "unspecified") is None


def test_same_input_same_output_in_the_same_order():
    claims = ledger(
        ("b", "tanks_handed_over", "45", "exact", "total", "statement", "tank"),
        ("a", "weapon_condition", "intact", "", "", "state_tv", "tanks"),
        ("a", "tanks_handed_over", "30", "exact", "total", "officer", "tank"),
        ("b", "weapon_condition", "disabled", "", "", "statement", "tanks"),
    )
    first = grade_slots(compare(claims, ATTRIBUTES, WEAPONS, ACTORS))
    second = grade_slots(
        compare(claims.sample(frac=1, random_state=3), ATTRIBUTES, WEAPONS, ACTORS)
    )
    pd.testing.assert_frame_equal(first, second)
    assert list(first["slot_id"]) == sorted(first["slot_id"])
    rows = discrepancies(claims, first, ATTRIBUTES, WEAPONS, ACTORS)
    assert list(zip(rows["slot_id"], rows["source_id"], strict=True)) == sorted(
        zip(rows["slot_id"], rows["source_id"], strict=True)
    )


@pytest.mark.parametrize("code", QUALIFIERS)
def test_every_qualifier_of_the_schema_gives_an_interval_with_a_number(code):
    interval = claim_interval("20", code)
    assert interval is not None
    assert interval.low <= interval.point <= interval.high


def test_an_unknown_qualifier_is_named():
    with pytest.raises(KeyError, match="roughly"):
        claim_interval("20", "roughly")


def test_coded_value_is_the_export_form():
    claim = pd.Series({"value": "37", "qualifier": "exact", "unit": "tanks", "object": "t-72"})
    assert coded_value(claim) == "37 tanks [t-72]"
    vague = claim.copy()
    vague["value"], vague["qualifier"], vague["object"] = "", "dozens", ""
    assert coded_value(vague) == "(dozens) tanks"


def test_with_slots_keeps_rows_and_order_and_adds_slot_and_origin():
    claims = ledger(
        ("b", "tanks_handed_over", "45", "exact", "total", "statement", "tank"),
        ("a", "weapon_type_handed_over", "t-72", "", "", "officer", ""),
        ("a", "weapon_condition", "intact", "", "", "a", ""),
    )
    slotted = with_slots(claims, ATTRIBUTES, WEAPONS, ACTORS)
    assert list(slotted["claim_id"]) == list(claims["claim_id"])
    assert list(slotted["slot_id"]) == [
        "ev:tanks_handed_over",
        "ev:weapon_type_handed_over:tanks",
        "ev:weapon_condition",
    ]
    # An inner source's origin group; the outlet's own word is its own origin.
    assert list(slotted["origin"]) == ["faction", "government_side", "a"]


def test_numeric_claims_carry_the_interval_of_their_wording():
    claims = with_slots(
        ledger(
            ("a", "tanks_handed_over", "15", "more_than", "total", "officer", "tank"),
            ("b", "tanks_handed_over", "", "dozens", "total", "statement", "tank"),
            ("a", "weapon_condition", "intact", "", "", "officer", ""),
        ).assign(quote="", translation_en=""),
        ATTRIBUTES,
        WEAPONS,
        ACTORS,
    )
    numbers = numeric_claims(claims, ATTRIBUTES).set_index("claim_id")
    assert list(numbers.index) == ["a-001", "b-002"]
    assert tuple(numbers.loc["a-001", ["low", "point", "high"]]) == (16, 16, math.inf)
    assert tuple(numbers.loc["b-002", ["low", "point", "high"]]) == (12, 12, 99)


def test_comparison_of_a_ledger_carries_graded_slots_rows_and_slotted_claims():
    invented = make_ledger()
    result = comparison(invented)
    assert list(result.claims["claim_id"]) == list(invented.claims["claim_id"])
    assert {"slot_id", "origin"} <= set(result.claims.columns)
    slots = result.slots.set_index("slot_id")
    assert slots.loc["handover:weapon_condition", "credibility_label"] == "contradicted"
    assert slots.loc["handover:recipient", "kind"] == "single_source"
    rows = result.discrepancies
    assert set(rows["slot_id"]) == set(result.slots["slot_id"])
    condition = rows[rows["slot_id"] == "handover:weapon_condition"].set_index("source_id")
    assert condition.loc["agency", "value"] == "disabled [tank]"
