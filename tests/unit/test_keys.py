"""The comparability key: questions, folded nouns and units, slot ids, and the reasons two
keys are not comparable."""

from __future__ import annotations

import pandas as pd
import pytest
from support.world import world_ledger

from newsclaims.analysis.keys import (
    Catalog,
    claim_keys,
    fold,
    is_measure,
    key_reasons,
    slot_id_of,
    unit_of,
)

WEAPONS = pd.DataFrame(
    [("tank", "tanks", "yes"), ("t-72", "tanks", "no"), ("t-55", "tanks", "no"),
     ("m-600", "rockets", "no")],
    columns=["weapon_id", "family", "generic"],
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Air raids", "air_raid"),
        ("casualties", "casualty"),
        ("besieged people", "besieged_people"),
        ("tanks", "tank"),
        ("km", "km"),
        ("press", "press"),  # a double s is no plural
        ("  Residents of the area ", "residents_of_the_area"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_units_of_time_and_length_convert_and_others_count():
    assert unit_of("months") == ("day", 30.0)
    assert unit_of("weeks") == ("day", 7.0)
    assert unit_of("years") == ("day", 365.0)
    assert unit_of("kilometres") == ("km", 1.0)
    assert unit_of("tanks") == ("tank", 1.0)
    assert unit_of("") == ("", 1.0)
    assert is_measure("day") and is_measure("km") and not is_measure("tank")


def test_slot_ids_leave_out_the_defaults_and_are_readable():
    question = "eq_handover:tanks_handed_over"
    assert slot_id_of(question, {"scope": "total", "modality": "outcome"}) == question
    key = {"object": "tank", "unit": "tank", "as_of": "2018-04-17/2018-04-18",
           "scope": "share:jaysh_al_islam", "modality": "forecast"}  # fmt: skip
    assert slot_id_of(question, key) == (
        "eq_handover:tanks_handed_over/object=tank/unit=tank/as_of=2018-04-17--2018-04-18"
        "/scope=share:jaysh_al_islam/modality=forecast"
    )


def test_claim_keys_of_a_ledger():
    ledger = world_ledger(
        [
            {
                "source": "north",
                "attribute": "tanks_handed_over",
                "value": "3",
                "unit": "Tanks",
                "object": "T-72s",
                "modality": "plan",
            },
            {
                "source": "north",
                "attribute": "weapon_condition",
                "value": "intact",
                "object": "tank",
            },
            {"source": "north", "attribute": "weapon_type_handed_over", "value": "t-72"},
            {
                "source": "north",
                "attribute": "rockets_handed_over",
                "value": "3",
                "object": "m-600",
            },
        ]
    )
    keys = claim_keys(ledger.claims, ledger.attributes, ledger.weapons)
    assert list(keys["slot_id"]) == [
        "handover:tanks_handed_over/object=t-72/unit=tank/modality=plan",
        # The object of a condition is not part of its key: a category, not a count.
        "handover:weapon_condition",
        "handover:weapon_type_handed_over:tanks",
        "handover:rockets_handed_over/object=m-600",
    ]
    assert list(keys["key_scope"]) == ["total"] * 4


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ({"object": "t-72"}, {"object": "m-600"}, [("different_things", "different systems")]),
        ({"object": "t-72"}, {"object": "tank"}, [("part_and_whole", "part and whole")]),
        ({"object": "raid"}, {"object": "barrel"}, [("different_things", "different things counted")]),
        ({"unit": "raid"}, {"unit": "barrel"}, [("different_units", "different units")]),
        ({"as_of": "a"}, {"as_of": "b"}, [("different_moments", "different moments")]),
        ({"scope": "total"}, {"scope": "part"}, [("part_and_whole", "part and whole")]),
        ({"modality": "outcome"}, {"modality": "forecast"},
         [("plan_against_outcome", "forecast against outcome")]),
        ({"modality": "plan"}, {"modality": "outcome"},
         [("plan_against_outcome", "plan against outcome")]),
        ({"modality": "outcome"}, {"modality": "allegation"},
         [("different_modalities", "allegation against outcome")]),
        ({"modality": "question"}, {"modality": "allegation"},
         [("different_modalities", "allegation against question")]),
        ({"object": "tank"}, {"object": "tank"}, []),
    ],
)  # fmt: skip
def test_key_reasons(first, second, expected):
    assert key_reasons(first, second, WEAPONS) == expected
    assert key_reasons(first, second, Catalog.of(WEAPONS)) == expected


def test_several_parts_give_several_reasons_in_key_order():
    reasons = key_reasons(
        {"object": "raid", "unit": "raid", "as_of": "a"},
        {"object": "barrel", "unit": "barrel", "as_of": "b"},
        WEAPONS,
    )
    assert [kind for kind, _ in reasons] == [
        "different_things",
        "different_units",
        "different_moments",
    ]
