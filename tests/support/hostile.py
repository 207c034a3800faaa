"""Hostile data packages made from the minipackage, as an attacker would make them.

The kinds of hostile package (markup in a field, a path outside the package, a link, a
number that is not one, an invisible character...) are in :mod:`support.hostile_kinds`.
:func:`markup_everywhere` puts markup
in every text field and a fence in a news text while keeping the package valid: the book
built from it must run no script and publish nothing from outside the package.

The editing helpers (:func:`set_cells`, :func:`insert_raw`, :func:`write_raw`) keep a
package consistent the way an annotator would: offsets, spans and checksums move with the
text unless a kind means to break them.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path

from support.csvfiles import read_csv, write_csv

MINIPACKAGE = Path(__file__).resolve().parent / "minipackage"
COURIER_RAW = "raw/000_courier_en.txt"
AGENCY_RAW = "raw/001_agency_ar.txt"
SENTINEL = "ccPwned"
# Markup of every kind a page could be made to run or include: HTML, a script, a fence,
# MyST roles and directives reading the build machine's files, TeX for matplotlib.
PAYLOADS = (
    f'<img src=x onerror="window.{SENTINEL}=1">',
    f"<script>window.{SENTINEL}=1</script>",
    "\n```\n```{literalinclude} ../../../../../../../../../../etc/passwd\n```\n",
    "{download}`/etc/passwd`",
    "$\\x$",
    "**bold** [link](javascript:alert(1)) {raw}`<b>raw</b>`",
)
MARKUP = " ".join(p.strip() for p in PAYLOADS)
ONE_LINE = " ".join(p.replace("\n", " ").strip() for p in PAYLOADS)


def copy_minipackage(target: Path) -> Path:
    """A private copy of the minipackage at ``target`` (which must not exist)."""
    shutil.copytree(MINIPACKAGE, target)
    return target


def rows_of(package: Path, table: str) -> tuple[list[str], list[list[str]]]:
    """Header and rows of ``<table>.csv``."""
    header, rows, _ = read_csv(package / f"{table}.csv")
    return header, rows


def set_cells(package: Path, table: str, key: str, **changes: str) -> int:
    """Change cells of the row of ``<table>.csv`` whose first cell is ``key``; returns the
    row's line (header = line 1)."""
    path = package / f"{table}.csv"
    header, rows, terminator = read_csv(path)
    index = next(i for i, row in enumerate(rows) if row[0] == key)
    for column, value in changes.items():
        rows[index][header.index(column)] = value
    write_csv(path, header, rows, terminator)
    return index + 2


def raw_text(package: Path, name: str) -> str:
    return (package / name).read_bytes().decode("utf-8")


def write_raw(package: Path, name: str, data: bytes | str, checksum: bool = True) -> None:
    """Replace a raw file's bytes; with ``checksum`` its line of ``raw/SHA256SUMS`` too."""
    data = data.encode("utf-8") if isinstance(data, str) else data
    (package / name).write_bytes(data)
    if checksum:
        manifest = package / "raw" / "SHA256SUMS"
        lines = manifest.read_text(encoding="utf-8").splitlines()
        file_name = name.rsplit("/", 1)[-1]
        digest = hashlib.sha256(data).hexdigest()
        lines = [
            f"{digest}  {file_name}" if line.endswith(f"  {file_name}") else line for line in lines
        ]
        manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")


def insert_raw(package: Path, source_id: str, at: int, text: str) -> None:
    """Insert ``text`` at character ``at`` of a source's raw file, moving the spans and the
    offsets of claims after it, and updating the checksum."""
    header, rows = rows_of(package, "sources")
    row = next(r for r in rows if r[0] == source_id)
    name = row[header.index("file")]
    old = raw_text(package, name)
    write_raw(package, name, old[:at] + text + old[at:])
    shift = len(text)

    def moved(spans: str) -> str:
        out = []
        for part in filter(None, spans.split(";")):
            start, end = (int(x) for x in part.split("-"))
            out.append(
                f"{start + shift if start >= at else start}-{end + shift if end >= at else end}"
            )
        return ";".join(out)

    set_cells(
        package,
        "sources",
        source_id,
        body_spans=moved(row[header.index("body_spans")]),
        comments_spans=moved(row[header.index("comments_spans")]),
    )
    header, claims = rows_of(package, "claims")
    for claim in claims:
        if claim[1] == source_id and int(claim[header.index("start")]) >= at:
            for column in ("start", "end"):
                claim[header.index(column)] = str(int(claim[header.index(column)]) + shift)
    path = package / "claims.csv"
    write_csv(path, header, claims, read_csv(path)[2])


def body_end(package: Path, source_id: str) -> int:
    """The end of a source's first body span."""
    header, rows = rows_of(package, "sources")
    row = next(r for r in rows if r[0] == source_id)
    return int(row[header.index("body_spans")].split(";")[0].split("-")[1])


def edit_descriptor(package: Path, change: Callable[[dict], object]) -> None:
    path = package / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    result = change(descriptor)
    path.write_text(json.dumps(descriptor if result is None else result), encoding="utf-8")


def resource(descriptor: dict, name: str) -> dict:
    return next(r for r in descriptor["resources"] if r["name"] == name)


def field(descriptor: dict, table: str, name: str) -> dict:
    return next(f for f in resource(descriptor, table)["schema"]["fields"] if f["name"] == name)


# ---------------------------------------------------------------------------- markup


FENCED_NEWS = (
    "\n\n```\nThe spokesperson said \"no\" -- and 'yes' ... <b>not bold</b>\n```\n"
    "```{literalinclude} ../../../../../../../../../../etc/passwd\n```\n"
)


def markup_everywhere(package: Path) -> Path:
    """Markup in every text field of every table and a fence in a news text; the package
    stays valid (ids, codes and quotes are left as the schema and the texts require)."""
    free_text = {
        "sources": (
            "outlet",
            "outlet_basis",
            "title",
            "published_evidence",
            "author",
            "translator",
            "notes",
        ),
        "actors": ("name_en", "description"),
        "events": ("name", "description"),
        "places": ("name_en", "coord_source", "description"),
        "weapons": ("name", "origin", "facts", "fact_source"),
        "attributes": ("description",),
        "lexicon": ("note",),
        "claims": ("translation_en", "unit", "occurred_basis", "notes"),
    }
    for table, columns in free_text.items():
        path = package / f"{table}.csv"
        header, rows, terminator = read_csv(path)
        for row in rows:
            for column in columns:
                value = row[header.index(column)]
                row[header.index(column)] = f"{value} {MARKUP}".strip()
        write_csv(path, header, rows, terminator)
    # A place outside Syria keeps the words that say so.
    set_cells(package, "places", "lake_vesper", description=f"outside Syria {MARKUP}")
    # Names and aliases one line long (they are matched in the bodies).
    set_cells(
        package, "actors", "blue_brigade", aliases=f"Blue Brigade | اللواء الأزرق | {ONE_LINE}"
    )
    # A category value holding markup, used by a claim.
    header, rows = rows_of(package, "attributes")
    categories = "intact | disabled | destroyed | unknown | <i>x</i>_{download}`y`"
    set_cells(package, "attributes", "weapon_condition", categories=categories)
    set_cells(package, "claims", "courier_en-004", value="<i>x</i>_{download}`y`")
    insert_raw(package, "courier_en", body_end(package, "courier_en"), FENCED_NEWS)
    return package
