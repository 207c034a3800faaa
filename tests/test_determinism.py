"""Two builds from the same inputs give the same published files, byte for byte.

The book test copies the project into two folders with different paths, builds each from
scratch (``--all``) and compares ``_build/html`` and ``_build/results`` after the
normalisation described in :mod:`newsclaims.determinism`. The other tests check that the
comparison itself catches a single changed byte, and the helpers of the reproducibility
page on real and hand-made data.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from newsclaims.determinism import (
    KEY_PACKAGES,
    NOT_RECORDED,
    VolatileTable,
    build_copy,
    chapter_timings,
    compare_trees,
    copy_project,
    first_difference,
    normalise,
    package_versions,
    raw_checksums,
    read_manifest,
    timings_path,
    tree_files,
    volatile,
)
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


# ---------------------------------------------------------------------------- the comparison


def make_tree(folder: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


PAGE = b"<html><body><p>Qalamoun: 37 tanks</p></body></html>\n"


def test_identical_trees_have_no_difference(tmp_path):
    files = {"index.html": PAGE, "results/slots.csv": b"a,b\n1,2\n"}
    a, b = make_tree(tmp_path / "a", files), make_tree(tmp_path / "b", files)
    assert compare_trees(a, b) == []


def test_a_single_changed_byte_is_a_difference(tmp_path):
    a = make_tree(tmp_path / "a", {"index.html": PAGE, "other.html": PAGE})
    changed = PAGE.replace(b"37", b"38")
    b = make_tree(tmp_path / "b", {"index.html": changed, "other.html": PAGE})
    [difference] = compare_trees(a, b)
    assert difference.path == "index.html"
    assert difference.kind == "content"
    assert difference.offset == PAGE.index(b"37") + 1
    assert "index.html: differs at byte" in str(difference)


def test_a_missing_or_extra_file_is_a_difference(tmp_path):
    a = make_tree(tmp_path / "a", {"index.html": PAGE, "gone.html": PAGE})
    b = make_tree(tmp_path / "b", {"index.html": PAGE, "new/page.html": PAGE})
    assert [(d.path, d.kind) for d in compare_trees(a, b)] == [
        ("gone.html", "only in first"),
        ("new/page.html", "only in second"),
    ]


def test_a_longer_file_differs_where_the_shorter_ends():
    assert first_difference(b"abc", b"abcd") == 3
    assert first_difference(b"abc", b"abc") is None
    assert first_difference(b"", b"x") == 0


def test_volatile_regions_are_blanked_and_nothing_else(tmp_path):
    def page(seconds: str, title: str = "Timings") -> bytes:
        table = volatile("chapter-timings", f"<td>{seconds}</td>")
        return f"<h1>{title}</h1>{table}<p>end</p>".encode()

    a = make_tree(tmp_path / "a", {"r.html": page("4.4")})
    b = make_tree(tmp_path / "b", {"r.html": page("12.9")})
    assert compare_trees(a, b) == []
    c = make_tree(tmp_path / "c", {"r.html": page("4.4", title="Timing")})
    assert [d.path for d in compare_trees(a, c)] == ["r.html"]


def test_markers_survive_json_escaping_in_published_notebooks():
    # In _sources/*.ipynb the region sits inside a JSON string.
    output = json.dumps({"text/html": volatile("t", '<td class="x">1.0</td>\n')})
    assert normalise(output.encode()) == json.dumps({"text/html": "[volatile t]"}).encode()


def test_unmatched_markers_blank_nothing():
    text = b"<!-- cc-volatile:begin a -->1<!-- cc-volatile:end b -->"
    assert normalise(text) == text


def test_volatile_names_are_checked():
    with pytest.raises(ValueError, match="volatile region name"):
        volatile("two words", "x")


def test_bookkeeping_folders_are_skipped_but_buildinfo_is_compared(tmp_path):
    a = make_tree(tmp_path / "a", {".buildinfo": b"config: 1\n", ".doctrees/x": b"1"})
    b = make_tree(tmp_path / "b", {".buildinfo": b"config: 2\n", ".doctrees/x": b"2"})
    assert [d.path for d in compare_trees(a, b)] == [".buildinfo"]


def test_compare_needs_two_folders(tmp_path):
    with pytest.raises(FileNotFoundError, match="not a folder"):
        compare_trees(tmp_path / "missing", tmp_path)


def test_copy_leaves_out_environment_outputs_and_history(tmp_path):
    root = make_tree(
        tmp_path / "root",
        {
            "_config.yml": b"title: t\n",
            "_toc.yml": b"root: index\n",
            "_build/html/index.html": PAGE,
            ".venv/bin/python": b"",
            ".git/HEAD": b"ref\n",
            "lib/pkg/__pycache__/m.pyc": b"",
            "lib/pkg/m.py": b"x = 1\n",
            "data/_build/kept.csv": b"a\n",  # only the root's _build is an output
        },
    )
    copy = copy_project(root, tmp_path / "copy")
    assert sorted(tree_files(copy)) == [
        "_config.yml",
        "_toc.yml",
        "data/_build/kept.csv",
        "lib/pkg/m.py",
    ]


# ---------------------------------------------------------------------------- the record


def test_package_versions_list_python_and_every_key_package():
    versions = package_versions()
    assert list(versions["package"]) == ["python", *KEY_PACKAGES]
    assert versions["version"].str.match(r"^\d").all(), versions
    missing = package_versions(("no-such-package-for-contested-counts",))
    assert missing["version"].iloc[-1] == "not installed"


def test_raw_checksums_of_the_real_package_all_match():
    checksums = raw_checksums("data")
    assert len(checksums) == 5
    assert checksums["matches"].all(), checksums[~checksums["matches"]]


def test_raw_checksums_flag_a_changed_missing_or_unlisted_file(package):
    raw = package / "raw"
    names = sorted(read_manifest(raw / "SHA256SUMS"))
    changed, removed = raw / names[0], raw / names[1]
    changed.chmod(0o644)
    changed.write_bytes(changed.read_bytes() + b" ")
    removed.chmod(0o644)
    removed.unlink()
    (raw / "extra.txt").write_text("not listed\n", encoding="utf-8")
    rows = raw_checksums(package).set_index("file")
    assert not rows.loc[names[0], "matches"]
    assert rows.loc[names[1], "computed"] == "missing"
    assert rows.loc["extra.txt", "recorded"] == "not listed"
    assert rows["matches"].sum() == len(names) - 2


def test_a_malformed_manifest_line_is_named(tmp_path):
    manifest = tmp_path / "SHA256SUMS"
    manifest.write_text(f"{'a' * 64}  one.txt\nnot-a-digest  two.txt\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"SHA256SUMS, line 2: expected"):
        read_manifest(manifest)


def test_timings_come_from_the_stamps_folder_next_to_results(tmp_path):
    results = tmp_path / "_build" / "results"
    assert timings_path(results) == tmp_path / "_build" / "stamps" / "timings.json"
    chapters = ["chapters/a.ipynb", "chapters/b.ipynb"]
    assert list(chapter_timings(results, chapters)["seconds"]) == [NOT_RECORDED] * 2
    timings_path(results).parent.mkdir(parents=True)
    timings_path(results).write_text(json.dumps({"chapters/a.ipynb": 4.44}), encoding="utf-8")
    assert list(chapter_timings(results, chapters)["seconds"]) == ["4.4", NOT_RECORDED]


def test_a_broken_timings_file_is_named(tmp_path):
    results = tmp_path / "_build" / "results"
    timings_path(results).parent.mkdir(parents=True)
    timings_path(results).write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match=r"timings\.json: not valid JSON"):
        chapter_timings(results, ["chapters/a.ipynb"])


def test_volatile_table_is_marked_in_every_representation():
    table = VolatileTable("t", pd.DataFrame({"chapter": ["a"], "seconds": ["1.0"]}), "Times")
    for text in (table._repr_html_(), repr(table)):
        assert normalise(text.encode()) == b"[volatile t]"
