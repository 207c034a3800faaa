"""Slots: the claims that answer the same question.

A *slot* is the set of claims about the same event and attribute and, for attributes where
a source may give several values (``cardinality == "many"``, a list of weapon types, say),
the same value or weapon family. :func:`with_slots` is the one place that attaches a
claim's slot and its origin group; every comparison, table and sentence about slots starts
from its result.
"""

from __future__ import annotations

import pandas as pd

from newsclaims.analysis.attribution import origin_of


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


def with_slots(
    claims: pd.DataFrame, attributes: pd.DataFrame, weapons: pd.DataFrame, actors: pd.DataFrame
) -> pd.DataFrame:
    """``claims`` (same rows, same order) with ``slot_id`` (:func:`slot_keys`) and
    ``origin`` (:func:`newsclaims.analysis.attribution.origin_of`) attached."""
    return claims.assign(
        slot_id=slot_keys(claims, attributes, weapons), origin=origin_of(claims, actors)
    )
