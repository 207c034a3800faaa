"""Events as a hierarchy: ancestors, descendants, parties, related events."""

from __future__ import annotations

import pandas as pd
from support.world import WORLD_EVENTS

from newsclaims.analysis.events import Hierarchy


def hierarchy(rows=WORLD_EVENTS) -> Hierarchy:
    return Hierarchy.of(pd.DataFrame(rows).fillna(""))


def test_ancestors_and_descendants():
    events = hierarchy()
    assert events.ancestors("town_exit") == ["exit", "op"]
    assert events.descendants("op") == ["attack", "deal", "exit", "handover", "town_exit"]
    assert events.with_descendants("exit") == ["exit", "town_exit"]
    assert events.is_part_of("town_exit", "op") and not events.is_part_of("op", "town_exit")


def test_a_child_without_parties_takes_its_parents():
    events = hierarchy()
    assert events.parties("town_exit") == {"government_side", "opposition_armed"}
    assert "russia" in events.parties("handover2")


def test_related_events_are_siblings_or_of_one_kind_never_family():
    events = hierarchy()
    assert events.related("handover") == ["attack", "deal", "exit", "handover2"]
    # The departure from the town is of the departure's kind but a part of it: not related.
    assert "exit" not in events.related("town_exit")
    assert events.related("op") == ["op2"]


def test_known_date_and_a_cycle_that_stops_the_walk():
    events = hierarchy()
    assert events.known_date("handover") == "2020-03-01"
    assert events.known_date("op") == "2020-02-01"
    assert events.known_date("attack") == ""
    looped = hierarchy(
        [{"event_id": "a", "parent_event_id": "b"}, {"event_id": "b", "parent_event_id": "a"}]
    )
    assert looped.ancestors("a") == ["b"]


def test_a_table_without_the_optional_columns_is_a_flat_list():
    flat = Hierarchy.of(pd.DataFrame({"event_id": ["x", "y"], "name": ["X", "Y"]}))
    assert flat.ancestors("x") == [] and flat.related("x") == []
    assert flat.parties("x") == frozenset()
