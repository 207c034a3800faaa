"""Bring a package made with an earlier release up to the project's schema:
``make migrate DATA=dir [DRY=1]``.

A package carries its own copy of the Table Schemas (``datapackage.json``) and is validated
against it, so an older package stays valid as it is; migrating is a choice, made to use
what the newer columns and settings offer. ``python -m newsclaims.data.migrate DIR
[--dry-run]`` compares the package with the project's descriptor
(:func:`newsclaims.data.schema.project_descriptor`) and:

- adds every column the project's schema has and the package's table lacks, at the
  schema's position, blank in every row (a column the schema requires is added blank too,
  and reported: validation will then name each row that needs a value);
- adds every table the package lacks, with its header only;
- takes the project's definition of every column both have (types, constraints, allowed
  codes), reporting each one that differs;
- keeps, and reports, columns and tables the project's schema does not have;
- writes a ``book.yml`` when the package has none (the package's title, a neutral one when
  the title is the project's own study's), and gives the descriptor a neutral title when it
  still carries that study's.

Nothing is changed silently: every change is listed, and each file is copied to
``backups/migrate-<UTC time>/`` in the package before it is rewritten. ``raw/`` is never
touched. With ``--dry-run`` the changes are listed and nothing is written.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import shutil
import sys
from pathlib import Path

from newsclaims.data.schema import DESCRIPTOR, project_descriptor
from newsclaims.data.settings import SETTINGS
from newsclaims.paths import resolve

BACKUPS = "backups"
NEUTRAL_TITLE = "A Contested Counts data package"
STARTER_SETTINGS = """\
# The settings of this package's book: every key is optional (see the package's README.md
# and lib/newsclaims/data/settings.py). Written by make migrate.
title: {title}
# subtitle: one line under the title
# introduction: |
#   The question the book asks of this corpus (paragraphs, *emphasis*, lists).
# corpus: |
#   The documents in a few sentences.
# authors: [Your name]
# bibliography: references.bib
# region: {{name: Country, bounds: {{lat: [min, max], lon: [min, max]}}}}
"""


def _read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def _csv_text(rows: list[list[str]]) -> str:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _with_columns(rows: list[list[str]], fields: list[str]) -> list[list[str]]:
    """The rows with the columns in ``fields`` order; columns new to the file are blank,
    columns the file has beyond ``fields`` are kept at the end."""
    header = rows[0] if rows else []
    extra = [c for c in header if c not in fields]
    order = [*fields, *extra]
    index = {c: i for i, c in enumerate(header)}
    out = [order]
    for row in rows[1:]:
        if not row:
            continue
        out.append([row[index[c]] if c in index and index[c] < len(row) else "" for c in order])
    return out


def plan(data_dir: str | Path) -> tuple[list[str], dict[str, str]]:
    """What migrating the package would change: the report (one line per change) and the
    new text of every file to write, by path relative to the package."""
    root = resolve(data_dir)
    project = project_descriptor()
    path = root / DESCRIPTOR
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no data package descriptor; is this a package folder?")
    package = json.loads(path.read_text(encoding="utf-8"))
    report: list[str] = []
    files: dict[str, str] = {}
    theirs = {r["name"]: r for r in package.get("resources", [])}
    resources = []
    for resource in project["resources"]:
        mine = theirs.get(resource["name"])
        target = root / resource["path"]
        fields = [f["name"] for f in resource["schema"]["fields"]]
        if mine is None:
            report.append(f"{resource['path']}: new table, written with its header only")
            files[resource["path"]] = _csv_text([fields])
            resources.append(resource)
            continue
        old = {f["name"]: f for f in mine["schema"]["fields"]}
        for spec in resource["schema"]["fields"]:
            name = spec["name"]
            if name not in old:
                required = spec.get("constraints", {}).get("required")
                note = "; it is required: fill it in every row" if required else " (optional)"
                report.append(f"{resource['path']}: column {name} added, blank{note}")
            elif old[name] != spec:
                report.append(f"{resource['path']}: column {name} takes the project's definition")
        kept = [f for f in mine["schema"]["fields"] if f["name"] not in fields]
        for spec in kept:
            report.append(
                f"{resource['path']}: column {spec['name']} kept (not in the project's schema)"
            )
        merged = {
            **resource,
            "schema": {**resource["schema"], "fields": [*resource["schema"]["fields"], *kept]},
        }
        resources.append(merged)
        if target.is_file() and any(f["name"] not in old for f in resource["schema"]["fields"]):
            files[resource["path"]] = _csv_text(
                _with_columns(_read_csv(target), [f["name"] for f in merged["schema"]["fields"]])
            )
    for name, resource in theirs.items():
        if name not in {r["name"] for r in project["resources"]}:
            report.append(f"{resource['path']}: table kept (not in the project's schema)")
            resources.append(resource)
    descriptor = {**package, "resources": resources}
    if package.get("title") == project.get("title") and root.resolve() != resolve("data").resolve():
        descriptor["title"] = NEUTRAL_TITLE
        report.append(
            f"{DESCRIPTOR}: title set to {NEUTRAL_TITLE!r} (it was the project's own study's)"
        )
    if descriptor != package:
        if not any(line.startswith(f"{DESCRIPTOR}:") for line in report):
            report.append(f"{DESCRIPTOR}: Table Schemas updated to the project's")
        files[DESCRIPTOR] = json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n"
    if not (root / SETTINGS).is_file():
        title = json.dumps(descriptor.get("title") or root.name, ensure_ascii=False)
        files[SETTINGS] = STARTER_SETTINGS.format(title=title)
        report.append(
            f"{SETTINGS}: written, with the package's title and every other key commented out"
        )
    return report, files


def migrate(
    data_dir: str | Path, dry_run: bool = False, now: dt.datetime | None = None
) -> tuple[list[str], Path | None]:
    """Apply :func:`plan`: back up every file it rewrites, then write them. Returns the
    report and the backup folder (``None`` when nothing was written)."""
    root = resolve(data_dir)
    report, files = plan(root)
    if dry_run or not files:
        return report, None
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    backup = root / BACKUPS / f"migrate-{stamp}"
    backup.mkdir(parents=True, exist_ok=True)
    for name in files:
        if (root / name).is_file():
            (backup / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(root / name, backup / name)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8", newline="")
    return report, backup


def main(argv: list[str] | None = None) -> int:
    """The command line (module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir")
    parser.add_argument("--dry-run", action="store_true", help="list the changes, write nothing")
    args = parser.parse_args(argv)
    try:
        report, backup = migrate(args.data_dir, args.dry_run)
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for line in report:
        print(f"  {line}")
    if not report:
        print(f"{args.data_dir}: already follows the project's schema; nothing to change")
    elif backup is None:
        print(f"{len(report)} change(s) listed; nothing was written (dry run)")
    else:
        print(f"{len(report)} change(s) made; the files as they were are in {backup}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
