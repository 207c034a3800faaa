"""Read the tables of a data package against their Table Schemas.

The package descriptor is ``datapackage.json`` (Frictionless Data Package, Table Schema
for each CSV). The project's own descriptor, the schemas every package follows, is shipped
with the library (:func:`project_descriptor`) and is the authority: a package's descriptor
only says which columns its files hold (:mod:`newsclaims.data.descriptor`). This module
implements the part of the standard the project uses: field types ``string``,
``integer``, ``number``, ``date`` (as :mod:`newsclaims.data.cells` reads them);
constraints ``required``, ``unique``, ``enum``, ``pattern``, ``minimum``, ``maximum``;
``primaryKey`` and ``foreignKeys``. Every departure is returned as a :class:`Problem`
naming the file, the line and the field. A column the project's schema does not
require may be left out of a package (its descriptor then omits it) and is read as empty;
the schema marks the columns added after the first release ``"optional": true``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from newsclaims.data.cells import (
    MAX_CELL_CHARS,
    cell_error,
    parse_date,
    parse_integer,
    parse_number,
    type_error,
)
from newsclaims.data.descriptor import DESCRIPTOR, Resource, load_descriptor
from newsclaims.data.files import PackageFileError, read_package_file
from newsclaims.paths import schema_path

__all__ = [
    "DESCRIPTOR",
    "Problem",
    "Table",
    "load_descriptor",
    "parse_date",
    "parse_integer",
    "parse_number",
    "read_table",
]


@dataclass(frozen=True, order=True)
class Problem:
    """One departure from what the data should be."""

    file: str
    line: int | None  # line in the file (the header is line 1); None for the whole file
    key: str  # the row's id (e.g. the claim id), or ""
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        what = f" [{self.key}]" if self.key else ""
        field = f" {self.field}:" if self.field else ""
        return f"{where}{what}{field} {self.message}"


@dataclass
class Table:
    """One resource of a package as read: its rows as raw strings (with ``__line__``, the
    line each row starts on), and whether the file could be read at all."""

    name: str
    path: Path
    schema: dict
    rows: list[dict[str, str]]  # raw strings, as written
    readable: bool

    @property
    def primary_key(self) -> list[str]:
        """The fields of the primary key, as a list."""
        key = self.schema.get("primaryKey", [])
        return [key] if isinstance(key, str) else list(key)

    def key_of(self, row: dict[str, str]) -> str:
        """A row's primary key as text (fields joined by ``/``), for messages."""
        return "/".join(row.get(k, "") for k in self.primary_key)

    def frame(self) -> pd.DataFrame:
        """The table typed by its schema: integers as ``Int64``, numbers as floats,
        everything else (dates included) as strings; missing values as ``<NA>``/``NaN``."""
        columns = [f["name"] for f in self.schema["fields"]]
        frame = pd.DataFrame(self.rows, columns=columns, dtype="string")
        for spec in self.schema["fields"]:
            name = spec["name"]
            blank = frame[name].fillna("").str.strip() == ""
            if spec.get("type") == "integer":
                frame[name] = pd.to_numeric(frame[name].mask(blank), errors="coerce").astype(
                    "Int64"
                )
            elif spec.get("type") == "number":
                frame[name] = pd.to_numeric(frame[name].mask(blank), errors="coerce")
            else:
                frame[name] = frame[name].fillna("")
        return frame


# What to do about an empty cell that a command can fill.
EMPTY_HINTS = {
    ("claims", "start"): "; `make anchor DATA=<folder>` fills start and end from the quote",
    ("claims", "end"): "; `make anchor DATA=<folder>` fills start and end from the quote",
}


def project_descriptor() -> dict:
    """The project's descriptor as shipped with the library (a fresh copy: free to edit)."""
    return json.loads(schema_path().read_text(encoding="utf-8"))


def headers(descriptor: dict) -> dict[str, list[str]]:
    """The column names of every resource, by resource name, in schema order."""
    return {r["name"]: [f["name"] for f in r["schema"]["fields"]] for r in descriptor["resources"]}


def field_table(descriptor: dict, resource: str) -> pd.DataFrame:
    """One row per field of ``resource``: ``field``, ``type``, ``required`` ("yes" or
    empty) and ``description``; ``KeyError`` when the descriptor has no such resource."""
    chosen = [r for r in descriptor["resources"] if r["name"] == resource]
    if not chosen:
        raise KeyError(f"the descriptor has no resource {resource!r}")
    rows = [
        {
            "field": f["name"],
            "type": f.get("type", "string"),
            "required": "yes" if f.get("constraints", {}).get("required") else "",
            "description": f.get("description", ""),
        }
        for f in chosen[0]["schema"]["fields"]
    ]
    return pd.DataFrame(rows, columns=["field", "type", "required", "description"])


def read_table(data_dir: Path, resource: Resource) -> tuple[Table, list[Problem]]:
    """A resource's rows as raw strings, with the problems met reading it. The file is read
    inside the package only (:mod:`newsclaims.data.files`); a cell longer than
    :data:`MAX_CELL_CHARS`, a quotation mark that swallows rows, or any other CSV error is
    reported with its line, never raised."""
    name, shown, schema = resource.name, resource.path, resource.schema
    unread = Table(name, data_dir / shown, schema, [], False)
    try:
        data = read_package_file(data_dir, shown)
    except FileNotFoundError:
        return unread, [Problem(shown, None, "", "", "file is missing")]
    except PackageFileError as exc:
        return unread, [Problem(shown, None, "", "", str(exc))]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return unread, [
            Problem(
                shown,
                line,
                "",
                "",
                f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset"
                f" {exc.start}); save the file as UTF-8",
            )
        ]
    with _cells_up_to(len(text)):
        return _parse(data_dir, resource, text)


@contextmanager
def _cells_up_to(size: int) -> Iterator[None]:
    """The csv module refuses a cell over its field size limit (131,072 characters) with an
    error that names no column; within a file already held to the size limit, let it read
    any cell so that :func:`check_fields` reports it with its line and column."""
    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, size + 1))
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _parse(data_dir: Path, resource: Resource, text: str) -> tuple[Table, list[Problem]]:
    """The rows of a table's decoded text (see :func:`read_table`)."""
    name, shown, schema = resource.name, resource.path, resource.schema
    expected = resource.columns
    unread = Table(name, data_dir / shown, schema, [], False)
    # A byte order mark at the start of a table (spreadsheets write one) is not data.
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        return unread, [Problem(shown, 1, "", "", _csv_message(exc))]
    if header is None:
        return unread, [
            Problem(shown, 1, "", "", f"file is empty; expected the header {','.join(expected)}")
        ]
    # A column the project's schema marks optional may be left out of the file even where
    # the descriptor lists it (a package written before the column existed); it is read
    # as empty.
    optional = [f["name"] for f in schema["fields"] if f.get("optional")]
    expected = [c for c in expected if c in header or c not in optional]
    if header != expected:
        message = _header_message(header, expected)
        listed = [c for c in optional if c in resource.columns]
        if listed:
            message += f" (optional: {', '.join(listed)})"
        return unread, [Problem(shown, 1, "", "", message)]
    rows: list[dict[str, str]] = []
    problems: list[Problem] = []
    blank = {f["name"]: "" for f in schema["fields"]}
    # A quoted cell may span lines: a row's line is where its record starts.
    line = reader.line_num + 1
    while True:
        try:
            values = next(reader, None)
        except csv.Error as exc:
            problems.append(Problem(shown, reader.line_num or line, "", "", _csv_message(exc)))
            return Table(name, data_dir / shown, schema, rows, False), problems
        if values is None:
            break
        row_line, line = line, reader.line_num + 1
        if not values:
            continue
        if len(values) != len(expected):
            problems.append(
                Problem(
                    shown, row_line, "", "", _cells_message(values, expected, row_line, line - 1)
                )
            )
            continue
        row = {**blank, **dict(zip(expected, values, strict=True))}
        row["__line__"] = str(row_line)
        rows.append(row)
    table = Table(name, data_dir / shown, schema, rows, True)
    return table, problems + check_fields(table)


def _csv_message(exc: csv.Error) -> str:
    if "field larger than field limit" in str(exc):
        return (
            f"a cell is longer than {csv.field_size_limit():,} characters; the limit for a"
            f" cell is {MAX_CELL_CHARS:,}"
        )
    return f"cannot be read as CSV ({exc})"


def _header_message(header: list[str], expected: list[str]) -> str:
    missing = [c for c in expected if c not in header]
    extra = [c for c in header if c not in expected]
    detail = "; ".join(
        part
        for part in (
            f"missing {', '.join(missing)}" if missing else "",
            f"unexpected {', '.join(extra)}" if extra else "",
            "same columns in another order" if not missing and not extra else "",
        )
        if part
    )
    return f"header does not match the schema ({detail[:500]}); expected {','.join(expected)}"


def _cells_message(values: list[str], expected: list[str], first: int, last: int) -> str:
    found = f"row has {len(values)} cells; expected {len(expected)} ({','.join(expected)})"
    if last <= first:
        return found
    # A record over several lines with the wrong number of cells: a quotation mark opened
    # a cell that ran on over the following rows.
    return (
        f"a quoted cell opened on line {first} runs to line {last}, swallowing lines"
        f" {first + 1}-{last}: check line {first} for a stray quotation mark ({found})"
    )


def check_fields(table: Table) -> list[Problem]:
    """Types, constraints and the primary key of one readable table. The rules are the
    project's (see :mod:`newsclaims.data.descriptor`); every cell is also held to
    :data:`MAX_CELL_CHARS` and free of control characters."""
    problems = []
    shown = table.path.name
    seen: dict[str, dict[str, int]] = {}
    for row in table.rows:
        line = int(row["__line__"])
        key = table.key_of(row)
        for spec in table.schema["fields"]:
            name = spec["name"]
            value = row[name]
            rules = spec.get("constraints", {})
            if message := cell_error(name, value):
                problems.append(Problem(shown, line, key[:80], name, message))
                continue
            if value.strip() == "":
                if rules.get("required"):
                    hint = EMPTY_HINTS.get((table.name, name), "")
                    problems.append(Problem(shown, line, key, name, f"is required but empty{hint}"))
                continue
            if message := type_error(spec.get("type", "string"), value):
                problems.append(Problem(shown, line, key, name, f"{message}; found {value[:80]!r}"))
                continue
            if "enum" in rules and value not in rules["enum"]:
                problems.append(
                    Problem(
                        shown,
                        line,
                        key,
                        name,
                        f"expected one of {', '.join(rules['enum'])}; found {value!r}",
                    )
                )
            if "pattern" in rules and not re.fullmatch(rules["pattern"], value):
                problems.append(
                    Problem(
                        shown,
                        line,
                        key,
                        name,
                        f"expected to match /{rules['pattern']}/; found {value!r}",
                    )
                )
            for bound, test in (("minimum", lambda v, b: v < b), ("maximum", lambda v, b: v > b)):
                if bound in rules:
                    number = float(value) if spec.get("type") in ("integer", "number") else value
                    if test(number, rules[bound]):
                        problems.append(
                            Problem(
                                shown,
                                line,
                                key,
                                name,
                                f"expected {bound} {rules[bound]}; found {value!r}",
                            )
                        )
            if rules.get("unique"):
                first = seen.setdefault(name, {}).setdefault(value, line)
                if first != line:
                    problems.append(
                        Problem(
                            shown,
                            line,
                            key,
                            name,
                            f"duplicate {value!r}; first used on line {first}",
                        )
                    )
    if table.primary_key:
        first_line: dict[str, int] = {}
        for row in table.rows:
            key = table.key_of(row)
            line = int(row["__line__"])
            if key in first_line:
                problems.append(
                    Problem(
                        shown,
                        line,
                        key,
                        "/".join(table.primary_key),
                        f"duplicate id {key!r}; first used on line {first_line[key]}",
                    )
                )
            first_line.setdefault(key, line)
    return problems


def check_foreign_keys(tables: dict[str, Table]) -> list[Problem]:
    """Every foreign key of every readable table points at an existing row."""
    problems = []
    for table in tables.values():
        if not table.readable:
            continue
        for fk in table.schema.get("foreignKeys", []):
            fields = fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]]
            target = tables.get(fk["reference"]["resource"])
            ref_fields = fk["reference"]["fields"]
            ref_fields = ref_fields if isinstance(ref_fields, list) else [ref_fields]
            if target is None or not target.readable:
                continue
            known = {tuple(r[f] for f in ref_fields) for r in target.rows}
            for row in table.rows:
                value = tuple(row[f] for f in fields)
                if all(v == "" for v in value) or value in known:
                    continue
                problems.append(
                    Problem(
                        table.path.name,
                        int(row["__line__"]),
                        table.key_of(row),
                        ",".join(fields),
                        f"unknown {'/'.join(value)!r}: no such"
                        f" {'/'.join(ref_fields)} in {target.path.name}",
                    )
                )
    return problems
