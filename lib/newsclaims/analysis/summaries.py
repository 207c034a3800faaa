"""Summaries of the ledger used by the chapters: counts per source and attribute, shares
of origin groups, claims that stand on one source."""

from __future__ import annotations

import pandas as pd

from newsclaims.analysis.attribution import origin_of


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


# The columns of the sources overview (chapter 1) and of the whole ledger (chapter 2).
SOURCE_OVERVIEW_COLUMNS = [
    "source_id",
    "outlet",
    "title",
    "language",
    "kind",
    "author",
    "translator",
    "published",
    "published_basis",
    "published_evidence",
    "published_earliest",
]
LEDGER_COLUMNS = [
    "claim_id",
    "source_id",
    "attribute",
    "value",
    "unit",
    "object",
    "qualifier",
    "scope",
    "attributed_to",
    "quote",
    "translation_en",
    "start",
    "end",
]
# The columns of the table of slots reported by more than one source (chapter 8).
MULTI_SOURCE_COLUMNS = [
    "slot_id",
    "sources",
    "kind",
    "also",
    "low",
    "best",
    "high",
    "independent_origins",
    "origin_groups",
    "reliability",
    "outlier_reason",
    "credibility",
    "credibility_label",
]


def source_overview(sources: pd.DataFrame) -> pd.DataFrame:
    """The documents with who published them, when, and how the date was established."""
    return sources[SOURCE_OVERVIEW_COLUMNS]


def ledger_table(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims ledger with the columns a reader needs (quote, offsets, translation)."""
    return claims[LEDGER_COLUMNS]


def claims_per_source(claims: pd.DataFrame, source_ids: list[str]) -> pd.Series:
    """Number of claims of each source, in ``source_ids`` order (0 for a source without)."""
    return claims.groupby("source_id").size().reindex(source_ids, fill_value=0)


def single_source_counts(single: pd.DataFrame, source_ids: list[str]) -> pd.DataFrame:
    """Single-source slots per source (``single``: :func:`single_source_table`): columns
    ``source_id`` and ``single_source_slots``, in ``source_ids`` order."""
    counts = single.groupby("source_id").size().reindex(source_ids, fill_value=0)
    return counts.rename("single_source_slots").reset_index()


def own_reporting(shares: pd.DataFrame) -> pd.Series:
    """Each source's share of claims made on its own word, from :func:`origin_shares`
    (zeros when no source makes any)."""
    if "own reporting" in shares.index:
        return shares.loc["own reporting"]
    return shares.iloc[0] * 0


def about(frame: pd.DataFrame, attributes: list[str]) -> pd.DataFrame:
    """The rows of ``frame`` (slots, or rows per slot and source) about the given attributes."""
    return frame[frame["attribute"].isin(attributes)]


def contradictions(slots: pd.DataFrame, attributes: list[str]) -> pd.DataFrame:
    """The slots about the given attributes whose claims exclude each other."""
    chosen = about(slots, attributes)
    return chosen[chosen["kind"] == "categorical_contradiction"]


def multi_source_slots(slots: pd.DataFrame) -> pd.DataFrame:
    """Every slot reported by more than one source, with kind, estimates and grade."""
    return slots.loc[slots["n_sources"] > 1, MULTI_SOURCE_COLUMNS]


def with_kind(slots: pd.DataFrame, kind: str) -> pd.DataFrame:
    """The slots that have ``kind``, as their main kind or among the others (``also``)."""
    also = slots["also"].str.split(";")
    return slots[(slots["kind"] == kind) | also.map(lambda found: kind in found)]


def related_events_table(
    slots: pd.DataFrame, claims: pd.DataFrame, attributes: list[str]
) -> pd.DataFrame:
    """One row per slot of the given attributes that is compared with the same question in
    a related event (a sibling, or an event of the same kind): ``attribute``, ``event_id``,
    ``sources``, the ``values`` its claims give and the ``slot_id``, sorted by attribute and
    event, so that each attribute's rows set the events side by side."""
    chosen = with_kind(about(slots, attributes), "related_events")
    values = claims.groupby("slot_id")["value"].agg(lambda s: "; ".join(dict.fromkeys(s)))
    table = chosen.assign(values=chosen["slot_id"].map(values))
    columns = ["attribute", "event_id", "sources", "values", "slot_id"]
    return table[columns].sort_values(["attribute", "event_id", "slot_id"], ignore_index=True)
