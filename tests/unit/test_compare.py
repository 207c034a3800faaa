"""The rules of the comparison on small hand-made ledgers: what goes into one slot, what is
set side by side and why, the estimates, and the kinds of difference."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from support.ledgers import make_ledger
from support.world import world_ledger

from newsclaims.analysis.compare import coded_value, comparison, numeric_claims
from newsclaims.analysis.coverage import event_matrix

TANK = {"attribute": "tanks_handed_over", "unit": "tanks", "object": "tank"}


def run(*claims: dict) -> pd.DataFrame:
    """The slots of a world ledger of ``claims``, by slot id."""
    return comparison(world_ledger(list(claims))).slots.set_index("slot_id")


def relations(*claims: dict) -> pd.DataFrame:
    return comparison(world_ledger(list(claims))).relations


def estimate(slot: pd.Series) -> tuple:
    return tuple(None if pd.isna(slot[c]) else slot[c] for c in ("low", "best", "high"))


# ---------------------------------------------------------------------------- one slot


def test_agreement_needs_two_sources_and_opposing_camps_confirm():
    slots = run(
        {"source": "north", "value": "37", "by": "officer", **TANK},
        {"source": "south", "value": "37", "by": "statement", **TANK},
    )
    slot = slots.loc["handover:tanks_handed_over/object=tank/unit=tank"]
    assert slot["kind"] == "agreement"
    assert estimate(slot) == (37, 37, 37)
    assert slot["independent_origins"] == 2
    assert slot["credibility"] == 1
    assert slot["credibility_basis"] == "agreed by origins of opposing camps"


def test_agreement_within_one_side_is_probably_true_not_confirmed():
    slots = run(
        {"source": "north", "value": "37", "by": "activists", **TANK},
        {"source": "south", "value": "37", "by": "statement", **TANK},
    )
    assert slots.iloc[0]["credibility"] == 2


def test_an_independent_origin_and_another_confirm():
    slots = run(
        {"source": "west", "value": "37", "by": "monitor", **TANK},
        {"source": "east", "value": "37", "by": "observers", **TANK},
    )
    assert slots.iloc[0]["credibility"] == 1


def test_one_source_is_single_source_never_agreement():
    slots = run(
        {"source": "east", "value": "37", "by": "observers", **TANK},
        {"source": "east", "value": "37", "by": "activists", **TANK},
    )
    slot = slots.iloc[0]
    assert slot["kind"] == "single_source"
    assert slot["independent_origins"] == 2


def test_two_outlets_one_origin_are_not_independent():
    slots = run(
        {"source": "north", "value": "37", "by": "officer", **TANK},
        {"source": "south", "value": "37", "by": "tv", **TANK},
    )
    slot = slots.iloc[0]
    assert slot["kind"] == "agreement"
    assert slot["independent_origins"] == 1
    # One origin, a party to the event: doubtful, and no best estimate on its word.
    assert slot["credibility"] == 4
    assert estimate(slot) == (37, None, 37)
    assert slot["best_note"].startswith("none: the figure rests on one origin, a party")


def test_a_single_origin_that_is_not_a_party_gives_a_best_estimate():
    slot = run({"source": "east", "value": "37", "by": "observers", **TANK}).iloc[0]
    assert estimate(slot) == (37, 37, 37)
    assert slot["credibility"] == 3


def test_numbers_that_disagree_are_contradicted_with_the_conservative_best():
    slot = run(
        {"source": "north", "value": "30", "by": "observers", **TANK},
        {"source": "south", "value": "45", "by": "activists", **TANK},
    ).iloc[0]
    assert slot["kind"] == "numeric_disagreement"
    assert (slot["ratio"], slot["spread"]) == (1.5, 15)
    assert estimate(slot) == (30, 30, 45)
    assert slot["credibility"] == 5
    assert slot["outlier_reason"] == "none: two origins exclude each other and no third decides"


def test_an_outlier_is_named_when_the_other_origins_agree():
    slot = run(
        {"source": "north", "value": "30", "qualifier": "about", "by": "observers", **TANK},
        {"source": "south", "value": "31", "by": "activists", **TANK},
        {"source": "east", "value": "90", "by": "monitor", **TANK},
    ).iloc[0]
    assert slot["outlier_claim"] == "east-001"
    assert slot["outlier_reason"] == "excluded by the 2 other origins, which agree with each other"
    # The outlier does not drag the others down: they agree, across no opposing camps.
    assert slot["credibility"] == 2


def test_an_unbounded_claim_gives_no_high_and_counts_are_whole():
    slot = run({"source": "east", "value": "15", "qualifier": "more_than", **TANK}).iloc[0]
    assert estimate(slot) == (16, 16, None)
    about = run({"source": "east", "value": "45", "qualifier": "about", **TANK}).iloc[0]
    assert estimate(about) == (41, 45, 49)


def test_durations_are_compared_in_days_and_shown_in_their_own_unit():
    duration = {"attribute": "duration", "object": "siege", "by": "observers"}
    slots = run(
        {"source": "east", "value": "2", "unit": "months", **duration},
        {"source": "west", "value": "60", "unit": "days", **duration, "by": "monitor"},
    )
    slot = slots.loc["handover:duration/object=siege/unit=day"]
    assert slot["kind"] == "agreement" and estimate(slot) == (60, 60, 60)
    assert slot["estimate_unit"] == "day"
    alone = run({"source": "east", "value": "2", "unit": "months", **duration}).iloc[0]
    assert (estimate(alone), alone["estimate_unit"]) == ((2, 2, 2), "month")


def test_a_vague_count_alone_cannot_be_judged():
    slot = run({"source": "east", "value": "", "qualifier": "many", **TANK}).iloc[0]
    assert estimate(slot) == (None, None, None)
    assert slot["credibility"] == 6


# ---------------------------------------------------------------------------- one question, several slots


def test_different_systems_are_two_slots_with_no_combined_estimate():
    rockets = {"attribute": "rockets_handed_over", "unit": "rockets"}
    result = comparison(
        world_ledger(
            [
                {"source": "north", "value": "14", "object": "m-600", **rockets},
                {
                    "source": "south",
                    "value": "15",
                    "qualifier": "more_than",
                    "object": "maysalun",
                    **rockets,
                },
            ]
        )
    )
    slots = result.slots.set_index("slot_id")
    m600 = slots.loc["handover:rockets_handed_over/object=m-600/unit=rocket"]
    maysalun = slots.loc["handover:rockets_handed_over/object=maysalun/unit=rocket"]
    assert estimate(m600) == (14, 14, 14) and estimate(maysalun) == (16, 16, None)
    assert m600["kind"] == maysalun["kind"] == "different_things"
    assert m600["not_comparable"] == "different systems"
    assert m600["compared_with"] == maysalun.name


def test_different_things_counted_units_and_moments():
    period = "2020-02-27/2020-02-28"
    slots = run(
        {"source": "east", "attribute": "strikes_count", "value": "25", "unit": "raids",
         "object": "air raids", "as_of": period},
        {"source": "east", "attribute": "strikes_count", "value": "45", "unit": "barrels",
         "object": "barrels", "as_of": period},
        {"source": "north", "attribute": "fighters_count", "value": "2500", "unit": "fighters",
         "as_of": "earlier"},
        {"source": "north", "attribute": "fighters_count", "value": "1200", "unit": "fighters",
         "as_of": "later"},
    )  # fmt: skip
    raids = slots.loc[
        "handover:strikes_count/object=air_raid/unit=raid/as_of=2020-02-27--2020-02-28"
    ]
    assert raids["not_comparable"] == "different things counted; different units"
    assert slots.loc["handover:fighters_count/unit=fighter/as_of=later", "not_comparable"] == (
        "different moments"
    )


def test_a_total_and_a_share_are_part_and_whole():
    slots = run(
        {"source": "north", "value": "37", "by": "officer", **TANK},
        {"source": "south", "value": "8", "scope": "share:brigade", "by": "statement", **TANK},
    )
    assert set(slots["kind"]) == {"part_and_whole"}
    assert len(slots) == 2


def test_a_forecast_against_an_outcome_says_whether_it_was_borne_out():
    date = {"attribute": "event_date", "event": "deal"}
    slots = run(
        {"source": "west", "value": "2020-02-28", "modality": "forecast", **date},
        {"source": "north", "value": "2020-02-28", **date},
        {"source": "south", "value": "2020-02-27", "modality": "plan", **date},
    )
    forecast = slots.loc["deal:event_date/modality=forecast"]
    assert forecast["kind"] == "plan_against_outcome"
    assert "forecast against outcome (the outcome matches)" in forecast["reason"]
    assert (
        "plan against outcome (the outcome differs)"
        in slots.loc["deal:event_date/modality=plan", "reason"]
    )
    # A forecast borne out is no second source for the outcome.
    assert slots.loc["deal:event_date", "kind"] == "plan_against_outcome"
    assert slots.loc["deal:event_date", "n_sources"] == 1


def test_an_allegation_against_an_outcome_is_another_modality():
    slots = run(
        {"source": "north", "attribute": "weapon_condition", "value": "intact"},
        {"source": "south", "attribute": "weapon_condition", "value": "intact",
         "modality": "allegation"},
    )  # fmt: skip
    assert slots.loc["handover:weapon_condition", "not_comparable"] == "allegation against outcome"


# ---------------------------------------------------------------------------- categories and lists


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        ("intact", "disabled", "categorical_contradiction"),
        ("destroyed", "disabled", "detail_difference"),  # broader
        ("not_destroyed", "disabled", "detail_difference"),  # declared compatible
        ("unknown", "intact", "detail_difference"),  # unknown fits any value
        ("intact", "intact", "agreement"),
    ],
)
def test_categories_contradict_only_when_they_cannot_both_hold(first, second, kind):
    slots = run(
        {"source": "north", "attribute": "weapon_condition", "value": first},
        {"source": "south", "attribute": "weapon_condition", "value": second},
    )
    assert slots.loc["handover:weapon_condition", "kind"] == kind


def test_the_broader_relation_applies_to_destinations():
    go = {"attribute": "fighters_destination", "event": "exit"}
    slots = run(
        {"source": "north", "value": "jarabulus", **go},
        {"source": "south", "value": "leave_towns", **go},
    )
    assert slots.loc["exit:fighters_destination", "kind"] == "detail_difference"
    # Into the mountains and out of the area are both out of the towns; neither implies the other.
    apart = run(
        {"source": "north", "value": "mountains", **go},
        {"source": "south", "value": "leave_area", **go},
    )
    assert apart.loc["exit:fighters_destination", "kind"] == "categorical_contradiction"


def test_conditions_of_different_things_do_not_contradict():
    condition = {"attribute": "weapon_condition"}
    slots = run(
        {"source": "north", "value": "intact", "object": "ammunition", **condition},
        {"source": "south", "value": "disabled", "object": "tank", **condition},
        {"source": "east", "value": "intact", "object": "weapons", **condition},
    )
    slot = slots.loc["handover:weapon_condition"]
    assert slot["kind"] == "categorical_contradiction"  # the general "weapons" against the tanks
    assert "different_things" in slot["also"]


def test_names_of_one_origin_group_are_naming_variants():
    slots = run(
        {"source": "north", "attribute": "recipient", "value": "army"},
        {"source": "south", "attribute": "recipient", "value": "government"},
    )
    assert slots.loc["handover:recipient", "kind"] == "naming_variant"
    other = run(
        {"source": "north", "attribute": "recipient", "value": "army"},
        {"source": "south", "attribute": "recipient", "value": "allies"},
    )
    assert other.loc["handover:recipient", "kind"] == "categorical_contradiction"


def test_weapon_lists_are_slotted_by_family_and_never_contradict():
    listed = {"attribute": "weapon_type_handed_over"}
    slots = run(
        {"source": "north", "value": "tank", **listed},
        {"source": "south", "value": "t-72", **listed},
        {"source": "north", "value": "m-600", **listed},
        {"source": "south", "value": "maysalun", **listed},
    )
    assert slots.loc["handover:weapon_type_handed_over:tanks", "kind"] == "detail_difference"
    assert slots.loc["handover:weapon_type_handed_over:rockets", "kind"] == "different_things"


# ---------------------------------------------------------------------------- across events


def test_a_part_event_against_the_whole_is_part_and_whole_not_a_contradiction():
    killed = {"attribute": "casualties", "unit": "people", "qualifier": "more_than"}
    result = comparison(
        world_ledger(
            [
                {
                    "source": "north",
                    "value": "1700",
                    "event": "op",
                    "object": "civilians",
                    **killed,
                },
                {"source": "north", "value": "78", "event": "attack", "object": "people", **killed},
            ]
        )
    )
    slots = result.slots.set_index("slot_id")
    assert set(slots["kind"]) == {"part_and_whole"}
    assert "part and whole (a part of the event)" in slots.iloc[0]["reason"]
    assert all(len(ids.split(";")) == 1 for ids in slots["claim_ids"])


def test_the_same_question_in_related_events_is_compared():
    slots = run(
        {"source": "north", "attribute": "recipient", "value": "army"},
        {"source": "east", "attribute": "recipient", "value": "allies", "event": "handover2"},
    )
    for slot_id in ("handover:recipient", "handover2:recipient"):
        assert slots.loc[slot_id, "kind"] == "single_source"
        assert "related_events" in slots.loc[slot_id, "also"]
    assert slots.loc["handover:recipient", "compared_with"] == "handover2:recipient"


def test_competing_causes_from_different_origins():
    cause = {"attribute": "withdrawal_cause", "event": "deal"}
    slots = run(
        {"source": "north", "value": "siege", "by": "statement", **cause},
        {"source": "north", "value": "attrition", "by": "statement", **cause},
        {"source": "south", "value": "pressure", "by": "officer", **cause},
    )
    assert set(slots["kind"]) == {"competing_explanations"}
    # One origin's own causes complement each other; a subset of another's does not compete.
    agreeing = run(
        {"source": "north", "value": "siege", "by": "statement", **cause},
        {"source": "north", "value": "attrition", "by": "statement", **cause},
        {"source": "south", "value": "siege", "by": "officer", **cause},
    )
    assert "competing_explanations" not in set(agreeing["kind"])


def test_a_framing_stated_by_one_side_and_charged_by_the_other_competes():
    framing = {"attribute": "media_claim", "value": "victory_narrative"}
    slots = run(
        {"source": "north", "by": "tv", **framing},
        {"source": "south", "by": "statement", "modality": "allegation", **framing},
    )
    assert set(slots["kind"]) == {"competing_explanations"}
    same_side = run(
        {"source": "north", "by": "tv", **framing},
        {"source": "south", "by": "officer", "modality": "allegation", **framing},
    )
    assert "competing_explanations" not in set(same_side["kind"])


def test_parts_that_exceed_a_total_are_an_arithmetic_inconsistency():
    linked = relations(
        {"source": "north", "value": "10", "by": "officer", **TANK},
        {"source": "south", "value": "8", "scope": "share:brigade", **TANK},
        {"source": "east", "value": "7", "scope": "share:allies", **TANK},
    )
    found = linked[linked["kind"] == "arithmetic_inconsistency"]
    assert len(found) == 4  # the total with each of its two parts, both ways
    assert found["reason"].iloc[0] == (
        "parts add up to at least 15, more than the total allows (10)"
    )
    within = relations(
        {"source": "north", "value": "20", "by": "officer", **TANK},
        {"source": "south", "value": "8", "scope": "share:brigade", **TANK},
        {"source": "east", "value": "7", "scope": "share:allies", **TANK},
    )
    assert "arithmetic_inconsistency" not in set(within["kind"])


def test_systems_and_part_events_are_parts_of_a_total_each_group_on_its_own():
    t72 = {"attribute": "tanks_handed_over", "unit": "tanks", "object": "t-72"}
    t55 = {**t72, "object": "t-55"}
    systems = relations(
        {"source": "north", "value": "5", "event": "op", **TANK},
        {"source": "south", "value": "4", "event": "op", **t72},
        {"source": "east", "value": "3", "event": "op", **t55},
    )
    found = systems[systems["kind"] == "arithmetic_inconsistency"]
    assert found["reason"].iloc[0].startswith("parts add up to at least 7")
    events = relations(
        {"source": "north", "value": "5", "event": "op", **TANK},
        {"source": "south", "value": "3", "event": "handover", **TANK},
        {"source": "east", "value": "3", "event": "attack", **TANK},
        {"source": "east", "value": "2", "event": "town_exit", **TANK},
    )
    found = events[events["kind"] == "arithmetic_inconsistency"]
    assert set(found["slot_id"]) >= {"op:tanks_handed_over/object=tank/unit=tank"}
    # The departure from the town is a part of the operation apart from the other two.
    assert "at least 8" in found["reason"].iloc[0]
    # A system count and a part event's count may be the same tanks: never summed together.
    mixed = relations(
        {"source": "north", "value": "5", "event": "op", **TANK},
        {"source": "south", "value": "4", "event": "op", **t72},
        {"source": "east", "value": "3", "event": "handover", **TANK},
    )
    assert "arithmetic_inconsistency" not in set(mixed["kind"])


# ---------------------------------------------------------------------------- the reference facts


@pytest.mark.parametrize(
    ("weapon", "stated", "kind", "grade"),
    [
        ("tow", "anti_aircraft_missile", "misdescription", 5),
        ("t-72", "tank_unspecified", "single_source", 3),  # a broader class: consistent
        ("maysalun", "anti_aircraft_missile", "single_source", 3),  # circular: not checked
    ],
)
def test_a_description_against_the_reference_facts(weapon, stated, kind, grade):
    slot = run(
        {"source": "east", "attribute": "weapon_described_as", "value": stated, "object": weapon,
         "by": "observers"},
    ).iloc[0]  # fmt: skip
    assert (slot["kind"], slot["credibility"]) == (kind, grade)


# ---------------------------------------------------------------------------- silence and coverage


def test_coverage_statuses_and_silence():
    result = comparison(
        world_ledger(
            [
                {"source": "north", **TANK, "value": "37"},
                {"source": "south", "attribute": "recipient", "value": "army"},
                {"source": "east", **TANK, "value": "3", "event": "handover2"},
                {
                    "source": "west",
                    "attribute": "event_date",
                    "value": "2020-03-01",
                    "event": "deal",
                },
                {"source": "south", **TANK, "value": "30", "event": "op"},
                {"source": "west", "attribute": "recipient", "value": "army", "event": "handover"},
            ]
        )
    )
    matrix = result.coverage.set_index(["question_id", "source_id"])["status"]
    assert matrix["handover:tanks_handed_over", "north"] == "answers"
    assert matrix["handover:tanks_handed_over", "south"] == "silent"
    # A source that does not cover the event has no row; the event's matrix says so.
    assert ("handover:tanks_handed_over", "east") not in matrix.index
    whole = event_matrix(result.coverage, "handover", ["north", "south", "east", "west"])
    assert whole.loc["handover:tanks_handed_over", "east"] == "not_covering"
    # West Monitor was published before the handover: its silence says nothing.
    assert matrix["handover:tanks_handed_over", "west"] == "published_before"
    assert matrix["op:tanks_handed_over", "north"] == "answers_for_a_part"
    slots = result.slots.set_index("slot_id")
    assert "silence" in slots.loc["handover:tanks_handed_over/object=tank/unit=tank", "also"]
    assert (
        slots.loc["handover:tanks_handed_over/object=tank/unit=tank", "silent_sources"] == "south"
    )


# ---------------------------------------------------------------------------- the exports


def test_rows_per_slot_and_source_carry_both_grades_and_the_reason():
    result = comparison(
        world_ledger(
            [
                {"source": "north", "value": "37", "by": "officer", **TANK},
                {
                    "source": "south",
                    "value": "8",
                    "scope": "share:brigade",
                    "by": "statement",
                    **TANK,
                },
            ]
        )
    )
    rows = result.discrepancies.set_index("source_id")
    assert rows.loc["south", "reliability"] == "C"
    assert rows.loc["north", "reliability"] == "F"
    assert rows.loc["south", "claim_credibility"] == 4
    assert rows.loc["north", "not_comparable"] == "part and whole"
    for column in ("slot_id", "claim_ids", "low", "best", "high", "kind", "credibility"):
        assert column in rows.columns


def test_same_input_same_output_in_the_same_order():
    claims = [
        {"source": "south", "value": "45", "by": "statement", **TANK},
        {"source": "north", "attribute": "weapon_condition", "value": "intact", "by": "tv"},
        {"source": "north", "value": "30", "by": "officer", **TANK},
        {"source": "south", "attribute": "weapon_condition", "value": "disabled"},
    ]
    first = comparison(world_ledger(claims))
    second = comparison(world_ledger(claims[::-1]))
    columns = ["slot_id", "kind", "also", "low", "best", "high", "credibility"]
    pd.testing.assert_frame_equal(first.slots[columns], second.slots[columns])
    assert list(first.slots["slot_id"]) == sorted(first.slots["slot_id"])
    pairs = list(zip(first.discrepancies["slot_id"], first.discrepancies["source_id"], strict=True))
    assert pairs == sorted(pairs)


def test_coded_value_is_the_export_form():
    claim = pd.Series({"value": "37", "qualifier": "exact", "unit": "tanks", "object": "t-72"})
    assert coded_value(claim) == "37 tanks [t-72]"
    vague = claim.copy()
    vague["value"], vague["qualifier"], vague["object"] = "", "dozens", ""
    assert coded_value(vague) == "(dozens) tanks"


def test_numeric_claims_carry_the_interval_of_their_wording():
    result = comparison(
        world_ledger(
            [
                {"source": "north", "value": "15", "qualifier": "more_than", **TANK},
                {"source": "south", "value": "", "qualifier": "dozens", **TANK},
                {"source": "north", "attribute": "weapon_condition", "value": "intact"},
            ]
        )
    )
    numbers = numeric_claims(result.claims.assign(translation_en=""), world_ledger([]).attributes)
    numbers = numbers.set_index("claim_id")
    assert list(numbers.index) == ["north-001", "south-001"]
    assert tuple(numbers.loc["north-001", ["low", "point", "high"]]) == (16, 16, math.inf)
    assert tuple(numbers.loc["south-001", ["low", "point", "high"]]) == (12, 12, 99)


def test_a_ledger_without_the_optional_columns_is_compared_with_their_defaults():
    invented = make_ledger()
    bare = invented.claims.drop(columns=["modality", "as_of"])
    result = comparison(type(invented)(**{**invented.__dict__, "claims": bare}))
    assert list(result.claims["claim_id"]) == list(invented.claims["claim_id"])
    slots = result.slots.set_index("slot_id")
    assert slots.loc["handover:weapon_condition", "credibility_label"] == "contradicted"
    assert slots.loc["handover:recipient", "kind"] == "single_source"


def test_one_sources_own_parts_against_its_own_total():
    people = {"attribute": "casualties", "unit": "people", "object": "people"}
    linked = relations(
        {"source": "east", "value": "6094", "event": "exit", **people},
        {"source": "east", "value": "2803", "event": "town_exit", **people},
        {"source": "west", "value": "6000", "qualifier": "about", "event": "exit", **people},
        {"source": "east", "value": "3391", "event": "attack", **people},
    )
    # The town's departure is a part of the departure; the attack is not, so 2803 alone
    # stays within 6094: no inconsistency yet.
    assert "arithmetic_inconsistency" not in set(linked["kind"])
    linked = relations(
        {"source": "east", "value": "6094", "event": "op", **people},
        {"source": "east", "value": "2803", "event": "exit", **people},
        {"source": "west", "value": "6000", "qualifier": "about", "event": "op", **people},
        {"source": "east", "value": "3391", "event": "attack", **people},
    )
    found = linked[linked["kind"] == "arithmetic_inconsistency"]
    # The slot's high (6,600, from "about 6,000") hides nothing: East's own figures clash.
    assert set(found["reason"]) == {
        "east's own parts add up to at least 6194, more than its total allows (6094)"
    }


def test_a_plan_is_matched_by_a_narrower_outcome():
    go = {"attribute": "fighters_destination", "event": "exit"}
    slots = run(
        {"source": "north", "value": "leave_area", "modality": "plan", **go},
        {"source": "south", "value": "jarabulus", **go},
    )
    assert "plan against outcome (the outcome matches)" in slots.iloc[0]["reason"]
