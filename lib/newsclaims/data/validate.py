"""Check a data package: schemas, ids, foreign keys, raw files, and every claim's quote.

``python -m newsclaims.data.validate [DATA_DIR]`` prints every problem (file, line, id, field,
what was expected) and exits 1 when there is any. Nothing is dropped or repaired: a row
that fails is reported, never skipped in silence.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from newsclaims.data.checks import check_claims, check_places, check_sources
from newsclaims.data.checks_events import check_events
from newsclaims.data.corpus import Document
from newsclaims.data.schema import Problem, Table, check_foreign_keys, load_descriptor, read_table
from newsclaims.data.settings import read_settings, settings_problems
from newsclaims.paths import resolve


class ValidationError(ValueError):
    """The data package has problems; ``problems`` lists them all."""

    def __init__(self, data_dir: Path, problems: list[Problem]):
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{data_dir}: {len(problems)} problem(s)\n{lines}")


@dataclass
class Report:
    """What validation found: the tables as read, the documents that could be cut into
    sections, and every problem."""

    data_dir: Path
    tables: dict[str, Table] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether validation found no problem."""
        return not self.problems


def validate(data_dir: str | Path) -> Report:
    """Every check on the package in ``data_dir``; the report lists all problems found."""
    root = resolve(data_dir)
    report = Report(root)
    try:
        descriptor = load_descriptor(root)
    except (FileNotFoundError, ValueError) as exc:
        report.problems.append(Problem("datapackage.json", None, "", "", str(exc)))
        return report
    for resource in descriptor["resources"]:
        table, problems = read_table(root, resource)
        report.tables[resource["name"]] = table
        report.problems.extend(problems)
    report.problems.extend(check_foreign_keys(report.tables))
    report.problems.extend(check_sources(root, report.tables, report.documents))
    report.problems.extend(check_claims(report.tables, report.documents))
    settings, _ = read_settings(root)
    report.problems.extend(settings_problems(root, report.tables))
    places = report.tables.get("places")
    report.problems.extend(check_places(places, settings.region_name, settings.region_bounds))
    report.problems.extend(check_events(report.tables))
    return report


def require_valid(data_dir: str | Path) -> Report:
    """The validation report; raises :class:`ValidationError` listing every problem."""
    report = validate(data_dir)
    if not report.ok:
        raise ValidationError(report.data_dir, report.problems)
    return report


def frames(report: Report) -> dict[str, pd.DataFrame]:
    """Every table of a validated package as a typed data frame."""
    return {name: table.frame() for name, table in report.tables.items()}


def main(argv: list[str] | None = None) -> int:
    """The command line: ``python -m newsclaims.data.validate [DATA_DIR]``; prints every
    problem and returns 1 when there is any."""
    args = sys.argv[1:] if argv is None else argv
    data_dir = args[0] if args else "data"
    report = validate(data_dir)
    for problem in sorted(report.problems, key=lambda p: (p.file, p.line or 0, p.key, p.field)):
        print(problem)
    if report.problems:
        print(
            f"{report.data_dir}: {len(report.problems)} problem(s); nothing was changed",
            file=sys.stderr,
        )
        return 1
    counts = ", ".join(f"{len(t.rows)} {name}" for name, t in report.tables.items())
    print(f"{report.data_dir}: valid ({counts})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
