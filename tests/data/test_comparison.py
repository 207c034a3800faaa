"""The comparison on the real corpus: every case issue 12 lists is handled by its rule, and
no estimate spans claims of different systems, units, moments, scopes or modalities."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from newsclaims.analysis.compare import comparison
from newsclaims.analysis.keys import KEY_COLUMNS
from newsclaims.analysis.weapons import misdescriptions


@pytest.fixture(scope="module")
def result(ledger):
    return comparison(ledger)


@pytest.fixture(scope="module")
def slots(result):
    return result.slots.set_index("slot_id")


def slot_of(result, claim_id: str) -> pd.Series:
    """The slot row of the slot that holds a claim."""
    slot_id = result.claims.set_index("claim_id").loc[claim_id, "slot_id"]
    return result.slots.set_index("slot_id").loc[slot_id]


def kinds(slot: pd.Series) -> set[str]:
    return {slot["kind"], *filter(None, slot["also"].split(";"))}


def test_no_slot_spans_claims_of_different_keys(result):
    """The issue's condition of done: every slot's claims share question and key."""
    claims = result.claims.set_index("claim_id")
    for slot in result.slots.itertuples(index=False):
        mine = claims.loc[slot.claim_ids.split(";"), ["question_id", *KEY_COLUMNS]]
        assert len(mine.drop_duplicates()) == 1, slot.slot_id
    rows = result.discrepancies
    for slot_id, group in rows.groupby("slot_id"):
        ids = {i for cell in group["claim_ids"] for i in cell.split(";")}
        assert ids == set(result.slots.set_index("slot_id").loc[slot_id, "claim_ids"].split(";"))


def test_m600_and_maysalun_rockets_are_different_systems(result):
    m600, maysalun = slot_of(result, "zamanalwasl-017"), slot_of(result, "southfront-013")
    assert m600.name != maysalun.name
    assert "different systems" in m600["not_comparable"]
    assert (m600["low"], m600["best"], m600["high"]) == (14, 14, 14)
    # "more than 15" gives 16 and up: no high, never 16.
    assert (maysalun["low"], maysalun["best"]) == (16, 16) and math.isnan(maysalun["high"])


def test_one_attack_against_the_whole_offensive_is_part_and_whole(result):
    attack, offensive = slot_of(result, "zamanalwasl-026"), slot_of(result, "zamanalwasl-024")
    assert attack["event_id"] == "douma_chemical_attack"
    assert offensive["event_id"] == "ghouta_offensive"
    assert attack["kind"] == offensive["kind"] == "part_and_whole"
    assert offensive.name in attack["compared_with"].split(";")
    assert attack["claim_ids"] == "zamanalwasl-026"


def test_raids_and_barrels_are_different_things_in_whole_numbers(result):
    raids, barrels = slot_of(result, "smart-005"), slot_of(result, "smart-006")
    assert raids.name != barrels.name
    assert raids["not_comparable"] == "different things counted; different units"
    assert (barrels["low"], barrels["best"], barrels["high"]) == (41, 45, 49)


def test_other_vehicles_give_no_count_beside_the_reload_vehicle(result, ledger):
    claims = ledger.claims.set_index("claim_id")
    assert claims.loc["anapress-017", "attribute"] == "weapon_type_handed_over"
    assert slot_of(result, "southfront-016")["claim_ids"] == "southfront-016"


def test_two_moments_in_one_statement_are_not_a_range(result):
    earlier, later = slot_of(result, "anapress-004"), slot_of(result, "anapress-005")
    assert earlier.name != later.name and earlier["not_comparable"] == "different moments"
    # The statement's own figures: a party's account, so no best estimate.
    assert math.isnan(earlier["best"]) and earlier["credibility"] == 4


def test_durations_of_different_things_are_never_one_estimate(result):
    months, weeks = slot_of(result, "zamanalwasl-023"), slot_of(result, "zamanalwasl-029")
    assert months.name != weeks.name
    assert months["estimate_unit"] == "month" and months["best"] == 2
    deadline, period = slot_of(result, "eldorar-017"), slot_of(result, "eldorar-025")
    assert deadline.name != period.name
    assert deadline["unit"] == period["unit"] == "day"  # both compared in days


def test_burned_vehicles_and_the_douma_destination_are_placed_by_their_events(result, slots):
    condition = slots.loc["eq_handover:weapon_condition"]
    assert not {"anapress-022", "anapress-023"} & set(condition["claim_ids"].split(";"))
    assert slot_of(result, "anapress-022")["event_id"] == "rif_dimashq_2018"
    dumayr = slot_of(result, "smart-028")
    assert dumayr["event_id"] == "dumayr_exit"
    assert "part_and_whole" in kinds(dumayr)
    assert any(
        s.startswith("eq_evacuation:fighters_destination")
        for s in dumayr["compared_with"].split(";")
    )


def test_a_forecast_is_set_against_the_outcome_never_a_confirmation(result):
    forecast, outcome = slot_of(result, "smart-022"), slot_of(result, "southfront-005")
    assert forecast.name == "eq_agreement:event_date/modality=forecast"
    assert "forecast against outcome (the outcome matches)" in forecast["reason"]
    assert outcome["n_sources"] == 1 and outcome["credibility"] == 4


def test_destinations_follow_the_broader_relations_and_modalities(result, slots):
    outcome = slot_of(result, "zamanalwasl-016")
    assert set(outcome["claim_ids"].split(";")) == {"anapress-002", "zamanalwasl-016"}
    assert outcome["kind"] != "categorical_contradiction"  # north is out of the area
    assert "detail_difference" in kinds(outcome)
    forecast = slot_of(result, "smart-026")
    assert forecast.name == "eq_evacuation:fighters_destination/modality=forecast"
    assert "plan_against_outcome" in kinds(forecast)


def test_competing_explanations_of_the_withdrawal_and_the_footage(result):
    assert slot_of(result, "zamanalwasl-031")["kind"] == "competing_explanations"
    assert slot_of(result, "anapress-001")["kind"] == "competing_explanations"
    victory = slot_of(result, "anapress-020")
    assert victory["kind"] == "competing_explanations"
    assert slot_of(result, "zamanalwasl-011").name in victory["compared_with"].split(";")


def test_silences_of_covering_sources(result):
    matrix = result.coverage.set_index(["question_id", "source_id"])["status"]
    rockets = "eq_handover:weapon_type_handed_over:rockets_and_missiles"
    assert matrix[rockets, "anapress"] == "silent"
    assert (rockets, "smart") not in matrix.index  # SMART does not cover the handover
    # SMART reported on 18 April, before the deal of 19 April: its silence says nothing.
    assert matrix["eq_agreement:agreement_term:heavy_weapons_delivery", "smart"] == (
        "published_before"
    )
    assert "anapress" in slot_of(result, "zamanalwasl-003")["silent_sources"].split(";")


def test_the_tow_is_misdescribed_against_the_reference_facts(result, ledger):
    found = misdescriptions(ledger.claims, ledger.weapons, ledger.attributes)
    assert found.set_index("claim_id").loc["zamanalwasl-036", "verdict"] == "misdescription"
    slot = slot_of(result, "zamanalwasl-036")
    assert slot["kind"] == "misdescription" and slot["credibility"] == 5


def test_the_recipient_is_compared_across_related_handovers(result):
    eastern, northern = slot_of(result, "southfront-010"), slot_of(result, "eldorar-003")
    assert northern.name in eastern["compared_with"].split(";")
    assert "related_events" in kinds(eastern) and "related_events" in kinds(northern)


def test_no_stated_total_is_exceeded_by_its_parts(result):
    assert not (result.relations["kind"] == "arithmetic_inconsistency").any()
    tanks = slot_of(result, "southfront-006")
    assert tanks["kind"] == "part_and_whole"


def test_grades_weigh_a_partys_account_and_agreement_across_camps(result):
    tanks = slot_of(result, "southfront-006")  # 37 tanks, one officer of the receiving side
    assert math.isnan(tanks["best"]) and tanks["credibility"] == 4
    assert tanks["party_origins"] == "government_side"
    recipient = slot_of(result, "southfront-010")  # the army and activists agree
    assert recipient["credibility"] == 1
    condition = slot_of(result, "anapress-018")
    assert condition["credibility"] == 5
    assert condition["outlier_reason"].startswith("none:")


def test_every_slot_names_its_outlier_or_why_there_is_none(result):
    assert (result.slots["outlier_reason"] != "").all()
    assert set(result.slots["reliability"]) <= {"C", "F", "C;F"}


def test_the_recoded_claims(ledger):
    claims = ledger.claims.set_index("claim_id")
    assert claims.loc["zamanalwasl-015", "value"] == "hoarding_supplies"
    assert claims.loc["eldorar-037", ["attribute", "modality"]].tolist() == [
        "declared_intent",
        "plan",
    ]
    assert claims.loc["smart-019", ["attribute", "value"]].tolist() == [
        "military_action",
        "tank_destroyed",
    ]
    assert claims.loc[["zamanalwasl-017", "southfront-013"], "scope"].tolist() == ["total", "total"]
    assert claims.loc["smart-022", "modality"] == "forecast"
    assert claims.loc["anapress-004", "as_of"] == "earlier_period"


def test_claims_carry_their_slot_and_origin_in_ledger_order(ledger, result):
    assert list(result.claims["claim_id"]) == list(ledger.claims["claim_id"])
    assert set(result.claims["slot_id"]) == set(result.slots["slot_id"])
    assert result.claims["origin"].notna().all()
