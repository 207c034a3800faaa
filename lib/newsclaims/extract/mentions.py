"""Mentions of the package's actors, places and weapons in the bodies, for draft rows.

Every spelling the package lists (``name_en``, ``name_ar`` and ``aliases`` of
``actors.csv`` and ``places.csv``; ``name`` and ``aliases`` of ``weapons.csv``) is folded as
the bodies are (:mod:`newsclaims.extract.scan`) and compiled into one regular expression,
a trie of the spellings, so that a body is searched once whatever the number of names.
A spelling matches as a whole word, the longest first, without overlaps, whatever its kind:
a place named inside an outlet's name ("Nadiran News Agency") is part of the outlet's
name, not a mention of the place. An Arabic spelling may carry up to two one-letter
proclitics (و ف ب ل ك), which stay outside the span. A spelling listed for more than one
entity goes to the first listed, in the order actors, places, weapons (the ``rule`` names
the others).

The text is searched as written: a spelling the package does not list is not found
(:mod:`newsclaims.text.names` looks for unlisted spellings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from newsclaims.extract.candidates import Candidate
from newsclaims.extract.scan import Folded, Sentences, fold_text

MENTION_KINDS = ("actor", "place", "weapon")
_ARABIC = re.compile(r"[\u0621-\u064a]")


def _spellings(value: object) -> list[str]:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    text = str(value)
    parts = [text.split("(")[0]] if "(" in text else [text]
    names = []
    for part in parts:
        for piece in re.split(r"\s+/\s+|\s*\|\s*", part):
            if piece.strip():
                names.append(piece.strip())
    return names


def reference_spellings(
    actors: pd.DataFrame, places: pd.DataFrame, weapons: pd.DataFrame
) -> list[tuple[str, str, str]]:
    """Every listed spelling as ``(kind, entity id, spelling)``, in the order actors,
    places, weapons; names are cut before a parenthesis and at `` / ``."""
    rows = []
    for kind, table, key, columns in (
        ("actor", actors, "actor_id", ("name_en", "name_ar", "aliases")),
        ("place", places, "place_id", ("name_en", "name_ar", "aliases")),
        ("weapon", weapons, "weapon_id", ("name", "aliases")),
    ):
        for row in table.to_dict("records"):
            for column in columns:
                for spelling in _spellings(row.get(column)):
                    rows.append((kind, row[key], spelling))
    return rows


def _trie_pattern(words: list[str]) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = []
        for char in sorted(c for c in node if c):
            piece = r"\s+" if char == " " else re.escape(char)
            branches.append(piece + emit(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def _compile(words: list[str]) -> re.Pattern:
    latin = [w for w in words if not _ARABIC.search(w)]
    arabic = [w for w in words if _ARABIC.search(w)]
    parts = []
    if latin:
        parts.append(r"(?<![\w-])(?:" + _trie_pattern(latin) + r")(?![\w-])")
    if arabic:
        parts.append(
            r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وفبلك]{2}))(?:"
            + _trie_pattern(arabic)
            + r")(?!\w)"
        )
    return re.compile("|".join(parts) if parts else r"(?!)")


@dataclass(frozen=True)
class MentionFinder:
    """The package's spellings compiled for searching folded bodies, one pattern per kind."""

    pattern: re.Pattern
    owners: dict[str, list[tuple[str, str]]]  # folded spelling -> [(kind, entity id)]

    @classmethod
    def from_tables(
        cls, actors: pd.DataFrame, places: pd.DataFrame, weapons: pd.DataFrame
    ) -> MentionFinder:
        """A finder for every spelling of the three tables (see the module docstring)."""
        owners: dict[str, list[tuple[str, str]]] = {}
        for kind, entity_id, spelling in reference_spellings(actors, places, weapons):
            folded = re.sub(r"\s+", " ", fold_text(spelling)).strip()
            if folded and (kind, entity_id) not in owners.setdefault(folded, []):
                owners[folded].append((kind, entity_id))
        return cls(_compile(list(owners)), owners)

    def find(self, folded: Folded, source_id: str) -> list[Candidate]:
        """The mentions in one folded body span, in text order."""
        found = []
        sentences = None
        for m in self.pattern.finditer(folded.text):
            owners = self.owners.get(re.sub(r"\s+", " ", m.group()))
            if not owners:
                continue
            kind, entity_id = owners[0]
            others = ", ".join(e for _, e in owners[1:])
            rule = f"listed spelling of {entity_id}" + (f" (also {others})" if others else "")
            start, end = folded.raw_span(m.start(), m.end())
            sentences = sentences or Sentences(folded)
            found.append(
                Candidate(
                    source_id,
                    start,
                    end,
                    folded.raw[start:end],
                    kind,
                    None,
                    None,
                    None,
                    None,
                    None,
                    entity_id,
                    rule,
                    start,
                    end,
                    sentences.raw_sentence(m.start()),
                )
            )
        return sorted(found, key=lambda c: (c.start, c.end))
