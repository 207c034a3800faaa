"""Line up comparable claims in slots, say how each slot differs from the others, estimate
low / best / high, and grade.

The rules are the book's method; the assessment chapter states them in prose, and
:func:`comparison` is the entry point the build and the chapters use. A slot holds the
claims of one question that share the comparability key (:mod:`newsclaims.analysis.keys`),
so that no estimate ever spans claims of different systems, units, moments, scopes or
modalities. A slot's kinds (:data:`newsclaims.vocabulary.KINDS`) come from three places:

- its own claims (:mod:`newsclaims.analysis.kinds`): contradiction, numbers that disagree,
  different systems in a list, the same answer in different detail, naming variants;
  agreement when two or more sources give none of these; a single source;
- the other slots it is set beside (:mod:`newsclaims.analysis.relations`): the reasons
  claims of one question are not comparable, part and whole across the event hierarchy,
  related events, competing explanations, parts that exceed a total;
- the reference facts (:func:`newsclaims.analysis.weapons.misdescriptions`) and the
  coverage of its event (:mod:`newsclaims.analysis.coverage`): a misdescription, a silence.

A slot's ``kind`` is the first of these in the order of ``KINDS``; ``also`` lists the rest.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from newsclaims.analysis.coverage import coverage, silent_sources, topic_of
from newsclaims.analysis.credibility import grade_claims, grade_label, slot_grade, with_camps
from newsclaims.analysis.events import Hierarchy
from newsclaims.analysis.keys import KEY_PARTS, Catalog, fold
from newsclaims.analysis.kinds import (
    NO_ESTIMATE,
    category_kinds,
    claim_intervals,
    numeric_kinds,
    weapon_kinds,
)
from newsclaims.analysis.relations import relations
from newsclaims.analysis.slots import with_slots
from newsclaims.analysis.weapons import misdescriptions
from newsclaims.data.package import Ledger
from newsclaims.vocabulary import KINDS

# Kinds a slot's own claims can have; with none of them, two or more sources agree.
OWN_KINDS = {
    "categorical_contradiction",
    "numeric_disagreement",
    "different_things",
    "detail_difference",
    "naming_variant",
}
PARTY_ONLY = "none: the figure rests on one origin, a party to the event"


def prepared(ledger: Ledger) -> pd.DataFrame:
    """The ledger's claims, sorted by id, with question, key, slot, origin, camp, side,
    reliability, party flag, the interval of each number (``interval``) and, for actor
    values, the value's origin group (``value_group``)."""
    claims = ledger.claims.sort_values("claim_id", ignore_index=True)
    frame = with_slots(claims, ledger.attributes, ledger.weapons, ledger.actors)
    frame = with_camps(frame, ledger.actors, Hierarchy.of(ledger.events))
    numeric = frame["attribute"].map(ledger.attributes.set_index("attribute")["value_type"])
    intervals = pd.Series(None, index=frame.index, dtype=object)
    chosen = frame[numeric == "number"]
    intervals[chosen.index] = pd.Series(claim_intervals(chosen), index=chosen.index, dtype=object)
    groups = ledger.actors.set_index("actor_id")["origin_group"]
    topic = [topic_of(q, e) for q, e in zip(frame["question_id"], frame["event_id"], strict=True)]
    return frame.assign(interval=intervals, value_group=frame["value"].map(groups), topic=topic)


def _estimate(group: pd.DataFrame) -> tuple[set[str], dict[str, object]]:
    """The kinds and estimate of a numeric slot, in the claims' own unit where they share
    one, with the best figure withheld when it rests on one origin that is a party."""
    kinds, estimate, supporting = numeric_kinds(group)
    estimate = dict(estimate)
    note = ""
    parties = set(group.loc[group["party"], "origin"])
    if len(supporting) == 1 and supporting <= parties:
        estimate["best"], note = math.nan, PARTY_ONLY
    factors = set(group["unit_factor"])
    unit = group["key_unit"].iloc[0]
    if len(factors) == 1 and factors != {1.0}:
        factor = factors.pop()
        for column in ("low", "best", "high", "spread"):
            estimate[column] = round(estimate[column] / factor, 6)
        unit = fold(group["unit"].iloc[0])
    return kinds, {**estimate, "estimate_unit": unit, "best_note": note}


def slot_frame(claims: pd.DataFrame, ledger: Ledger) -> pd.DataFrame:
    """One row per slot: its question, key, sources, own kinds, estimate and the values
    and origins the relation rules need (``value``, ``origins``, ``sides``)."""
    specs = ledger.attributes.set_index("attribute").to_dict("index")
    catalog = Catalog.of(ledger.weapons)
    records = _records_by_slot(claims)
    rows = []
    for slot_id, group in claims.groupby("slot_id", sort=True):
        mine = records[slot_id]
        first = mine[0]
        spec = specs[first["attribute"]]
        estimate: dict[str, object] = {**NO_ESTIMATE, "estimate_unit": "", "best_note": ""}
        by_source: dict[str, tuple[float, float]] = {}
        if spec["value_type"] == "number":
            kinds, estimate = _estimate(group)
            by_source = _source_intervals(mine)
        elif spec["value_type"] == "weapon":
            kinds = weapon_kinds(group, catalog)
        elif spec["cardinality"] == "one":
            kinds = category_kinds(mine, spec, catalog)
        else:
            kinds = set()
        rows.append(
            {
                "slot_id": slot_id,
                **{c: first[c] for c in ("question_id", "event_id", "attribute", "topic")},
                "value_type": spec["value_type"],
                **{f"key_{p}": first[f"key_{p}"] for p in KEY_PARTS},
                "value": first["value"],
                "values": tuple(sorted({c["value"] for c in mine} - {""})),
                "origins": tuple(sorted({c["origin"] for c in mine})),
                "sides": tuple(sorted({c["side"] for c in mine})),
                "own_kinds": kinds,
                "by_source": by_source,
                **estimate,
            }
        )
    return pd.DataFrame(rows)


def _source_intervals(claims: list[dict]) -> dict[str, tuple[float, float]]:
    """Per source, the lowest lower bound and the highest upper bound of its claims in one
    numeric slot (claims that give no number left out)."""
    found: dict[str, tuple[float, float]] = {}
    for claim in claims:
        interval = claim["interval"]
        if interval is None:
            continue
        low, high = found.get(claim["source_id"], (interval.low, interval.high))
        found[claim["source_id"]] = (min(low, interval.low), max(high, interval.high))
    return found


def _records_by_slot(claims: pd.DataFrame) -> dict[str, list[dict]]:
    """The claims as mappings, grouped by slot (read once: a frame per slot is slow)."""
    found: dict[str, list[dict]] = {}
    for record in claims.to_dict("records"):
        found.setdefault(record["slot_id"], []).append(record)
    return found


def _joined(values) -> str:
    return ";".join(dict.fromkeys(v for v in values if v))


def _phrases(reasons) -> str:
    """Distinct reason phrases, in order, ``; ``-separated."""
    return "; ".join(dict.fromkeys(p for r in reasons for p in r.split("; ")))


def compare(ledger: Ledger) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The slots of a ledger (one row each), the relations between slots, the coverage
    matrix, and the graded claims (``credibility``, ``credibility_basis``)."""
    claims = prepared(ledger)
    hierarchy = Hierarchy.of(ledger.events)
    slots = slot_frame(claims, ledger)
    catalog = Catalog.of(ledger.weapons)
    linked = relations(slots, hierarchy, catalog, ledger.attributes)
    matrix = coverage(claims, ledger.sources, hierarchy)
    silent = silent_sources(matrix)
    described = misdescriptions(claims, ledger.weapons, ledger.attributes)
    misdescribed = set(described.loc[described["verdict"] == "misdescription", "claim_id"])
    specs = ledger.attributes.set_index("attribute").to_dict("index")
    graded_ids: dict[str, tuple[int, str]] = {}
    records = _records_by_slot(claims)
    links = {s: g.to_dict("records") for s, g in linked.groupby("slot_id", sort=False)}
    rows = []
    for slot in slots.itertuples(index=False):
        mine = records[slot.slot_id]
        claim_grades, claim_bases, odd, why = grade_claims(
            mine, specs[slot.attribute], catalog, misdescribed
        )
        for claim, grade, basis in zip(mine, claim_grades, claim_bases, strict=True):
            graded_ids[claim["claim_id"]] = (grade, basis)
        linked_rows = links.get(slot.slot_id, [])
        kinds = set(slot.own_kinds) | {r["kind"] for r in linked_rows}
        sources = sorted({c["source_id"] for c in mine})
        ids = [c["claim_id"] for c in mine]
        if set(ids) & misdescribed:
            kinds.add("misdescription")
        if silent.get(slot.question_id, ""):
            kinds.add("silence")
        if len(sources) == 1:
            kinds.add("single_source")
        elif not kinds & OWN_KINDS:
            kinds.add("agreement")
        kind = next(k for k in KINDS if k in kinds)
        excluded = any(b.startswith("excluded") for b in claim_bases)
        best, basis = slot_grade(claim_grades, claim_bases, excluded, odd)
        rows.append(
            {
                "slot_id": slot.slot_id,
                "question_id": slot.question_id,
                "event_id": slot.event_id,
                "attribute": slot.attribute,
                "value_type": slot.value_type,
                **{p: getattr(slot, f"key_{p}") for p in KEY_PARTS},
                "sources": ";".join(sources),
                "n_sources": len(sources),
                "n_claims": len(mine),
                "kind": kind,
                "also": ";".join(k for k in KINDS if k in kinds and k != kind),
                "not_comparable": _phrases(
                    r["reason"] for r in linked_rows if r["rule"] == "question"
                ),
                "reason": _phrases(r["reason"] for r in linked_rows),
                "compared_with": ";".join(sorted({r["other_slot_id"] for r in linked_rows})),
                **{c: getattr(slot, c) for c in ("low", "best", "high", "estimate_unit")},
                "best_note": slot.best_note,
                "ratio": slot.ratio,
                "spread": slot.spread,
                "independent_origins": len(slot.origins),
                "origin_groups": ";".join(slot.origins),
                "reliability": ";".join(sorted({c["reliability"] for c in mine})),
                "party_origins": ";".join(sorted({c["origin"] for c in mine if c["party"]})),
                "silent_sources": silent.get(slot.question_id, ""),
                "outlier_claim": _joined(c["claim_id"] for c in mine if odd and c["origin"] == odd),
                "outlier_reason": why,
                "credibility": best,
                "credibility_label": grade_label(best),
                "credibility_basis": basis,
                "claim_ids": ";".join(ids),
            }
        )
    grades = claims["claim_id"].map(lambda c: graded_ids[c][0])
    bases = claims["claim_id"].map(lambda c: graded_ids[c][1])
    graded = claims.assign(credibility=grades, credibility_basis=bases)
    return pd.DataFrame(rows), linked, matrix, graded


def coded_value(claim: pd.Series | dict) -> str:
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
    "question_id",
    "event_id",
    "attribute",
    "kind",
    "also",
    "not_comparable",
    "reason",
    "low",
    "best",
    "high",
    "estimate_unit",
    "independent_origins",
    "outlier_claim",
    "credibility",
    "credibility_label",
]


DISCREPANCY_SOURCE_COLUMNS = [
    "slot_id",
    "source_id",
    "value",
    "qualifier",
    "attributed_to",
    "origins",
    "reliability",
    "claim_credibility",
    "claim_ids",
]


def discrepancies(claims: pd.DataFrame, slots: pd.DataFrame) -> pd.DataFrame:
    """One row per slot and source: what that source says in the slot, its origins'
    reliability and its claims' credibility (the lowest-graded of them), next to the
    slot's kind, reason, estimate and grade. ``claims`` are graded
    (:func:`compare`)."""
    grouped: dict[tuple[str, str], list[dict]] = {}
    for claim in claims.to_dict("records"):
        grouped.setdefault((claim["slot_id"], claim["source_id"]), []).append(claim)
    rows = []
    for (slot_id, source_id), mine in sorted(grouped.items()):
        rows.append(
            {
                "slot_id": slot_id,
                "source_id": source_id,
                "value": "; ".join(dict.fromkeys(coded_value(c) for c in mine)),
                "qualifier": "; ".join(
                    dict.fromkeys(c["qualifier"] for c in mine if c["qualifier"])
                ),
                "attributed_to": ";".join(dict.fromkeys(c["attributed_to"] for c in mine)),
                "origins": ";".join(sorted({c["origin"] for c in mine})),
                "reliability": ";".join(sorted({c["reliability"] for c in mine})),
                "claim_credibility": max(c["credibility"] for c in mine),
                "claim_ids": ";".join(c["claim_id"] for c in mine),
            }
        )
    per_source = pd.DataFrame(rows, columns=DISCREPANCY_SOURCE_COLUMNS)
    per_source["claim_credibility_label"] = per_source["claim_credibility"].map(grade_label)
    table = per_source.merge(slots[SLOT_COLUMNS], on="slot_id", how="left", validate="many_to_one")
    order = [
        *SLOT_COLUMNS[:4],
        "source_id",
        "value",
        "qualifier",
        *SLOT_COLUMNS[4:],
        "attributed_to",
        "origins",
        "reliability",
        "claim_credibility",
        "claim_credibility_label",
        "claim_ids",
    ]
    return table[order].sort_values(["slot_id", "source_id"], ignore_index=True)


def numeric_claims(claims: pd.DataFrame, attributes: pd.DataFrame) -> pd.DataFrame:
    """Every claim of a number-valued attribute with the interval its wording allows in
    its slot's unit (``low``, ``point``, ``high``; NaN when it gives no number). ``claims``
    carry their slot and key (:attr:`Comparison.claims`)."""
    numeric = attributes.loc[attributes["value_type"] == "number", "attribute"]
    frame = claims[claims["attribute"].isin(numeric)].copy()
    intervals = claim_intervals(frame)
    frame["low"] = [i.low if i else math.nan for i in intervals]
    frame["point"] = [i.point if i else math.nan for i in intervals]
    frame["high"] = [i.high if i else math.nan for i in intervals]
    columns = [
        "slot_id",
        "question_id",
        "source_id",
        "claim_id",
        "value",
        "unit",
        "object",
        "qualifier",
        "scope",
        "modality",
        "as_of",
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
    (one row per slot and source), ``claims`` (the ledger's claims, in ledger order, with
    question, key, slot, origin, camp and credibility attached), ``relations`` (one row
    per pair of slots set side by side, both ways) and ``coverage`` (the coverage matrix:
    one row per question of an event and source)."""

    slots: pd.DataFrame
    discrepancies: pd.DataFrame
    claims: pd.DataFrame
    relations: pd.DataFrame
    coverage: pd.DataFrame


def comparison(ledger: Ledger) -> Comparison:
    """Slots with their kinds, estimates and grades, the per-source rows behind them, the
    graded claims, the relations between slots and the coverage matrix: everything the
    book says about agreement starts here."""
    slots, linked, matrix, graded = compare(ledger)
    rows = discrepancies(graded, slots)
    order = ledger.claims[["claim_id"]].merge(graded, on="claim_id", how="left")
    return Comparison(slots, rows, order, linked, matrix)
