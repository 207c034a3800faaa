"""Tables a chapter shows with their CSV download, and figures glued into the prose."""

from __future__ import annotations

import pandas as pd

from newsclaims.report import tables
from newsclaims.report.tables import DownloadableTable, downloadable, glue_facts, write_csv

FRAME = pd.DataFrame(
    {"source_id": ["courier", "agency"], "quote": ["<b>37</b> tanks", "عشرات الدبابات"]}
)


def test_the_table_escapes_cells_and_marks_arabic():
    html = DownloadableTable(FRAME, "../results/tables/t.csv", "Quotes & more")._repr_html_()
    assert "&lt;b&gt;37&lt;/b&gt; tanks" in html and "<b>" not in html
    assert '<span lang="ar" dir="rtl">عشرات الدبابات</span>' in html
    assert '<p class="cc-caption">Quotes &amp; more</p>' in html
    assert (
        '<a href="../results/tables/t.csv" download>Download this table as CSV (2 rows)</a>' in html
    )


def test_column_names_from_the_data_are_escaped_too():
    # A table pivoted by outlet has the outlets' names as column names.
    frame = pd.DataFrame({"question": ["tanks"], '<img src=x onerror="alert(1)">': ["answers"]})
    html = DownloadableTable(frame, "../results/tables/t.csv", "")._repr_html_()
    assert "<img" not in html
    assert "<th>&lt;img src=x onerror=&#x27;alert(1)&#x27;&gt;</th>" in html.replace(
        "&quot;", "&#x27;"
    )


def test_a_long_table_shows_its_first_rows_and_says_so():
    html = DownloadableTable(FRAME, "t.csv", "", max_rows=1)._repr_html_()
    assert "courier" in html and "agency" not in html
    assert "(2 rows; the page shows the first 1)" in html
    assert "cc-caption" not in html


def test_missing_values_are_empty_cells():
    frame = pd.DataFrame({"a": [1.5, None]})
    html = DownloadableTable(frame, "t.csv", "")._repr_html_()
    assert "nan" not in html.lower() and "<td></td>" in html


def test_write_csv_writes_utf8_with_unix_line_ends_and_no_index(tmp_path):
    path = write_csv(FRAME, tmp_path / "deep" / "t.csv")
    assert path.read_bytes() == (
        "source_id,quote\ncourier,<b>37</b> tanks\nagency,عشرات الدبابات\n".encode()
    )


def test_downloadable_writes_the_csv_where_the_link_points(tmp_path):
    shown = downloadable(FRAME, "01_quotes", tmp_path, "Quotes")
    assert (tmp_path / "tables" / "01_quotes.csv").is_file()
    assert shown.href == f"{tables.PUBLISHED_RESULTS}/tables/01_quotes.csv"
    assert repr(shown).endswith("CSV: ../results/tables/01_quotes.csv")


def test_glue_facts_glues_every_figure_without_showing_it(monkeypatch):
    glued = []
    monkeypatch.setattr(
        "myst_nb.glue", lambda name, value, display: glued.append((name, value, display))
    )
    glue_facts({"n_sources": 5, "share": "42%"})
    assert glued == [("n_sources", 5, False), ("share", "42%", False)]
