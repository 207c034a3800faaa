"""The rules that give a slot its kinds: numbers whose intervals do not overlap, categories
that exclude each other, weapons of one family named as different systems.

Each rule sees the claims of one slot only (a group of :func:`newsclaims.analysis.slots.with_slots`)
and returns the kinds that apply; :func:`newsclaims.analysis.compare.compare` keeps the most
serious as the slot's kind (:data:`newsclaims.vocabulary.KINDS`).
"""

from __future__ import annotations

import math

import pandas as pd

from newsclaims.analysis.intervals import claim_interval

# The estimate of a slot that gives no usable number.
NO_ESTIMATE = {
    "low": math.nan,
    "best": math.nan,
    "high": math.nan,
    "ratio": math.nan,
    "spread": math.nan,
}


def broader_pairs(spec: str) -> set[tuple[str, str]]:
    """The ``narrow > broad`` pairs of an attribute's ``broader`` cell (``|``-separated),
    closed under transitivity."""
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
    """Whether two values can both hold: equal, or one broader than the other."""
    return a == b or (a, b) in broader or (b, a) in broader


def numeric_kinds(group: pd.DataFrame) -> tuple[set[str], dict[str, float]]:
    """Kinds of a slot of numbers and its estimate: ``low``, ``best``, ``high``, and the
    ``ratio`` and ``spread`` of the figures put forward (see the assessment chapter)."""
    intervals = [
        (row.source_id, claim_interval(row.value, row.qualifier, row.scope))
        for row in group.itertuples(index=False)
    ]
    numbered = [(s, i) for s, i in intervals if i is not None]
    kinds: set[str] = set()
    if not numbered:
        return kinds, dict(NO_ESTIMATE)
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


def category_kinds(group: pd.DataFrame, spec: pd.Series, actors: pd.DataFrame) -> set[str]:
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
    broader = broader_pairs(spec["broader"])
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


def weapon_kinds(
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
