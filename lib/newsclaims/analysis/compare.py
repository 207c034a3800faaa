"""Line up comparable claims in slots, classify each slot, and estimate low / best / high.

A *slot* is the set of claims that answer the same question (:mod:`newsclaims.analysis.slots`).
The rules below are the book's method; the assessment chapter states them in prose, and
:func:`comparison` is the entry point the build and the chapters use.

Kinds, from the most to the least serious (a slot takes the first that applies and lists
the others in ``also``):

``categorical_contradiction``
    values of a one-valued category, actor, place or date attribute that cannot both hold
    (intact against disabled); values related by ``broader`` are compatible.
``identification_difference``
    the items of one count named as different specific systems of one weapon family.
``numeric_disagreement``
    numbers whose intervals (see :func:`newsclaims.analysis.intervals.claim_interval`) do
    not overlap.
``scope_difference``
    numbers or values given for different scopes (a total against one faction's share), or
    compatible values in different detail (a broader category, other systems of a family).
``naming_variant``
    different ids that belong to one origin group, or a generic name against a system.
``agreement``
    two or more sources and nothing of the above.
``single_source``
    one source only (never an agreement, however many claims it makes).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from newsclaims.analysis.credibility import grade_slots
from newsclaims.analysis.intervals import claim_interval
from newsclaims.analysis.kinds import NO_ESTIMATE, category_kinds, numeric_kinds, weapon_kinds
from newsclaims.analysis.slots import with_slots
from newsclaims.data.package import Ledger
from newsclaims.vocabulary import KINDS


def compare(
    claims: pd.DataFrame, attributes: pd.DataFrame, weapons: pd.DataFrame, actors: pd.DataFrame
) -> pd.DataFrame:
    """One row per slot: sources, kind, the other kinds that apply, low / best / high,
    ratio and spread of the figures, and the independent origins behind it."""
    # Sorted first, so that the output does not depend on the order of the input rows.
    claims = claims.sort_values("claim_id", ignore_index=True)
    frame = with_slots(claims, attributes, weapons, actors)
    specs = attributes.set_index("attribute")
    rows = []
    for slot_id, group in frame.groupby("slot_id", sort=True):
        spec = specs.loc[group["attribute"].iloc[0]]
        kinds: set[str] = set()
        estimate = dict(NO_ESTIMATE)
        n_sources = group["source_id"].nunique()
        if spec["value_type"] == "number":
            kinds, estimate = numeric_kinds(group)
            kinds |= weapon_kinds(group, weapons, "object", counted=True)
            if (
                n_sources > 1
                and group["scope"].nunique() > 1
                and estimate["best"] == estimate["best"]
            ):
                kinds.add("scope_difference")
        elif spec["value_type"] == "weapon":
            kinds = weapon_kinds(group, weapons, "value", counted=False)
        elif spec["cardinality"] == "one" and n_sources > 1:
            kinds = category_kinds(group, spec, actors)
        if n_sources == 1:
            kind = "single_source"
        else:
            kind = next((k for k in KINDS if k in kinds), "agreement")
        origins = sorted(set(group["origin"]))
        rows.append(
            {
                "slot_id": slot_id,
                "event_id": group["event_id"].iloc[0],
                "attribute": group["attribute"].iloc[0],
                "value_type": spec["value_type"],
                "sources": ";".join(sorted(set(group["source_id"]))),
                "n_sources": n_sources,
                "n_claims": len(group),
                "kind": kind,
                "also": ";".join(k for k in KINDS if k in kinds and k != kind),
                **estimate,
                "independent_origins": len(origins),
                "origin_groups": ";".join(origins),
                "claim_ids": ";".join(group["claim_id"]),
            }
        )
    return pd.DataFrame(rows)


def coded_value(claim: pd.Series) -> str:
    """A claim's value as the exported tables write it, in the package's own codes:
    ``value unit [object]``, or ``(qualifier) unit`` when no value is given. Readers see the
    wording of :func:`newsclaims.report.prose.value_phrase` instead."""
    value = claim["value"] if claim["value"] != "" else f"({claim['qualifier']})"
    detail = " ".join(
        part for part in (claim["unit"], f"[{claim['object']}]" if claim["object"] else "") if part
    )
    return f"{value} {detail}".strip()


# The slot's columns repeated on each of its per-source rows.
SLOT_COLUMNS = [
    "slot_id",
    "event_id",
    "attribute",
    "kind",
    "also",
    "low",
    "best",
    "high",
    "independent_origins",
    "credibility",
    "credibility_label",
]


def discrepancies(
    claims: pd.DataFrame,
    slots: pd.DataFrame,
    attributes: pd.DataFrame,
    weapons: pd.DataFrame,
    actors: pd.DataFrame,
) -> pd.DataFrame:
    """One row per slot and source: what that source says in the slot, next to the slot's
    kind, estimates and grade."""
    # Sorted first, so that the output does not depend on the order of the input rows.
    claims = claims.sort_values("claim_id", ignore_index=True)
    frame = with_slots(claims, attributes, weapons, actors)
    frame["shown"] = frame.apply(coded_value, axis=1)
    per_source = (
        frame.groupby(["slot_id", "source_id"], sort=True)
        .agg(
            value=("shown", lambda s: "; ".join(dict.fromkeys(s))),
            qualifier=("qualifier", lambda s: "; ".join(dict.fromkeys(q for q in s if q))),
            scope=("scope", lambda s: "; ".join(dict.fromkeys(q for q in s if q))),
            attributed_to=("attributed_to", lambda s: ";".join(dict.fromkeys(s))),
            origins=("origin", lambda s: ";".join(sorted(set(s)))),
            claim_ids=("claim_id", ";".join),
        )
        .reset_index()
    )
    table = per_source.merge(slots[SLOT_COLUMNS], on="slot_id", how="left", validate="many_to_one")
    order = [
        *SLOT_COLUMNS[:3],
        "source_id",
        "value",
        "qualifier",
        "scope",
        *SLOT_COLUMNS[3:],
        "attributed_to",
        "origins",
        "claim_ids",
    ]
    return table[order].sort_values(["slot_id", "source_id"], ignore_index=True)


def numeric_claims(claims: pd.DataFrame, attributes: pd.DataFrame) -> pd.DataFrame:
    """Every claim of a number-valued attribute with the interval its wording allows
    (``low``, ``point``, ``high``; NaN when it gives no number). ``claims`` carry their
    ``slot_id`` (:func:`newsclaims.analysis.slots.with_slots`)."""
    numeric = attributes.loc[attributes["value_type"] == "number", "attribute"]
    frame = claims[claims["attribute"].isin(numeric)].copy()
    intervals = [
        claim_interval(r.value, r.qualifier, r.scope) for r in frame.itertuples(index=False)
    ]
    frame["low"] = [i.low if i else math.nan for i in intervals]
    frame["point"] = [i.point if i else math.nan for i in intervals]
    frame["high"] = [i.high if i else math.nan for i in intervals]
    columns = [
        "slot_id",
        "source_id",
        "claim_id",
        "value",
        "unit",
        "object",
        "qualifier",
        "scope",
        "attributed_to",
        "low",
        "point",
        "high",
        "quote",
        "translation_en",
    ]
    return frame[columns].sort_values(["slot_id", "source_id", "claim_id"], ignore_index=True)


@dataclass(frozen=True)
class Comparison:
    """The comparison of a ledger: ``slots`` (one row per slot, graded), ``discrepancies``
    (one row per slot and source) and ``claims`` (the ledger's claims, in ledger order,
    with ``slot_id`` and ``origin`` attached)."""

    slots: pd.DataFrame
    discrepancies: pd.DataFrame
    claims: pd.DataFrame


def comparison(ledger: Ledger) -> Comparison:
    """Slots with their grades, the per-source rows behind them, and the claims with their
    slots: everything the book says about agreement starts here."""
    tables = (ledger.attributes, ledger.weapons, ledger.actors)
    slots = grade_slots(compare(ledger.claims, *tables))
    rows = discrepancies(ledger.claims, slots, *tables)
    return Comparison(slots, rows, with_slots(ledger.claims, *tables))
