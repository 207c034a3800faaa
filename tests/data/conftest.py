"""Fixtures of the data tier: the real data package and editable copies of it.

Every bad-input fixture is built from a fresh copy of ``data/`` in ``tmp_path`` with one
change, so a failing check can only come from that change.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from support.csvfiles import csv_records

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The real data package (absolute, so no test depends on the working directory)."""
    return DATA


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A private copy of the real data package, free to be broken. The written
    assessments are left out: they cite claims by id, so a test that breaks one row of a
    table would also break the citations of that row, and its problem would not be the
    only one (the assessments are tested on their own, in ``test_assessments.py``)."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target, ignore=shutil.ignore_patterns("assessments"))
    return target


@pytest.fixture
def claims_rows() -> Callable[[Path], list[dict[str, str]]]:
    """``claims_rows(data_dir)``: claims.csv as dicts; row i (from 0) is on line i + 2."""
    return lambda folder: csv_records(folder / "claims.csv")


@pytest.fixture(scope="session")
def ledger(data_dir):
    """The validated real data package."""
    from newsclaims.data.package import load_ledger

    return load_ledger(data_dir)
