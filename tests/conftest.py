"""Settings and fixtures shared by every tier of the tests.

The tiers: ``unit/`` (the library on small hand-made fixtures, from ``support/``),
``data/`` (the real corpus in ``data/``), ``book/`` (builds of the book) and ``browser/``
(the built pages, in Chromium and as HTML). ``make check`` runs the first two; ``make
test`` runs them all. A test that needs a built book and finds none fails in CI and is
skipped locally; the run then ends with a summary saying how many did not run and how
to build the book.

The project's own book is built once, by ``make book``, and shared by every test that reads
it. Other books (another package, a broken chapter, the determinism copies) are declared
with :func:`support.books.declare` and built in the background, in parallel, from the
moment the tests are collected; the ``books`` fixture hands each test its result.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings
from support.books import BookPool, wanted_by
from support.csvfiles import edit_row as edit_csv_row
from support.csvfiles import tree_digest
from support.pages import BOOK_MISSING, BUILD_COMMAND

# In CI the property tests draw the same examples every run (reproducible results);
# locally they draw new ones, to keep looking for counterexamples.
settings.register_profile("ci", derandomize=True, max_examples=300)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
MINIPACKAGE = ROOT / "tests" / "support" / "minipackage"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def minipackage() -> Path:
    """The small hand-made test package (markup in its texts, an Arabic document)."""
    return MINIPACKAGE


BOOK_POOL = pytest.StashKey[BookPool]()


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the builds of the declared books that selected tests use, in the background."""
    if not any("books" in getattr(item, "fixturenames", ()) for item in session.items):
        return
    modules = {getattr(getattr(item, "module", None), "__name__", "") for item in session.items}
    wanted = wanted_by(modules)
    work = session.config._tmp_path_factory.mktemp("books")  # type: ignore[attr-defined]
    pool = BookPool(ROOT, work)
    session.config.stash[BOOK_POOL] = pool
    pool.start(wanted)


def pytest_collection_modifyitems(session: pytest.Session, config, items: list) -> None:
    """Run the tests that wait for a book of the pool last, so that the other tests run
    while those books build in the background."""
    items.sort(key=lambda item: "books" in getattr(item, "fixturenames", ()))


def pytest_sessionfinish(session: pytest.Session) -> None:
    pool = session.config.stash.get(BOOK_POOL, None)
    if pool is not None:
        pool.close()


@pytest.fixture(scope="session")
def books(request: pytest.FixtureRequest) -> BookPool:
    """The pool of books declared with :func:`support.books.declare`: ``books.result(name)``
    waits for one and returns it (a :class:`support.books.BuiltBook`)."""
    pool = request.config.stash.get(BOOK_POOL, None)
    if pool is None:  # collected without any test asking for books at first
        pool = BookPool(ROOT, request.config._tmp_path_factory.mktemp("books"))  # type: ignore[attr-defined]
        request.config.stash[BOOK_POOL] = pool
    return pool


@pytest.fixture
def edit_row() -> Callable[..., int]:
    """``edit_row(csv_path, key_column, key, **changes)``: change cells of the row whose
    ``key_column`` is ``key``; returns the row's line number (header = line 1)."""
    return edit_csv_row


@pytest.fixture
def digest() -> Callable[[Path], dict[str, str]]:
    return tree_digest


def _skip_reason(report: pytest.TestReport) -> str:
    longrepr = report.longrepr
    return longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)


BOOK_MISSING_COUNT = pytest.StashKey[int]()


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """Count the tests that were skipped for want of a built book."""
    skipped = terminalreporter.stats.get("skipped", [])
    config.stash[BOOK_MISSING_COUNT] = sum(BOOK_MISSING in _skip_reason(r) for r in skipped)


def pytest_unconfigure(config) -> None:
    """Say plainly, as the last words of the run, when tests did not run for want of a
    built book."""
    missing = config.stash.get(BOOK_MISSING_COUNT, 0)
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if not missing or reporter is None:
        return
    reporter.section("tests that need a built book", sep="=", yellow=True, bold=True)
    reporter.line(
        f"{missing} test(s) did not run: {BOOK_MISSING} in _build/html.", yellow=True, bold=True
    )
    reporter.line(
        f"Build it with `{BUILD_COMMAND}` and run the tests again (`make test` does both);"
        " in CI (CI set) these tests fail instead of skipping."
    )
