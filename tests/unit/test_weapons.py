"""The weapon systems the sources name, lined up by family, on a hand-made ledger."""

from __future__ import annotations

import pytest
from support.ledgers import ATTRIBUTES, CLAIMS, make_ledger

from newsclaims.analysis.compare import comparison, numeric_claims
from newsclaims.analysis.weapons import (
    FACT_COLUMNS,
    event_counts,
    identification_differences,
    named_system_facts,
    named_systems,
    with_slot_kinds,
)

TYPES = [
    *CLAIMS,
    ("courier", "37 tanks", "weapon_type_handed_over", "t72", {}),
    ("herald", "T-55 tanks", "weapon_type_handed_over", "t55", {}),
]


@pytest.fixture(scope="module")
def invented():
    attributes = [
        *ATTRIBUTES,
        {"attribute": "weapon_type_handed_over", "value_type": "weapon", "cardinality": "many"},
    ]
    return make_ledger(TYPES, attributes=attributes)


@pytest.fixture(scope="module")
def result(invented):
    return comparison(invented)


def test_named_systems_per_family_and_source(invented, result):
    systems = named_systems(result.claims, invented.weapons, invented.source_ids, "handover")
    assert systems.to_dict("records") == [
        {
            "family": "tanks",
            "slot_id": "handover:weapon_type_handed_over:tanks",
            "courier": "T-72",
            "agency": "Tank (model not specified)",
            "herald": "T-55",
        }
    ]


def test_families_whose_systems_are_identified_differently(invented, result):
    systems = named_systems(result.claims, invented.weapons, invented.source_ids, "handover")
    kinds = with_slot_kinds(systems, result.slots)
    # Listed types of one family named as different systems differ in detail (scope).
    assert kinds["slot kind"].tolist() == ["scope_difference"]
    assert identification_differences(kinds) == []
    counted = kinds.assign(**{"slot kind": "identification_difference"})
    assert identification_differences(counted) == ["tanks"]


def test_event_counts(invented, result):
    numbers = numeric_claims(result.claims, invented.attributes)
    counted, slots = event_counts(numbers, result.slots, "handover")
    assert list(counted["claim_id"]) == ["agency-001", "courier-001", "herald-001"]
    assert list(slots["slot_id"]) == ["handover:tanks_handed_over"]
    assert slots.loc[0, "kind"] == "identification_difference"
    nothing, no_slots = event_counts(numbers, result.slots, "elsewhere")
    assert nothing.empty and no_slots.empty


def test_facts_about_the_specific_systems_named(invented, result):
    facts = named_system_facts(result.claims, invented.weapons, "handover")
    assert list(facts.columns) == FACT_COLUMNS
    assert list(facts["weapon_id"]) == ["t55", "t72"]  # the generic tank is left out
