"""The weapon systems the sources name, lined up by family, on a hand-made ledger."""

from __future__ import annotations

import pandas as pd
import pytest
from support.ledgers import ATTRIBUTES, CLAIMS, make_ledger

from newsclaims.analysis.compare import comparison, numeric_claims
from newsclaims.analysis.weapons import (
    FACT_COLUMNS,
    different_systems,
    event_counts,
    misdescriptions,
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


def test_families_whose_lists_name_different_systems(invented, result):
    systems = named_systems(result.claims, invented.weapons, invented.source_ids, "handover")
    kinds = with_slot_kinds(systems, result.slots)
    # Listed types of one family named as different systems, none in common.
    assert kinds["slot_kind"].tolist() == ["different_things"]
    assert different_systems(kinds) == ["tanks"]
    assert different_systems(kinds.assign(**{"slot_kind": "agreement"})) == []


def test_event_counts_of_different_systems_are_separate_slots(invented, result):
    numbers = numeric_claims(result.claims, invented.attributes)
    counted, slots = event_counts(numbers, result.slots, "handover")
    assert list(counted["claim_id"]) == ["herald-001", "courier-001", "agency-001"]
    assert list(slots["slot_id"]) == [
        "handover:tanks_handed_over/object=t55/unit=tank",
        "handover:tanks_handed_over/object=t72/unit=tank",
        "handover:tanks_handed_over/object=tank/unit=tank",
    ]
    assert list(slots["kind"]) == ["different_things", "different_things", "part_and_whole"]
    nothing, no_slots = event_counts(numbers, result.slots, "elsewhere")
    assert nothing.empty and no_slots.empty


def test_facts_about_the_specific_systems_named(invented, result):
    facts = named_system_facts(result.claims, invented.weapons, "handover")
    assert list(facts.columns) == FACT_COLUMNS
    assert list(facts["weapon_id"]) == ["t55", "t72"]  # the generic tank is left out


def test_descriptions_against_the_reference_facts(invented):
    described = pd.DataFrame(
        [
            {
                "attribute": "weapon_described_as",
                "value_type": "category",
                "cardinality": "one",
                "categories": "anti_aircraft_missile | main_battle_tank | tank_unspecified",
                "broader": "main_battle_tank>tank_unspecified",
                "object_type": "weapon",
                "description": "",
                "compatible": "",
            }
        ]
    )
    attributes = pd.concat([invented.attributes, described], ignore_index=True)
    claims = invented.claims.iloc[:3].assign(
        attribute="weapon_described_as",
        object=["t72", "t55", "tank"],
        value=["anti_aircraft_missile", "tank_unspecified", "main_battle_tank"],
    )
    found = misdescriptions(claims, invented.weapons, attributes).set_index("object")
    assert found.loc["t72", "verdict"] == "misdescription"
    assert (found.loc["t72", "stated"], found.loc["t72", "reference"]) == (
        "anti_aircraft_missile",
        "main_battle_tank",
    )
    assert found.loc["t72", "why"] == (
        "the stated class is neither the reference's nor compatible with it"
    )
    assert found.loc["t55", "verdict"] == "consistent"  # a broader class
    # The generic tank's class rests on the documents themselves: not checkable.
    weapons = invented.weapons.assign(fact_source="document 000 (usage only)")
    assert set(misdescriptions(claims, weapons, attributes)["verdict"]) == {"not checkable"}
