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
    words,
)
from newsclaims.text.lexicon import gloss_term, top_terms
from newsclaims.vocabulary import (
    DEFAULT_MODALITY,
    DEFAULT_QUALIFIER,
    DEFAULT_SCOPE,
    MODALITY_WORDS,
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
        if claim["object"]:
            # What the value is about: the condition of the ammunition, not of the tanks.
            text += f" ({short_name(labels.name(claim['object']))})"
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


def estimate_phrase(low: float, best: float, high: float, note: str = "") -> str:
    """A slot's estimate in words: "low 14, best 14, high 16"; a missing best or high is
    said, with ``note`` (why the best is withheld) where given."""

    def missing(value: object) -> bool:
        return value is None or (isinstance(value, float) and math.isnan(value))

    if missing(low):
        return "no estimate can be made from the wording"
    parts = [f"low {format_number(low)}"]
    if missing(best):
        why = note.removeprefix("none: ") if note else "no figure can be singled out"
        parts.append(f"no best estimate ({why})")
    else:
        parts.append(f"best {format_number(best)}")
    parts.append(
        "no high (a claim sets no upper bound)" if missing(high) else f"high {format_number(high)}"
    )
    return ", ".join(parts)


@dataclass(frozen=True)
class Item:
    """One item of a list in the book's prose, as plain text (the template escapes it): a
    ``heading`` in bold with a ``note`` in brackets, then ``parts`` (pairs of an emphasised
    key and its text, for slots set side by side), the ``text``, then a ``label`` and its
    ``emphasis`` (in italics) followed by ``tail``."""

    text: str
    heading: str = ""
    note: str = ""
    label: str = ""
    emphasis: str = ""
    tail: str = ""
    parts: tuple[tuple[str, str], ...] = ()


def slot_item(heading: str, sentences: Iterable[str], note: str = "", after: str = "") -> Item:
    """A slot as an item of a list: the heading in bold, an optional note in brackets,
    then the sources' attributed sentences and anything ``after`` them."""
    return Item(f"{' '.join(sentences)}{after}", heading=heading, note=note)


def item_list(items: Iterable[Item], empty: str) -> Markup:
    """The items as an HTML list (``report/templates/items.html``, everything escaped), or
    a list of the single sentence ``empty`` when there are none."""
    return render("items.html", items=list(items), empty=empty)


KEY_PARTS = ("object", "unit", "as_of", "scope", "modality")


def key_phrase(slot: pd.Series, labels: Labels, shown: Iterable[str] = KEY_PARTS) -> str:
    """What sets a slot apart within its question, in words: the thing counted, the
    moment, the scope and the modality (of the parts ``shown``) where they are not the
    defaults ("M-600; as a forecast"), or "as a whole"."""
    shown = set(shown)
    parts = []
    obj = slot.get("object", "") if "object" in shown else ""
    if obj:
        parts.append(labels.name(obj))
    unit = slot.get("unit", "") if "unit" in shown else ""
    if unit and not obj:
        parts.append(f"in {words(unit)}s")
    moment = slot.get("as_of", "") if "as_of" in shown else ""
    if moment:
        parts.append(
            f"moment: {moment.replace('/', ' to ') if moment[0].isdigit() else words(moment)}"
        )
    scope = slot.get("scope", DEFAULT_SCOPE) if "scope" in shown else DEFAULT_SCOPE
    if scope.startswith("share:"):
        parts.append(f"{labels.names.get(scope[6:], words(scope[6:]))}'s share")
    elif scope != DEFAULT_SCOPE:
        parts.append(f"a {words(scope)}")
    modality = slot.get("modality", DEFAULT_MODALITY) if "modality" in shown else DEFAULT_MODALITY
    if modality != DEFAULT_MODALITY:
        parts.append(f"as {'an' if modality[0] in 'aeiou' else 'a'} {MODALITY_WORDS[modality]}")
    return "; ".join(parts) or "as a whole"


def slot_titles(slots: pd.DataFrame, labels: Labels, with_event: bool = False) -> dict[str, str]:
    """A short title per slot for figures and tables: its attribute in words, and what sets
    it apart within its question where anything does ("tanks handed over (Jaysh
    al-Islam's share)"); with ``with_event``, followed by the event's name."""
    titles = {}
    for _, group in slots.groupby("question_id", sort=False):
        varying = [p for p in KEY_PARTS if group[p].nunique() > 1]
        for _, slot in group.iterrows():
            key = key_phrase(slot, labels, varying) if varying else "as a whole"
            title = attribute_label(slot["attribute"])
            title = title if key == "as a whole" else f"{title} ({key})"
            event = f" — {short_name(labels.event(slot['event_id']))}" if with_event else ""
            titles[slot["slot_id"]] = title + event
    return titles


def _estimate_after(slot: pd.Series) -> str:
    if slot["value_type"] != "number":
        return ""
    return (
        f" Estimate: {estimate_phrase(slot['low'], slot['best'], slot['high'], slot['best_note'])}."
    )


def question_items(slots: pd.DataFrame, claims: pd.DataFrame, labels: Labels) -> Markup:
    """An HTML list, one item per question (event and attribute): what each source says. A
    question whose claims share one key is one slot, with its kind and estimate; a question
    of several slots sets them side by side, each with its own estimate, says why they are
    not comparable, and gives no combined estimate."""
    items = []
    for _, group in slots.groupby("question_id", sort=False):
        first = group.iloc[0]
        heading = attribute_label(first["attribute"])
        if len(group) == 1:
            items.append(
                Item(
                    " ".join(slot_sentences(first["slot_id"], claims, labels)),
                    heading=heading,
                    label="Slot kind",
                    emphasis=kind_label(first["kind"]),
                    tail=f".{_estimate_after(first)}",
                )
            )
            continue
        reasons = [r for text in group["not_comparable"] for r in text.split("; ") if r]
        varying = [p for p in KEY_PARTS if group[p].nunique() > 1]
        parts = tuple(
            (
                key_phrase(slot, labels, varying),
                " ".join(slot_sentences(slot["slot_id"], claims, labels)) + _estimate_after(slot),
            )
            for _, slot in group.iterrows()
        )
        note = f"not comparable: {', '.join(dict.fromkeys(reasons))}"
        items.append(Item("No combined estimate.", heading=heading, note=note, parts=parts))
    return item_list(items, "No counts are recorded for this event.")


def count_items(slots: pd.DataFrame, claims: pd.DataFrame, labels: Labels) -> Markup:
    """The counts of an event, one item per question (:func:`question_items`)."""
    return question_items(slots, claims, labels)


def contradiction_items(slots: pd.DataFrame, claims: pd.DataFrame, labels: Labels) -> Markup:
    """An HTML list, one item per slot, headed by its event and attribute (and what sets
    the slot apart within its question), with the sources' attributed sentences."""
    items = []
    for _, slot in slots.iterrows():
        key = key_phrase(slot, labels)
        heading = labels.slot_title(slot) + ("" if key == "as a whole" else f" ({key})")
        items.append(slot_item(heading, slot_sentences(slot["slot_id"], claims, labels)))
    return item_list(items, "None.")


def key_findings(result: Comparison, labels: Labels) -> Markup:
    """An HTML list: the overall picture, then one item per notable slot (the kinds of
    :data:`newsclaims.vocabulary.NOTABLE_KINDS`, most serious first) with the sources'
    attributed words, the estimate where there is one, the grade and the outlier."""
    slots = result.slots
    multi = slots[slots["n_sources"] > 1]
    single = slots[slots["kind"] == "single_source"]
    confirmed = int((slots["credibility"] == 1).sum())
    one_origin = int(((slots["n_sources"] > 1) & (slots["independent_origins"] < 2)).sum())
    apart = slots.groupby("question_id")["slot_id"].count()
    lines = [
        Item(
            f"Of {count_phrase(len(slots), 'slot')}, {len(multi)} are reported by more than one"
            f" source and {len(single)} ({len(single) / max(len(slots), 1):.0%}) by one source"
            " only."
        ),
        Item(
            f"{count_phrase(confirmed, 'slot')} {'is' if confirmed == 1 else 'are'} confirmed"
            f" (agreed across opposing camps); {count_phrase(one_origin, 'slot')}"
            f" {'is' if one_origin == 1 else 'are'} reported by several outlets that rest on a"
            " single origin."
        ),
    ]
    if (apart > 1).any():
        n = int((apart > 1).sum())
        lines.append(
            Item(
                f"{count_phrase(n, 'question')} {'holds' if n == 1 else 'hold'} claims that are"
                " not comparable (different systems, units, moments, scopes or modalities):"
                " they are set side by side and never estimated together."
            )
        )
    for kind in NOTABLE_KINDS:
        for _, slot in slots[slots["kind"] == kind].iterrows():
            note = f"{kind_label(kind)}; grade {slot['credibility']}, {slot['credibility_label']}"
            sentences = slot_sentences(slot["slot_id"], result.claims, labels)
            outlier = f" Outlier: {slot['outlier_reason']}." if slot["outlier_claim"] else ""
            key = key_phrase(slot, labels)
            title = labels.slot_title(slot) + ("" if key == "as a whole" else f" ({key})")
            lines.append(slot_item(title, sentences, note, _estimate_after(slot) + outlier))
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
