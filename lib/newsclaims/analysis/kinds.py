"""The rules that give a slot its own kinds: what the claims of one slot (claims that share
the comparability key, :mod:`newsclaims.analysis.keys`) do to each other.

- numbers whose intervals have no figure in common disagree; intervals that share a figure
  but put forward different figures give the same answer in different detail;
- values of a one-valued attribute that cannot both hold contradict; values related by
  ``broader`` (closed under transitivity) or listed as ``compatible`` in
  ``attributes.csv``, or a value ``unknown``, differ only in detail; actor ids of one
  origin group are naming variants;
- in a list of weapon types (one slot per weapon family), a generic name against a system
  of its family is detail; different specific systems and none in common are different
  systems.

Each rule returns the kinds that apply; :func:`newsclaims.analysis.compare.compare` adds
the kinds that come from other slots (:mod:`newsclaims.analysis.relations`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

import pandas as pd

from newsclaims.analysis.intervals import Interval, claim_interval
from newsclaims.analysis.keys import Catalog, is_measure

# The category value compatible with every other value of its attribute.
UNKNOWN = "unknown"
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
    changed = True
    while changed:
        extra = {(a, d) for a, b in pairs for c, d in pairs if b == c} - pairs
        pairs |= extra
        changed = bool(extra)
    return pairs


def compatible_pairs(spec: str) -> set[frozenset[str]]:
    """The ``a~b`` pairs of an attribute's ``compatible`` cell (``|``-separated)."""
    return {
        frozenset(p.strip() for p in part.split("~", 1))
        for part in (spec or "").split("|")
        if "~" in part
    }


@dataclass(frozen=True)
class Relations:
    """What an attribute declares about its values: ``broader`` pairs (closed) and
    ``compatible`` pairs."""

    broader: frozenset[tuple[str, str]] = frozenset()
    overlapping: frozenset[frozenset[str]] = frozenset()

    @classmethod
    def of(cls, spec: pd.Series | dict) -> Relations:
        """The relations of one row of ``attributes.csv`` (parsed once per pair of cells)."""
        return _relations(spec.get("broader", "") or "", spec.get("compatible", "") or "")


@cache
def _relations(broader: str, overlapping: str) -> Relations:
    return Relations(frozenset(broader_pairs(broader)), frozenset(compatible_pairs(overlapping)))


def compatible(a: str, b: str, relations: Relations = Relations()) -> bool:
    """Whether two values of one attribute can both hold: equal, one broader than the
    other, declared compatible, or one of them ``unknown``."""
    return (
        a == b
        or (a, b) in relations.broader
        or (b, a) in relations.broader
        or frozenset((a, b)) in relations.overlapping
        or UNKNOWN in (a, b)
    )


def claim_intervals(group: pd.DataFrame) -> list[Interval | None]:
    """The interval each claim of a numeric slot allows, in the slot's unit (needs
    ``unit_factor`` and ``key_unit``, :func:`newsclaims.analysis.keys.claim_keys`); counts
    are kept to whole numbers."""
    columns = group[["value", "qualifier", "unit_factor", "key_unit"]]
    return [
        claim_interval(value, qualifier, factor, whole=not is_measure(unit))
        for value, qualifier, factor, unit in columns.itertuples(index=False, name=None)
    ]


def numeric_kinds(group: pd.DataFrame) -> tuple[set[str], dict[str, float], set[str]]:
    """Kinds of a slot of numbers, its estimate (``low``, ``best``, ``high``, and the
    ``ratio`` and ``spread`` of the figures put forward) and the origins whose intervals
    allow the best figure.

    low is the smallest lower bound; high the largest upper bound, and none when any claim
    is unbounded ("more than 15" sets no ceiling); best the smallest figure put forward
    that every claim allows, or, when none does, the smallest figure put forward (ACLED's
    most conservative figure)."""
    pairs = [
        (origin, i)
        for origin, i in zip(group["origin"], claim_intervals(group), strict=True)
        if i is not None
    ]
    if not pairs:
        return set(), dict(NO_ESTIMATE), set()
    points = sorted({i.point for _, i in pairs})
    consistent = [p for p in points if all(i.low <= p <= i.high for _, i in pairs)]
    best = consistent[0] if consistent else points[0]
    highs = [i.high for _, i in pairs]
    estimate = {
        "low": min(i.low for _, i in pairs),
        "best": best,
        "high": max(highs) if all(math.isfinite(h) for h in highs) else math.nan,
        "ratio": round(points[-1] / points[0], 3) if points[0] > 0 else math.nan,
        "spread": points[-1] - points[0],
    }
    kinds: set[str] = set()
    if len({o for o, _ in pairs}) > 1 or group["source_id"].nunique() > 1:
        overlap = max(i.low for _, i in pairs) <= min(i.high for _, i in pairs)
        if not overlap:
            kinds.add("numeric_disagreement")
        elif len(points) > 1:
            kinds.add("detail_difference")
    supporting = {o for o, i in pairs if i.low <= best <= i.high}
    return kinds, estimate, supporting


def category_kinds(
    group: pd.DataFrame | list[dict], spec: pd.Series | dict, weapons: pd.DataFrame | Catalog
) -> set[str]:
    """Across sources, pair by pair (:func:`values_agree`): values that exclude each other
    contradict; compatible but different values differ in detail, or, for actors of one
    origin group, are naming variants; claims about different things (a tank's condition
    against the ammunition's) are different things."""
    kinds = set()
    weapons = Catalog.of(weapons)
    rows = group.to_dict("records") if isinstance(group, pd.DataFrame) else group
    for i, a in enumerate(rows):
        for b in rows[i + 1 :]:
            if a["source_id"] == b["source_id"]:
                continue
            verdict = values_agree(a, b, spec, weapons)
            if verdict is False:
                kinds.add("categorical_contradiction")
            elif verdict is None:
                kinds.add("different_things")
            elif a["value"] != b["value"]:
                same_group = spec["value_type"] == "actor" and a["value_group"] == b["value_group"]
                kinds.add("naming_variant" if same_group else "detail_difference")
    return kinds


def objects_comparable(a: str, b: str, weapons: pd.DataFrame | Catalog) -> bool:
    """Whether two claims' objects can be about the same items: equal, either blank or a
    general noun ("weapons"), or two weapons of one family. A tank and the ammunition are
    not."""
    info = Catalog.of(weapons)
    if a == b or not a or not b or a not in info or b not in info:
        return True
    return info.family[a] == info.family[b]


def weapon_kinds(group: pd.DataFrame, weapons: pd.DataFrame | Catalog) -> set[str]:
    """Sources that name weapons of one family as handed over: a generic name against a
    system is the same answer in different detail; different specific systems with none in
    common are different systems (a list is not exhaustive, so never a contradiction)."""
    info = Catalog.of(weapons)
    named = group[group["value"].isin(list(info.family))]
    if named["source_id"].nunique() < 2:
        return set()
    specific = named[named["value"].map(info.generic) == "no"]
    per_source = list(specific.groupby("source_id")["value"].agg(set))
    kinds: set[str] = set()
    if len(per_source) >= 2 and all(
        not (a & b) for i, a in enumerate(per_source) for b in per_source[i + 1 :]
    ):
        kinds.add("different_things")
    if named["value"].nunique() > 1 and not kinds:
        kinds.add("detail_difference")
    return kinds


def values_agree(
    a: pd.Series | dict,
    b: pd.Series | dict,
    spec: pd.Series | dict,
    weapons: pd.DataFrame | Catalog,
) -> bool | None:
    """Whether two claims of one slot support each other (``True``), exclude each other
    (``False``) or neither (``None``: two systems of one family in a list of weapon types,
    or claims about things that are not comparable, :func:`objects_comparable`). Numbers
    compare by interval (they need ``interval``), categories by :func:`compatible`, actors
    by origin group (``value_group``) and then as categories, weapons by system or family;
    the values of a many-valued attribute's slot are one value, so they agree."""
    kind = spec["value_type"]
    if kind == "number":
        i, j = a["interval"], b["interval"]
        if i is None or j is None:
            return None
        return max(i.low, j.low) <= min(i.high, j.high)
    if kind == "weapon":
        if a["value"] == b["value"]:
            return True
        info = Catalog.of(weapons)
        generic = {info.generic.get(a["value"]), info.generic.get(b["value"])}
        return True if "yes" in generic else None
    if spec["cardinality"] == "many":
        return True
    if not objects_comparable(a["object"], b["object"], weapons):
        return None
    if kind == "actor" and a.get("value_group") == b.get("value_group"):
        return True
    return compatible(a["value"], b["value"], Relations.of(spec))
