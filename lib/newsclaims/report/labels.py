"""Codes and ids turned into the words a reader sees.

Ids and codes belong in the downloadable CSVs and in link targets; prose, headings,
legends and tables show names and words. :class:`Labels` holds what a package says of its
ids and codes: the names of its actors, weapons, places, events and outlets, and the
labels of its ``labels.csv`` (attributes, category values, origin groups, camps, kinds of
event, moments, modalities, kinds of slot, lexicon categories; English and Arabic). A code
the package gives no label falls back on the project's vocabulary
(:mod:`newsclaims.vocabulary`) and then on the code written as words, so that another
corpus's book reads without a labels table. Every chapter and generated page words things
through this module, so that a label changes in one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from newsclaims.data.package import Ledger
from newsclaims.vocabulary import (
    CATEGORY_WORDS,
    GRADES,
    KIND_WORDS,
    MODALITY_WORDS,
    RELIABILITY_LABELS,
)


def words(code: str) -> str:
    """A code written as words: ``weapon_condition`` -> ``weapon condition``."""
    return code.replace("_", " ")


# Language tags of sources.csv in words; a tag not listed is shown as written.
LANGUAGES = {"en": "English", "ar": "Arabic", "fr": "French", "ru": "Russian", "tr": "Turkish"}


def language_words(tags: str) -> str:
    """``en;ar`` -> ``English and Arabic``."""
    names = [LANGUAGES.get(t.strip(), t.strip()) for t in tags.split(";") if t.strip()]
    return " and ".join(names)


def attribute_label(attribute: str) -> str:
    """The words for an attribute without a package's labels."""
    return words(attribute)


def kind_label(kind: str) -> str:
    """The words for a kind of slot (:data:`newsclaims.vocabulary.KINDS`)."""
    return KIND_WORDS.get(kind, words(kind))


def grade_label(grade: int) -> str:
    """The label of a credibility grade, 1 to 6 (:data:`newsclaims.vocabulary.GRADES`)."""
    return GRADES[grade]


def category_label(category: str) -> str:
    """The words for a category of the lexicon (:data:`newsclaims.vocabulary.CATEGORY_WORDS`)."""
    return CATEGORY_WORDS.get(category, words(category))


def short_name(name: str) -> str:
    """A name without its parenthesised detail: ``Jaysh al-Islam (Army of Islam)`` ->
    ``Jaysh al-Islam``."""
    return name.split(" (", 1)[0]


def yes_no(flag: bool) -> str:
    """``yes`` or ``no``, for a table cell."""
    return "yes" if flag else "no"


# The vocabulary's words for the kinds of code a package may label, used when it does not.
_VOCABULARY = {
    "slot_kind": KIND_WORDS,
    "modality": MODALITY_WORDS,
    "lexicon_category": CATEGORY_WORDS,
    "reliability": RELIABILITY_LABELS,
}


@dataclass(frozen=True)
class Labels:
    """The names and labels a package gives the things its ids and codes stand for.

    ``names``: actor, weapon and place ids to their English names; ``generic``: the weapon
    ids that name no particular system ("tank, model not specified"), which a sentence
    leaves out; ``outlets``: source ids to outlet names; ``events``: event ids to event
    names; ``source_ids``: the sources in ``sources.csv`` order; ``codes`` and
    ``codes_ar``: ``(kind, code)`` to the English and Arabic labels of ``labels.csv``
    (kinds as that table writes them, ``category:<attribute>`` for category values);
    ``claims``: claim ids to ``(source_id, quote)``, for links and their words.
    """

    names: Mapping[str, str] = field(default_factory=dict)
    generic: frozenset[str] = frozenset()
    outlets: Mapping[str, str] = field(default_factory=dict)
    events: Mapping[str, str] = field(default_factory=dict)
    source_ids: tuple[str, ...] = ()
    codes: Mapping[tuple[str, str], str] = field(default_factory=dict)
    codes_ar: Mapping[tuple[str, str], str] = field(default_factory=dict)
    claims: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def from_ledger(cls, ledger: Ledger) -> Labels:
        """The labels of a loaded package."""
        names = dict(zip(ledger.actors["actor_id"], ledger.actors["name_en"], strict=True))
        names.update(zip(ledger.weapons["weapon_id"], ledger.weapons["name"], strict=True))
        names.update(zip(ledger.places["place_id"], ledger.places["name_en"], strict=True))
        weapons, table = ledger.weapons, ledger.labels
        keys = list(zip(table["kind"], table["code"], strict=True))
        claims = ledger.claims
        return cls(
            names=names,
            generic=frozenset(weapons.loc[weapons["generic"] == "yes", "weapon_id"]),
            outlets=dict(zip(ledger.sources["source_id"], ledger.sources["outlet"], strict=True)),
            events=dict(zip(ledger.events["event_id"], ledger.events["name"], strict=True)),
            source_ids=tuple(ledger.source_ids),
            codes=dict(zip(keys, table["label_en"], strict=True)),
            codes_ar={k: v for k, v in zip(keys, table["label_ar"], strict=True) if v},
            claims={
                c: (s, q)
                for c, s, q in zip(
                    claims["claim_id"], claims["source_id"], claims["quote"], strict=True
                )
            },
        )

    # ------------------------------------------------------------------ names

    def name(self, code: str) -> str:
        """The name of an actor, weapon or place; any other code as words."""
        return self.names.get(code, words(code))

    def outlet(self, source_id: str) -> str:
        """The outlet that published a source; ``KeyError`` for an unknown source."""
        return self.outlets[source_id]

    def outlet_short(self, source_id: str) -> str:
        """The outlet's name without its parenthesised detail ("SMART News Agency"), for
        legends and table headings; anything else (a total row's "all sources") as it is."""
        return short_name(self.outlets.get(source_id, source_id))

    def event(self, event_id: str) -> str:
        """The full name of an event (its id as words when the package does not name it)."""
        return self.events.get(event_id, words(event_id))

    def event_label(self, event_id: str) -> str:
        """The short label of an event for figures and tables (``labels.csv``), else its
        name."""
        return self.codes.get(("event", event_id)) or self.event(event_id)

    # ------------------------------------------------------------------ codes

    def code(self, kind: str, code: str) -> str:
        """The English label of ``code`` of a kind of ``labels.csv``; the vocabulary's
        words, or the code as words, when the package gives none."""
        if not code:
            return ""
        found = self.codes.get((kind, code))
        if found:
            return found
        return _VOCABULARY.get(kind, {}).get(code) or words(code)

    def arabic(self, kind: str, code: str) -> str:
        """The Arabic label of a code, or ``""``."""
        return self.codes_ar.get((kind, code), "")

    def attribute(self, attribute: str) -> str:
        """What an attribute records, in words ("number of tanks handed over")."""
        return self.code("attribute", attribute)

    def category(self, attribute: str, value: str) -> str:
        """A category value of an attribute in words ("disabled before handover"); a value
        that names an actor, weapon or place, by its name; one that is a weapon family, by
        the family's label."""
        found = self.codes.get((f"category:{attribute}", value))
        family = self.codes.get(("weapon_family", value))
        return found or self.names.get(value) or family or words(value)

    def origin(self, group: str) -> str:
        """An origin group in words: its label, else the name of the actor it is."""
        return self.codes.get(("origin_group", group)) or self.names.get(group) or words(group)

    def camp(self, camp: str) -> str:
        """A camp in words ("armed opposition")."""
        return self.code("camp", camp)

    def modality(self, modality: str) -> str:
        """A modality in words ("planned or agreed")."""
        return self.code("modality", modality)

    def kind(self, kind: str) -> str:
        """A kind of slot in words ("sources contradict each other")."""
        return self.code("slot_kind", kind)

    def moment(self, moment: str) -> str:
        """A claim's moment in words: a date or period as written, a named moment by its
        label ("during the siege")."""
        if not moment:
            return ""
        if moment[0].isdigit():
            return moment.replace("/", " to ")
        return self.code("moment", moment)

    def lexicon_category(self, category: str) -> str:
        """A lexicon category in words ("handing over")."""
        return self.code("lexicon_category", category)

    def reliability(self, grade: str) -> str:
        """An Admiralty reliability grade in words ("reliability cannot be judged")."""
        return self.code("reliability", grade or "F")

    def slot_title(self, slot: pd.Series) -> str:
        """A slot as a title: its event's name and its attribute in words."""
        return f"{self.event(slot['event_id'])}: {self.attribute(slot['attribute'])}"
