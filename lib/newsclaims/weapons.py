"""The weapon systems the sources name, lined up by family."""

from __future__ import annotations

import pandas as pd


def named_systems(
    claims: pd.DataFrame, weapons: pd.DataFrame, source_ids: list[str], event_id: str
) -> pd.DataFrame:
    """For one event: per weapon family (rows) the systems each source names as handed
    over (columns), from weapon-type claims and from the objects of counts. Needs the
    ``slot_id`` column of :func:`newsclaims.compare.slot_keys`."""
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
