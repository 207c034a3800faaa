"""Show a table in a chapter together with a link to download it as CSV."""

from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

from newsclaims.paths import resolve

# Result files are served from <html root>/results/; chapter pages sit one folder down.
PUBLISHED_RESULTS = "../results"


class DownloadableTable:
    """A data frame that renders as an HTML table followed by its download link."""

    def __init__(self, frame: pd.DataFrame, href: str, caption: str):
        self.frame, self.href, self.caption = frame, href, caption

    def _repr_html_(self) -> str:
        table = self.frame.to_html(index=False, border=0, classes="table cc-table", na_rep="")
        caption = f'<p class="cc-caption">{html.escape(self.caption)}</p>' if self.caption else ""
        link = (
            f'<p class="cc-download"><a href="{self.href}" download>Download this table as CSV'
            f" ({len(self.frame)} rows)</a></p>"
        )
        return f"{caption}{table}{link}"

    def __repr__(self) -> str:
        return f"{self.caption}\n{self.frame.to_string(index=False)}\nCSV: {self.href}"


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    return path


def downloadable(
    frame: pd.DataFrame, name: str, results_dir: str | Path, caption: str = ""
) -> DownloadableTable:
    """Write ``frame`` to ``<results_dir>/tables/<name>.csv`` and return it for display."""
    write_csv(frame, resolve(results_dir) / "tables" / f"{name}.csv")
    return DownloadableTable(frame, f"{PUBLISHED_RESULTS}/tables/{name}.csv", caption)
