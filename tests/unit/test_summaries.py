"""The ledger summaries the chapters show, on a hand-made ledger."""

from __future__ import annotations

import pytest
from support.ledgers import make_ledger

from newsclaims.analysis.compare import comparison
from newsclaims.analysis.summaries import (
    LEDGER_COLUMNS,
    MULTI_SOURCE_COLUMNS,
    SOURCE_OVERVIEW_COLUMNS,
    about,
    causes_by_origin,
    claims_by_attribute,
    claims_per_source,
    contradictions,
    focus_event,
    ledger_table,
    multi_source_slots,
    origin_shares,
    own_reporting,
    single_source_counts,
    single_source_table,
    source_overview,
)


@pytest.fixture(scope="module")
def invented():
    return make_ledger()


@pytest.fixture(scope="module")
def result(invented):
    return comparison(invented)


def test_claims_by_attribute_most_frequent_first_sources_in_order(invented):
    table = claims_by_attribute(invented.claims, invented.source_ids)
    assert list(table.columns) == ["courier", "agency", "herald"]
    assert table.index[0] == "tanks_handed_over"
    assert table.loc["tanks_handed_over"].tolist() == [1, 1, 1]
    assert table.loc["recipient"].tolist() == [1, 0, 0]
    assert table.to_numpy().sum() == len(invented.claims)


def test_origin_shares_count_own_reporting_apart(invented):
    shares = origin_shares(invented.claims, invented.actors, invented.source_ids)
    assert shares["courier"].to_dict() == {
        "own reporting": 0.25,
        "opposition_side": 0.0,
        "government_side": 0.75,
    }
    assert shares["herald"]["own reporting"] == 1.0
    assert shares.sum().round(6).tolist() == [1.0, 1.0, 1.0]
    own = own_reporting(shares)
    assert own.to_dict() == {"courier": 0.25, "agency": 0.0, "herald": 1.0}
    assert own_reporting(shares.drop(index="own reporting")).sum() == 0


def test_single_source_slots_and_counts(invented, result):
    single = single_source_table(result.slots)
    assert list(single.columns) == [
        "slot_id",
        "source_id",
        "n_claims",
        "origin_groups",
        "credibility_label",
    ]
    assert set(single["source_id"]) == {"courier", "herald"}
    counts = single_source_counts(single, invented.source_ids)
    assert counts.to_dict("list") == {
        "source_id": ["courier", "agency", "herald"],
        "single_source_slots": [1, 0, 2],
    }


def test_causes_by_origin(invented):
    causes = causes_by_origin(invented.claims, invented.actors)
    assert causes[["cause", "source_id", "origin"]].to_dict("records") == [
        {"cause": "siege_pressure", "source_id": "herald", "origin": "herald"}
    ]


def test_focus_event_is_the_event_with_most_handover_claims():
    claims = make_ledger().claims
    assert focus_event(claims) == "handover"
    assert focus_event(claims.iloc[:0]) == ""


def test_tables_of_the_chapters(invented, result):
    assert list(source_overview(invented.sources).columns) == SOURCE_OVERVIEW_COLUMNS
    assert list(ledger_table(invented.claims).columns) == LEDGER_COLUMNS
    assert claims_per_source(invented.claims, [*invented.source_ids, "none"]).tolist() == [
        4,
        3,
        3,
        0,
    ]
    multi = multi_source_slots(result.slots)
    assert list(multi.columns) == MULTI_SOURCE_COLUMNS
    assert set(multi["slot_id"]) == {
        "handover:weapon_condition",
        "handover:fighters_destination",
    }


def test_slots_about_some_attributes(result):
    focus = ["weapon_condition", "recipient"]
    assert set(about(result.discrepancies, focus)["attribute"]) == set(focus)
    contradicted = contradictions(result.slots, focus)
    assert list(contradicted["slot_id"]) == ["handover:weapon_condition"]
    assert contradictions(result.slots, ["recipient"]).empty
