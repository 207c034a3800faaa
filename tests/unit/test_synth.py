"""Synthetic packages: valid, deterministic, and shaped like the real ledger."""

from __future__ import annotations

import pytest

from newsclaims.data.scaffold import ScaffoldError
from newsclaims.data.synth import generate_package
from newsclaims.data.validate import validate


def _files(folder):
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_small_package_validates(tmp_path):
    folder = generate_package(tmp_path / "p", 40, seed=3)
    report = validate(folder)
    assert report.ok, report.problems[:5]
    sources = report.tables["sources"].rows
    claims = report.tables["claims"].rows
    events = report.tables["events"].rows
    assert len(sources) == 40
    assert len(events) == 8
    assert 2 * len(sources) <= len(claims) <= 5 * len(sources)
    # Every document has a body and one comment span, and its claims lie in the body.
    assert all(row["comments_spans"] for row in sources)
    assert {row["source_id"] for row in claims} <= {row["source_id"] for row in sources}


def test_same_seed_same_bytes(tmp_path):
    first = _files(generate_package(tmp_path / "a", 25, seed=11))
    second = _files(generate_package(tmp_path / "b", 25, seed=11))
    assert first == second
    other = _files(generate_package(tmp_path / "c", 25, seed=12))
    assert other["claims.csv"] != first["claims.csv"]


def test_empty_package_is_well_formed_but_has_nothing_to_build(tmp_path):
    """An empty package breaks no rule but one: the book needs rows to be built from."""
    problems = validate(generate_package(tmp_path / "none", 0)).problems
    assert problems
    assert all(p.message == "has no rows; the book needs at least one" for p in problems)


def test_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "x.csv").write_text("x", encoding="utf-8")
    with pytest.raises(ScaffoldError):
        generate_package(tmp_path / "used", 5)
