"""Neutral, attributed sentences written from the data.

The book's generated prose about particular disagreements comes from here, so every figure
in it comes from the ledger and every statement names who made it ("SouthFront reports
..., citing an officer of the Syrian Arab Army"). There is one way to word a claim's value
(:func:`value_phrase`), one way to turn a slot into attributed sentences
(:func:`slot_sentences`) and one way to set a slot out as an item of a list
(:func:`slot_item`); the key findings and every chapter use them.

Sentences are plain text. Lists are HTML rendered by :func:`newsclaims.report.html.render`,
which escapes every string: a chapter glues them as HTML (``IPython.display.HTML``), never
as Markdown, so nothing from the data is parsed as MyST.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd
from markupsafe import Markup

from newsclaims.analysis.compare import Comparison
from newsclaims.report.html import render
from newsclaims.report.labels import (
    Labels,
    attribute_label,
    kind_label,
    short_name,
    slot_heading,
    words,
)
from newsclaims.text.lexicon import gloss_term, top_terms
from newsclaims.vocabulary import (
    DEFAULT_QUALIFIER,
    NO_NUMBER_WORDS,
    NOTABLE_KINDS,
    QUALIFIER_SENSES,
)

# ---------------------------------------------------------------------------- numbers


def format_number(value: float) -> str:
    """A number for prose: whole numbers with thousands separators (``1,700``), others
    with one decimal."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def format_share(value: float | None) -> str:
    """A share as a whole percentage for prose; "n/a" when undefined (nothing to divide)."""
    return "n/a" if value is None or pd.isna(value) else f"{value:.0%}"


def count_phrase(n: int, noun: str) -> str:
    """``1 slot``, ``2 slots``."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


# ---------------------------------------------------------------------------- claims


def value_phrase(claim: pd.Series, labels: Labels) -> str:
    """How a claim's value reads in a sentence: "more than 15 rockets (Maysalun)", "dozens
    of fighters", "“disabled”". The qualifier's words come from the vocabulary; the thing
    counted (a weapon that is not generic) is named after the unit; a faction's share says
    whose. ``claim`` needs ``value``, ``qualifier``, ``unit``, ``object`` and ``scope``."""
    value, code, unit = claim["value"], claim["qualifier"], claim["unit"]
    sense = QUALIFIER_SENSES.get(code or DEFAULT_QUALIFIER)
    thing = "" if claim["object"] in labels.generic else labels.name(claim["object"])
    try:
        number = format_number(float(value)) if value != "" else ""
    except ValueError:
        number = ""
    if value == "":
        alone = sense.alone if sense else None
        text = f"{alone or NO_NUMBER_WORDS} {unit or thing}".strip()
    elif number:
        noun = unit[:-1] if unit.endswith("s") and float(value) == 1 else unit
        before = sense.words if sense else ""
        text = f"{before} {number} {noun}".strip()
        if thing and unit:
            text += f" ({thing})"
    else:
        text = f"“{labels.names.get(value, words(value))}”"
        if code and code != "exact":
            text += f" [{words(code)}]"
    scope = claim.get("scope", "")
    if scope.startswith("share:"):
        text += f" as {labels.names.get(scope[6:], scope[6:])}'s share"
    return text


def attribution_phrase(claim: pd.Series, labels: Labels) -> str:
    """Whom the outlet relies on for a claim: "source: Local activists", or "no source
    named" when the outlet gives the claim on its own word."""
    if claim["attributed_to"] == claim["source_id"]:
        return "no source named"
    return f"source: {labels.names.get(claim['attributed_to'], claim['attributed_to'])}"


def claim_phrase(claim: pd.Series, labels: Labels) -> str:
    """A claim's value and whom it rests on: "37 tanks (source: an officer)"."""
    return f"{value_phrase(claim, labels)} ({attribution_phrase(claim, labels)})"


# ---------------------------------------------------------------------------- slots


def slot_sentences(slot_id: str, claims: pd.DataFrame, labels: Labels) -> list[str]:
    """One sentence per source in the slot, in the order of ``sources.csv``: "SouthFront
    reports 37 tanks (source: an officer)." ``claims`` carry ``slot_id``
    (:attr:`newsclaims.analysis.compare.Comparison.claims`); a source's repeated wording is
    given once."""
    chosen = claims[claims["slot_id"] == slot_id]
    present = set(chosen["source_id"])
    sentences = []
    for source_id in [s for s in labels.source_ids if s in present]:
        rows = chosen[chosen["source_id"] == source_id]
        parts = [claim_phrase(row, labels) for _, row in rows.iterrows()]
        sentences.append(f"{labels.outlet(source_id)} reports {'; '.join(dict.fromkeys(parts))}.")
    return sentences


def estimate_phrase(low: float, best: float, high: float) -> str:
    """A slot's estimate in words: "low 14, best 14, high 16"."""
    if any(isinstance(v, float) and math.isnan(v) for v in (low, best, high)):
        return "no estimate can be made from the wording"
    return f"low {format_number(low)}, best {format_number(best)}, high {format_number(high)}"


@dataclass(frozen=True)
class Item:
    """One item of a list in the book's prose, as plain text (the template escapes it): a
    ``heading`` in bold with a ``note`` in brackets, the ``text``, then a ``label`` and its
    ``emphasis`` (in italics) followed by ``tail``."""

    text: str
    heading: str = ""
    note: str = ""
    label: str = ""
    emphasis: str = ""
    tail: str = ""


def slot_item(heading: str, sentences: Iterable[str], note: str = "", after: str = "") -> Item:
    """A slot as an item of a list: the heading in bold, an optional note in brackets,
    then the sources' attributed sentences and anything ``after`` them."""
    return Item(f"{' '.join(sentences)}{after}", heading=heading, note=note)


def item_list(items: Iterable[Item], empty: str) -> Markup:
    """The items as an HTML list (``report/templates/items.html``, everything escaped), or
    a list of the single sentence ``empty`` when there are none."""
    return render("items.html", items=list(items), empty=empty)


def count_items(slots: pd.DataFrame, claims: pd.DataFrame, labels: Labels) -> Markup:
    """The counts of an event as an HTML list, one item per slot: what each source says,
    the slot's kind and its estimate."""
    items = [
        Item(
            " ".join(slot_sentences(slot.slot_id, claims, labels)),
            heading=attribute_label(slot.attribute),
            label="Slot kind",
            emphasis=kind_label(slot.kind),
            tail=f"; estimate {estimate_phrase(slot.low, slot.best, slot.high)}.",
        )
        for slot in slots.itertuples(index=False)
    ]
    return item_list(items, "No counts are recorded for this event.")


def contradiction_items(slots: pd.DataFrame, claims: pd.DataFrame, labels: Labels) -> Markup:
    """An HTML list, one item per slot, headed by the slot, with the sources' attributed
    sentences."""
    items = [
        slot_item(slot_heading(slot_id), slot_sentences(slot_id, claims, labels))
        for slot_id in slots["slot_id"]
    ]
    return item_list(items, "None.")


def key_findings(result: Comparison, labels: Labels) -> Markup:
    """An HTML list: the overall picture, then one item per notable slot (the kinds of
    :data:`newsclaims.vocabulary.NOTABLE_KINDS`, most serious first) with the sources'
    attributed words, the estimate where there is one, and the grade."""
    slots = result.slots
    multi = slots[slots["n_sources"] > 1]
    single = slots[slots["kind"] == "single_source"]
    confirmed = int((slots["credibility"] == 1).sum())
    one_origin = int(((slots["n_sources"] > 1) & (slots["independent_origins"] < 2)).sum())
    lines = [
        Item(
            f"Of {count_phrase(len(slots), 'slot')}, {len(multi)} are reported by more than one"
            f" source and {len(single)} ({len(single) / max(len(slots), 1):.0%}) by one source"
            " only."
        ),
        Item(
            f"{count_phrase(confirmed, 'slot')} {'is' if confirmed == 1 else 'are'} confirmed by"
            f" two or more independent origins; {count_phrase(one_origin, 'slot')}"
            f" {'is' if one_origin == 1 else 'are'} reported by several outlets that rest on a"
            " single origin."
        ),
    ]
    for kind in NOTABLE_KINDS:
        for _, slot in slots[slots["kind"] == kind].iterrows():
            estimate = (
                f" Estimate: {estimate_phrase(slot['low'], slot['best'], slot['high'])}."
                if slot["value_type"] == "number"
                else ""
            )
            note = f"{kind_label(kind)}; grade {slot['credibility']}, {slot['credibility_label']}"
            sentences = slot_sentences(slot["slot_id"], result.claims, labels)
            lines.append(slot_item(labels.slot_title(slot), sentences, note, estimate))
    return item_list(lines, "No slot is recorded.")


# ---------------------------------------------------------------------------- terms, places


def terms_phrase(terms: list[str], gloss: Mapping[str, str]) -> str:
    """A source's most frequent terms of a category, quoted and glossed; ties are joined
    and marked."""
    shown = [gloss_term(t, gloss, quote=True) for t in terms]
    if not shown:
        return "no term of this kind"
    return shown[0] if len(shown) == 1 else " and ".join(shown) + ", equally often"


def distance_items(distances: pd.DataFrame) -> Markup:
    """An HTML list, one item per pair of places: "Douma to al-Dumayr: about 30 km; why it
    matters." ``distances`` is :func:`newsclaims.analysis.places.connected_distances`."""
    items = [
        Item(
            f"{r['from_name']} to {r['to_name']}: about {r['km']:.0f} km"
            f"{' (approximate coordinates)' if r['approximate'] else ''}; {r['why it matters']}."
        )
        for _, r in distances.iterrows()
    ]
    return item_list(items, "No pair of places is given for this corpus.")


def most_used_items(
    counts: pd.DataFrame, gloss: Mapping[str, str], labels: Labels, category: str
) -> Markup:
    """An HTML list, one item per source, in ``sources.csv`` order: its outlet and the
    terms of a category it uses most often (:func:`newsclaims.text.lexicon.top_terms`),
    glossed."""
    items = [
        Item(f"{labels.outlet(s)}: {terms_phrase(top_terms(counts, s, category), gloss)}")
        for s in labels.source_ids
    ]
    return item_list(items, "No source is recorded.")


def spelling_examples(rows: pd.DataFrame, names: Mapping[str, str]) -> str:
    """Spellings and the entities they name: '"Qalamoun" for Eastern Qalamoun, ...'.
    ``rows`` have ``variant`` and ``entity_id``; ``names`` give each entity's name."""
    return ", ".join(
        f'"{v}" for {short_name(names[e])}'
        for v, e in zip(rows["variant"], rows["entity_id"], strict=True)
    )


def fuzzy_note(n_fuzzy: int) -> str:
    """What the list of mentions says about spellings the fuzzy step found."""
    if not n_fuzzy:
        return ": every spelling in the bodies is recorded as an alias"
    return "; they are marked 'fuzzy' in the list of mentions below"
