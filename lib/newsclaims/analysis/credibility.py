"""Two-axis grading after the Admiralty code (NATO AJP-2.1): the *reliability* of each
origin (A-F) and the *credibility* of each claim and slot (1-6).

Reliability is the analysts' judgement of a source, recorded with its basis in
``actors.csv`` (``reliability``, ``reliability_basis``; blank reads as F, "cannot be
judged"). It is never computed from the claims: a party's interest is weighed on the other
axis, so that it does not lower a grade twice.

Credibility is computed per claim, from the other claims of its slot (claims that share
the comparability key; "independent" means another origin group, never another outlet),
the event's parties and the reference facts. The first rule that applies gives the grade:

6. the claim gives no usable value (a count given only as "many");
5. its description of a weapon contradicts the reference facts (a misdescription), or
   a claim of another origin excludes it and that origin is not the slot's outlier;
1. origins of opposing camps (a government-aligned and an opposition-aligned origin), or
   an independent origin and any other, give values compatible with it;
2. another independent origin gives a compatible value;
4. it stands on one origin, and that origin's camp is a party to the event: a party's
   account of its own event, with no one else to check it;
3. it stands on one origin that is not a party to the event.

A slot's credibility is that of its best-supported claim (the lowest grade). A slot's
*outlier* is the origin whose claims every other origin excludes while those others agree
with each other (so at least three origins); two origins that exclude each other have no
outlier, since no third decides between them.
"""

from __future__ import annotations

from itertools import combinations

import pandas as pd

from newsclaims.analysis.events import Hierarchy
from newsclaims.analysis.keys import Catalog
from newsclaims.analysis.kinds import values_agree
from newsclaims.vocabulary import CAMP_SIDES, DEFAULT_RELIABILITY, GRADES, INDEPENDENT_CAMP


def with_camps(claims: pd.DataFrame, actors: pd.DataFrame, hierarchy: Hierarchy) -> pd.DataFrame:
    """``claims`` with the camp, side, reliability and party flag of each claim's origin
    (its ``attributed_to``): ``camp`` (``""`` when not recorded), ``side``
    (``government``, ``opposition`` or ``neither``), ``reliability`` (A-F, blank as F)
    and ``party`` (the camp is a party to the claim's event)."""
    info = actors.set_index("actor_id")
    camp = claims["attributed_to"].map(info.get("camp", {})).fillna("")
    letters = info["reliability"] if "reliability" in info else pd.Series(dtype="string")
    reliability = claims["attributed_to"].map(letters).fillna("").replace("", DEFAULT_RELIABILITY)
    party = [
        bool(c) and c in hierarchy.parties(e) for c, e in zip(camp, claims["event_id"], strict=True)
    ]
    return claims.assign(
        camp=camp,
        side=camp.map(lambda c: CAMP_SIDES.get(c, "neither")),
        reliability=reliability,
        party=party,
    )


def _spans_camps(rows: list[dict]) -> bool:
    """Whether origins of opposing camps are among ``rows`` (claims as mappings), or an
    independent origin and another."""
    sides = {r["side"] for r in rows}
    independent = {r["origin"] for r in rows if r["camp"] == INDEPENDENT_CAMP}
    origins = {r["origin"] for r in rows}
    return {"government", "opposition"} <= sides or (bool(independent) and len(origins) > 1)


def _excludes(
    a: list[dict], b: list[dict], spec: pd.Series, weapons: pd.DataFrame | Catalog
) -> bool:
    return any(values_agree(x, y, spec, weapons) is False for x in a for y in b)


def outlier(
    usable: list[dict], spec: pd.Series, weapons: pd.DataFrame | Catalog
) -> tuple[str, str]:
    """The slot's outlier origin (``""`` when none) and why, in words. ``usable`` are the
    slot's claims that give a value, as mappings."""
    origins: dict[str, list[dict]] = {}
    for claim in usable:
        origins.setdefault(claim["origin"], []).append(claim)
    if len(origins) < 2:
        return "", "none: one origin only"
    clash = {
        frozenset((a, b))
        for a, b in combinations(sorted(origins), 2)
        if _excludes(origins[a], origins[b], spec, weapons)
    }
    if not clash:
        return "", "none: no claim excludes another"
    if len(origins) == 2:
        return "", "none: two origins exclude each other and no third decides"
    found = [
        o
        for o in sorted(origins)
        if all(frozenset((o, other)) in clash for other in origins if other != o)
        and all(o in pair for pair in clash)
    ]
    if len(found) != 1:
        return "", "none: no origin is excluded by all the others while they agree"
    n = len(origins) - 1
    return found[0], f"excluded by the {n} other origins, which agree with each other"


def grade_claims(
    claims: list[dict],
    spec: pd.Series | dict,
    weapons: pd.DataFrame | Catalog,
    misdescribed: set[str],
) -> tuple[list[int], list[str], str, str]:
    """The credibility grade of each claim of one slot and its basis in words (see the
    module docstring), with the slot's outlier origin and why. ``claims`` (mappings, one
    per claim of the slot) carry ``origin``, ``side``, ``camp``, ``party``, and for numbers
    ``interval``. A claim that is itself excluded lends no support to another."""
    weapons = Catalog.of(weapons)
    numeric = spec["value_type"] == "number"
    usable_flags = [(c["interval"] is not None) if numeric else c["value"] != "" for c in claims]
    usable = [c for c, ok in zip(claims, usable_flags, strict=True) if ok]
    odd, why = outlier(usable, spec, weapons)
    verdicts = [
        [(j, values_agree(claim, other, spec, weapons)) for j, other in enumerate(usable)
         if other["origin"] != claim["origin"]]
        for claim in claims
    ]  # fmt: skip
    excluded = [{usable[j]["origin"] for j, v in found if v is False} - {odd} for found in verdicts]
    excluded_usable = {id(c): bool(e) for c, e in zip(claims, excluded, strict=True)}
    grades, bases = [], []
    for claim, ok, found, against in zip(claims, usable_flags, verdicts, excluded, strict=True):
        agree = [
            usable[j] for j, v in found if v is True and not excluded_usable.get(id(usable[j]))
        ]
        if not ok:
            grade, basis = 6, "gives no usable value"
        elif claim["claim_id"] in misdescribed:
            grade, basis = 5, "contradicts the reference facts of weapons.csv"
        elif against:
            grade, basis = 5, f"excluded by the claim of {', '.join(sorted(against))}"
        elif agree and _spans_camps([*agree, claim]):
            grade, basis = 1, "agreed by origins of opposing camps"
        elif agree:
            n = len({a["origin"] for a in agree})
            grade, basis = (
                2,
                f"agreed by {n} other origin{'s' if n > 1 else ''}, not of opposing camps",
            )
        elif claim["party"]:
            grade, basis = 4, "one origin, a party to the event: its own account"
        else:
            grade, basis = 3, "one origin, not a party to the event"
        grades.append(grade)
        bases.append(basis)
    return grades, bases, odd, why


def slot_grade(grades: list[int], bases: list[str], excluded: bool, odd: str) -> tuple[int, str]:
    """A slot's credibility and its basis: that of its best-supported claim; but a slot
    whose claims exclude each other with no outlier to set aside is contradicted (5)."""
    if excluded and not odd:
        return 5, "the claims exclude each other and no third origin decides"
    best = min(grades)
    return best, bases[grades.index(best)]


def grade_label(grade: int) -> str:
    """The words of a credibility grade (:data:`newsclaims.vocabulary.GRADES`)."""
    return GRADES[grade]
