"""The checks of the columns that make claims comparable: the event hierarchy, the parties
and camps, the moment and modality of each claim, and the compatible pairs of categories.

The Table Schema already checks each cell's shape (a date, a code, one of the modalities,
an Admiralty letter); this module checks what a cell cannot say on its own:

- ``events.csv``: a parent that exists and is not the event itself, no cycle of parents,
  ``start`` not after ``end``, a child's dates inside its parent's, and every party a camp
  that ``actors.csv`` uses;
- ``claims.csv``: an ``as_of`` date that exists, and a period whose start is not after its end;
- ``attributes.csv``: every ``compatible`` pair written ``a~b`` with two of the attribute's
  own categories.

Every problem names the file, the line, the row's id and the field. The columns are
optional: a package without them has nothing to check here.
"""

from __future__ import annotations

import re

from newsclaims.data.schema import Problem, Table, parse_date

_CODE = re.compile(r"[a-z][a-z0-9_]*")


def _line(row: dict[str, str]) -> int:
    return int(row["__line__"])


def _readable(tables: dict[str, Table], name: str) -> Table | None:
    table = tables.get(name)
    return table if table is not None and table.readable else None


def check_events(tables: dict[str, Table]) -> list[Problem]:
    """Every problem of the event hierarchy, the moments of claims and the compatible
    pairs of categories (see the module docstring)."""
    return _check_hierarchy(tables) + _check_moments(tables) + _check_compatible(tables)


def _check_hierarchy(tables: dict[str, Table]) -> list[Problem]:
    events = _readable(tables, "events")
    if events is None:
        return []
    actors = _readable(tables, "actors")
    camps = {r.get("camp", "") for r in actors.rows if r.get("camp", "")} if actors else set()
    rows = {r["event_id"]: r for r in events.rows}
    problems = []
    for row in events.rows:
        where = ("events.csv", _line(row), row["event_id"])
        parent = row.get("parent_event_id", "")
        if parent == row["event_id"]:
            problems.append(Problem(*where, "parent_event_id", "is the event itself"))
        elif parent and _in_cycle(row["event_id"], rows):
            problems.append(
                Problem(*where, "parent_event_id", "makes a cycle: the event is its own ancestor")
            )
        start, end = parse_date(row.get("start", "")), parse_date(row.get("end", ""))
        if start and end and end < start:
            problems.append(Problem(*where, "end", f"is before start ({start})"))
        above = rows.get(parent)
        if above is not None and above is not row:
            problems.extend(_within_parent(row, above, where))
        for party in filter(None, row.get("parties", "").split(";")):
            # A party that is not a code at all is reported by the schema's pattern.
            if camps and party not in camps and _CODE.fullmatch(party):
                problems.append(
                    Problem(
                        *where,
                        "parties",
                        f"unknown camp {party!r}: expected one of the camps of actors.csv"
                        f" ({', '.join(sorted(camps))})",
                    )
                )
    return problems


def _in_cycle(event_id: str, rows: dict[str, dict[str, str]]) -> bool:
    seen, current = set(), event_id
    while current in rows and current not in seen:
        seen.add(current)
        current = rows[current].get("parent_event_id", "")
        if current == event_id:
            return True
    return False


def _within_parent(row: dict[str, str], parent: dict[str, str], where: tuple) -> list[Problem]:
    problems = []
    start, parent_start = parse_date(row.get("start", "")), parse_date(parent.get("start", ""))
    end, parent_end = parse_date(row.get("end", "")), parse_date(parent.get("end", ""))
    if start and parent_start and start < parent_start:
        problems.append(
            Problem(
                *where,
                "start",
                f"is before the start of its parent {parent['event_id']!r} ({parent_start})",
            )
        )
    if end and parent_end and end > parent_end:
        problems.append(
            Problem(
                *where,
                "end",
                f"is after the end of its parent {parent['event_id']!r} ({parent_end})",
            )
        )
    return problems


def _check_moments(tables: dict[str, Table]) -> list[Problem]:
    claims = _readable(tables, "claims")
    if claims is None:
        return []
    problems = []
    for row in claims.rows:
        moment = row.get("as_of", "")
        if not moment or not moment[0].isdigit():
            continue  # empty, or a named moment (its shape is the schema's pattern)
        where = ("claims.csv", _line(row), row["claim_id"], "as_of")
        dates = [parse_date(part) for part in moment.split("/")]
        if any(d is None for d in dates):
            problems.append(Problem(*where, f"expected real dates YYYY-MM-DD; found {moment!r}"))
        elif len(dates) == 2 and dates[1] < dates[0]:
            problems.append(Problem(*where, f"the period ends before it starts: {moment!r}"))
    return problems


def _check_compatible(tables: dict[str, Table]) -> list[Problem]:
    attributes = _readable(tables, "attributes")
    if attributes is None:
        return []
    problems = []
    for row in attributes.rows:
        where = ("attributes.csv", _line(row), row["attribute"], "compatible")
        allowed = {c.strip() for c in row["categories"].split("|") if c.strip()}
        for pair in filter(None, (p.strip() for p in row.get("compatible", "").split("|"))):
            values = [v.strip() for v in pair.split("~")]
            if len(values) != 2 or not all(values):
                problems.append(Problem(*where, f"expected pairs a~b; found {pair!r}"))
                continue
            unknown = [v for v in values if v not in allowed]
            if unknown:
                problems.append(
                    Problem(
                        *where,
                        f"{', '.join(map(repr, unknown))} in {pair!r} is not a category of"
                        f" {row['attribute']}",
                    )
                )
    return problems
