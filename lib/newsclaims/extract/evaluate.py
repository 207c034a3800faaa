"""How the extractor's proposals compare with the ledger's number claims: precision,
recall, the misses and the false alarms, with the reason for each miss; and counts of the
expressions found, by kind and by section of the page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from newsclaims.data.corpus import Document
from newsclaims.extract.rules import KINDS, PROPOSAL_KINDS, extract
from newsclaims.vocabulary import WITHOUT_NUMBER


@dataclass(frozen=True)
class Evaluation:
    """How the candidates compare with the ledger's number claims."""

    per_source: pd.DataFrame  # one row per source, then a row "all sources"
    matches: pd.DataFrame  # one row per (candidate, claim) pair that matches
    misses: pd.DataFrame  # number claims without a matching candidate
    false_alarms: pd.DataFrame  # count or vague candidates without a matching claim


def number_claims(claims: pd.DataFrame, attributes: pd.DataFrame) -> pd.DataFrame:
    """The claims whose attribute holds a number (``value_type == "number"``)."""
    numeric = set(attributes.loc[attributes["value_type"] == "number", "attribute"])
    return claims[claims["attribute"].isin(numeric)].reset_index(drop=True)


def _values_match(candidate_value: float, claim_value: object) -> bool:
    number = pd.to_numeric(pd.Series([claim_value]), errors="coerce").iloc[0]
    if pd.isna(number) or pd.isna(candidate_value):
        return False
    return math.isclose(float(number), float(candidate_value))


def evaluate(
    candidates: pd.DataFrame,
    claims: pd.DataFrame,
    attributes: pd.DataFrame,
    source_ids: list[str] | None = None,
) -> Evaluation:
    """Match count and vague candidates to the ledger's number claims.

    A candidate matches a claim of the same source when its span overlaps the claim's
    quote span and either the claim's number equals the candidate's value (or, for a
    range, its high figure), or the claim's qualifier is vague (``dozens``,
    ``several``...) and the candidate is a vague quantity.
    Precision: the share of candidates that match a claim; recall: the share of number
    claims that some candidate matches. ``source_ids`` fixes the rows and their order
    (default: the sources met in the claims, then in the candidates)."""
    claims = number_claims(claims, attributes)
    proposals = candidates[candidates["kind"].isin(PROPOSAL_KINDS)].reset_index(drop=True)
    proposals = proposals.assign(candidate_index=range(len(proposals)))
    pairs = proposals.merge(
        claims[["claim_id", "source_id", "start", "end", "value", "qualifier"]].rename(
            columns={
                "start": "claim_start",
                "end": "claim_end",
                "value": "claim_value",
                "qualifier": "claim_qualifier",
            }
        ),
        on="source_id",
    )
    if not pairs.empty:
        overlap = (pairs["start"] < pairs["claim_end"]) & (pairs["claim_start"] < pairs["end"])
        same_value = pd.Series(
            [
                _values_match(v, c) or _values_match(h, c)
                for v, h, c in zip(pairs["value"], pairs["high"], pairs["claim_value"], strict=True)
            ],
            index=pairs.index,
            dtype=bool,
        )
        vague = pairs["claim_qualifier"].isin(WITHOUT_NUMBER) & (pairs["kind"] == "vague")
        pairs = pairs[overlap & (same_value | vague)]
    matches = pairs.assign(qualifier_agrees=pairs["qualifier"] == pairs["claim_qualifier"])[
        [
            "source_id",
            "claim_id",
            "text",
            "kind",
            "value",
            "qualifier",
            "claim_value",
            "claim_qualifier",
            "qualifier_agrees",
            "noun",
            "start",
            "end",
            "candidate_index",
        ]
    ].reset_index(drop=True)
    matched_claims = set(matches["claim_id"])
    matched_candidates = set(matches["candidate_index"])
    misses = claims[~claims["claim_id"].isin(matched_claims)][
        [
            "claim_id",
            "source_id",
            "quote",
            "translation_en",
            "attribute",
            "value",
            "unit",
            "qualifier",
            "start",
            "end",
        ]
    ].reset_index(drop=True)
    false_alarms = proposals[~proposals["candidate_index"].isin(matched_candidates)][
        ["source_id", "start", "end", "text", "kind", "value", "qualifier", "noun", "sentence"]
    ].reset_index(drop=True)
    if source_ids is None:
        source_ids = list(dict.fromkeys([*claims["source_id"], *candidates["source_id"]]))
    rows = []
    for source_id in [*source_ids, None]:

        def mine(frame: pd.DataFrame, sid: str | None = source_id) -> pd.DataFrame:
            return frame if sid is None else frame[frame["source_id"] == sid]

        n_candidates = len(mine(proposals))
        n_claims = len(mine(claims))
        hit_candidates = mine(matches)["candidate_index"].nunique()
        hit_claims = mine(matches)["claim_id"].nunique()
        rows.append(
            {
                "source_id": source_id or "all sources",
                "number_claims": n_claims,
                "candidates": n_candidates,
                "set_aside": int((~mine(candidates)["kind"].isin(PROPOSAL_KINDS)).sum()),
                "matched_candidates": hit_candidates,
                "matched_claims": hit_claims,
                "false_alarms": n_candidates - hit_candidates,
                "misses": n_claims - hit_claims,
                "precision": round(hit_candidates / n_candidates, 3) if n_candidates else math.nan,
                "recall": round(hit_claims / n_claims, 3) if n_claims else math.nan,
            }
        )
    return Evaluation(
        pd.DataFrame(rows), matches.drop(columns="candidate_index"), misses, false_alarms
    )


def kind_counts(candidates: pd.DataFrame, source_ids: list[str]) -> pd.DataFrame:
    """Candidates per source (rows, in ``source_ids`` order) and kind (columns, all of
    :data:`KINDS`, zeros kept), with a total column."""
    table = (
        pd.crosstab(candidates["source_id"], candidates["kind"])
        .reindex(index=source_ids, columns=list(KINDS), fill_value=0)
        .fillna(0)
        .astype(int)
    )
    table["total"] = table.sum(axis=1)
    return table.rename_axis(index="source_id", columns=None).reset_index()


def section_counts(documents: dict[str, Document]) -> pd.DataFrame:
    """Number expressions per source in each kind of section: what reading the body only
    keeps, and what it leaves out in the chrome and the reader comments. Columns:
    ``source_id``, ``section``, ``expressions`` (all kinds), ``proposals`` (count and vague)."""
    rows = []
    for source_id, doc in documents.items():
        for section in ("body", "chrome", "comments"):
            found = extract(doc, sections=(section,))
            rows.append(
                {
                    "source_id": source_id,
                    "section": section,
                    "expressions": len(found),
                    "proposals": int(found["kind"].isin(PROPOSAL_KINDS).sum()),
                }
            )
    return pd.DataFrame(rows, columns=["source_id", "section", "expressions", "proposals"])


def explain_misses(candidates: pd.DataFrame, misses: pd.DataFrame) -> pd.DataFrame:
    """The misses with a ``reason``: what, if anything, the extractor found in the quote."""
    reasons = []
    for miss in misses.itertuples(index=False):
        mine = candidates[
            (candidates["source_id"] == miss.source_id)
            & (candidates["start"] < miss.end)
            & (miss.start < candidates["end"])
        ]
        proposals = mine[mine["kind"].isin(PROPOSAL_KINDS)]
        if mine.empty:
            reason = "no number expression in the quote"
        elif proposals.empty:
            shown = ", ".join(f"{t} ({k})" for t, k in zip(mine["text"], mine["kind"], strict=True))
            reason = f"only set-aside expressions in the quote: {shown}"
        elif miss.qualifier in WITHOUT_NUMBER and not (proposals["kind"] == "vague").any():
            reason = (
                f"the claim gives no number ({miss.qualifier}); the quote's"
                f" {', '.join(proposals['text'])} is a count of something else"
            )
        else:
            reason = (
                f"the quote's {', '.join(proposals['text'])} has another value than the"
                f" claim's {miss.value or miss.qualifier}"
            )
        reasons.append(reason)
    return misses.assign(reason=reasons)
