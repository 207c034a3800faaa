"""Two builds from the same inputs give the same published files, byte for byte.

The test copies the project into two folders with different paths, builds each from
scratch (``--all``, in the session's pool of books, :mod:`support.books`) and compares ``_build/html`` and ``_build/results`` after the
normalisation of the harness (``tests/support/harness.py``, itself tested in
``tests/unit/test_harness.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.books import declare
from support.harness import compare_trees, tree_files

COMPARED = ("html", "results")


# ---------------------------------------------------------------------------- the book


# Different folder names (and lengths) expose absolute paths leaking into the output.
COPIES = [declare(name, args=("--all",), weight=20) for name in ("one", "second-copy")]


@pytest.fixture(scope="module")
def two_builds(books) -> list[Path]:
    """The ``_build`` folders of two full builds of two copies of the project, built in
    parallel with the other books of the session (:mod:`support.books`)."""
    return [books.result(name).check().build for name in COPIES]


@pytest.mark.book
def test_two_builds_from_the_same_inputs_are_identical(two_builds):
    first, second = two_builds
    differences = []
    for tree in COMPARED:
        assert tree_files(first / tree), f"the build wrote nothing into _build/{tree}"
        differences += [f"_build/{tree}/{d}" for d in compare_trees(first / tree, second / tree)]
    assert not differences, "the two builds differ:\n" + "\n".join(differences[:20])


@pytest.mark.book
def test_only_marked_regions_are_excluded(two_builds):
    """The exclusion is real and narrow: the reproducibility page marks its timings table,
    and no other page marks anything."""
    html = two_builds[0] / "html"
    marked = sorted(
        path
        for path, file in tree_files(html).items()
        if path.endswith(".html") and b"cc-volatile:begin" in file.read_bytes()
    )
    page = html / "chapters" / "reproducibility.html"
    if page.is_file():
        assert marked == ["chapters/reproducibility.html"]
        assert page.read_bytes().count(b"<!-- cc-volatile:begin chapter-timings -->") == 1
    else:
        assert marked == []


def make_tree(folder: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


PAGE = b"<html><body><p>Qalamoun: 37 tanks</p></body></html>\n"
