"""How slots relate to other slots: the reasons two claims are *not* compared as one
quantity, and the comparisons across events.

Every rule returns rows ``slot_id, other_slot_id, kind, reason, rule`` (each pair in both
directions, so that a slot's rows list everything it is set beside; ``rule`` names the
rule: ``question``, ``events``, ``explanations``, ``arithmetic``):

- :func:`within_questions`: two slots of one question differ in a part of the key
  (:func:`newsclaims.analysis.keys.key_reasons`): different systems or things counted,
  different units, different moments, part and whole (scope), a plan or forecast against
  an outcome, other modalities;
- :func:`across_events`: the same attribute (and value key) in an event and in one of its
  ancestors is *part and whole*; in a related event (a sibling, or an event of the same
  ``event_kind``) it is a *related events* comparison;
- :func:`competing_explanations`: different origins give different causes for one outcome
  (:data:`newsclaims.vocabulary.EXPLANATION_ATTRIBUTES`), or opposing sides give one
  framing (:data:`newsclaims.vocabulary.FRAMING_ATTRIBUTES`) as fact and as a charge;
- :func:`arithmetic`: parts (shares, parts, systems of a family, part events) whose lower
  bounds add up to more than the upper bound of a stated total.

``slots`` is one row per slot as :func:`newsclaims.analysis.compare.slot_frame` builds it.
"""

from __future__ import annotations

import math
from itertools import combinations

import pandas as pd

from newsclaims.analysis.events import Hierarchy
from newsclaims.analysis.keys import KEY_PARTS, Catalog, key_reasons
from newsclaims.analysis.kinds import Relations, compatible
from newsclaims.vocabulary import DEFAULT_MODALITY, EXPLANATION_ATTRIBUTES, FRAMING_ATTRIBUTES

COLUMNS = ["slot_id", "other_slot_id", "kind", "reason", "rule"]


def _groups(slots: pd.DataFrame, column: str) -> list[list[dict]]:
    """The slots as mappings, grouped by ``column`` (groups in sorted order)."""
    found: dict[str, list[dict]] = {}
    for record in slots.to_dict("records"):
        found.setdefault(record[column], []).append(record)
    return [found[k] for k in sorted(found)]


def _key(slot: pd.Series | dict) -> dict[str, str]:
    return {part: slot[f"key_{part}"] for part in KEY_PARTS}


def _both_ways(rows: list[tuple[str, str, str, str]], rule: str) -> pd.DataFrame:
    mirrored = rows + [(b, a, kind, reason) for a, b, kind, reason in rows]
    return pd.DataFrame([(*row, rule) for row in mirrored], columns=COLUMNS)


def within_questions(
    slots: pd.DataFrame,
    weapons: pd.DataFrame | Catalog,
    declared: dict[str, Relations] | None = None,
) -> pd.DataFrame:
    """One row per kind of difference between two slots of one question. A plan or a
    forecast against an outcome says whether the outcome matches it: a value in common,
    or values compatible under the attribute's ``broader`` and ``compatible`` relations
    (``declared``, by attribute)."""
    declared = declared or {}
    rows = []
    for group in _groups(slots, "question_id"):
        for a, b in combinations(group, 2):
            for kind, words in key_reasons(_key(a), _key(b), weapons):
                if kind == "plan_against_outcome" and a["value_type"] != "number":
                    known = declared.get(a["attribute"], Relations())
                    same = any(compatible(x, y, known) for x in a["values"] for y in b["values"])
                    words += " (the outcome matches)" if same else " (the outcome differs)"
                rows.append((a["slot_id"], b["slot_id"], kind, words))
    return _both_ways(rows, "question")


def across_events(
    slots: pd.DataFrame, hierarchy: Hierarchy, weapons: pd.DataFrame | Catalog
) -> pd.DataFrame:
    """Slots of one attribute (and value key) in events of one family: part and whole
    where one event lies below the other, related events where the events are siblings or
    of one kind. The reason names the relation and any part of the key that also differs."""
    index: dict[tuple[str, str], list[dict]] = {}
    for slot in slots.to_dict("records"):
        index.setdefault((slot["event_id"], slot["topic"]), []).append(slot)
    rows = []
    for (event, topic), mine in sorted(index.items()):
        above = [("part_and_whole", e) for e in hierarchy.ancestors(event)]
        beside = [("related_events", e) for e in hierarchy.related(event) if e > event]
        for kind, other_event in above + beside:
            words = (
                "part and whole (a part of the event)"
                if kind == "part_and_whole"
                else ("related events")
            )
            for a in mine:
                for b in index.get((other_event, topic), []):
                    extra = [w for _, w in key_reasons(_key(a), _key(b), weapons)]
                    rows.append((a["slot_id"], b["slot_id"], kind, "; ".join([words, *extra])))
    return _both_ways(rows, "events")


def competing_explanations(slots: pd.DataFrame) -> pd.DataFrame:
    """Causes: in one event, two origins each give a cause the other does not; every pair
    of slots of different causes from different origins competes. Framings: one framing
    given as fact (outcome) by one side and as an allegation by the other. Needs the
    slots' ``origins``, ``sides`` and ``value`` columns."""
    rows = []
    causes = slots[slots["attribute"].isin(EXPLANATION_ATTRIBUTES)]
    for _, group in causes.groupby(["event_id", "attribute"], sort=True):
        by_origin: dict[str, set[str]] = {}
        for slot in group.itertuples(index=False):
            for origin in slot.origins:
                by_origin.setdefault(origin, set()).add(slot.value)
        sets = list(by_origin.values())
        if not any(a - b and b - a for a, b in combinations(sets, 2)):
            continue
        for (_, a), (_, b) in combinations(group.iterrows(), 2):
            if a["value"] != b["value"] and not set(a["origins"]) & set(b["origins"]):
                rows.append(
                    (a["slot_id"], b["slot_id"], "competing_explanations", "competing causes")
                )
    framings = slots[slots["attribute"].isin(FRAMING_ATTRIBUTES)]
    for _, group in framings.groupby("question_id", sort=True):
        for (_, a), (_, b) in combinations(group.iterrows(), 2):
            modalities = {a["key_modality"], b["key_modality"]}
            sides = set(a["sides"]) | set(b["sides"])
            if (
                modalities == {DEFAULT_MODALITY, "allegation"}
                and {"government", "opposition"} <= sides
                and not set(a["sides"]) & set(b["sides"])
            ):
                rows.append(
                    (
                        a["slot_id"],
                        b["slot_id"],
                        "competing_explanations",
                        "competing framings: stated as fact by one side, as a charge by the other",
                    )
                )
    return _both_ways(rows, "explanations")


SIGNATURE = ("attribute", "key_unit", "key_as_of", "key_modality")


def _parts_of(
    total: dict,
    index: dict[tuple, list[dict]],
    hierarchy: Hierarchy,
    weapons: pd.DataFrame | Catalog,
) -> dict[str, list[dict]]:
    """The slots that are parts of a total slot, in three groups whose members do not
    overlap: the shares and parts of its question (``share``), the systems of its generic
    object's family (``system``), and the slots of the highest events below it that have
    any (``event``). All share the total's attribute, unit, moment and modality; ``index``
    holds the numeric slots by that signature and event."""
    info = Catalog.of(weapons)
    signature = tuple(total[c] for c in SIGNATURE)
    here = [s for s in index.get((*signature, total["event_id"]), []) if s is not total]
    obj = total["key_object"]
    family = info.family.get(obj) if info.generic.get(obj) == "yes" else None
    lower = [
        s for e in hierarchy.descendants(total["event_id"]) for s in index.get((*signature, e), [])
    ]
    events = {s["event_id"] for s in lower}
    return {
        "share": [s for s in here if s["key_object"] == obj and s["key_scope"] != "total"],
        "system": [
            s
            for s in here
            if family
            and s["key_scope"] == "total"
            and info.generic.get(s["key_object"]) == "no"
            and info.family.get(s["key_object"]) == family
        ],
        "event": [
            s for s in lower if not any(hierarchy.is_part_of(s["event_id"], e) for e in events)
        ],
    }


def _distinct_lows(group: str, parts: list[dict], low_of) -> float:
    """The sum of the parts' lower bounds, each distinct part counted once: at its lowest
    figure for a share or a system, at its largest lower bound for a part event (which may
    be counted in several slots)."""
    lows: dict[tuple[str, ...], float] = {}
    for part in parts:
        low = low_of(part)
        if low is None:
            continue
        if group == "event":
            key = (part["event_id"],)
            lows[key] = max(lows.get(key, low), low)
        else:
            key = (part["key_object"], part["key_scope"])
            lows[key] = min(lows.get(key, low), low)
    return sum(lows.values())


def arithmetic(
    slots: pd.DataFrame, hierarchy: Hierarchy, weapons: pd.DataFrame | Catalog
) -> pd.DataFrame:
    """Stated totals against their parts (shares, systems, or part events;
    :func:`_parts_of`), group by group: the parts and the total cannot all be right

    - when the parts' lower bounds add up to more than the upper bound of the total's slot,
      whoever gives them; or
    - when one source's own parts add up to more than its own total allows ("2,803 and
      3,391 people" in two convoys against "6,094" in all, from one agency).

    Parts that fall short of a total are no inconsistency: the parts named need not be all
    of them. Needs the slots' ``by_source`` intervals (:func:`newsclaims.analysis.compare.
    slot_frame`)."""
    numeric = [
        s for s in slots.to_dict("records") if s["value_type"] == "number" and not pd.isna(s["low"])
    ]
    index: dict[tuple, list[dict]] = {}
    for slot in numeric:
        index.setdefault((*(slot[c] for c in SIGNATURE), slot["event_id"]), []).append(slot)
    rows = []
    for total in numeric:
        if total["key_scope"] != "total":
            continue
        for group, parts in _parts_of(total, index, hierarchy, weapons).items():
            if not parts:
                continue
            found = []
            if math.isfinite(total["high"]):
                added = _distinct_lows(group, parts, lambda p: p["low"])
                if added > total["high"]:
                    found.append(
                        f"parts add up to at least {added:g}, more than the total allows ({total['high']:g})"
                    )
            for source, (_, high) in sorted(total.get("by_source", {}).items()):
                own = [p for p in parts if source in p.get("by_source", {})]
                added = _distinct_lows(group, own, lambda p, s=source: p["by_source"][s][0])
                if own and math.isfinite(high) and added > high:
                    found.append(
                        f"{source}'s own parts add up to at least {added:g}, more than its"
                        f" total allows ({high:g})"
                    )
            rows += [
                (total["slot_id"], p["slot_id"], "arithmetic_inconsistency", words)
                for words in found
                for p in parts
            ]
    return _both_ways(rows, "arithmetic")


def relations(
    slots: pd.DataFrame,
    hierarchy: Hierarchy,
    weapons: pd.DataFrame | Catalog,
    attributes: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every relation between slots (the rules above), sorted, without duplicates;
    ``attributes`` give the relations between category values."""
    declared = {}
    if attributes is not None:
        specs = attributes.set_index("attribute").to_dict("index")
        declared = {a: Relations.of(spec) for a, spec in specs.items()}
    frames = [
        within_questions(slots, weapons, declared),
        across_events(slots, hierarchy, weapons),
        competing_explanations(slots),
        arithmetic(slots, hierarchy, weapons),
    ]
    table = pd.concat(frames, ignore_index=True).drop_duplicates()
    return table.sort_values(COLUMNS, ignore_index=True)
