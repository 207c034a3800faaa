"""The result files the build exports next to the book (``_build/results``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from newsclaims.compare import compare, discrepancies
from newsclaims.corpus import composition
from newsclaims.credibility import grade_slots
from newsclaims.ledger import Ledger
from newsclaims.tables import write_csv
from newsclaims.variants import write_name_variants


@dataclass(frozen=True)
class Comparison:
    slots: pd.DataFrame
    discrepancies: pd.DataFrame


def comparison(ledger: Ledger) -> Comparison:
    """Slots with their grades, and the per-source rows behind them."""
    slots = grade_slots(compare(ledger.claims, ledger.attributes, ledger.weapons, ledger.actors))
    rows = discrepancies(ledger.claims, slots, ledger.attributes, ledger.weapons, ledger.actors)
    return Comparison(slots, rows)


def write_results(ledger: Ledger, results_dir: Path) -> list[Path]:
    """Write every result file of a validated package; returns the paths written."""
    result = comparison(ledger)
    return [
        write_csv(result.slots, results_dir / "slots.csv"),
        write_csv(result.discrepancies, results_dir / "discrepancies.csv"),
        write_csv(composition(ledger.documents), results_dir / "composition.csv"),
        write_name_variants(ledger, results_dir),
    ]
