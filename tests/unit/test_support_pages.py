"""The helpers of the tests that read the built book, on hand-made pages and boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.pages import (
    BOOK_MISSING,
    HOST,
    DuplicateAttributes,
    beside,
    in_ci,
    is_local,
    require_book_html,
    toc_pages,
)

pytest_plugins = ["pytester"]
TESTS = Path(__file__).resolve().parents[1]


def test_duplicate_attribute_check_flags_a_repeat():
    parser = DuplicateAttributes()
    parser.feed('<div class="a" dir="rtl" class="b">x</div><p class="c">y</p>')
    assert parser.found == ["line 1: <div> repeats class"]


def test_toc_pages_expands_globs_in_place(tmp_path, monkeypatch):
    html, src = tmp_path / "html", tmp_path / "src"
    for name in ("index.md", "a.ipynb", "s/index.md", "s/x.md", "s/y.md", "z.md"):
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_text("# t\n", encoding="utf-8")
    (src / "_toc.yml").write_text(
        "format: jb-book\nroot: index\nchapters:\n- file: a\n- file: s/index\n"
        "  sections:\n  - glob: s/*\n- file: z\n",
        encoding="utf-8",
    )
    html.mkdir()
    assert toc_pages(html) == [
        "index.html",
        "a.html",
        "s/index.html",
        "s/x.html",
        "s/y.html",
        "z.html",
    ]


def test_only_the_local_server_counts_as_local():
    assert is_local(f"http://{HOST}:8123/index.html")
    assert is_local("data:image/png;base64,AAAA")
    assert not is_local("https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js")
    assert not is_local("http://localhost:8123/index.html")
    assert not is_local(f"http://{HOST}.example.org/x")


def test_beside_needs_the_same_row_and_no_overlap():
    text = {"left": 0, "right": 600, "top": 100, "bottom": 200}
    assert beside(text, {"left": 620, "right": 900, "top": 100, "bottom": 150})
    assert not beside(text, {"left": 0, "right": 600, "top": 210, "bottom": 300})  # below
    assert not beside(text, {"left": 500, "right": 900, "top": 100, "bottom": 150})  # overlaps


@pytest.mark.parametrize("value", ["true", "1", "yes"])
def test_ci_is_recognised(monkeypatch, value):
    monkeypatch.setenv("CI", value)
    assert in_ci()


@pytest.mark.parametrize("value", ["", "false", "0"])
def test_no_ci(monkeypatch, value):
    monkeypatch.setenv("CI", value)
    assert not in_ci()


def test_a_missing_book_fails_in_ci_and_skips_with_the_marker_locally(monkeypatch, tmp_path):
    monkeypatch.setenv("CONTESTED_COUNTS_HTML", str(tmp_path / "html"))
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI is set"):
        require_book_html()
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception, match=BOOK_MISSING):
        require_book_html()
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "index.html").write_text("<html></html>", encoding="utf-8")
    assert require_book_html() == tmp_path / "html"


def test_a_run_without_a_book_ends_by_saying_so(pytester, monkeypatch):
    """The skips are not silent: the last block of the run counts them and names the
    command that builds the book."""
    pytester.makeconftest((TESTS / "conftest.py").read_text(encoding="utf-8"))
    pytester.makepyfile(
        test_needs_book=(
            "from support.pages import require_book_html\n\n"
            "def test_one():\n    require_book_html()\n\n"
            "def test_two():\n    require_book_html()\n\n"
            "def test_other():\n    pass\n"
        )
    )
    monkeypatch.setenv("CONTESTED_COUNTS_HTML", str(pytester.path / "no-html"))
    monkeypatch.setenv("CI", "")
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-o", f"pythonpath={TESTS}")
    result.assert_outcomes(passed=1, skipped=2)
    assert "tests that need a built book" in result.stdout.lines[-3]
    result.stdout.fnmatch_lines(
        ["2 test(s) did not run: no built book*", "Build it with `make book`*"]
    )
    monkeypatch.setenv("CI", "true")
    failed = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-o", f"pythonpath={TESTS}")
    failed.assert_outcomes(passed=1, failed=2)
