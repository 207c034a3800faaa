"""Reproducibility: compare two builds byte for byte, and record what a build depended on.

Two builds of the book from the same inputs must give the same published files. The
comparison reads every file of two trees (``_build/html`` and ``_build/results``) and
normalises only what is volatile by design:

1. Files and folders that are build bookkeeping, never content, are skipped:
   ``.doctrees/`` and ``__pycache__/`` (pickled caches that embed absolute paths and are
   not published; Jupyter Book writes ``.doctrees`` next to ``html``, so it only matters
   if a tree is laid out differently). Sphinx's ``.buildinfo`` is *not* skipped: it holds a
   hash of the configuration, which is identical for identical inputs, so a difference
   there means the two builds were configured differently.
2. Regions that a page marks as volatile are blanked: text between
   ``<!-- cc-volatile:begin NAME -->`` and ``<!-- cc-volatile:end NAME -->`` becomes
   ``[volatile NAME]``. The markers travel with a notebook output into the page's HTML and
   into the published notebook (``_sources/*.ipynb``), so the same rule covers both. Only
   content produced with :func:`volatile` carries the markers; today that is the table of
   chapter execution times on the reproducibility page, which measures the machine, not
   the inputs.

Nothing else is rewritten: an absolute path, a random id or an unstable ordering in any
other place shows up as a difference, which is the point of the check.
"""

from __future__ import annotations

import html
import json
import os
import platform
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pandas as pd

from newsclaims.corpus import sha256
from newsclaims.paths import resolve

SKIPPED_PARTS = frozenset({".doctrees", "__pycache__"})
VOLATILE_RE = re.compile(
    rb"<!-- cc-volatile:begin ([A-Za-z0-9_-]+) -->.*?<!-- cc-volatile:end \1 -->", re.DOTALL
)
# The packages that shape the book's pages, in the order the reproducibility page lists them.
KEY_PACKAGES = (
    "jupyter-book",
    "sphinx",
    "myst-nb",
    "pandas",
    "matplotlib",
    "papermill",
    "nbval",
    "networkx",
    "rapidfuzz",
)
CHECKSUMS = Path("raw") / "SHA256SUMS"
NOT_RECORDED = "not yet recorded"
# Left out when the project is copied to be built elsewhere: the environment, the outputs,
# the history and caches, none of which is an input of the book.
NOT_COPIED_AT_ROOT = frozenset({".venv", ".lock-venv", "_build", ".git", "test-artifacts"})
NOT_COPIED = frozenset(
    {"__pycache__", ".ipynb_checkpoints", ".pytest_cache", ".ruff_cache", ".hypothesis"}
)


# ---------------------------------------------------------------------------- copies


def copy_project(root: Path, target: Path) -> Path:
    """Copy the book's inputs from ``root`` to ``target`` (which must not exist), leaving
    out the environment, the build folder and version control."""

    def ignore(folder: str, names: list[str]) -> set[str]:
        at_root = Path(folder).resolve() == root.resolve()
        return {n for n in names if n in NOT_COPIED or (at_root and n in NOT_COPIED_AT_ROOT)}

    shutil.copytree(root, target, ignore=ignore, symlinks=True)
    return target


def build_environment(copy: Path) -> dict[str, str]:
    """The environment for building a copy: the copy is the project root, and its own
    library comes before the installed (editable) one, in the build and in every kernel."""
    env = dict(os.environ)
    env["CONTESTED_COUNTS_ROOT"] = str(copy)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(copy / "lib"), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    return env


def build_copy(copy: Path, *args: str, timeout: float = 3600) -> subprocess.CompletedProcess:
    """Run ``python -m newsclaims.build ARGS`` in ``copy``; raises with the build's own
    messages when it fails."""
    result = subprocess.run(
        [sys.executable, "-m", "newsclaims.build", *args],
        cwd=copy,
        env=build_environment(copy),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"the build of {copy} failed (exit {result.returncode}):\n"
            f"{result.stdout[-4000:]}\n{result.stderr[-8000:]}"
        )
    return result


# ---------------------------------------------------------------------------- comparison


def volatile(name: str, content: str) -> str:
    """``content`` wrapped in the markers that :func:`normalise` blanks."""
    if not re.fullmatch(r"[A-Za-z0-9_-]+", name):
        raise ValueError(f"volatile region name {name!r}: use letters, digits, '-' and '_'")
    return f"<!-- cc-volatile:begin {name} -->{content}<!-- cc-volatile:end {name} -->"


def skipped(relative: Path) -> bool:
    return any(part in SKIPPED_PARTS for part in relative.parts)


def normalise(data: bytes) -> bytes:
    """A file's bytes with every marked volatile region replaced by its name."""
    return VOLATILE_RE.sub(lambda m: b"[volatile " + m.group(1) + b"]", data)


def tree_files(root: Path) -> dict[str, Path]:
    """Every compared file under ``root``, keyed by its path relative to ``root``."""
    return {
        path.relative_to(root).as_posix(): path
        for path in sorted(root.rglob("*"))
        if path.is_file() and not skipped(path.relative_to(root))
    }


@dataclass(frozen=True)
class Difference:
    path: str  # relative to the compared roots
    kind: str  # "only in first", "only in second" or "content"
    offset: int | None = None  # first differing byte after normalisation
    first: bytes = b""  # a few bytes around the difference, from each side
    second: bytes = b""

    def __str__(self) -> str:
        if self.kind != "content":
            return f"{self.path}: {self.kind}"
        return (
            f"{self.path}: differs at byte {self.offset} (after normalisation):"
            f" {self.first!r} != {self.second!r}"
        )


def first_difference(a: bytes, b: bytes) -> int | None:
    """The offset of the first byte where ``a`` and ``b`` differ, or ``None``."""
    for index, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return index
    return None if len(a) == len(b) else min(len(a), len(b))


def compare_trees(first: Path, second: Path, context: int = 40) -> list[Difference]:
    """Every file present in only one tree, and every file whose normalised bytes differ."""
    for root in (first, second):
        if not root.is_dir():
            raise FileNotFoundError(f"{root}: not a folder; nothing to compare")
    a, b = tree_files(first), tree_files(second)
    differences = [Difference(p, "only in first") for p in sorted(a.keys() - b.keys())]
    differences += [Difference(p, "only in second") for p in sorted(b.keys() - a.keys())]
    for path in sorted(a.keys() & b.keys()):
        left, right = normalise(a[path].read_bytes()), normalise(b[path].read_bytes())
        offset = first_difference(left, right)
        if offset is not None:
            start = max(0, offset - context)
            differences.append(
                Difference(
                    path,
                    "content",
                    offset,
                    left[start : offset + context],
                    right[start : offset + context],
                )
            )
    return differences


# ---------------------------------------------------------------------------- the record


def package_versions(packages: tuple[str, ...] = KEY_PACKAGES) -> pd.DataFrame:
    """Python's version and the installed version of each package (``not installed`` when
    absent, so that the page still renders and says so)."""
    rows = [{"package": "python", "version": platform.python_version()}]
    for name in packages:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "not installed"
        rows.append({"package": name, "version": version})
    return pd.DataFrame(rows, columns=["package", "version"])


def read_manifest(path: Path) -> dict[str, str]:
    """``<sha256>  <file name>`` lines as {file name: digest}; a malformed line raises an
    error naming the file and the line."""
    if not path.is_file():
        raise FileNotFoundError(f"{path}: checksum manifest is missing")
    listed: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split()
        if len(parts) != 2 or not re.fullmatch(r"[0-9a-f]{64}", parts[0]):
            raise ValueError(
                f"{path}, line {number}: expected '<sha256>  <file name>' with a 64-digit"
                f" lower-case hex digest, got {line!r}"
            )
        listed[parts[1]] = parts[0]
    return listed


def raw_checksums(data_dir: str | Path) -> pd.DataFrame:
    """Each raw file's SHA-256 next to the one recorded in ``raw/SHA256SUMS``: one row per
    file that is listed or present, with ``matches`` true only when both agree."""
    root = resolve(data_dir)
    listed = read_manifest(root / CHECKSUMS)
    raw = root / CHECKSUMS.parent
    present = {p.name for p in raw.iterdir() if p.is_file() and p.name != CHECKSUMS.name}
    rows = []
    for name in sorted(listed.keys() | present):
        actual = sha256(raw / name) if name in present else "missing"
        expected = listed.get(name, "not listed")
        rows.append(
            {"file": name, "recorded": expected, "computed": actual, "matches": expected == actual}
        )
    return pd.DataFrame(rows, columns=["file", "recorded", "computed", "matches"])


def timings_path(results_dir: str | Path) -> Path:
    """The build keeps execution times in ``<build>/stamps/timings.json``, next to the
    results folder."""
    return resolve(results_dir).resolve().parent / "stamps" / "timings.json"


def chapter_timings(results_dir: str | Path, chapters: list[str]) -> pd.DataFrame:
    """Seconds each chapter took when it was last executed, as recorded by the build;
    ``not yet recorded`` for a chapter the build has not timed."""
    path = timings_path(results_dir)
    known: dict[str, float] = {}
    if path.is_file():
        try:
            known = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: not valid JSON ({exc}); delete it and build again") from exc
    rows = [
        {
            "chapter": chapter,
            "seconds": f"{known[chapter]:.1f}" if chapter in known else NOT_RECORDED,
        }
        for chapter in chapters
    ]
    return pd.DataFrame(rows, columns=["chapter", "seconds"])


class VolatileTable:
    """A table whose values depend on the machine: shown in the page, wrapped in volatile
    markers in every representation so that the determinism check ignores it."""

    def __init__(self, name: str, frame: pd.DataFrame, caption: str):
        self.name, self.frame, self.caption = name, frame, caption

    def _repr_html_(self) -> str:
        table = self.frame.to_html(index=False, border=0, classes="table cc-table")
        caption = f'<p class="cc-caption">{html.escape(self.caption)}</p>'
        return volatile(self.name, caption + table)

    def __repr__(self) -> str:
        return volatile(self.name, f"{self.caption}\n{self.frame.to_string(index=False)}")
