"""The comparability key: which claims may be compared, and estimated, together.

A *question* is an event and an attribute (and, for an attribute a source may give several
values of, the value or the weapon family): ``eq_handover:tanks_handed_over``. Two claims
of one question are compared and estimated together only when they also share every part
of the key (:data:`KEY_PARTS`):

``object``
    the thing counted, for numbers and for attributes about a weapon system
    (``object_type == "weapon"``): a weapon id (the system, never its family) or a noun,
    folded (:func:`fold`);
``unit``
    the unit, folded; a unit of time or length converts to one base unit
    (:data:`newsclaims.vocabulary.UNIT_CONVERSIONS`: durations in days);
``as_of``
    the moment (blank: the event as a whole);
``scope``
    ``total`` (also when blank), ``part`` or ``share:<actor>``;
``modality``
    ``outcome`` (also when blank), ``plan``, ``forecast``, ``allegation``, ``denial``,
    ``question``.

The claims of one question that share the key form a *slot*. A slot's id is the question
followed by the parts of its key that differ from the default, each as ``/part=value``:
``eq_handover:tanks_handed_over/object=tank/unit=tank/scope=share:jaysh_al_islam``. A period
``2018-04-17/2018-04-18`` is written ``2018-04-17--2018-04-18`` there (ISO 8601's
alternative separator). The id depends on nothing but the claim's own fields, so it is
stable from one build to the next.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from newsclaims.vocabulary import (
    DEFAULT_MODALITY,
    DEFAULT_SCOPE,
    INTENDED,
    MODALITY_WORDS,
    UNIT_CONVERSIONS,
)

KEY_PARTS = ("object", "unit", "as_of", "scope", "modality")
# The key's columns on a claim: key_object, key_unit, ...
KEY_COLUMNS = [f"key_{part}" for part in KEY_PARTS]
_NOT_WORD = re.compile(r"[^\w.:-]+")


@dataclass(frozen=True)
class Catalog:
    """The weapon systems of ``weapons.csv`` as look-ups: each id's ``family`` and whether
    it is ``generic`` (``"yes"``/``"no"``). Built once per comparison."""

    family: Mapping[str, str]
    generic: Mapping[str, str]

    @classmethod
    def of(cls, weapons: pd.DataFrame | Catalog) -> Catalog:
        """The catalog of a ``weapons`` table (a catalog is returned as it is)."""
        if isinstance(weapons, Catalog):
            return weapons
        ids = weapons["weapon_id"]
        return cls(
            dict(zip(ids, weapons["family"], strict=True)),
            dict(zip(ids, weapons["generic"], strict=True)),
        )

    def __contains__(self, weapon_id: object) -> bool:
        return weapon_id in self.family


def fold(text: str) -> str:
    """A noun or unit as a key: lower case, runs of spaces and punctuation as ``_``, and a
    final plural folded ("Air raids" -> ``air_raid``, "casualties" -> ``casualty``)."""
    folded = _NOT_WORD.sub("_", str(text).strip().lower()).strip("_")
    if folded.endswith("ies") and len(folded) > 4:
        return folded[:-3] + "y"
    if folded.endswith("s") and not folded.endswith("ss") and len(folded) > 3:
        return folded[:-1]
    return folded


def unit_of(unit: str) -> tuple[str, float]:
    """A unit's key and the factor that converts a figure to it: ``("day", 30.0)`` for
    months, ``("tank", 1.0)`` for tanks, ``("", 1.0)`` for no unit."""
    folded = fold(unit)
    return UNIT_CONVERSIONS.get(folded, (folded, 1.0))


def is_measure(unit_key: str) -> bool:
    """Whether a unit key measures (time, length) rather than counts things; counts are
    whole numbers."""
    return unit_key in {base for base, _ in UNIT_CONVERSIONS.values()}


def question_ids(
    claims: pd.DataFrame, attributes: pd.DataFrame, weapons: pd.DataFrame
) -> pd.Series:
    """The question each claim answers: ``event:attribute`` for one-valued attributes;
    ``event:attribute:key`` for many-valued ones, where the key is the weapon family for
    weapon values and the value itself otherwise."""
    specs = attributes.set_index("attribute")
    cardinality = claims["attribute"].map(specs["cardinality"])
    value_type = claims["attribute"].map(specs["value_type"])
    family = claims["value"].map(weapons.set_index("weapon_id")["family"])
    key = claims["value"].where(value_type != "weapon", family)
    base = claims["event_id"] + ":" + claims["attribute"]
    return base.where(cardinality == "one", base + ":" + key.fillna(claims["value"])).rename(
        "question_id"
    )


def slot_id_of(question_id: str, key: Mapping[str, str]) -> str:
    """A slot's id from its question and its key (``object``, ``unit``, ``as_of``,
    ``scope``, ``modality``); default parts are left out."""
    defaults = {"scope": DEFAULT_SCOPE, "modality": DEFAULT_MODALITY}
    parts = [
        f"/{part}={key[part].replace('/', '--')}"
        for part in KEY_PARTS
        if key.get(part, "") and key[part] != defaults.get(part)
    ]
    return question_id + "".join(parts)


def claim_keys(
    claims: pd.DataFrame, attributes: pd.DataFrame, weapons: pd.DataFrame
) -> pd.DataFrame:
    """For each claim (same index): ``question_id``, the key (:data:`KEY_COLUMNS`),
    ``unit_factor`` (what converts its figure to the key's unit) and ``slot_id``."""
    specs = attributes.set_index("attribute")
    weapon_ids = set(weapons["weapon_id"])
    keyed_object = claims["attribute"].map(
        lambda a: specs.at[a, "value_type"] == "number" or specs.at[a, "object_type"] == "weapon"
    )
    objects = [
        (obj if obj in weapon_ids else fold(obj)) if keyed else ""
        for obj, keyed in zip(claims["object"], keyed_object, strict=True)
    ]
    units = [unit_of(u) for u in claims["unit"]]
    modality = claims["modality"] if "modality" in claims else pd.Series("", index=claims.index)
    as_of = claims["as_of"] if "as_of" in claims else pd.Series("", index=claims.index)
    frame = pd.DataFrame(
        {
            "question_id": question_ids(claims, attributes, weapons),
            "key_object": objects,
            "key_unit": [u for u, _ in units],
            "unit_factor": [f for _, f in units],
            "key_as_of": as_of.fillna(""),
            "key_scope": claims["scope"].replace("", DEFAULT_SCOPE),
            "key_modality": modality.fillna("").replace("", DEFAULT_MODALITY),
        },
        index=claims.index,
    )
    frame["slot_id"] = [
        slot_id_of(q, dict(zip(KEY_PARTS, k, strict=True)))
        for q, *k in frame[["question_id", *KEY_COLUMNS]].itertuples(index=False)
    ]
    return frame


def key_reasons(
    first: Mapping[str, str], second: Mapping[str, str], weapons: pd.DataFrame | Catalog
) -> list[tuple[str, str]]:
    """Why two keys (mappings of :data:`KEY_PARTS`) are not comparable: ``(kind, words)``
    pairs, one per part that differs, in key order; empty when the keys are equal.

    A specific system against a generic weapon of its family (T-72 against "tanks") is a
    part and its whole; two systems are "different systems"; any other two objects are
    "different things counted". A plan or forecast against an outcome is its own kind."""
    info = Catalog.of(weapons)
    reasons = []
    a, b = first.get("object", ""), second.get("object", "")
    if a != b:
        if a in info and b in info:
            generic = {info.generic[a], info.generic[b]}
            same_family = info.family[a] == info.family[b]
            if same_family and generic == {"yes", "no"}:
                reasons.append(("part_and_whole", "part and whole"))
            else:
                reasons.append(("different_things", "different systems"))
        else:
            reasons.append(("different_things", "different things counted"))
    if first.get("unit", "") != second.get("unit", ""):
        reasons.append(("different_units", "different units"))
    if first.get("as_of", "") != second.get("as_of", ""):
        reasons.append(("different_moments", "different moments"))
    if first.get("scope", "") != second.get("scope", ""):
        reasons.append(("part_and_whole", "part and whole"))
    m, n = first.get("modality", DEFAULT_MODALITY), second.get("modality", DEFAULT_MODALITY)
    if m != n:
        pair = {m, n}
        intended = pair & INTENDED
        if DEFAULT_MODALITY in pair and intended:
            reasons.append(
                ("plan_against_outcome", f"{MODALITY_WORDS[intended.pop()]} against outcome")
            )
        else:
            one, other = sorted(pair, key=lambda code: (code == DEFAULT_MODALITY, code))
            reasons.append(
                ("different_modalities", f"{MODALITY_WORDS[one]} against {MODALITY_WORDS[other]}")
            )
    return reasons
