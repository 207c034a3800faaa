"""The real build: papermill executes the chapters, Jupyter Book renders the HTML."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from support.books import declare

from newsclaims.build.toc import toc_files

pytestmark = pytest.mark.book
ROOT = Path(__file__).resolve().parents[2]


def run_build(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "CONTESTED_COUNTS_ROOT": str(root)}
    return subprocess.run(
        [sys.executable, "-m", "newsclaims.build", *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )


def git_status(root: Path) -> str:
    return subprocess.run(
        ["git", "status", "--porcelain"], cwd=root, capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture(scope="module")
def built() -> subprocess.CompletedProcess:
    before = git_status(ROOT)
    result = run_build(ROOT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    # The build writes nothing outside _build: the source tree is as it was.
    assert git_status(ROOT) == before
    return result


def html_pages() -> list[Path]:
    pages = []
    for entry in toc_files(ROOT / "_toc.yml"):
        pages.append(ROOT / "_build" / "html" / Path(entry).with_suffix(".html"))
    sources = (ROOT / "data" / "sources.csv").read_text(encoding="utf-8").splitlines()[1:]
    pages += [
        ROOT / "_build" / "html" / "sources" / f"{line.split(',')[0]}.html" for line in sources
    ]
    return pages


def test_every_page_of_the_toc_is_in_the_html(built):
    missing = [str(p.relative_to(ROOT)) for p in html_pages() if not p.is_file()]
    assert not missing


def test_no_page_shows_a_traceback_or_an_error(built):
    for page in html_pages():
        text = page.read_text(encoding="utf-8")
        assert "Traceback (most recent call last)" not in text, page
        assert 'class="output error' not in text and "output_error" not in text, page
        assert "cell_output docutils container" not in text or "stderr" not in text, page


def test_the_injected_parameters_cell_is_hidden(built):
    for notebook in sorted((ROOT / "_build" / "src" / "chapters").glob("*.ipynb")):
        cells = nbformat.read(notebook, as_version=4).cells
        injected = [c for c in cells if "injected-parameters" in c.metadata.get("tags", [])]
        assert len(injected) == 1, notebook
        assert "remove-cell" in injected[0].metadata["tags"]
        html = ROOT / "_build" / "html" / "chapters" / f"{notebook.stem}.html"
        assert "# Parameters" not in html.read_text(encoding="utf-8")


def test_committed_notebooks_carry_no_outputs():
    for notebook in sorted((ROOT / "chapters").glob("*.ipynb")):
        cells = nbformat.read(notebook, as_version=4).cells
        assert all(not c.get("outputs") for c in cells if c.cell_type == "code"), notebook
        parameters = [c for c in cells if "parameters" in c.metadata.get("tags", [])]
        assert len(parameters) == 1, f"{notebook.name}: needs exactly one cell tagged parameters"


def test_result_files_are_written(built):
    results = ROOT / "_build" / "results"
    header = (results / "discrepancies.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    for column in (
        "slot_id",
        "event_id",
        "attribute",
        "source_id",
        "value",
        "qualifier",
        "kind",
        "low",
        "best",
        "high",
        "independent_origins",
        "credibility",
    ):
        assert column in header
    assert (results / "slots.csv").is_file()
    assert (ROOT / "_build" / "html" / "results" / "slots.csv").is_file()


def test_a_build_with_nothing_changed_executes_nothing(built):
    again = run_build(ROOT)
    assert again.returncode == 0
    assert "executed" not in again.stdout
    assert "book unchanged" in again.stdout


def add_broken_chapter(copy: Path) -> None:
    """A chapter whose third cell raises, alone in the table of contents."""
    notebook = nbformat.v4.new_notebook()
    notebook.metadata = json.loads((copy / "chapters" / "01_sources.ipynb").read_text())["metadata"]
    notebook.cells = [
        nbformat.v4.new_code_cell(
            'data_dir = "data"\nresults_dir = "_build/results"', metadata={"tags": ["parameters"]}
        ),
        nbformat.v4.new_code_cell("x = 1"),
        nbformat.v4.new_code_cell("raise ValueError('broken on purpose')"),
    ]
    nbformat.write(notebook, copy / "chapters" / "99_broken.ipynb")
    (copy / "_toc.yml").write_text(
        "format: jb-book\nroot: index\nchapters:\n  - file: chapters/99_broken\n", encoding="utf-8"
    )


BROKEN = declare("broken", prepare=add_broken_chapter, weight=1)
MINIPACKAGE = declare("minipackage", data="tests/support/minipackage", weight=15)


def test_a_failing_chapter_stops_the_build_and_names_the_cell(books):
    result = books.result(BROKEN)
    copy = result.root
    assert result.returncode != 0
    assert "chapters/99_broken.ipynb" in result.stderr
    assert "ValueError: broken on purpose" in result.stderr
    assert "cell 3" in result.stderr
    # No half-executed notebook reaches the book; the traceback is kept as a report.
    assert not (copy / "_build" / "src" / "chapters" / "99_broken.ipynb").exists()
    report = copy / "_build" / "reports" / "chapters" / "99_broken.ipynb"
    assert "broken on purpose" in report.read_text(encoding="utf-8")
    assert not (copy / "_build" / "html").exists()


def test_the_book_builds_on_another_data_package(books):
    """One command builds the whole book on the small test package, into its own folder; corpus
    text containing HTML is shown as text, never as markup."""
    book = books.result(MINIPACKAGE).check()
    html = book.html
    assert html == book.root / "_build" / "books" / "minipackage" / "_build" / "html"
    for entry in toc_files(ROOT / "_toc.yml"):
        assert (html / Path(entry).with_suffix(".html")).is_file(), entry
    for page in [*html.glob("*.html"), *html.glob("*/*.html")]:
        text = page.read_text(encoding="utf-8")
        assert "<script>alert(1)</script>" not in text, page
        assert "<b>bold</b>" not in text, page
    viewer = (html / "sources" / "courier_en.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in viewer
    assert (book.build / "results" / "slots.csv").is_file()


@pytest.mark.parametrize("book", [MINIPACKAGE, BROKEN])
def test_the_kernels_own_messages_never_reach_the_log(books, book):
    """The kernels' TCP warning and their KeyboardInterrupt lines stay in their log files;
    the build prints one line per chapter and a summary."""
    result = books.result(book)
    output = result.stdout + result.stderr
    assert "Kernel is running over TCP without encryption" not in output
    assert "KeyboardInterrupt caught in kernel" not in output
    assert "[IPKernelApp]" not in output
    chapters = [line for line in result.stdout.splitlines() if line.startswith("  chapters/")]
    assert len(chapters) == len({line.split()[0] for line in chapters}) > 0
    assert any(line.startswith("chapters: ") for line in result.stdout.splitlines())


def with_the_projects_build(copy: Path) -> None:
    """Start from the project's own build (``make book`` runs before the tests), so that
    the copy executes nothing and only renders; from scratch when there is none."""
    if (ROOT / "_build" / "stamps").is_dir():
        for part in ("src", "stamps", "results"):
            shutil.copytree(ROOT / "_build" / part, copy / "_build" / part)


INCREMENTAL = declare("incremental", prepare=with_the_projects_build, weight=5)


def test_an_edited_chapter_re_renders_only_the_pages_that_show_it(books):
    """A prose edit of one chapter runs no kernel, and Sphinx writes that page and the pages
    that quote it (the landing page glues figures from the chapters), not the others."""
    book = books.result(INCREMENTAL).check()
    html = book.html
    pages = {p: p.stat().st_mtime_ns for p in html.rglob("*.html")}
    chapter = book.root / "chapters" / "01_sources.ipynb"
    notebook = nbformat.read(chapter, as_version=4)
    markdown = next(c for c in notebook.cells if c.cell_type == "markdown")
    markdown.source += "\n\nAn added sentence about the sources."
    nbformat.write(notebook, chapter)
    result = run_build_in(book.root)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "chapters/01_sources.ipynb                prose" in result.stdout
    assert "executed" not in result.stdout
    rewritten = sorted(
        p.relative_to(html).as_posix() for p, t in pages.items() if p.stat().st_mtime_ns != t
    )
    assert "chapters/01_sources.html" in rewritten
    assert "An added sentence" in (html / "chapters" / "01_sources.html").read_text("utf-8")
    # Sphinx writes its index and search pages on every build; of the book's pages, only
    # the chapter and the landing page (which glues the chapter's figures) are rewritten.
    book_pages = set(rewritten) - {"genindex.html", "search.html"}
    assert book_pages == {"chapters/01_sources.html", "index.html"}, rewritten
    assert len(pages) > 20
    again = run_build_in(book.root)
    assert "book unchanged" in again.stdout


def run_build_in(copy: Path) -> subprocess.CompletedProcess:
    from support.harness import run_build

    return run_build(copy)
