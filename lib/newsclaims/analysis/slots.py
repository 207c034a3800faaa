"""Slots: the claims that answer the same question and may be compared as one quantity.

A claim's slot is its question (event and attribute, and for attributes where a source
may give several values, ``cardinality == "many"``, the value or weapon family) and its
comparability key (:mod:`newsclaims.analysis.keys`). :func:`with_slots` is the one place
that attaches a claim's question, key, slot and origin group; every comparison, table and
sentence about slots starts from its result.
"""

from __future__ import annotations

import pandas as pd

from newsclaims.analysis.attribution import origin_of
from newsclaims.analysis.keys import claim_keys


def slot_keys(claims: pd.DataFrame, attributes: pd.DataFrame, weapons: pd.DataFrame) -> pd.Series:
    """The slot each claim belongs to (see :func:`newsclaims.analysis.keys.slot_id_of`)."""
    return claim_keys(claims, attributes, weapons)["slot_id"]


def with_slots(
    claims: pd.DataFrame, attributes: pd.DataFrame, weapons: pd.DataFrame, actors: pd.DataFrame
) -> pd.DataFrame:
    """``claims`` (same rows, same order) with ``question_id``, the key columns
    (``key_object`` ... ``key_modality``, ``unit_factor``), ``slot_id`` and ``origin``
    (:func:`newsclaims.analysis.attribution.origin_of`) attached."""
    keys = claim_keys(claims, attributes, weapons)
    return pd.concat([claims, keys], axis=1).assign(origin=origin_of(claims, actors))
