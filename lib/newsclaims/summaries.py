"""Summaries of the ledger used by the chapters: counts per source and attribute, shares
of origin groups, claims that stand on one source."""

from __future__ import annotations

import pandas as pd

from newsclaims.attribution import origin_of


def claims_by_attribute(claims: pd.DataFrame, source_ids: list[str]) -> pd.DataFrame:
    """Claims per attribute (rows, most frequent first) and source (columns, in
    ``sources.csv`` order)."""
    table = pd.crosstab(claims["attribute"], claims["source_id"]).reindex(
        columns=source_ids, fill_value=0
    )
    order = table.sum(axis=1).sort_values(ascending=False, kind="stable").index
    return table.loc[order]


def origin_shares(
    claims: pd.DataFrame, actors: pd.DataFrame, source_ids: list[str]
) -> pd.DataFrame:
    """Share of each source's claims per origin group (rows: origin groups; columns: sources).
    A claim made on the outlet's own word counts under the group ``own reporting``."""
    origin = origin_of(claims, actors).where(
        claims["attributed_to"] != claims["source_id"], "own reporting"
    )
    table = pd.crosstab(origin, claims["source_id"], normalize="columns").reindex(
        columns=source_ids, fill_value=0
    )
    order = table.sum(axis=1).sort_values(ascending=False, kind="stable").index
    return table.loc[order]


def single_source_table(slots: pd.DataFrame) -> pd.DataFrame:
    """Slots that rest on one source, with the source and the number of claims."""
    chosen = slots[slots["kind"] == "single_source"]
    return (
        chosen[["slot_id", "sources", "n_claims", "origin_groups", "credibility_label"]]
        .rename(columns={"sources": "source_id"})
        .reset_index(drop=True)
    )


def causes_by_origin(claims: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Causes given for withdrawing or surrendering (``withdrawal_cause`` claims), with the
    source, the inner source and its origin group."""
    chosen = claims[claims["attribute"] == "withdrawal_cause"]
    table = chosen.assign(origin=origin_of(chosen, actors))[
        [
            "value",
            "source_id",
            "attributed_to",
            "origin",
            "event_id",
            "claim_id",
            "quote",
            "translation_en",
        ]
    ].rename(columns={"value": "cause"})
    return table.sort_values(["cause", "source_id", "claim_id"], ignore_index=True)


def focus_event(claims: pd.DataFrame) -> str:
    """The event with the most claims about weapons handed over (ties: the first by id), or,
    when there are none, the event with the most claims: the default subject of the
    chapter on weapons."""
    handed = claims[claims["attribute"].str.endswith("handed_over")]
    chosen = handed if not handed.empty else claims
    if chosen.empty:
        return ""
    counts = chosen.groupby("event_id").size()
    return str(counts[counts == counts.max()].index.sort_values()[0])
