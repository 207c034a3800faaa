"""Neutral, attributed sentences about slots, generated from the data.

The book's prose about particular disagreements is written by these functions, so every
figure in it comes from the ledger and every statement names who made it ("SouthFront
reports ..., citing an officer of the Syrian Arab Army").
"""

from __future__ import annotations

import math

import pandas as pd

from newsclaims.ledger import Ledger

QUALIFIER_WORDS = {
    "more_than": "more than",
    "at_least": "at least",
    "about": "about",
    "only": "only",
    "up_to": "up to",
    "fewer_than": "fewer than",
    "most": "most of",
    "some": "some",
}
VAGUE_WORDS = {
    "dozens": "dozens of",
    "hundreds": "hundreds of",
    "thousands": "thousands of",
    "tens_of_thousands": "tens of thousands of",
    "hundreds_of_thousands": "hundreds of thousands of",
    "large_numbers": "large numbers of",
    "several": "several",
    "many": "many",
    "some": "some",
    "unspecified": "an unstated number of",
}


def _names(ledger: Ledger) -> dict[str, str]:
    names = dict(zip(ledger.actors["actor_id"], ledger.actors["name_en"], strict=True))
    names.update(zip(ledger.weapons["weapon_id"], ledger.weapons["name"], strict=True))
    names.update(zip(ledger.places["place_id"], ledger.places["name_en"], strict=True))
    return names


def format_number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def value_phrase(claim: pd.Series, ledger: Ledger) -> str:
    """How a claim's value reads in a sentence: "more than 15 rockets (Maysalun)"."""
    names = _names(ledger)
    value, qualifier, unit = claim["value"], claim["qualifier"], claim["unit"]
    generic = set(ledger.weapons.loc[ledger.weapons["generic"] == "yes", "weapon_id"])
    thing = (
        ""
        if claim["object"] in generic
        else names.get(claim["object"], claim["object"].replace("_", " "))
    )
    try:
        number = format_number(float(value)) if value != "" else ""
    except ValueError:
        number = ""
    if value == "":
        text = f"{VAGUE_WORDS.get(qualifier, 'an unstated number of')} {unit or thing}".strip()
    elif number:
        noun = unit[:-1] if unit.endswith("s") and float(value) == 1 else unit
        text = f"{QUALIFIER_WORDS.get(qualifier, '')} {number} {noun}".strip()
        if thing and unit:
            text += f" ({thing})"
    else:
        text = f"“{names.get(value, value.replace('_', ' '))}”"
        if qualifier and qualifier != "exact":
            text += f" [{qualifier.replace('_', ' ')}]"
    scope = claim.get("scope", "")
    if scope.startswith("share:"):
        text += f" as {names.get(scope[6:], scope[6:])}'s share"
    return text


def attribution_phrase(claim: pd.Series, ledger: Ledger) -> str:
    if claim["attributed_to"] == claim["source_id"]:
        return "no source named"
    return f"source: {_names(ledger).get(claim['attributed_to'], claim['attributed_to'])}"


def outlet_name(source_id: str, ledger: Ledger) -> str:
    return ledger.sources.set_index("source_id").loc[source_id, "outlet"]


def slot_sentences(slot_id: str, claims: pd.DataFrame, ledger: Ledger) -> list[str]:
    """One sentence per source in the slot, in the order of ``sources.csv``."""
    chosen = claims[claims["slot_id"] == slot_id]
    sentences = []
    for source_id in [s for s in ledger.source_ids if s in set(chosen["source_id"])]:
        rows = chosen[chosen["source_id"] == source_id]
        parts = [
            f"{value_phrase(r, ledger)} ({attribution_phrase(r, ledger)})"
            for _, r in rows.iterrows()
        ]
        sentences.append(
            f"{outlet_name(source_id, ledger)} reports {'; '.join(dict.fromkeys(parts))}."
        )
    return sentences


def estimate_phrase(low: float, best: float, high: float) -> str:
    if any(isinstance(v, float) and math.isnan(v) for v in (low, best, high)):
        return "no estimate can be made from the wording"
    return f"low {format_number(low)}, best {format_number(best)}, high {format_number(high)}"
