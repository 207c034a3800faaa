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

from newsclaims.data.assessments import FOLDER as ASSESSMENTS
from newsclaims.data.assessments import README as ASSESSMENTS_README
from newsclaims.data.assessments import check_assessments
from newsclaims.data.checks import check_claims, check_places
from newsclaims.data.checks_events import check_events
from newsclaims.data.checks_labels import check_labels
from newsclaims.data.checks_lexicon import check_lexicon
from newsclaims.data.checks_sources import check_sources
from newsclaims.data.corpus import Document
from newsclaims.data.descriptor import (
    DESCRIPTOR,
    DescriptorError,
    load_descriptor,
    project_resources,
)
from newsclaims.data.files import links_in
from newsclaims.data.schema import (
    Problem,
    Table,
    check_foreign_keys,
    project_descriptor,
    read_table,
)
from newsclaims.data.settings import read_settings, settings_problems
from newsclaims.paths import resolve

# Tables the book cannot be built without a row of: every chapter reads sources, claims,
# events, actors and attributes. A corpus may name no weapon and no place and have no
# lexicon terms yet (a new user's first package): the book builds without them.
NEED_ROWS = ("sources", "claims", "events", "actors", "attributes")


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
    """Every check on the package in ``data_dir``; the report lists all problems found.

    The project's schema is the authority (:mod:`newsclaims.data.descriptor`); nothing
    outside the package folder is opened and no symbolic link is followed or allowed
    (:mod:`newsclaims.data.files`)."""
    root = resolve(data_dir)
    report = Report(root)
    if not root.is_dir():
        report.problems.append(Problem(str(data_dir), None, "", "", "no such folder"))
        return report
    for link in links_in(root):
        report.problems.append(
            Problem(link, None, "", "", "is a symbolic link; links are not allowed in a package")
        )
    try:
        descriptor = load_descriptor(root)
    except FileNotFoundError as exc:
        report.problems.append(Problem(DESCRIPTOR, None, "", "", str(exc)))
        return report
    except DescriptorError as exc:
        report.problems.extend(Problem(DESCRIPTOR, None, "", k, m) for k, m in exc.problems)
        return report
    resources, problems = project_resources(descriptor, project_descriptor())
    report.problems.extend(Problem(DESCRIPTOR, None, "", k, m) for k, m in problems)
    for name, resource in resources.items():
        table, problems = read_table(root, resource)
        report.tables[name] = table
        report.problems.extend(problems)
        if table.readable and not table.rows and not problems and name in NEED_ROWS:
            report.problems.append(
                Problem(resource.path, None, "", "", "has no rows; the book needs at least one")
            )
    changed: set[str] = set()
    report.problems.extend(check_foreign_keys(report.tables))
    report.problems.extend(check_sources(root, report.tables, report.documents, changed))
    report.problems.extend(check_claims(report.tables, report.documents, changed))
    settings, _ = read_settings(root)
    report.problems.extend(settings_problems(root, report.tables))
    places = report.tables.get("places")
    report.problems.extend(check_places(places, settings.region_name, settings.region_bounds))
    report.problems.extend(check_lexicon(report.tables.get("lexicon")))
    report.problems.extend(check_events(report.tables))
    report.problems.extend(check_labels(report.tables) + check_assessments(root, report.tables))
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
    counts = [f"{len(t.rows)} {name}" for name, t in report.tables.items()]
    folder = Path(report.data_dir) / ASSESSMENTS
    if folder.is_dir() and not folder.is_symlink():
        written = [
            p for p in folder.iterdir() if p.suffix == ".md" and p.name != ASSESSMENTS_README
        ]
        counts.append(f"{len(written)} assessments")
    print(f"{report.data_dir}: valid ({', '.join(counts)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
