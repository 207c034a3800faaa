"""The project-copy harness of the tests and the benchmark: copy the project, build a
copy, and compare two builds byte for byte.

Two builds of the book from the same inputs must give the same published files. The
comparison reads every file of two trees (``_build/html`` and ``_build/results``) and
normalises only what is volatile by design:

1. Files and folders that are build bookkeeping, never content, are skipped:
   ``.doctrees/`` and ``__pycache__/`` (pickled caches that embed absolute paths and are
   not published; Jupyter Book writes ``.doctrees`` next to ``html``, so it only matters
   if a tree is laid out differently). Sphinx's ``.buildinfo`` is *not* skipped: it holds a
   hash of the configuration, which is identical for identical inputs, so a difference
   there means the two builds were configured differently.
2. Regions that a page marks as volatile (:func:`newsclaims.report.reproducibility.volatile`)
   are blanked: the marked text becomes ``[volatile NAME]``. Today that is the table of
   chapter execution times on the reproducibility page, which measures the machine, not
   the inputs.

Nothing else is rewritten: an absolute path, a random id or an unstable ordering in any
other place shows up as a difference, which is the point of the check.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from newsclaims.report.reproducibility import VOLATILE_RE

SKIPPED_PARTS = frozenset({".doctrees", "__pycache__"})
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


def run_build(copy: Path, *args: str, timeout: float = 1800) -> subprocess.CompletedProcess:
    """``python -m newsclaims.build ARGS`` in ``copy``, its own library first on the path;
    the finished process, whatever its exit status."""
    return subprocess.run(
        [sys.executable, "-m", "newsclaims.build", *args],
        cwd=copy,
        env=build_environment(copy),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def build_copy(copy: Path, *args: str, timeout: float = 3600) -> subprocess.CompletedProcess:
    """Run ``python -m newsclaims.build ARGS`` in ``copy``; raises with the build's own
    messages when it fails."""
    result = run_build(copy, *args, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(
            f"the build of {copy} failed (exit {result.returncode}):\n"
            f"{result.stdout[-4000:]}\n{result.stderr[-8000:]}"
        )
    return result


# ---------------------------------------------------------------------------- comparison


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
