"""The project-copy harness of the tests: the comparison of two trees catches a single
changed byte and blanks only the marked volatile regions; the copy leaves out outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.harness import compare_trees, copy_project, first_difference, normalise, tree_files

from newsclaims.report.reproducibility import volatile


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
