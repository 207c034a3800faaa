"""Codes and ids turned into the words a reader sees.

Ids and codes belong in the downloadable CSVs and in link targets; prose, headings and
tables show names and words. :class:`Labels` holds the names a ledger gives its actors,
weapons, places, events and outlets; the functions below word the codes of the vocabulary
(:mod:`newsclaims.vocabulary`). Every chapter and generated page words things through
this module, so that a label changes in one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from newsclaims.data.package import Ledger
from newsclaims.vocabulary import CATEGORY_WORDS, GRADES, KIND_WORDS


def words(code: str) -> str:
    """A code written as words: ``weapon_condition`` -> ``weapon condition``."""
    return code.replace("_", " ")


def attribute_label(attribute: str) -> str:
    """The words for an attribute of ``attributes.csv``."""
    return words(attribute)


def kind_label(kind: str) -> str:
    """The words for a kind of slot (:data:`newsclaims.vocabulary.KINDS`)."""
    return KIND_WORDS.get(kind, words(kind))


def grade_label(grade: int) -> str:
    """The label of a credibility grade, 1 to 6 (:data:`newsclaims.vocabulary.GRADES`)."""
    return GRADES[grade]


def category_label(category: str) -> str:
    """The words for a category of the lexicon (:data:`newsclaims.vocabulary.CATEGORY_WORDS`)."""
    return CATEGORY_WORDS.get(category, category)


def slot_heading(slot_id: str) -> str:
    """A slot id as a heading: ``eq_handover:weapon_condition`` -> ``eq handover — weapon
    condition``."""
    return words(slot_id.replace(":", " — "))


def short_name(name: str) -> str:
    """A name without its parenthesised detail: ``Jaysh al-Islam (Army of Islam)`` ->
    ``Jaysh al-Islam``."""
    return name.split(" (", 1)[0]


def yes_no(flag: bool) -> str:
    """``yes`` or ``no``, for a table cell."""
    return "yes" if flag else "no"


@dataclass(frozen=True)
class Labels:
    """The names a package gives the things its ids stand for.

    ``names``: actor, weapon and place ids to their English names; ``generic``: the weapon
    ids that name no particular system ("tank, model not specified"), which a sentence
    leaves out; ``outlets``: source ids to outlet names; ``events``: event ids to event
    names; ``source_ids``: the sources in ``sources.csv`` order.
    """

    names: Mapping[str, str] = field(default_factory=dict)
    generic: frozenset[str] = frozenset()
    outlets: Mapping[str, str] = field(default_factory=dict)
    events: Mapping[str, str] = field(default_factory=dict)
    source_ids: tuple[str, ...] = ()

    @classmethod
    def from_ledger(cls, ledger: Ledger) -> Labels:
        """The labels of a loaded package."""
        names = dict(zip(ledger.actors["actor_id"], ledger.actors["name_en"], strict=True))
        names.update(zip(ledger.weapons["weapon_id"], ledger.weapons["name"], strict=True))
        names.update(zip(ledger.places["place_id"], ledger.places["name_en"], strict=True))
        weapons = ledger.weapons
        return cls(
            names=names,
            generic=frozenset(weapons.loc[weapons["generic"] == "yes", "weapon_id"]),
            outlets=dict(zip(ledger.sources["source_id"], ledger.sources["outlet"], strict=True)),
            events=dict(zip(ledger.events["event_id"], ledger.events["name"], strict=True)),
            source_ids=tuple(ledger.source_ids),
        )

    def name(self, code: str) -> str:
        """The name of an actor, weapon or place; any other code as words."""
        return self.names.get(code, words(code))

    def outlet(self, source_id: str) -> str:
        """The outlet that published a source; ``KeyError`` for an unknown source."""
        return self.outlets[source_id]

    def event(self, event_id: str) -> str:
        """The name of an event (its id when the package does not name it)."""
        return self.events.get(event_id, event_id)

    def slot_title(self, slot: pd.Series) -> str:
        """A slot as a title: its event's name and its attribute in words."""
        return f"{self.event(slot['event_id'])}, {attribute_label(slot['attribute'])}"
