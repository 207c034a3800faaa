"""The key findings, written from the results so that the landing page never drifts."""

from __future__ import annotations

import pandas as pd

from newsclaims.ledger import Ledger
from newsclaims.narrate import estimate_phrase, slot_sentences

# The kinds worth a finding of their own, in the order they are reported.
NOTABLE = (
    "categorical_contradiction",
    "identification_difference",
    "numeric_disagreement",
    "scope_difference",
)


def _slot_title(slot: pd.Series, ledger: Ledger) -> str:
    event = ledger.events.set_index("event_id")["name"].get(slot["event_id"], slot["event_id"])
    return f"{event}, {slot['attribute'].replace('_', ' ')}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def key_findings(slots: pd.DataFrame, claims: pd.DataFrame, ledger: Ledger) -> str:
    """A Markdown list: the overall picture, then one item per notable slot with the sources'
    attributed words, the estimate where there is one, and the grade."""
    multi = slots[slots["n_sources"] > 1]
    single = slots[slots["kind"] == "single_source"]
    confirmed = int((slots["credibility"] == 1).sum())
    one_origin = int(((slots["n_sources"] > 1) & (slots["independent_origins"] < 2)).sum())
    lines = [
        f"- Of {_count(len(slots), 'slot')}, {len(multi)} are reported by more than one source and"
        f" {len(single)} ({len(single) / max(len(slots), 1):.0%}) by one source only.",
        f"- {_count(confirmed, 'slot')} {'is' if confirmed == 1 else 'are'} confirmed by two or more independent origins;"
        f" {_count(one_origin, 'slot')} {'is' if one_origin == 1 else 'are'} reported by several outlets that rest on a single origin.",
    ]
    for kind in NOTABLE:
        for _, slot in slots[slots["kind"] == kind].iterrows():
            said = " ".join(slot_sentences(slot["slot_id"], claims, ledger))
            estimate = (
                f" Estimate: {estimate_phrase(slot['low'], slot['best'], slot['high'])}."
                if slot["value_type"] == "number"
                else ""
            )
            lines.append(
                f"- **{_slot_title(slot, ledger)}** ({kind.replace('_', ' ')}; grade {slot['credibility']},"
                f" {slot['credibility_label']}): {said}{estimate}"
            )
    return "\n".join(lines)
