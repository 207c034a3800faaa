"""What a chapter shows besides prose and figures: tables with a link to download them as
CSV, and named figures glued into the text."""

from __future__ import annotations

import html
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
from markupsafe import Markup

from newsclaims.data.corpus import is_arabic
from newsclaims.paths import resolve
from newsclaims.report.labels import Labels
from newsclaims.report.readable import readable

# Result files are served from <html root>/results/; chapter pages sit one folder down.
PUBLISHED_RESULTS = "../results"


# Longer tables show their first rows on the page; the CSV always holds every row.
MAX_SHOWN_ROWS = 300


class DownloadableTable:
    """A data frame that renders as an HTML table followed by its download link."""

    def __init__(
        self,
        frame: pd.DataFrame,
        href: str,
        caption: str,
        max_rows: int = MAX_SHOWN_ROWS,
        shown: pd.DataFrame | None = None,
    ):
        self.frame, self.href, self.caption, self.max_rows = frame, href, caption, max_rows
        # What the page shows (the frame worded for readers); the CSV is ``frame``.
        self.shown = frame if shown is None else shown

    def _repr_html_(self) -> str:
        # Cells and column names (an outlet's name may head a column) are escaped here so
        # that Arabic ones can be marked as Arabic, right to left, for screen readers and for
        # the layout; pandas is then told not to escape again. A link made by the report's
        # templates (Markup) is kept as it is.
        shown = self.shown.head(self.max_rows)
        cells = shown.astype(object).where(shown.notna(), "").map(_cell_html)
        cells.columns = [_cell_html(c) for c in cells.columns]
        table = cells.to_html(index=False, border=0, classes="table cc-table", escape=False)
        caption = f'<p class="cc-caption">{html.escape(self.caption)}</p>' if self.caption else ""
        more = f"; the page shows the first {len(shown)}" if len(shown) < len(self.frame) else ""
        link = (
            f'<p class="cc-download"><a href="{self.href}" download>Download this table as CSV'
            f" ({len(self.frame)} rows{more})</a></p>"
        )
        return f"{caption}{table}{link}"

    def __repr__(self) -> str:
        return f"{self.caption}\n{self.frame.to_string(index=False)}\nCSV: {self.href}"


def _cell_html(value: object) -> str:
    if isinstance(value, Markup):
        return str(value)
    text = html.escape(str(value))
    return f'<span lang="ar" dir="rtl">{text}</span>' if is_arabic(str(value)) else text


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    """Write ``frame`` as UTF-8 CSV with ``\\n`` line ends and no index; returns ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    return path


def downloadable(
    frame: pd.DataFrame,
    name: str,
    results_dir: str | Path,
    caption: str = "",
    labels: Labels | None = None,
    titles: Mapping[str, str] | None = None,
    shown: pd.DataFrame | None = None,
) -> DownloadableTable:
    """Write ``frame`` to ``<results_dir>/tables/<name>.csv`` (ids and codes kept) and
    return it for display; the page shows ``shown`` if given, else, with ``labels``,
    ``frame`` worded for readers (:func:`newsclaims.report.readable.readable`, slot ids by
    ``titles``), else ``frame`` itself."""
    write_csv(frame, resolve(results_dir) / "tables" / f"{name}.csv")
    if shown is None and labels is not None:
        shown = readable(frame, labels, titles)
    return DownloadableTable(frame, f"{PUBLISHED_RESULTS}/tables/{name}.csv", caption, shown=shown)


def glue_facts(facts: Mapping[str, object]) -> None:
    """Glue every named figure of ``facts`` into the chapter (not displayed where glued),
    for the prose to cite as ``{glue:text}`name```. Values should be Python numbers or
    text: what is glued is their plain representation."""
    from myst_nb import glue

    for name, value in facts.items():
        glue(name, value, display=False)
