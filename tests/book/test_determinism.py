"""Two builds from the same inputs give the same published files, byte for byte.

The test copies the project into two folders with different paths, builds each from
scratch (``--all``) and compares ``_build/html`` and ``_build/results`` after the
normalisation of the harness (``tests/support/harness.py``, itself tested in
``tests/unit/test_harness.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.harness import build_copy, compare_trees, copy_project, tree_files

from newsclaims.paths import project_root

COMPARED = ("html", "results")


# ---------------------------------------------------------------------------- the book


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> list[Path]:
    """The ``_build`` folders of two full builds of two copies of the project."""
    root, base = project_root(), tmp_path_factory.mktemp("determinism")
    # Different folder names (and lengths) expose absolute paths leaking into the output.
    copies = [copy_project(root, base / name) for name in ("one", "second-copy")]
    for copy in copies:
        build_copy(copy, "--all")
    return [copy / "_build" for copy in copies]


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
