"""A table as a reader sees it: ids and codes replaced by names and labels, claims by
links to their quotes.

The CSV a chapter publishes keeps the ids and codes (machines join on them); the table on
the page is :func:`readable` of the same frame. Columns are recognised by their name, the
names the library gives them everywhere (``source_id``, ``claim_id``, ``event_id``,
``attribute``, ``value``, ``origin_group``...): one rule per name, so that every table of
every chapter is worded the same way. A column whose name is a source id (a matrix by
source) is headed by the outlet's name. Headings are written as words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd
from markupsafe import Markup

from newsclaims.report.labels import Labels, language_words, words
from newsclaims.report.links import CHAPTER_BASE, claim_link, excerpt, link, slot_href
from newsclaims.vocabulary import EXPLANATION_ATTRIBUTES, REFERENCE_CHECKS

LIST_SEPARATOR = ";"


def _listed(cell: object, word: Callable[[str], str], sep: str = LIST_SEPARATOR) -> str:
    text = "" if cell is None or (isinstance(cell, float) and pd.isna(cell)) else str(cell)
    return "; ".join(word(part.strip()) for part in text.split(sep) if part.strip())


def _rules(labels: Labels, titles: Mapping[str, str]) -> dict[str, tuple[str, Callable]]:
    """Column name -> (heading, how a cell is worded)."""
    outlet = labels.outlet_short
    name = labels.name
    return {
        "source_id": ("outlet", outlet),
        "sources": ("outlets", lambda c: _listed(c, outlet)),
        "silent_sources": ("silent outlets", lambda c: _listed(c, outlet)),
        "event_id": ("event", labels.event_label),
        "parent_event_id": ("part of", labels.event_label),
        "attribute": ("what is stated", labels.attribute),
        "origin_group": ("origin", labels.origin),
        "origin": ("origin", labels.origin),
        "origin_groups": ("origins", lambda c: _listed(c, labels.origin)),
        "party_origins": ("origins party to the event", lambda c: _listed(c, labels.origin)),
        "attributed_to": ("according to", lambda c: _listed(c, name)),
        "origins": ("origins", lambda c: _listed(c, labels.origin)),
        "also": ("also", lambda c: _listed(c, labels.kind)),
        "found_as": ("found as", name),
        "from_id": ("from", name),
        "to_id": ("to", name),
        "scope": ("scope", lambda c: _scope(c, labels)),
        "cause": ("cause", lambda c: _cause(c, labels)),
        "class": ("class", lambda c: _weapon_class(c, labels)),
        "stated": ("stated", lambda c: _weapon_class(c, labels)),
        "reference": ("reference", lambda c: _weapon_class(c, labels)),
        "subject": ("about", name),
        "object": ("thing counted", name),
        "entity_id": ("name", name),
        "actor_id": ("actor", name),
        "place_id": ("place", name),
        "weapon_id": ("system", name),
        "referent": ("refers to", lambda c: _listed(c, name)),
        "camp": ("camp", labels.camp),
        "modality": ("reported as", labels.modality),
        "as_of": ("moment", labels.moment),
        "kind": ("kind", labels.kind),
        "language": ("language", language_words),
        "slot_kind": ("kind of slot", labels.kind),
        "family": ("family", lambda c: labels.code("weapon_family", c)),
        "qualifier": ("qualifier", lambda c: labels.code("qualifier", c)),
        "category": ("category", labels.lexicon_category),
        "reliability": ("reliability", lambda c: f"{c} ({labels.reliability(c)})" if c else ""),
        "slot_id": ("slot", lambda c: titles.get(c, words(str(c)))),
        "compared_with": ("set against", lambda c: _listed(c, lambda s: titles.get(s, words(s)))),
        "outlier_claim": (
            "outlier",
            lambda c: excerpt(labels.claims[c][1]) if c in labels.claims else c,
        ),
    }


DROPPED = ("question_id", "slot_ids")
# An id column left out where the table names the same thing in words.
NAMED_BY = {
    "entity_id": ("entity",),
    "place_id": ("name_en", "place"),
    "weapon_id": ("name",),
    "from_id": ("from_name",),
    "to_id": ("to_name",),
}


def _scope(code: str, labels: Labels) -> str:
    if code.startswith("share:"):
        return f"{labels.name(code[6:])}'s share"
    return words(code)


def _cause(code: str, labels: Labels) -> str:
    for attribute in EXPLANATION_ATTRIBUTES:
        found = labels.codes.get((f"category:{attribute}", code))
        if found:
            return found
    return words(code)


def _weapon_class(code: str, labels: Labels) -> str:
    """A weapon class (``weapons.class``) by the label of the attribute that describes
    weapons by it (:data:`newsclaims.vocabulary.REFERENCE_CHECKS`)."""
    for attribute in REFERENCE_CHECKS:
        found = labels.codes.get((f"category:{attribute}", code))
        if found:
            return found
    return words(code)


def readable(
    frame: pd.DataFrame,
    labels: Labels,
    titles: Mapping[str, str] | None = None,
    base: str = CHAPTER_BASE,
) -> pd.DataFrame:
    """``frame`` for the page: every recognised column worded (see the module docstring),
    category values of an ``attribute`` column by their labels, a ``claim_id`` column as a
    link to the quote (the ``quote`` column itself when there is one), ``claim_ids`` as
    links to each quote, ``slot_id`` by ``titles`` (slot id to title) and linked to the
    slot's row; columns named by a source id headed by its outlet; other headings as
    words. Links are :class:`markupsafe.Markup`, which the table keeps as HTML."""
    titles = titles or {}
    rules = _rules(labels, titles)
    shown = pd.DataFrame(index=frame.index)
    has_quote = "quote" in frame.columns and "claim_id" in frame.columns
    for column in frame.columns:
        cells = frame[column]
        if column == "claim_id":
            if has_quote:
                continue
            shown["quote"] = [
                claim_link(c, labels, base=base) if c in labels.claims else c for c in cells
            ]
        elif column == "quote" and has_quote:
            shown["quote"] = [
                claim_link(c, labels, excerpt(q, 160), base) if c in labels.claims else q
                for c, q in zip(frame["claim_id"], cells, strict=True)
            ]
        elif column == "claim_ids":
            shown["quotes"] = [
                Markup("; ").join(
                    claim_link(c, labels, base=base)
                    for c in str(cell).split(LIST_SEPARATOR)
                    if c.strip() in labels.claims
                )
                for cell in cells
            ]
        elif column in DROPPED or any(c in frame.columns for c in NAMED_BY.get(column, ())):
            continue
        elif column == "values" and "attribute" in frame.columns:
            shown["values"] = [
                _listed(v, lambda c, a=a: labels.category(a, c))
                for a, v in zip(frame["attribute"], cells, strict=True)
            ]
        elif column == "slot_id":
            shown["slot"] = [
                link(titles.get(s, words(s)), slot_href(s, base)) if s else "" for s in cells
            ]
        elif column == "value" and "attribute" in frame.columns:
            shown["value"] = [
                labels.category(a, v) if isinstance(v, str) and not _numeric(v) else v
                for a, v in zip(frame["attribute"], cells, strict=True)
            ]
        elif column in rules:
            heading, word = rules[column]
            shown[heading] = [word(c) if isinstance(c, str) and c else c for c in cells]
        elif column in labels.outlets:
            shown[labels.outlet_short(column)] = cells
        else:
            shown[heading_words(str(column))] = cells
    return shown.reset_index(drop=True)


# Headings for the columns whose name does not read as words.
HEADINGS = {
    "translation_en": "English translation",
    "name_en": "name",
    "name_ar": "name in Arabic",
    "label_ar": "in Arabic",
    "coord_precision": "precision of the coordinates",
    "occurred_precision": "precision of the date",
    "start": "from character",
    "end": "to character",
}


def heading_words(column: str) -> str:
    """A column's heading for readers: :data:`HEADINGS`, a count ``n_claims`` as "claims",
    otherwise the name as words."""
    if column in HEADINGS:
        return HEADINGS[column]
    return words(column.removeprefix("n_") if column.startswith("n_") else column)


def _numeric(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def used_vocabulary(attributes: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``attributes.csv`` that the package's claims use, each with only the
    categories its claims use (``|``-separated, in the vocabulary's order): what a book
    shows of a vocabulary that may hold another corpus's categories."""
    used = claims.groupby("attribute")["value"].agg(set).to_dict()
    chosen = attributes[attributes["attribute"].isin(used)].copy()
    chosen["categories"] = [
        "|".join(c.strip() for c in cats.split("|") if c.strip() in used[a])
        for a, cats in zip(chosen["attribute"], chosen["categories"], strict=True)
    ]
    return chosen.reset_index(drop=True)


def attributes_table(attributes: pd.DataFrame, labels: Labels) -> pd.DataFrame:
    """The vocabulary of ``attributes.csv`` in words: each attribute's English and Arabic
    labels, its value type, its categories by their labels and its description (the
    CSV keeps the codes)."""
    return pd.DataFrame(
        {
            "what is stated": attributes["attribute"].map(labels.attribute),
            "in Arabic": [labels.arabic("attribute", a) for a in attributes["attribute"]],
            "value": attributes["value_type"].map(words),
            "categories": [
                "; ".join(labels.category(a, c.strip()) for c in cats.split("|") if c.strip())
                for a, cats in zip(attributes["attribute"], attributes["categories"], strict=True)
            ],
            "description": attributes["description"],
        }
    )
