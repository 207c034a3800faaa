"""Naming variants: which spellings name the same entity and which must not, and the
tables built from the mentions, on hand-made names and a hand-made ledger."""

from __future__ import annotations

import pandas as pd
import pytest
from support.ledgers import make_ledger

from newsclaims.text.name_variants import (
    entity_names,
    find_variants,
    flag_table,
    mention_table,
    missed_spellings,
    recovered_examples,
    variants_by_source,
)
from newsclaims.text.names import (
    find_mentions,
    name_similarity,
    names_match,
    reference_names,
    skeleton,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Qalamoun", "Qalamun"),
        ("Qalamoun", "al-Qalamun"),
        ("القمون", "القلمون"),
        ("القمون الشرقي", "القلمون الشرقي"),
        ("Jaish al-Islam", "Jaysh al-Islam"),
        ("Jairud", "Jayrud"),
        ("Jaysh Tarhir Aal-Sham", "Jaysh Tahrir al-Sham"),
        ("Jaysh Ussud al-Sharqiah", "Jaysh Usud al-Sharqiya"),
        ("Betra Mountain", "Batra Mountain"),
        ("Nation Defense Forces", "National Defense Forces"),
    ],
)
def test_spellings_of_one_name_match(a, b):
    assert names_match(a, b)
    assert names_match(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ahrar al-Sham", "Tahrir al-Sham"),
        ("Jaysh Ahrar al-Sham", "Jaysh Tahrir al-Sham"),
        ("Jaysh al-Islam", "Jaysh al-Tawhid"),
        ("Syria", "Syrian"),  # a derived word, not a spelling
        ("Russia", "Russian"),
        ("SAA", "FSA"),  # too short to compare loosely
        ("Douma", "Dumayr"),
        ("Jaysh al-Islam", "جيش الإسلام"),  # different scripts are never compared
    ],
)
def test_different_names_do_not_match(a, b):
    assert not names_match(a, b)


def test_whole_spelling_alone_is_not_enough():
    # The whole strings are close (skeletons "ahrar sham" / "tahrir sham"), but the first
    # words are not: the word-by-word rule keeps the two factions apart.
    assert skeleton("Ahrar al-Sham") == "ahrar sham"
    assert name_similarity("Ahrar al-Sham", "Tahrir al-Sham") == 0.0


def test_mentions_and_variants_of_a_hand_made_ledger():
    invented = make_ledger()
    references = reference_names(invented.actors, invented.places)
    mentions = find_mentions(invented.documents, references)
    brigade = mentions[mentions["entity_id"] == "brigade"]
    assert set(brigade["variant"]) == {"Amber Brigade", "لواء العنبر"}
    assert set(brigade["source_id"]) == {"courier", "agency", "herald"}
    names = entity_names(invented.actors, invented.places)
    assert names["brigade"] == "Amber Brigade (invented)" and names["ardel"] == "Ardel"
    counts = find_variants(invented)
    table = variants_by_source(counts, invented.source_ids, names.to_dict()).set_index("entity_id")
    assert table.loc["brigade", "agency"] == "لواء العنبر (1)"
    assert table.loc["brigade", "n_variants"] == 2
    shown = mention_table(mentions, names)
    assert list(shown.columns) == [
        "source_id",
        "entity_id",
        "entity",
        "variant",
        "start",
        "end",
        "method",
    ]


def test_flags_name_the_entity():
    counts = pd.DataFrame(
        {
            "entity_id": ["ardel", "ardel", "hills"],
            "variant": ["Ardel", "ARDEL", "The hills"],
            "source_id": ["a", "a", "a"],
            "count": [2, 1, 1],
        }
    )
    flags = flag_table(counts, {"ardel": "Ardel", "hills": "The hills"})
    assert flags.to_dict("records") == [
        {
            "entity_id": "ardel",
            "entity": "Ardel",
            "source_id": "a",
            "variants": "Ardel (2) | ARDEL (1)",
            "n_forms": 2,
            "difference": "case only",
        }
    ]


def test_examples_of_the_recovery_check():
    check = pd.DataFrame(
        [
            ("a", "brigade", "Amber Brigad", "recovered", "brigade"),
            ("a", "brigade", "Ambr Brigade", "recovered", "brigade"),
            ("a", "courier", "Curier", "recovered", "courier"),
            ("b", "ardel", "Ardel town", "missed", ""),
            ("b", "ardel", "Ardel town", "missed", ""),
            ("b", "hills", "hills", "missed", ""),
        ],
        columns=["source_id", "entity_id", "variant", "outcome", "found_as"],
    )
    actors = make_ledger().actors
    # One example per entity, outlets left out.
    assert list(recovered_examples(check, actors)["variant"]) == ["Amber Brigad"]
    # Spellings of several words only, most frequent first.
    assert missed_spellings(check).to_dict() == {("Ardel town", "ardel"): 2}
