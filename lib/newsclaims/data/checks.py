"""The checks a Table Schema cannot express: every claim's quote at its offsets in the
article body, values of the right kind for their attribute, dates in range, places inside
the package's region (the raw files and their checksums: :mod:`newsclaims.data.checks_sources`).

Each check takes the tables read by :func:`newsclaims.data.validate.validate` and returns
the problems it finds; nothing is repaired or skipped.
"""

from __future__ import annotations

import datetime as dt

from newsclaims.data.anchor import describe_missing
from newsclaims.data.corpus import Document, is_arabic
from newsclaims.data.hazards import clean, explained, hazards, quote_hazard
from newsclaims.data.schema import Problem, Table, parse_date, parse_integer, parse_number
from newsclaims.vocabulary import (
    OPEN_PRECISIONS,
    UNKNOWN_PRECISION,
    WITHOUT_NUMBER,
    schema_enum,
)

# Claims may describe plans (a deadline "within three days"), so an occurrence may follow
# publication, but not by more than this.
MAX_DAYS_AFTER_PUBLICATION = 365
EARLIEST_DATE = dt.date(1900, 1, 1)


# The kinds of value an attribute may take (the enum of attributes.csv value_type).
KINDS_OF_VALUE = frozenset(schema_enum("attributes", "value_type"))


def _line(row: dict[str, str]) -> int:
    return int(row["__line__"])


def _vocabulary(tables: dict[str, Table], name: str, key: str) -> set[str]:
    table = tables.get(name)
    return {r[key] for r in table.rows} if table is not None and table.readable else set()


def check_claims(
    tables: dict[str, Table], documents: dict[str, Document], changed: set[str] | None = None
) -> list[Problem]:
    """Each claim's quote at its offsets in the body of its document, its translation, id,
    value, scope and dates. Root causes first: quotes of a document in ``changed`` (its
    file does not match its checksum) are not reported one by one, and quotes that would be
    at their offsets but for invisible differences in the document
    (:mod:`newsclaims.data.hazards`) are reported once, at the document."""
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
    caused: dict[str, list[int]] = {}
    cleaned: dict[str, str] = {}
    for row in claims.rows:
        where = ("claims.csv", _line(row), row["claim_id"])
        doc = documents.get(row["source_id"])
        found = _check_quote(row, doc, where)
        if found and doc is not None and _caused_by_document(row, doc, changed or set(), cleaned):
            caused.setdefault(doc.source_id, []).append(_line(row))
        else:
            problems.extend(found)
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
        # An attribute of an unknown kind is reported in attributes.csv by its enum.
        if spec is not None and spec["value_type"] in KINDS_OF_VALUE:
            problems.extend(_check_value(row, spec, ids, where))
        scope = row["scope"]
        if scope.startswith("share:") and ids["actor"] and scope[6:] not in ids["actor"]:
            problems.append(Problem(*where, "scope", f"unknown actor {scope[6:]!r} in {scope!r}"))
        problems.extend(_check_dates(row, published.get(row["source_id"], ""), where))
    sources = tables["sources"].rows if tables.get("sources") else []
    lines = {r["source_id"]: _line(r) for r in sources}
    for source_id, claim_lines in caused.items():
        if source_id in (changed or set()):
            continue  # the checksum problem names the cause
        doc = documents[source_id]
        shown = ", ".join(str(n) for n in claim_lines[:10]) + (
            ", ..." if len(claim_lines) > 10 else ""
        )
        problems.append(
            Problem(
                "sources.csv",
                lines.get(source_id),
                source_id,
                "file",
                f"{doc.path.parent.name}/{doc.path.name} holds {hazards(doc.text)[0]}; the"
                f" quotes of {len(claim_lines)} claim(s) (claims.csv lines {shown}) are where"
                " they would be without it. Offsets count every character of the file as"
                " stored: take them from the file as stored",
            )
        )
    return problems


def _caused_by_document(
    row: dict[str, str], doc: Document, changed: set[str], cleaned: dict[str, str]
) -> bool:
    """Whether a claim's quote fails because of its document: the file changed, or the
    quote would be at its offsets but for the document's invisible differences."""
    if doc.source_id in changed:
        return True
    start, end = parse_integer(row["start"]), parse_integer(row["end"])
    if start is None or end is None or not hazards(doc.text):
        return False
    if doc.source_id not in cleaned:
        cleaned[doc.source_id] = clean(doc.text)
    return explained(doc.text, cleaned[doc.source_id], row["quote"], start, end)


def _check_quote(row: dict[str, str], doc: Document | None, where: tuple) -> list[Problem]:
    if doc is None:
        return []  # an unknown source is reported by the foreign-key check
    quote, text = row["quote"], doc.text
    start, end = parse_integer(row["start"]), parse_integer(row["end"])
    if start is None or end is None:
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
    if reason := quote_hazard(quote, text):
        return [Problem(*where, "quote", reason)]
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
        number = parse_number(value)
        if number is None or number < 0:
            problems.append(
                Problem(
                    *where,
                    "value",
                    f"expected a count or amount for {row['attribute']}: a number in decimal"
                    f" notation, not negative (no nan, inf, exponent or separator);"
                    f" found {value[:80]!r}",
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
        lat, lon = parse_number(row["latitude"]), parse_number(row["longitude"])
        if lat is None or lon is None:
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
