"""Proposals scored against a gold standard, kind by kind.

A gold file (``gold.csv``, as the second case study holds one) has one row per expected
proposal: ``source_id, start, end, text, kind, value, unit_or_noun, qualifier, notes``,
with ``kind`` one of :data:`GOLD_KINDS`. A proposal matches a gold row when both come from
the same source, have the same kind, their spans overlap, and they agree on the value:

- ``count`` and ``duration``: the same number (a duration also the same unit);
- ``range``: ``value`` written ``N-M`` equals the proposal's low and high figures;
- ``date``: the same ISO date; ``actor``, ``place``, ``weapon``: the same entity id;
- ``vague`` and ``not_a_count``: the overlap alone.

Each gold row and each proposal is matched at most once (in text order). Precision is the
share of a kind's proposals that match a gold row, recall the share of its gold rows that
some proposal matches.
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

GOLD_KINDS = (
    "count",
    "vague",
    "range",
    "date",
    "duration",
    "not_a_count",
    "actor",
    "place",
    "weapon",
)
GOLD_COLUMNS = ["source_id", "start", "end", "text", "kind", "value", "unit_or_noun", "qualifier"]


def read_gold(path: str | Path) -> pd.DataFrame:
    """A gold file as a data frame (offsets as integers, everything else as text);
    ``ValueError`` naming the file and the first bad row for a missing column or an
    unknown kind."""
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in GOLD_COLUMNS if c not in gold.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    unknown = gold[~gold["kind"].isin(GOLD_KINDS)]
    if not unknown.empty:
        line = int(unknown.index[0]) + 2
        raise ValueError(
            f"{path}, line {line}: kind {unknown['kind'].iloc[0]!r};"
            f" expected one of {', '.join(GOLD_KINDS)}"
        )
    gold["start"] = gold["start"].astype(int)
    gold["end"] = gold["end"].astype(int)
    return gold


def _agrees(gold: pd.Series, proposal: pd.Series) -> bool:
    kind = gold["kind"]
    if kind in ("count", "duration"):
        same = proposal["value"] is not None and math.isclose(
            float(proposal["value"]), float(gold["value"])
        )
        return same and (kind == "count" or proposal["unit"] == gold["unit_or_noun"])
    if kind == "range":
        return f"{proposal['value']:g}-{proposal['high']:g}" == gold["value"]
    if kind in ("date", "actor", "place", "weapon"):
        return proposal["resolved"] == gold["value"]
    return True


def match_gold(candidates: pd.DataFrame, gold: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Which gold rows are found and which candidates are right: two boolean series, on
    ``gold``'s index and ``candidates``' index."""
    found = pd.Series(False, index=gold.index)
    right = pd.Series(False, index=candidates.index)
    by_key = {key: group for key, group in candidates.groupby(["source_id", "kind"])}
    for index, row in gold.sort_values(["source_id", "start"]).iterrows():
        pool = by_key.get((row["source_id"], row["kind"]))
        if pool is None:
            continue
        near = pool[(pool["start"] < row["end"]) & (row["start"] < pool["end"])]
        for cand_index, proposal in near.iterrows():
            if not right[cand_index] and _agrees(row, proposal):
                found[index] = right[cand_index] = True
                break
    return found, right


def score(candidates: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Per kind (rows in :data:`GOLD_KINDS` order, then ``all``): ``gold`` rows,
    ``proposed``, ``found`` (gold rows matched), ``right`` (proposals matched),
    ``precision`` and ``recall`` (NaN where there is nothing to divide)."""
    candidates = candidates[candidates["kind"].isin(GOLD_KINDS)].reset_index(drop=True)
    found, right = match_gold(candidates, gold)
    rows = []
    for kind in (*GOLD_KINDS, "all"):
        g = gold["kind"] == kind if kind != "all" else pd.Series(True, index=gold.index)
        c = candidates["kind"] == kind if kind != "all" else pd.Series(True, index=candidates.index)
        n_gold, n_proposed = int(g.sum()), int(c.sum())
        n_found, n_right = int(found[g].sum()), int(right[c].sum())
        rows.append(
            {
                "kind": kind,
                "gold": n_gold,
                "proposed": n_proposed,
                "found": n_found,
                "right": n_right,
                "precision": round(n_right / n_proposed, 3) if n_proposed else math.nan,
                "recall": round(n_found / n_gold, 3) if n_gold else math.nan,
            }
        )
    return pd.DataFrame(rows)
