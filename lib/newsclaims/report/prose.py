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

from newsclaims.report.html import render
from newsclaims.report.labels import Labels, short_name, words
from newsclaims.report.links import CHAPTER_BASE, claim_link
from newsclaims.text.lexicon import gloss_term, top_terms
from newsclaims.vocabulary import (
    DEFAULT_MODALITY,
    DEFAULT_QUALIFIER,
    DEFAULT_SCOPE,
    NO_NUMBER_WORDS,
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

# How a qualifier reads after a category value ("to join pro-government forces (most of them)").
_SHARE_WORDS = {"most": "most of them", "some": "some of them"}


def value_phrase(claim: pd.Series, labels: Labels) -> str:
    """How a claim's value reads in a sentence: "more than 15 rockets (Maysalun)", "dozens
    of fighters", "disabled before handover (tanks)". The qualifier's words come from the
    vocabulary; the thing counted (a weapon that is not generic) is named after the unit; a
    category value is worded by the package's labels; a faction's share says whose.
    ``claim`` needs ``attribute`` (for a category), ``value``, ``qualifier``, ``unit``,
    ``object`` and ``scope``."""
    value, code, unit = claim["value"], claim["qualifier"], claim["unit"]
    sense = QUALIFIER_SENSES.get(code or DEFAULT_QUALIFIER)
    thing = "" if claim["object"] in labels.generic else labels.name(claim["object"])
    try:
        number = format_number(float(value)) if value != "" else ""
    except ValueError:
        number = ""
    if value == "":
        alone = sense.alone if sense else None
        text = f"{alone or NO_NUMBER_WORDS} {words(unit) or thing}".strip()
    elif number:
        noun = unit[:-1] if unit.endswith("s") and float(value) == 1 else unit
        before = sense.words if sense else ""
        text = f"{before} {number} {words(noun)}".strip()
        if thing and unit and _singular(thing) != _singular(words(unit)):
            text += f" ({thing})"
    else:
        text = short_name(labels.category(claim.get("attribute", ""), value))
        shown_object = claim["object"] and claim["object"] != value
        if code in _SHARE_WORDS and shown_object:
            # "most of the fighters": the qualifier says of what.
            text += f" ({code} of the {labels.name(claim['object']).lower()})"
            shown_object = False
        elif code and code != "exact":
            text += f" ({_SHARE_WORDS.get(code, words(code))})"
        if shown_object and _singular(words(claim["object"])) not in _singular(text.lower()):
            # What the value is about: the condition of the ammunition, not of the tanks.
            text += f" ({short_name(labels.name(claim['object']))})"
    scope = claim.get("scope", "")
    if scope.startswith("share:"):
        text += f" as {labels.name(scope[6:])}'s share"
    return text


def _singular(text: str) -> str:
    return text.lower().removesuffix("s")


def values_said(claim_ids: Iterable[str], claims: pd.DataFrame, labels: Labels) -> list[str]:
    """For each cell of ``claim_ids`` (claim ids separated by ``;``), what those claims
    say, worded by :func:`value_phrase` and joined by ``; `` (a wording repeated once).
    ``claims`` are the ledger's, with ``claim_id``."""
    by_id = claims.set_index("claim_id")
    return [
        "; ".join(
            dict.fromkeys(value_phrase(by_id.loc[c], labels) for c in str(cell).split(";") if c)
        )
        for cell in claim_ids
    ]


def attribution_phrase(claim: pd.Series, labels: Labels) -> str:
    """Whom the outlet relies on for a claim: "citing Local activists", or "on its own
    word" when the outlet names no source for it."""
    if claim["attributed_to"] == claim["source_id"]:
        return "on its own word"
    return f"citing {labels.name(claim['attributed_to'])}"


def claim_phrase(claim: pd.Series, labels: Labels, base: str | None = CHAPTER_BASE) -> Markup:
    """A claim's value, linked to its quote (no link when ``base`` is ``None`` or the
    labels do not know the claim), and whom it rests on: "37 tanks (citing an officer)"."""
    value = value_phrase(claim, labels)
    if base is not None and claim.get("claim_id", "") in labels.claims:
        value = claim_link(claim["claim_id"], labels, value, base)
    return Markup("{} ({})").format(value, attribution_phrase(claim, labels))


# ---------------------------------------------------------------------------- slots


def slot_sentences(
    slot_id: str, claims: pd.DataFrame, labels: Labels, base: str | None = CHAPTER_BASE
) -> list[Markup]:
    """One sentence per source in the slot, in the order of ``sources.csv``, each value a
    link to its quote: "SouthFront reports 37 tanks (citing an officer)." ``claims`` carry
    ``slot_id`` (:attr:`newsclaims.analysis.compare.Comparison.claims`); a source's
    repeated wording is given once."""
    chosen = claims[claims["slot_id"] == slot_id]
    present = set(chosen["source_id"])
    sentences = []
    for source_id in [s for s in labels.source_ids if s in present]:
        rows = chosen[chosen["source_id"] == source_id]
        parts: dict[str, Markup] = {}
        for _, row in rows.iterrows():
            parts.setdefault(value_phrase(row, labels), claim_phrase(row, labels, base))
        joined = Markup("; ").join(parts.values())
        sentences.append(Markup("{} reports {}.").format(labels.outlet(source_id), joined))
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
    """One item of a list in the book's prose (plain text is escaped by the template;
    :class:`markupsafe.Markup` made by another template, such as a link, is kept): a
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
    return Item(Markup(" ").join(sentences) + after, heading=heading, note=note)


def item_list(items: Iterable[Item], empty: str) -> Markup:
    """The items as an HTML list (``report/templates/items.html``, everything escaped), or
    a list of the single sentence ``empty`` when there are none."""
    return render("items.html", items=list(items), empty=empty)


KEY_PARTS = ("object", "unit", "as_of", "scope", "modality")


def key_phrase(slot: pd.Series, labels: Labels, shown: Iterable[str] = KEY_PARTS) -> str:
    """What sets a slot apart within its question, in words: the thing counted, the
    moment, the scope and the modality (of the parts ``shown``) where they are not the
    defaults ("M-600; planned or agreed"), or "as a whole"."""
    shown = set(shown)
    parts = []
    obj = slot.get("object", "") if "object" in shown else ""
    if obj:
        parts.append(short_name(labels.name(obj)))
    unit = slot.get("unit", "") if "unit" in shown else ""
    if unit and not obj:
        parts.append(f"in {words(unit)}s")
    moment = slot.get("as_of", "") if "as_of" in shown else ""
    if moment:
        parts.append(labels.moment(moment))
    scope = slot.get("scope", DEFAULT_SCOPE) if "scope" in shown else DEFAULT_SCOPE
    if scope.startswith("share:"):
        parts.append(f"{labels.name(scope[6:])}'s share")
    elif scope != DEFAULT_SCOPE:
        parts.append(f"a {words(scope)}")
    modality = slot.get("modality", DEFAULT_MODALITY) if "modality" in shown else DEFAULT_MODALITY
    if modality != DEFAULT_MODALITY:
        parts.append(labels.modality(modality))
    return "; ".join(parts) or "as a whole"


def slot_titles(slots: pd.DataFrame, labels: Labels, with_event: bool = False) -> dict[str, str]:
    """A short title per slot for figures, tables and links: its attribute in words, and
    what sets it apart within its question where anything does ("number of tanks handed
    over (Jaysh al-Islam's share)"); with ``with_event``, preceded by the event's label."""
    titles = {}
    for _, group in slots.groupby("question_id", sort=False):
        varying = [p for p in KEY_PARTS if group[p].nunique() > 1]
        for _, slot in group.iterrows():
            key = key_phrase(slot, labels, varying) if varying else "as a whole"
            title = labels.attribute(slot["attribute"])
            if slot["question_id"].count(":") > 1 and slot["value_type"] != "number":
                # A question per value (a weapon type, a cause): the value says which.
                value = slot["question_id"].split(":", 2)[2]
                title += f": {labels.category(slot['attribute'], value)}"
            title = title if key == "as a whole" else f"{title} ({key})"
            event = f"{labels.event_label(slot['event_id'])}: " if with_event else ""
            titles[slot["slot_id"]] = event + title
    return titles


def _estimate_after(slot: pd.Series) -> str:
    if slot["value_type"] != "number":
        return ""
    return (
        f" Estimate: {estimate_phrase(slot['low'], slot['best'], slot['high'], slot['best_note'])}."
    )


def question_items(slots: pd.DataFrame, claims: pd.DataFrame, labels: Labels) -> Markup:
    """An HTML list, one item per question (event and attribute): what each source says,
    each value a link to its quote. A question whose claims share one key is one slot,
    with its kind and estimate; a question of several slots sets them side by side, each
    with its own estimate, says why they are not comparable, and gives no combined
    estimate."""
    items = []
    titles = slot_titles(slots, labels)
    for _, group in slots.groupby("question_id", sort=False):
        first = group.iloc[0]
        if len(group) == 1:
            items.append(
                Item(
                    Markup(" ").join(slot_sentences(first["slot_id"], claims, labels)),
                    heading=titles[first["slot_id"]],
                    label="Kind",
                    emphasis=labels.kind(first["kind"]),
                    tail=f".{_estimate_after(first)}",
                )
            )
            continue
        reasons = [r for text in group["not_comparable"] for r in text.split("; ") if r]
        varying = [p for p in KEY_PARTS if group[p].nunique() > 1]
        parts = tuple(
            (
                key_phrase(slot, labels, varying),
                Markup(" ").join(slot_sentences(slot["slot_id"], claims, labels))
                + _estimate_after(slot),
            )
            for _, slot in group.iterrows()
        )
        note = f"not comparable: {', '.join(dict.fromkeys(reasons))}"
        heading = labels.attribute(first["attribute"])
        items.append(Item("No combined estimate.", heading=heading, note=note, parts=parts))
    return item_list(items, "No counts are recorded for this event.")


def count_items(slots: pd.DataFrame, claims: pd.DataFrame, labels: Labels) -> Markup:
    """The counts of an event, one item per question (:func:`question_items`)."""
    return question_items(slots, claims, labels)


def contradiction_items(slots: pd.DataFrame, claims: pd.DataFrame, labels: Labels) -> Markup:
    """An HTML list, one item per slot, headed by its event and what it records (and what
    sets the slot apart within its question), with the sources' attributed sentences."""
    items = []
    for _, slot in slots.iterrows():
        key = key_phrase(slot, labels)
        heading = labels.slot_title(slot) + ("" if key == "as a whole" else f" ({key})")
        items.append(slot_item(heading, slot_sentences(slot["slot_id"], claims, labels)))
    return item_list(items, "None.")


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
