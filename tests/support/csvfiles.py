"""Read and edit a package's CSV files the way an annotator would, with the csv module."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path


def read_csv(path: Path) -> tuple[list[str], list[list[str]], str]:
    """Header, rows and line terminator of a CSV file, read with the csv module."""
    raw = path.read_bytes()
    terminator = "\r\n" if b"\r\n" in raw else "\n"
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    return rows[0], rows[1:], terminator


def write_csv(path: Path, header: list[str], rows: list[list[str]], terminator: str) -> None:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator=terminator).writerows([header, *rows])
    path.write_bytes(out.getvalue().encode("utf-8"))


def csv_records(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV file as dicts of strings, read with the csv module."""
    header, rows, _ = read_csv(path)
    return [dict(zip(header, row, strict=True)) for row in rows]


def edit_row(path: Path, key_column: str, key: str, **changes: str) -> int:
    """Change cells of the row whose ``key_column`` is ``key``; returns the row's line
    number (header = line 1)."""
    header, rows, terminator = read_csv(path)
    column = header.index(key_column)
    matches = [i for i, row in enumerate(rows) if row[column] == key]
    assert len(matches) == 1, f"{path.name}: expected one row with {key_column}={key}"
    row = rows[matches[0]]
    for name, value in changes.items():
        row[header.index(name)] = value
    write_csv(path, header, rows, terminator)
    return matches[0] + 2


def tree_digest(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder``, by relative path."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
