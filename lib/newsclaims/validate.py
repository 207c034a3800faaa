"""Check a data package: schemas, ids, foreign keys, raw files, and every claim's quote.

``python -m newsclaims.validate [DATA_DIR]`` prints every problem (file, line, id, field,
what was expected) and exits 1 when there is any. Nothing is dropped or repaired: a row
that fails is reported, never skipped in silence.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from newsclaims.corpus import CorpusError, Document, parse_spans, read_text, sha256
from newsclaims.normalize import is_arabic
from newsclaims.paths import resolve
from newsclaims.schema import (
    Problem,
    Table,
    check_foreign_keys,
    load_descriptor,
    parse_date,
    read_table,
)

CHECKSUMS = "raw/SHA256SUMS"
VAGUE_QUALIFIERS = frozenset(
    {
        "dozens",
        "hundreds",
        "thousands",
        "tens_of_thousands",
        "hundreds_of_thousands",
        "large_numbers",
        "several",
        "many",
        "some",
        "unspecified",
    }
)
# Claims may describe plans (a deadline "within three days"), so an occurrence may follow
# publication, but not by more than this.
MAX_DAYS_AFTER_PUBLICATION = 365
EARLIEST_DATE = dt.date(1900, 1, 1)
# An occurrence known only to lie before (or after) a date has one bound.
OPEN_PRECISIONS = ("approximate", "range")
# Bounding box of Syria (degrees), for the gazetteer check.
SYRIA_BOUNDS = {"lat": (32.3, 37.4), "lon": (35.6, 42.4)}


class ValidationError(ValueError):
    """The data package has problems; ``problems`` lists them all."""

    def __init__(self, data_dir: Path, problems: list[Problem]):
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{data_dir}: {len(problems)} problem(s)\n{lines}")


@dataclass
class Report:
    data_dir: Path
    tables: dict[str, Table] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
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
    report.problems.extend(_check_sources(root, report))
    report.problems.extend(_check_claims(report))
    report.problems.extend(_check_places(report.tables.get("places")))
    return report


def require_valid(data_dir: str | Path) -> Report:
    """The validation report; raises :class:`ValidationError` listing every problem."""
    report = validate(data_dir)
    if not report.ok:
        raise ValidationError(report.data_dir, report.problems)
    return report


def _line(row: dict[str, str]) -> int:
    return int(row["__line__"])


def _check_sources(root: Path, report: Report) -> list[Problem]:
    sources = report.tables.get("sources")
    if sources is None or not sources.readable:
        return []
    problems = []
    listed = _read_checksums(root, problems)
    for row in sources.rows:
        where = ("sources.csv", _line(row), row["source_id"])
        path = root / row["file"]
        if not path.is_file():
            problems.append(Problem(*where, "file", f"raw file {row['file']} does not exist"))
            continue
        if listed is not None:
            expected = listed.get(path.name)
            if expected is None:
                problems.append(
                    Problem(*where, "file", f"{row['file']} is not listed in {CHECKSUMS}")
                )
            elif expected != sha256(path):
                problems.append(
                    Problem(
                        *where,
                        "file",
                        f"{row['file']} does not match its checksum in"
                        f" {CHECKSUMS}: raw files must never change",
                    )
                )
        try:
            text = read_text(path)
        except CorpusError as exc:
            problems.append(Problem(*where, "file", str(exc)))
            continue
        try:
            body = parse_spans(row["body_spans"])
            comments = parse_spans(row["comments_spans"])
            doc = Document(row["source_id"], path, text, body, comments)
            doc.sections  # noqa: B018 -- cutting the sections checks overlaps and bounds
        except CorpusError as exc:
            problems.append(Problem(*where, "body_spans/comments_spans", str(exc)))
            continue
        report.documents[row["source_id"]] = doc
        for name in ("published_earliest", "published_latest"):
            if row["published"] and row[name] and row[name] != row["published"]:
                problems.append(
                    Problem(
                        *where,
                        name,
                        f"expected {row['published']} (the published date); found {row[name]}",
                    )
                )
        if (
            row["published_earliest"]
            and row["published_latest"]
            and (row["published_latest"] < row["published_earliest"])
        ):
            problems.append(Problem(*where, "published_latest", "is before published_earliest"))
        if row["published_basis"] == "unknown" and row["published"]:
            problems.append(
                Problem(*where, "published", "a date is given but the basis says unknown")
            )
    if listed is not None:
        files = {Path(r["file"]).name for r in sources.rows}
        for name in sorted(set(listed) - files):
            problems.append(
                Problem(CHECKSUMS, None, name, "", "listed but no source in sources.csv uses it")
            )
    return problems


def _read_checksums(root: Path, problems: list[Problem]) -> dict[str, str] | None:
    path = root / CHECKSUMS
    if not path.is_file():
        problems.append(Problem(CHECKSUMS, None, "", "", "checksum manifest is missing"))
        return None
    listed = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        parts = line.split()
        if len(parts) != 2 or len(parts[0]) != 64:
            problems.append(Problem(CHECKSUMS, number, "", "", "expected '<sha256>  <file name>'"))
            continue
        listed[parts[1]] = parts[0]
    return listed


def _vocabulary(report: Report, name: str, key: str) -> set[str]:
    table = report.tables.get(name)
    return {r[key] for r in table.rows} if table is not None and table.readable else set()


def _check_claims(report: Report) -> list[Problem]:
    claims = report.tables.get("claims")
    attributes = report.tables.get("attributes")
    if claims is None or not claims.readable:
        return []
    problems: list[Problem] = []
    attribute_types = (
        {r["attribute"]: r for r in attributes.rows}
        if attributes is not None and attributes.readable
        else {}
    )
    ids = {
        "actor": _vocabulary(report, "actors", "actor_id"),
        "place": _vocabulary(report, "places", "place_id"),
        "weapon": _vocabulary(report, "weapons", "weapon_id"),
    }
    published = (
        {
            r["source_id"]: r["published_latest"] or r["published_earliest"]
            for r in report.tables["sources"].rows
        }
        if report.tables.get("sources") and report.tables["sources"].readable
        else {}
    )
    for row in claims.rows:
        where = ("claims.csv", _line(row), row["claim_id"])
        problems.extend(_check_quote(row, report.documents.get(row["source_id"]), where))
        if is_arabic(row["quote"]) and not row["translation_en"].strip():
            problems.append(
                Problem(*where, "translation_en", "is required: the quote is not in English")
            )
        if (
            row["claim_id"]
            and row["source_id"]
            and not row["claim_id"].startswith(row["source_id"] + "-")
        ):
            problems.append(
                Problem(*where, "claim_id", f"expected to start with {row['source_id']}-")
            )
        if not row["subject"] and not row["object"]:
            problems.append(
                Problem(
                    *where,
                    "subject",
                    "is required (it may be empty only for a claim about a thing, named in object)",
                )
            )
        spec = attribute_types.get(row["attribute"])
        if spec is not None:
            problems.extend(_check_value(row, spec, ids, where))
        scope = row["scope"]
        if scope.startswith("share:") and ids["actor"] and scope[6:] not in ids["actor"]:
            problems.append(Problem(*where, "scope", f"unknown actor {scope[6:]!r} in {scope!r}"))
        problems.extend(_check_dates(row, published.get(row["source_id"], ""), where))
    return problems


def _check_quote(row: dict[str, str], doc: Document | None, where: tuple) -> list[Problem]:
    if doc is None:
        return []  # an unknown source is reported by the foreign-key check
    quote, text = row["quote"], doc.text
    try:
        start, end = int(row["start"]), int(row["end"])
    except ValueError:
        return []  # reported by the type check
    if text[start:end] == quote:
        section = doc.section_at(start, end)
        if section != "body":
            return [
                Problem(
                    *where,
                    "start",
                    f"the quote lies in the page's {section}"
                    f" ({start}-{end}), not in the article body: only body text makes claims",
                )
            ]
        return []
    found = text.find(quote)
    if found < 0:
        return [
            Problem(
                *where,
                "quote",
                f"not found in {doc.path.name}: expected verbatim text of the"
                " raw document (check typos, quotation marks and spaces)",
            )
        ]
    return [
        Problem(
            *where,
            "start",
            f"expected text[{start}:{end}] == quote; the quote is at {found}-{found + len(quote)}",
        )
    ]


def _check_value(
    row: dict[str, str], spec: dict[str, str], ids: dict[str, set[str]], where: tuple
) -> list[Problem]:
    value, kind = row["value"].strip(), spec["value_type"]
    problems = []
    if not value:
        if not (kind == "number" and row["qualifier"] in VAGUE_QUALIFIERS):
            problems.append(
                Problem(
                    *where,
                    "value",
                    f"is required for {row['attribute']}"
                    " (empty only for a vague quantity such as 'dozens')",
                )
            )
    elif kind == "number":
        try:
            float(value)
        except ValueError:
            problems.append(
                Problem(
                    *where, "value", f"expected a number for {row['attribute']}; found {value!r}"
                )
            )
    elif kind == "date":
        if parse_date(value) is None:
            problems.append(Problem(*where, "value", f"expected an ISO date; found {value!r}"))
    elif kind == "category":
        allowed = [c.strip() for c in spec["categories"].split("|")]
        if value not in allowed:
            problems.append(
                Problem(*where, "value", f"expected one of {', '.join(allowed)}; found {value!r}")
            )
    elif ids[kind] and value not in ids[kind]:
        problems.append(
            Problem(*where, "value", f"unknown {kind} {value!r}: no such id in {kind}s.csv")
        )
    if (
        spec["object_type"] == "weapon"
        and row["object"]
        and ids["weapon"]
        and row["object"] not in ids["weapon"]
    ):
        problems.append(
            Problem(
                *where, "object", f"unknown weapon {row['object']!r}: no such id in weapons.csv"
            )
        )
    return problems


def _check_dates(row: dict[str, str], published: str, where: tuple) -> list[Problem]:
    problems = []
    start, end = parse_date(row["occurred_start"]), parse_date(row["occurred_end"])
    if (
        bool(row["occurred_start"]) != bool(row["occurred_end"])
        and row["occurred_precision"] not in OPEN_PRECISIONS
    ):
        problems.append(
            Problem(
                *where,
                "occurred_precision",
                "only one bound of the occurrence is given;"
                f" expected precision {' or '.join(OPEN_PRECISIONS)} for an open interval",
            )
        )
    if start and end and end < start:
        problems.append(Problem(*where, "occurred_end", f"is before occurred_start ({start})"))
    latest = parse_date(published)
    limit = latest + dt.timedelta(days=MAX_DAYS_AFTER_PUBLICATION) if latest else None
    for name, date in (("occurred_start", start), ("occurred_end", end)):
        if date is None:
            continue
        if date < EARLIEST_DATE or (limit and date > limit):
            problems.append(
                Problem(
                    *where,
                    name,
                    f"{date} is out of range: expected between"
                    f" {EARLIEST_DATE} and {limit or 'the publication date'}",
                )
            )
    if (start or end) and row["occurred_precision"] == "unknown":
        problems.append(Problem(*where, "occurred_precision", "is 'unknown' but dates are given"))
    if not (row["occurred_start"] or row["occurred_end"]) and row["occurred_precision"] not in (
        "unknown",
        "",
    ):
        problems.append(
            Problem(
                *where,
                "occurred_precision",
                f"is {row['occurred_precision']!r} but no date is given",
            )
        )
    return problems


def _check_places(places: Table | None) -> list[Problem]:
    if places is None or not places.readable:
        return []
    problems = []
    (lat_min, lat_max), (lon_min, lon_max) = SYRIA_BOUNDS["lat"], SYRIA_BOUNDS["lon"]
    for row in places.rows:
        try:
            lat, lon = float(row["latitude"]), float(row["longitude"])
        except ValueError:
            continue
        inside = lat_min <= lat <= lat_max and lon_min <= lon <= lon_max
        if not inside and "outside syria" not in row["description"].lower():
            problems.append(
                Problem(
                    "places.csv",
                    _line(row),
                    row["place_id"],
                    "latitude/longitude",
                    f"({lat}, {lon}) lies outside Syria; expected a point inside it or"
                    " a description that says 'outside Syria'",
                )
            )
    return problems


def frames(report: Report) -> dict[str, pd.DataFrame]:
    """Every table of a validated package as a typed data frame."""
    return {name: table.frame() for name, table in report.tables.items()}


def main(argv: list[str] | None = None) -> int:
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
