"""The result files the build exports next to the book."""

from __future__ import annotations

from pathlib import Path

from newsclaims.corpus import composition
from newsclaims.tables import write_csv
from newsclaims.validate import Report, frames


def write_results(report: Report, results_dir: Path) -> list[Path]:
    """Write every result file of a validated package; returns the paths written."""
    tables = frames(report)
    written = [write_csv(composition(report.documents), results_dir / "composition.csv")]
    written.append(write_csv(tables["claims"], results_dir / "claims.csv"))
    return written
