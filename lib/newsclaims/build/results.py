"""The result files the build exports next to the book (``_build/results``): the slots,
the rows per slot and source, the coverage matrix, the relations between slots, the
composition of the documents and the name variants."""

from __future__ import annotations

from pathlib import Path

from newsclaims.analysis.compare import Comparison, comparison
from newsclaims.data.corpus import composition
from newsclaims.data.package import Ledger
from newsclaims.report.tables import write_csv
from newsclaims.text.name_variants import EXPORT_COLUMNS, find_variants


def write_name_variants(ledger: Ledger, results_dir: str | Path) -> Path:
    """Write ``<results_dir>/name_variants.csv``: exactly ``entity_id, variant, source_id,
    count``, sorted by entity, variant and source (the same bytes on every run)."""
    counts = find_variants(ledger)[EXPORT_COLUMNS]
    return write_csv(counts, Path(results_dir) / "name_variants.csv")


def write_results(
    ledger: Ledger, results_dir: Path, result: Comparison | None = None
) -> list[Path]:
    """Write every result file of a validated package (from ``result``, its comparison,
    when the caller has it); returns the paths written."""
    result = result or comparison(ledger)
    return [
        write_csv(result.slots, results_dir / "slots.csv"),
        write_csv(result.discrepancies, results_dir / "discrepancies.csv"),
        write_csv(result.coverage, results_dir / "coverage.csv"),
        write_csv(result.relations, results_dir / "relations.csv"),
        write_csv(composition(ledger.documents), results_dir / "composition.csv"),
        write_name_variants(ledger, results_dir),
    ]
