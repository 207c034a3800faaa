"""Shared paths and helpers: the real data package, and editable copies of it.

Every bad-input fixture is built from a fresh copy of ``data/`` in ``tmp_path`` with one
change, so a failing check can only come from that change.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

# In CI the property tests draw the same examples every run (reproducible results);
# locally they draw new ones, to keep looking for counterexamples.
settings.register_profile("ci", derandomize=True, max_examples=300)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The real data package (absolute, so no test depends on the working directory)."""
    return DATA


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A private copy of the real data package, free to be broken."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


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


@pytest.fixture
def edit_row() -> Callable[..., int]:
    """``edit_row(csv_path, key_column, key, **changes)``: change cells of the row whose
    ``key_column`` is ``key``; returns the row's line number (header = line 1)."""

    def edit(path: Path, key_column: str, key: str, **changes: str) -> int:
        header, rows, terminator = read_csv(path)
        column = header.index(key_column)
        matches = [i for i, row in enumerate(rows) if row[column] == key]
        assert len(matches) == 1, f"{path.name}: expected one row with {key_column}={key}"
        row = rows[matches[0]]
        for name, value in changes.items():
            row[header.index(name)] = value
        write_csv(path, header, rows, terminator)
        return matches[0] + 2

    return edit


def tree_digest(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder``, by relative path."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def digest() -> Callable[[Path], dict[str, str]]:
    return tree_digest


@pytest.fixture
def claims_rows() -> Callable[[Path], list[dict[str, str]]]:
    """``claims_rows(data_dir)``: claims.csv as dicts; row i (from 0) is on line i + 2."""
    return lambda folder: csv_records(folder / "claims.csv")


@pytest.fixture(scope="session")
def ledger(data_dir):
    """The validated real data package."""
    from newsclaims.ledger import load_ledger

    return load_ledger(data_dir)
