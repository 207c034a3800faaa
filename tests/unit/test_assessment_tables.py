"""The assessment chapter's tables in readers' words, on a hand-made world ledger."""

from __future__ import annotations

import pytest
from support.world import world_ledger

from newsclaims.analysis.compare import comparison
from newsclaims.report.assessment import (
    coverage_table,
    kinds_table,
    outlier_table,
    reliability_table,
)
from newsclaims.report.labels import Labels
from newsclaims.report.prose import slot_titles
from newsclaims.report.readable import readable
from newsclaims.vocabulary import KINDS

TANK = {"attribute": "tanks_handed_over", "unit": "tanks", "object": "tank"}


@pytest.fixture(scope="module")
def world():
    return world_ledger(
        [
            {"source": "north", "value": "30", "qualifier": "about", "by": "observers", **TANK},
            {"source": "south", "value": "31", "by": "activists", **TANK},
            {"source": "east", "value": "90", "by": "monitor", **TANK},
            {"source": "north", "value": "8", "scope": "share:brigade", "by": "statement", **TANK},
            {"source": "south", "attribute": "recipient", "value": "army", "by": "officer"},
        ]
    )


@pytest.fixture(scope="module")
def result(world):
    return comparison(world)


def test_kinds_table_lists_every_kind_with_its_slots(world, result):
    table = kinds_table(result.slots, Labels.from_ledger(world)).set_index("kind")
    assert len(table) == len(KINDS)
    assert table.loc["part and whole", "slots"] == 2
    assert table.loc["part and whole", "slots with this kind"] == (
        "The Ardel handover: tanks handed over; "
        "The Ardel handover: tanks handed over (Brigade's share)"
    )
    assert table.loc["contradiction", "slots"] == 0
    assert table.loc["numbers that disagree", "slot_ids"] == (
        "handover:tanks_handed_over/object=tank/unit=tank"
    )


def test_outliers_table_names_the_outlier_and_why(world, result):
    """The CSV keeps the ids and codes; the page shows words, the slot a link to its row
    and the outlier by the words of its quote."""
    labels = Labels.from_ledger(world)
    table = outlier_table(result.slots, labels)
    assert table.to_dict("records")[0] == {
        "slot_id": "handover:tanks_handed_over/object=tank/unit=tank",
        "kind": "numeric_disagreement",
        "credibility": "2 probably true",
        "outlier_claim": "east-001",
        "why": "excluded by the 2 other origins, which agree with each other",
    }
    titles = slot_titles(result.slots, labels, with_event=True)
    shown = readable(table, labels, titles).to_dict("records")[0]
    assert str(shown["slot"]) == (
        '<a class="cc-ref" href="../chapters/08_assessment.html'
        '#slot-handover-tanks_handed_over-object-tank-unit-tank">'
        "The Ardel handover: tanks handed over</a>"
    )
    assert shown["kind"] == "numbers that disagree"
    assert shown["outlier"] == world.claims.set_index("claim_id").loc["east-001", "quote"]


def test_coverage_table_in_words(world, result):
    table = coverage_table(result.coverage, "handover", Labels.from_ledger(world))
    assert list(table.columns) == [
        "question",
        "The North Post",
        "The South Wire",
        "East Radio",
        "West Monitor",
    ]
    recipient = table.set_index("question").loc["recipient"]
    assert recipient.tolist() == ["silent", "answers", "silent", "does not cover the event"]


def test_reliability_table_gives_letter_words_and_basis(world):
    table = reliability_table(world.claims, world.actors).set_index("source")
    assert table.loc["Monitor", "reliability"] == "B (usually reliable)"
    assert table.loc["Statement", "reliability"] == "C (fairly reliable)"
    assert table.loc["Officer", "camp"] == "government side"
    # Sorted by reliability, then by the number of claims that rest on each source.
    assert list(table["reliability"].str[0]) == sorted(table["reliability"].str[0])


def test_slot_titles_with_the_event(world, result):
    titles = slot_titles(result.slots, Labels.from_ledger(world), with_event=True)
    assert titles["handover:recipient"] == "The Ardel handover: recipient"
