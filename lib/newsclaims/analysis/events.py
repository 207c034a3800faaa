"""Events as a hierarchy: each deal, site, convoy or day is its own event under the
operation it belongs to (``events.parent_event_id``).

The comparison uses the hierarchy in three ways: a claim about a part of an event is set
against a claim about the whole as *part and whole*, never as a contradiction; the same
attribute in *related* events (siblings under one parent, or events of one
``event_kind`` in different operations) is set side by side; and the camps that are
*party* to an event (``events.parties``) weigh a party's account of its own event.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pandas as pd


@dataclass(frozen=True)
class Hierarchy:
    """The events of a package as a tree. ``parent``: each event's parent (``""`` at the
    top); ``kind``: its ``event_kind`` (``""`` when not given); ``own_parties``: the camps
    ``events.csv`` lists for it; ``start`` and ``end``: its ISO dates (``""`` when the
    documents give none)."""

    parent: dict[str, str]
    kind: dict[str, str]
    own_parties: dict[str, frozenset[str]]
    start: dict[str, str]
    end: dict[str, str]

    @classmethod
    def of(cls, events: pd.DataFrame) -> Hierarchy:
        """The hierarchy of an ``events`` table (the optional columns may be missing)."""

        def column(name: str) -> dict[str, str]:
            values = events[name] if name in events else pd.Series("", index=events.index)
            return dict(zip(events["event_id"], values.fillna(""), strict=True))

        parties = {e: frozenset(filter(None, p.split(";"))) for e, p in column("parties").items()}
        return cls(
            column("parent_event_id"),
            column("event_kind"),
            parties,
            column("start"),
            column("end"),
        )

    def ancestors(self, event_id: str) -> list[str]:
        """The events above ``event_id``, nearest first (a cycle, which validation reports,
        stops the walk)."""
        found: list[str] = []
        current = self.parent.get(event_id, "")
        while current and current not in found and current != event_id:
            found.append(current)
            current = self.parent.get(current, "")
        return found

    @cached_property
    def _children(self) -> dict[str, list[str]]:
        children: dict[str, list[str]] = {}
        for event, parent in sorted(self.parent.items()):
            if parent:
                children.setdefault(parent, []).append(event)
        return children

    def descendants(self, event_id: str) -> list[str]:
        """Every event below ``event_id`` (children, their children, ...), sorted."""
        found: set[str] = set()
        todo = list(self._children.get(event_id, []))
        while todo:
            event = todo.pop()
            if event not in found and event != event_id:
                found.add(event)
                todo.extend(self._children.get(event, []))
        return sorted(found)

    def with_descendants(self, event_id: str) -> list[str]:
        """``event_id`` and every event below it."""
        return [event_id, *self.descendants(event_id)]

    def parties(self, event_id: str) -> frozenset[str]:
        """The camps party to an event: its own ``parties``, or, where it lists none, the
        nearest ancestor's."""
        for event in [event_id, *self.ancestors(event_id)]:
            if self.own_parties.get(event):
                return self.own_parties[event]
        return frozenset()

    @cached_property
    def _of_kind(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for event, kind in sorted(self.kind.items()):
            if kind:
                found.setdefault(kind, []).append(event)
        return found

    def related(self, event_id: str) -> list[str]:
        """Events whose attributes are compared with this one's: siblings (same parent)
        and events of the same ``event_kind``, never an ancestor or a descendant, sorted."""
        parent, kind = self.parent.get(event_id, ""), self.kind.get(event_id, "")
        near = set(self._children.get(parent, [])) if parent else set()
        near |= set(self._of_kind.get(kind, [])) if kind else set()
        family = {event_id, *self.ancestors(event_id), *self.descendants(event_id)}
        return sorted(near - family)

    def is_part_of(self, event_id: str, whole: str) -> bool:
        """Whether ``event_id`` lies below ``whole`` in the hierarchy."""
        return whole in self.ancestors(event_id)

    def known_date(self, event_id: str) -> str:
        """The date by which the event had happened as far as the documents date it: its
        ``end``, else its ``start``, else ``""``."""
        return self.end.get(event_id, "") or self.start.get(event_id, "")
