"""What a build depended on, for the reproducibility page: the versions of the packages
that shape the pages, the raw files against their recorded checksums, and how long each
chapter took to execute.

Execution times measure the machine, not the inputs, so the page shows them inside
*volatile* markers (:func:`volatile`): ``<!-- cc-volatile:begin NAME -->`` ...
``<!-- cc-volatile:end NAME -->``. The markers travel with a notebook output into the
page's HTML and into the published notebook; the determinism check of the test suite
blanks what they enclose and compares everything else byte for byte.
"""

from __future__ import annotations

import html
import json
import platform
import re
from importlib import metadata
from pathlib import Path

import pandas as pd

from newsclaims.data.checksums import CHECKSUMS, read_manifest, sha256
from newsclaims.paths import resolve

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
NOT_RECORDED = "not yet recorded"


def volatile(name: str, content: str) -> str:
    """``content`` wrapped in volatile markers (see the module docstring)."""
    if not re.fullmatch(r"[A-Za-z0-9_-]+", name):
        raise ValueError(f"volatile region name {name!r}: use letters, digits, '-' and '_'")
    return f"<!-- cc-volatile:begin {name} -->{content}<!-- cc-volatile:end {name} -->"


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


def raw_checksums(data_dir: str | Path) -> pd.DataFrame:
    """Each raw file's SHA-256 next to the one recorded in ``raw/SHA256SUMS``: one row per
    file that is listed or present, with ``matches`` true only when both agree."""
    manifest = resolve(data_dir) / CHECKSUMS
    listed = read_manifest(manifest)
    raw = manifest.parent
    # Links are never followed: no checksum of a file outside the package is published.
    present = {
        p.name for p in raw.iterdir() if p.is_file() and not p.is_symlink() and p != manifest
    }
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
