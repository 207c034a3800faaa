"""The checks of ``labels.csv`` a schema cannot express: every label names a code the
package (or the project's vocabulary) has.

A label for a code that does not exist is almost always a typing error, and the reader
would then see the code itself where the label was meant; so it is a problem, reported
with the file, the line, the kind and code, and what was expected.
"""

from __future__ import annotations

from newsclaims.data.schema import Problem, Table
from newsclaims.vocabulary import (
    CAMP_SIDES,
    INDEPENDENT_CAMP,
    KINDS,
    LEXICON_CATEGORIES,
    MODALITIES,
    QUALIFIERS,
)

LABELS = "labels.csv"


def _column(table: Table | None, name: str) -> set[str]:
    if table is None or not table.readable:
        return set()
    return {row.get(name, "") for row in table.rows} - {""}


def _split(values: set[str], separator: str) -> set[str]:
    return {part.strip() for value in values for part in value.split(separator)} - {""}


def known_codes(tables: dict[str, Table]) -> dict[str, set[str]]:
    """The codes a label may name, by kind: ``attribute``, ``category:<attribute>`` for
    every attribute with categories, ``origin_group``, ``event``, ``camp`` (those the package uses and those of the
    vocabulary), ``event_kind``,
    ``moment`` (the named moments of ``claims.as_of``), ``weapon_family`` (of
    ``weapons.csv``), ``modality``, ``slot_kind``, ``lexicon_category`` and ``qualifier``
    (the last four from the project's vocabulary)."""
    attributes = tables.get("attributes")
    codes = {
        "attribute": _column(attributes, "attribute"),
        "origin_group": _column(tables.get("actors"), "origin_group"),
        "event": _column(tables.get("events"), "event_id"),
        "camp": _column(tables.get("actors"), "camp")
        | _split(_column(tables.get("events"), "parties"), ";")
        | {*CAMP_SIDES, INDEPENDENT_CAMP},
        "event_kind": _column(tables.get("events"), "event_kind"),
        "moment": {m for m in _column(tables.get("claims"), "as_of") if not m[:1].isdigit()},
        "modality": set(MODALITIES),
        "slot_kind": set(KINDS),
        "lexicon_category": set(LEXICON_CATEGORIES),
        "weapon_family": _column(tables.get("weapons"), "family"),
        "qualifier": set(QUALIFIERS),
    }
    if attributes is not None and attributes.readable:
        for row in attributes.rows:
            categories = _split({row.get("categories", "")}, "|")
            if categories:
                codes[f"category:{row['attribute']}"] = categories
    return codes


# The table each kind's codes are read from: a label is not checked against a table that
# could not be read (its own problem is reported; a cascade of label problems would hide it).
SOURCE_TABLES = {
    "attribute": ("attributes",),
    "origin_group": ("actors",),
    "event": ("events",),
    "camp": ("actors", "events"),
    "event_kind": ("events",),
    "moment": ("claims",),
    "weapon_family": ("weapons",),
}


def _readable(tables: dict[str, Table], kind: str) -> bool:
    needed = SOURCE_TABLES.get("attribute" if kind.startswith("category:") else kind, ())
    return all(tables.get(n) is not None and tables[n].readable for n in needed)


def check_labels(tables: dict[str, Table]) -> list[Problem]:
    """Problems of ``labels.csv``: a kind with no codes in this package, or a code the
    package does not use; nothing when the package has no labels table, and nothing about
    the labels of a table that could not be read."""
    labels = tables.get("labels")
    if labels is None or not labels.readable:
        return []
    known = known_codes(tables)
    problems = []
    for row in labels.rows:
        line = int(row["__line__"])
        kind, code = row.get("kind", ""), row.get("code", "")
        if not _readable(tables, kind):
            continue
        key = f"{kind} {code}"
        if kind not in known:
            attribute = kind.removeprefix("category:")
            problems.append(
                Problem(
                    LABELS,
                    line,
                    key,
                    "kind",
                    f"the attribute {attribute!r} has no categories in attributes.csv;"
                    " a category label needs an attribute whose categories list the code",
                )
            )
        elif code not in known[kind]:
            shown = ", ".join(sorted(known[kind])[:12]) or "none"
            more = ", ..." if len(known[kind]) > 12 else ""
            problems.append(
                Problem(
                    LABELS,
                    line,
                    key,
                    "code",
                    f"no {kind} {code!r} in this package; expected one of {shown}{more}",
                )
            )
    return problems
