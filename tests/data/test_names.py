"""Naming variants on the real corpus: spellings found, flagged, recovered, exported."""

from __future__ import annotations

import pandas as pd
import pytest

from newsclaims.build.results import write_name_variants
from newsclaims.text.name_variants import (
    EXPORT_COLUMNS,
    find_variants,
    inconsistencies,
    recovery_check,
)
from newsclaims.text.names import match_name, reference_names


@pytest.fixture(scope="module")
def references(ledger):
    return reference_names(ledger.actors, ledger.places)


@pytest.fixture(scope="module")
def names_only(ledger):
    """English and Arabic names without the aliases: what the fuzzy step has to work with."""
    return reference_names(ledger.actors, ledger.places, with_aliases=False)


@pytest.fixture(scope="module")
def variants(ledger):
    return find_variants(ledger)


def test_fuzzy_matching_finds_unlisted_spellings(names_only):
    # None of these spellings is an English or Arabic name in the data package.
    assert not names_only["folded"].isin(["qalamun", "al-qalamun", "القمون", "jairud"]).any()
    assert match_name("Qalamun", names_only) == "qalamoun"
    assert match_name("al-Qalamun", names_only) == "qalamoun"
    assert match_name("القمون", names_only) == "qalamoun"
    assert match_name("القمون الشرقي", names_only) == "eastern_qalamoun"
    assert match_name("Jaish al-Islam", names_only) == "jaysh_al_islam"
    assert match_name("Jairud", names_only) == "jayrud"
    assert match_name("Jaysh Tarhir Aal-Sham", names_only) == "jaysh_tahrir_al_sham"


def test_fuzzy_matching_refuses_other_factions(references):
    without_hts = references[references["entity_id"] != "hts"]
    assert match_name("Tahrir al-Sham", without_hts) != "ahrar_al_sham"
    without_ahrar = references[references["entity_id"] != "ahrar_al_sham"]
    assert match_name("Ahrar al-Sham", without_ahrar) not in {"hts", "jaysh_tahrir_al_sham"}
    without_tawhid = references[references["entity_id"] != "jaysh_al_tawhid"]
    assert match_name("Jaysh al-Tawhid", without_tawhid) is None


def test_three_spellings_of_jaysh_al_islam(references):
    assert {
        match_name(n, references) for n in ("Jaish al-Islam", "Jaysh al-Islam", "جيش الإسلام")
    } == {"jaysh_al_islam"}


def test_real_variants(variants):
    by_entity = variants.groupby("entity_id")
    qalamoun = by_entity.get_group("qalamoun")
    assert set(zip(qalamoun["source_id"], qalamoun["variant"], strict=True)) >= {
        ("zamanalwasl", "Qalamoun"),
        ("smart", "al-Qalamun"),
        ("anapress", "القلمون"),
    }
    eastern = by_entity.get_group("eastern_qalamoun")
    assert {"القلمون الشرقي", "القمون الشرقي"} <= set(
        eastern.loc[eastern["source_id"] == "anapress", "variant"]
    )
    jaysh = by_entity.get_group("jaysh_al_islam")
    assert set(jaysh.loc[jaysh["source_id"] == "zamanalwasl", "variant"]) == {"Jaish al-Islam"}
    assert set(jaysh.loc[jaysh["source_id"] == "southfront", "variant"]) == {"Jaysh al-Islam"}
    # "Jaysh Tarhir Aal-Sham" is one faction; the shorter Tahrir al-Sham inside it is not counted
    assert set(by_entity.get_group("jaysh_tahrir_al_sham")["variant"]) == {"Jaysh Tarhir Aal-Sham"}
    assert set(by_entity.get_group("hts")["source_id"]) == {"eldorar"}
    # Ahrar al-Sham and Tahrir al-Sham never share a spelling
    assert not set(by_entity.get_group("hts")["variant"]) & set(
        by_entity.get_group("ahrar_al_sham")["variant"]
    )
    # a name inside a description of an inner source still names the entity
    saa = by_entity.get_group("saa")
    assert (
        saa.loc[(saa["source_id"] == "southfront") & (saa["variant"] == "SAA"), "count"].item() == 6
    )
    # a name is not taken from the first part of a hyphenated compound ("regime-run media")
    government = by_entity.get_group("syrian_government")
    assert "The regime" not in set(government["variant"])
    # a place named inside a group's name still counts as a spelling of the place
    assert "Rastan" in set(by_entity.get_group("rastan")["variant"])


def test_variants_are_verbatim_body_text(ledger, variants):
    for row in variants.itertuples(index=False):
        assert row.variant in ledger.documents[row.source_id].body_text()
    known = set(ledger.actors["actor_id"]) | set(ledger.places["place_id"])
    assert set(variants["entity_id"]) <= known
    # inner sources and generic references are descriptions, not names
    assert not variants["entity_id"].isin(["saa_officer", "civilians", "rebels"]).any()


def test_inconsistencies_are_flagged(variants):
    flagged = inconsistencies(variants).set_index(["entity_id", "source_id"])
    smart_abdo = flagged.loc[("martyr_ahmad_abdo_forces", "smart")]
    assert "Martyr Ahmad Abdo Forces" in smart_abdo["variants"]
    assert "Ahmad al-Abdo Forces" in smart_abdo["variants"]
    smart_ahrar = flagged.loc[("ahrar_al_sham", "smart")]
    assert "Jaysh Ahrar al-Sham" in smart_ahrar["variants"]
    assert "Ahrar al-Sham Islamist Movement" in smart_ahrar["variants"]
    assert flagged.loc[("eastern_qalamoun", "anapress"), "difference"] == "spelling"
    assert flagged.loc[("eastern_ghouta", "zamanalwasl"), "difference"] == "case only"
    # one spelling only: not flagged
    assert ("jaysh_al_islam", "southfront") not in flagged.index


def test_no_false_match_when_aliases_are_withheld(ledger):
    outcomes = recovery_check(ledger.documents, ledger.actors, ledger.places)
    counts = outcomes["outcome"].value_counts()
    assert counts.get("other entity", 0) == 0
    assert counts.get("spurious", 0) == 0
    recovered = outcomes[outcomes["outcome"] == "recovered"]
    assert ("smart", "jayrud", "Jairud") in set(
        zip(recovered["source_id"], recovered["entity_id"], recovered["variant"], strict=True)
    )
    assert "القمون الشرقي" in set(recovered["variant"])


def test_export_columns_order_and_determinism(ledger, tmp_path):
    first = write_name_variants(ledger, tmp_path / "a")
    second = write_name_variants(ledger, tmp_path / "b")
    assert first.name == "name_variants.csv"
    assert first.read_bytes() == second.read_bytes()
    table = pd.read_csv(first, dtype={"count": "int64"}, keep_default_na=False)
    assert list(table.columns) == EXPORT_COLUMNS == ["entity_id", "variant", "source_id", "count"]
    assert (table["count"] > 0).all()
    ordered = table.sort_values(["entity_id", "variant", "source_id"], ignore_index=True)
    pd.testing.assert_frame_equal(table, ordered)
    assert not table.duplicated(["entity_id", "variant", "source_id"]).any()
