"""The weapon systems the sources name, lined up by family."""

from __future__ import annotations

import pandas as pd


def named_systems(
    claims: pd.DataFrame, weapons: pd.DataFrame, source_ids: list[str], event_id: str
) -> pd.DataFrame:
    """For one event: per weapon family (rows) the systems each source names as handed
    over (columns), from weapon-type claims and from the objects of counts. Needs the
    ``slot_id`` column of :func:`newsclaims.analysis.compare.slot_keys`."""
    info = weapons.set_index("weapon_id")
    chosen = claims[
        (claims["event_id"] == event_id) & claims["attribute"].str.endswith("handed_over")
    ]
    named = pd.concat(
        [
            chosen.loc[chosen["value"].isin(info.index), ["source_id", "value", "slot_id"]].rename(
                columns={"value": "weapon_id"}
            ),
            chosen.loc[chosen["object"].isin(info.index), ["source_id", "object"]].rename(
                columns={"object": "weapon_id"}
            ),
        ]
    )
    named["family"] = named["weapon_id"].map(info["family"])
    named["name"] = named["weapon_id"].map(info["name"])
    type_slots = named.dropna(subset=["slot_id"]).groupby("family")["slot_id"].first()
    table = (
        named.groupby(["family", "source_id"])["name"]
        .agg(lambda s: ", ".join(sorted(set(s))))
        .unstack("source_id")
        .reindex(columns=[s for s in source_ids if s in set(named["source_id"])])
        .fillna("")
        .reset_index()
    )
    table.insert(1, "slot_id", table["family"].map(type_slots).fillna(""))
    return table


def event_counts(
    numbers: pd.DataFrame, slots: pd.DataFrame, event_id: str
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The counts of weapons handed over in one event: the claims (rows of
    :func:`newsclaims.analysis.compare.numeric_claims`) and their slots."""
    counted = numbers[
        numbers["slot_id"].str.startswith(event_id + ":")
        & numbers["slot_id"].str.contains("handed_over")
    ]
    chosen = slots[slots["slot_id"].isin(counted["slot_id"])].reset_index(drop=True)
    return counted, chosen


def with_slot_kinds(systems: pd.DataFrame, slots: pd.DataFrame) -> pd.DataFrame:
    """:func:`named_systems` with the kind of each family's slot (``slot kind``; NaN when
    the family has no slot of weapon types)."""
    kinds = slots.set_index("slot_id")["kind"]
    return systems.assign(**{"slot kind": systems["slot_id"].map(kinds)})


def identification_differences(systems: pd.DataFrame) -> list[str]:
    """The families of :func:`with_slot_kinds` whose slot is an identification difference,
    in table order."""
    chosen = systems[systems["slot kind"] == "identification_difference"]
    return list(chosen["family"].unique())


# The facts shown about the systems named.
FACT_COLUMNS = ["weapon_id", "name", "class", "origin", "facts", "fact_source"]


def named_system_facts(claims: pd.DataFrame, weapons: pd.DataFrame, event_id: str) -> pd.DataFrame:
    """The reference facts of ``weapons.csv`` about the specific (not generic) systems the
    claims of one event name, as value or as object."""
    mine = claims[claims["event_id"] == event_id]
    named = set(mine["value"]) | set(mine["object"])
    chosen = weapons[weapons["weapon_id"].isin(sorted(named)) & (weapons["generic"] == "no")]
    return chosen[FACT_COLUMNS]
