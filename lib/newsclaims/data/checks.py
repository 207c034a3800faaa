"""The checks a Table Schema cannot express: raw files and their checksums, every claim's
quote at its offsets in the article body, values of the right kind for their attribute,
dates in range, places inside the package's region.

Each check takes the tables read by :func:`newsclaims.data.validate.validate` and returns
the problems it finds; nothing is repaired or skipped.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsclaims.data.anchor import describe_missing
from newsclaims.data.checksums import CHECKSUMS, parse_manifest, sha256
from newsclaims.data.corpus import CorpusError, Document, is_arabic, parse_spans, read_text
from newsclaims.data.schema import Problem, Table, parse_date
from newsclaims.vocabulary import OPEN_PRECISIONS, UNKNOWN_PRECISION, WITHOUT_NUMBER

# Claims may describe plans (a deadline "within three days"), so an occurrence may follow
# publication, but not by more than this.
MAX_DAYS_AFTER_PUBLICATION = 365
EARLIEST_DATE = dt.date(1900, 1, 1)


def _line(row: dict[str, str]) -> int:
    return int(row["__line__"])


def check_sources(
    root: Path, tables: dict[str, Table], documents: dict[str, Document]
) -> list[Problem]:
    """Raw files exist, match their checksums and decode; spans cut each document into
    sections; publication dates agree. Every readable document is added to ``documents``."""
    sources = tables.get("sources")
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
        documents[row["source_id"]] = doc
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
    listed, errors = parse_manifest(path.read_text(encoding="utf-8"))
    problems.extend(Problem(CHECKSUMS, number, "", "", message) for number, message in errors)
    return listed


def _vocabulary(tables: dict[str, Table], name: str, key: str) -> set[str]:
    table = tables.get(name)
    return {r[key] for r in table.rows} if table is not None and table.readable else set()


def check_claims(tables: dict[str, Table], documents: dict[str, Document]) -> list[Problem]:
    """Each claim's quote at its offsets in the body of its document, its translation, id,
    value, scope and dates."""
    claims = tables.get("claims")
    attributes = tables.get("attributes")
    if claims is None or not claims.readable:
        return []
    problems: list[Problem] = []
    attribute_types = (
        {r["attribute"]: r for r in attributes.rows}
        if attributes is not None and attributes.readable
        else {}
    )
    ids = {
        "actor": _vocabulary(tables, "actors", "actor_id"),
        "place": _vocabulary(tables, "places", "place_id"),
        "weapon": _vocabulary(tables, "weapons", "weapon_id"),
    }
    published = (
        {
            r["source_id"]: r["published_latest"] or r["published_earliest"]
            for r in tables["sources"].rows
        }
        if tables.get("sources") and tables["sources"].readable
        else {}
    )
    for row in claims.rows:
        where = ("claims.csv", _line(row), row["claim_id"])
        problems.extend(_check_quote(row, documents.get(row["source_id"]), where))
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
        return [Problem(*where, "quote", describe_missing(quote, text, doc.path.name))]
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
        if not (kind == "number" and row["qualifier"] in WITHOUT_NUMBER):
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
    if (start or end) and row["occurred_precision"] == UNKNOWN_PRECISION:
        problems.append(Problem(*where, "occurred_precision", "is 'unknown' but dates are given"))
    if not (row["occurred_start"] or row["occurred_end"]) and row["occurred_precision"] not in (
        UNKNOWN_PRECISION,
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


def check_places(
    places: Table | None, region: str | None = None, bounds: dict | None = None
) -> list[Problem]:
    """Every place lies inside the package's region (``book.yml``: its ``name`` and
    ``bounds``), or its description says "outside <region>"; no check without a region."""
    if places is None or not places.readable or not region or not bounds:
        return []
    problems = []
    (lat_min, lat_max), (lon_min, lon_max) = bounds["lat"], bounds["lon"]
    for row in places.rows:
        try:
            lat, lon = float(row["latitude"]), float(row["longitude"])
        except ValueError:
            continue
        inside = lat_min <= lat <= lat_max and lon_min <= lon <= lon_max
        if not inside and f"outside {region.lower()}" not in row["description"].lower():
            problems.append(
                Problem(
                    "places.csv",
                    _line(row),
                    row["place_id"],
                    "latitude/longitude",
                    f"({lat}, {lon}) lies outside {region}; expected a point inside it or"
                    f" a description that says 'outside {region}'",
                )
            )
    return problems
