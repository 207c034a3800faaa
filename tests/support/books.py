"""Books built from other inputs, once per test session, in parallel, in the background.

The project's own book is built once, by ``make book`` before pytest, and every test that
only reads it reads ``_build/html``. A test that needs another book (another data package,
a broken chapter, a second copy for the determinism check) declares it at import time::

    from support.books import declare

    MINI = declare("minipackage", data="tests/support/minipackage")

    def test_something(books):
        book = books.result(MINI)      # waits for that build only
        book.check()                   # raises with the build's messages if it failed
        page = book.html / "index.html"

``declare(name, data=..., args=(...), prepare=function)`` copies the project into a folder of
its own (``prepare(copy)`` may then edit the copy: add a chapter, change the table of
contents), and runs ``python -m newsclaims.build --data DATA ARGS`` there. When the tests
are collected, ``tests/conftest.py`` starts every declared build whose test was selected,
as many at once as there are cores, the largest first; each test then waits only for its
own book. A book declared by several tests is built once. Declare new cases (a second case
study, a hostile package) the same way and they join the same pool.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from support.harness import copy_project, run_build


@dataclass(frozen=True)
class BookSpec:
    """One book to build: ``data`` relative to the copy (or absolute), extra build ``args``,
    ``prepare(copy)`` to edit the copy first, and a ``weight`` (relative cost, largest
    first)."""

    name: str
    data: str = "data"
    args: tuple[str, ...] = ()
    prepare: Callable[[Path], None] | None = field(default=None, compare=False)
    weight: int = 10


@dataclass
class BuiltBook:
    """The outcome of one build: the copy it ran in, its exit status, its output and how
    long it took."""

    spec: BookSpec
    root: Path
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def build(self) -> Path:
        """The build folder of this book: ``_build`` for the copy's own ``data``, else
        ``_build/books/<data folder name>/_build`` (as :func:`newsclaims.build.layout.layout_for`
        lays it out)."""
        data = (self.root / self.spec.data).resolve()
        if data == (self.root / "data").resolve():
            return self.root / "_build"
        return self.root / "_build" / "books" / data.name / "_build"

    @property
    def html(self) -> Path:
        return self.build / "html"

    def check(self) -> BuiltBook:
        """Raise ``AssertionError`` with the build's messages unless it succeeded."""
        assert self.returncode == 0, (
            f"the build of {self.spec.name} failed (exit {self.returncode}):\n"
            f"{self.stdout[-3000:]}\n{self.stderr[-6000:]}"
        )
        return self


DECLARED: dict[str, BookSpec] = {}
# The modules that declared each book: a book is built when one of their tests is selected.
DECLARED_BY: dict[str, set[str]] = {}


def declare(
    name: str,
    data: str = "data",
    args: tuple[str, ...] = (),
    prepare: Callable[[Path], None] | None = None,
    weight: int = 10,
) -> str:
    """Register a book under ``name`` (a folder name: it becomes the copy's folder); returns
    the name, to pass to ``books.result``. Declaring the same name twice with different
    settings is an error."""
    spec = BookSpec(name, data, tuple(args), prepare, weight)
    known = DECLARED.get(name)
    if known is not None and (known != spec or known.prepare is not prepare):
        raise ValueError(f"book {name!r} is declared twice with different settings")
    DECLARED[name] = spec
    DECLARED_BY.setdefault(name, set()).add(sys._getframe(1).f_globals.get("__name__", ""))
    return name


def wanted_by(module_names: set[str]) -> list[str]:
    """The declared books that the modules ``module_names`` declared."""
    return [name for name, modules in DECLARED_BY.items() if modules & module_names]


class BookPool:
    """Builds declared books in the background, ``workers`` at a time, each in its own copy
    of ``project`` under ``work``."""

    def __init__(self, project: Path, work: Path, workers: int | None = None) -> None:
        self.project, self.work = project, work
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.executor = ThreadPoolExecutor(max_workers=self.workers)
        self.futures: dict[str, Future[BuiltBook]] = {}

    def start(self, names: list[str]) -> None:
        """Start the builds of ``names`` (declared books), the heaviest first."""
        for spec in sorted((DECLARED[n] for n in set(names)), key=lambda s: -s.weight):
            if spec.name not in self.futures:
                self.futures[spec.name] = self.executor.submit(self._build, spec)

    def result(self, name: str) -> BuiltBook:
        """The finished build of ``name`` (started now if it was not yet)."""
        if name not in DECLARED:
            raise KeyError(f"no book {name!r} was declared (support.books.declare)")
        self.start([name])
        return self.futures[name].result()

    def _build(self, spec: BookSpec) -> BuiltBook:
        copy = copy_project(self.project, self.work / spec.name)
        if spec.prepare is not None:
            spec.prepare(copy)
        # Several books build at once: each runs its chapters one at a time.
        jobs = ("--jobs", "1") if self.workers > 1 else ()
        started = time.perf_counter()
        result = run_build(copy, "--data", spec.data, *jobs, *spec.args)
        seconds = time.perf_counter() - started
        return BuiltBook(spec, copy, result.returncode, result.stdout, result.stderr, seconds)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
