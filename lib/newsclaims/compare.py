"""Line up comparable claims in slots, classify each slot, and estimate low / best / high.

A *slot* is the set of claims that answer the same question: the same event and attribute
and, for attributes where a source may give several values (``cardinality == "many"``,
a list of weapon types, say), the same value or weapon family. The rules below are the
book's method; the assessment chapter states them in prose.

Kinds, from the most to the least serious (a slot takes the first that applies and lists
the others in ``also``):

``categorical_contradiction``
    values of a one-valued category, actor, place or date attribute that cannot both hold
    (intact against disabled); values related by ``broader`` are compatible.
``identification_difference``
    the items of one count named as different specific systems of one weapon family.
``numeric_disagreement``
    numbers whose intervals (see :func:`claim_interval`) do not overlap.
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

from newsclaims.attribution import origin_of

KINDS = (
    "categorical_contradiction",
    "identification_difference",
    "numeric_disagreement",
    "scope_difference",
    "naming_variant",
    "agreement",
    "single_source",
)

# Fixed codings of vague quantities: ACLED's conservative codings for the best figure
# ("tens" 10, "dozens" 12, "hundreds" 100), and the last number before the next order of
# magnitude for the high figure.
VAGUE_CODINGS = {
    "dozens": (12, 12, 99),
    "hundreds": (100, 100, 999),
    "thousands": (1000, 1000, 9999),
    "tens_of_thousands": (10000, 10000, 99999),
    "hundreds_of_thousands": (100000, 100000, 999999),
}


@dataclass(frozen=True)
class Interval:
    """What a claimed number allows: ``low`` to ``high`` (``inf`` when unbounded), with the
    figure the claim itself puts forward (``point``)."""

    low: float
    point: float
    high: float


def claim_interval(value: object, qualifier: str, scope: str = "") -> Interval | None:
    """The interval a numeric claim allows, or ``None`` when it gives no number at all.

    - exact, only, or no qualifier: the number itself;
    - about: 10 % either side;
    - more_than N: N+1 and up; at_least N: N and up; up_to N: 0 to N; fewer_than N: 0 to N-1;
    - most / some with a number: the number as an upper bound is not implied, so N and up;
    - a vague word without a number: the fixed codings of ``VAGUE_CODINGS``;
    - a faction's share (``scope`` ``share:...``) is a lower bound for the whole.
    """
    if (
        value is None
        or (isinstance(value, float) and math.isnan(value))
        or str(value).strip() == ""
    ):
        if qualifier in VAGUE_CODINGS:
            low, point, high = VAGUE_CODINGS[qualifier]
            return Interval(low, point, high)
        return None
    number = float(value)
    if qualifier == "about":
        interval = Interval(round(number * 0.9, 6), number, round(number * 1.1, 6))
    elif qualifier == "more_than":
        interval = Interval(number + 1, number + 1, math.inf)
    elif qualifier in ("at_least", "most", "some"):
        interval = Interval(number, number, math.inf)
    elif qualifier == "up_to":
        interval = Interval(0, number, number)
    elif qualifier == "fewer_than":
        interval = Interval(0, number - 1, number - 1)
    else:
        interval = Interval(number, number, number)
    if scope.startswith("share:"):
        interval = Interval(interval.low, interval.point, math.inf)
    return interval


def _broader_pairs(spec: str) -> set[tuple[str, str]]:
    pairs = set()
    for part in (spec or "").split("|"):
        if ">" in part:
            narrow, broad = (p.strip() for p in part.split(">", 1))
            pairs.add((narrow, broad))
    # A narrower value's narrower values are narrower too.
    changed = True
    while changed:
        extra = {(a, d) for a, b in pairs for c, d in pairs if b == c} - pairs
        pairs |= extra
        changed = bool(extra)
    return pairs


def compatible(a: str, b: str, broader: set[tuple[str, str]]) -> bool:
    return a == b or (a, b) in broader or (b, a) in broader


def slot_keys(claims: pd.DataFrame, attributes: pd.DataFrame, weapons: pd.DataFrame) -> pd.Series:
    """The slot each claim belongs to: ``event:attribute`` for one-valued attributes;
    ``event:attribute:key`` for many-valued ones, where the key is the weapon family for
    weapon values and the value itself otherwise."""
    cardinality = claims["attribute"].map(attributes.set_index("attribute")["cardinality"])
    value_type = claims["attribute"].map(attributes.set_index("attribute")["value_type"])
    family = claims["value"].map(weapons.set_index("weapon_id")["family"])
    key = claims["value"].where(value_type != "weapon", family)
    base = claims["event_id"] + ":" + claims["attribute"]
    return base.where(cardinality == "one", base + ":" + key.fillna(claims["value"])).rename(
        "slot_id"
    )


def _numeric_kinds(group: pd.DataFrame) -> tuple[set[str], dict[str, float]]:
    intervals = [
        (row.source_id, claim_interval(row.value, row.qualifier, row.scope))
        for row in group.itertuples(index=False)
    ]
    numbered = [(s, i) for s, i in intervals if i is not None]
    kinds: set[str] = set()
    if not numbered:
        return kinds, {
            "low": math.nan,
            "best": math.nan,
            "high": math.nan,
            "ratio": math.nan,
            "spread": math.nan,
        }
    points = sorted({i.point for _, i in numbered})
    consistent = [p for p in points if all(i.low <= p <= i.high for _, i in numbered)]
    best = consistent[0] if consistent else points[0]
    low = min(i.low for _, i in numbered)
    high = max(i.high if math.isfinite(i.high) else i.low for _, i in numbered)
    if len({s for s, _ in numbered}) > 1:
        overlap = max(i.low for _, i in numbered) <= min(i.high for _, i in numbered)
        if not overlap:
            kinds.add("numeric_disagreement")
        if len(set(points)) > 1 and overlap:
            kinds.add(
                "scope_difference" if group["scope"].nunique() > 1 else "numeric_disagreement"
            )
    estimate = {
        "low": low,
        "best": best,
        "high": high,
        "ratio": round(points[-1] / points[0], 3) if points[0] > 0 else math.nan,
        "spread": points[-1] - points[0],
    }
    return kinds, estimate


def _category_kinds(group: pd.DataFrame, spec: pd.Series, actors: pd.DataFrame) -> set[str]:
    """Across sources: incompatible values contradict; compatible but different values
    (one broader than the other) differ in scope; actor ids of one origin group are
    naming variants."""
    values = sorted(set(group["value"]) - {""})
    if len(values) < 2:
        return set()
    if spec["value_type"] == "actor":
        groups = actors.set_index("actor_id")["origin_group"]
        if len({groups.get(v, v) for v in values}) == 1:
            return {"naming_variant"}
    broader = _broader_pairs(spec["broader"])
    by_source = group.groupby("source_id")["value"].agg(lambda s: set(s) - {""})
    pairs = [
        (a, b)
        for i, first in enumerate(by_source)
        for second in list(by_source)[i + 1 :]
        for a in first
        for b in second
    ]
    kinds = set()
    if any(not compatible(a, b, broader) for a, b in pairs):
        kinds.add("categorical_contradiction")
    if any(a != b and compatible(a, b, broader) for a, b in pairs):
        kinds.add("scope_difference")
    return kinds


def _weapon_kinds(
    group: pd.DataFrame, weapons: pd.DataFrame, column: str, counted: bool
) -> set[str]:
    """Sources naming different specific systems of one family: in a count (``counted``),
    the same items identified differently; in a list of weapon types, the same family
    named in different detail (a scope difference). A generic name alongside a system is
    a naming variant."""
    info = weapons.set_index("weapon_id")
    named = group[group[column].isin(info.index)]
    if named["source_id"].nunique() < 2:
        return set()
    specific = named[named[column].map(info["generic"]) == "no"]
    per_source = specific.groupby("source_id")[column].agg(set)
    kinds: set[str] = set()
    if len(per_source) >= 2:
        sets = list(per_source)
        if all(not (a & b) for i, a in enumerate(sets) for b in sets[i + 1 :]):
            kinds.add("identification_difference" if counted else "scope_difference")
    if named[column].nunique() > 1 and not kinds:
        kinds.add("naming_variant")
    return kinds


def compare(
    claims: pd.DataFrame, attributes: pd.DataFrame, weapons: pd.DataFrame, actors: pd.DataFrame
) -> pd.DataFrame:
    """One row per slot: sources, kind, the other kinds that apply, low / best / high,
    ratio and spread of the figures, and the independent origins behind it."""
    # Sorted first, so that the output does not depend on the order of the input rows.
    claims = claims.sort_values("claim_id", ignore_index=True)
    frame = claims.assign(
        slot_id=slot_keys(claims, attributes, weapons), origin=origin_of(claims, actors)
    )
    specs = attributes.set_index("attribute")
    rows = []
    for slot_id, group in frame.groupby("slot_id", sort=True):
        spec = specs.loc[group["attribute"].iloc[0]]
        kinds: set[str] = set()
        estimate = {
            "low": math.nan,
            "best": math.nan,
            "high": math.nan,
            "ratio": math.nan,
            "spread": math.nan,
        }
        n_sources = group["source_id"].nunique()
        if spec["value_type"] == "number":
            kinds, estimate = _numeric_kinds(group)
            kinds |= _weapon_kinds(group, weapons, "object", counted=True)
            if (
                n_sources > 1
                and group["scope"].nunique() > 1
                and estimate["best"] == estimate["best"]
            ):
                kinds.add("scope_difference")
        elif spec["value_type"] == "weapon":
            kinds = _weapon_kinds(group, weapons, "value", counted=False)
        elif spec["cardinality"] == "one" and n_sources > 1:
            kinds = _category_kinds(group, spec, actors)
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


def _shown_value(row: pd.Series) -> str:
    value = row["value"] if row["value"] != "" else f"({row['qualifier']})"
    detail = " ".join(
        part for part in (row["unit"], f"[{row['object']}]" if row["object"] else "") if part
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
    frame = claims.assign(
        slot_id=slot_keys(claims, attributes, weapons), origin=origin_of(claims, actors)
    )
    frame["shown"] = frame.apply(_shown_value, axis=1)
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


def numeric_claims(
    claims: pd.DataFrame, attributes: pd.DataFrame, weapons: pd.DataFrame
) -> pd.DataFrame:
    """Every claim of a number-valued attribute with its slot and the interval its wording
    allows (``low``, ``point``, ``high``; NaN when it gives no number)."""
    numeric = attributes.loc[attributes["value_type"] == "number", "attribute"]
    chosen = claims[claims["attribute"].isin(numeric)]
    frame = chosen.assign(slot_id=slot_keys(chosen, attributes, weapons))
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
