"""Hostile data packages made from the minipackage, as an attacker would make them.

Each :class:`Kind` is one way a stranger's package can try to do harm (markup in a field,
a path outside the package, a link, a number that is not one, an invisible character...),
with the outcome the project promises: refused with a problem naming the file, the line
and the field, or accepted (and then shown as text). :func:`markup_everywhere` puts markup
in every text field and a fence in a news text while keeping the package valid: the book
built from it must run no script and publish nothing from outside the package.

The editing helpers (:func:`set_cells`, :func:`insert_raw`, :func:`write_raw`) keep a
package consistent the way an annotator would: offsets, spans and checksums move with the
text unless a kind means to break them.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
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


# ---------------------------------------------------------------------------- kinds


@dataclass(frozen=True)
class Kind:
    """One hostile package: ``apply`` turns a copy of the minipackage into it; ``refused``
    is ``(file, line, field)`` of the problem validation must report (``line`` None for
    the whole file, ``field`` "" when none), or None when the package is accepted."""

    name: str
    example: str
    apply: Callable[[Path], object]
    refused: tuple[str, int | None, str] | None


def _drop_pattern(table: str, column: str) -> Callable[[dict], None]:
    def change(descriptor: dict) -> None:
        field(descriptor, table, column).pop("constraints", None)

    return change


def _symlink(target: str) -> Callable[[Path], None]:
    """A link ``raw/005.txt`` to ``target`` (absolute, or a file of the package), listed
    with the target's checksum and used by a source: everything but the link is right."""

    def apply(package: Path) -> None:
        outside = Path(target).is_absolute()
        data = Path(target).read_bytes() if outside else (package / target).read_bytes()
        os.symlink(target if outside else Path(target).name, package / "raw" / "005.txt")
        append_line(package / "raw" / "SHA256SUMS", f"{hashlib.sha256(data).hexdigest()}  005.txt")
        set_cells(package, "sources", "courier_en", file="raw/005.txt")

    return apply


def append_line(path: Path, line: str) -> None:
    """Add a line at the end of a text file (after a line end, added if missing)."""
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text + ("" if text.endswith("\n") or not text else "\n") + line + "\n", encoding="utf-8"
    )


def _huge_cell(size: int) -> Callable[[Path], None]:
    return lambda p: set_cells(p, "claims", "courier_en-001", notes="x" * size)


def _stray_quote(package: Path) -> None:
    path = package / "events.csv"
    text = path.read_text(encoding="utf-8").splitlines()
    text[1] = text[1].replace(",lake_vesper,", ',"lake_vesper,', 1)
    path.write_text(
        "\n".join([*text, "extra,Another event,lake_vesper,A row swallowed"]) + "\n",
        encoding="utf-8",
    )


def _bytes_of(
    package: Path, name: str, change: Callable[[str], str], checksum: bool = True
) -> None:
    write_raw(package, name, change(raw_text(package, name)), checksum)


def kinds() -> list[Kind]:
    """Every kind of hostile package the issue lists, with the promised outcome."""
    sid = lambda p, **c: set_cells(p, "sources", "courier_en", **c)  # noqa: E731
    claim = lambda p, **c: set_cells(p, "claims", "courier_en-001", **c)  # noqa: E731
    actor = lambda p, **c: set_cells(p, "actors", "blue_brigade", **c)  # noqa: E731
    return [
        Kind(
            "fence and literalinclude in a title",
            "title = '...\\n```\\n```{literalinclude} /etc/passwd'",
            lambda p: sid(p, title=PAYLOADS[2]),
            None,
        ),
        Kind(
            "MyST role in a one-line field",
            "outlet = '{download}`/etc/passwd`'",
            lambda p: sid(p, outlet=PAYLOADS[3]),
            None,
        ),
        Kind(
            "HTML with a script in a name",
            "actor name_en = '<img src=x onerror=\"...\">'",
            lambda p: actor(p, name_en=PAYLOADS[0]),
            None,
        ),
        Kind(
            "markup in every text field",
            "every free-text cell + a fence in a news text",
            markup_everywhere,
            None,
        ),
        Kind(
            "TeX in an actor name",
            "name_en = '$\\x$'",
            lambda p: actor(p, name_en=PAYLOADS[4]),
            None,
        ),
        Kind(
            "markup in an id, pattern dropped by the package",
            "source_id = '<img src=x>' with its pattern removed",
            lambda p: (
                edit_descriptor(p, _drop_pattern("actors", "actor_id")),
                actor(p, actor_id="<b>x</b>"),
            ),
            ("actors.csv", 4, "actor_id"),
        ),
        Kind(
            "absolute raw path, pattern dropped",
            "file = '/etc/hostname' with its pattern removed",
            lambda p: (
                edit_descriptor(p, _drop_pattern("sources", "file")),
                sid(p, file="/etc/hostname"),
            ),
            ("sources.csv", 2, "file"),
        ),
        Kind(
            "raw path with ..",
            "file = 'raw/../../../etc/hostname'",
            lambda p: sid(p, file="raw/../../../etc/hostname"),
            ("sources.csv", 2, "file"),
        ),
        Kind(
            "resource path outside the package",
            "claims path = '/etc/passwd'",
            lambda p: edit_descriptor(
                p, lambda d: resource(d, "claims").update(path="/etc/passwd")
            ),
            ("datapackage.json", None, "$.resources[1].path"),
        ),
        Kind(
            "regular expression from the package",
            "pattern '^(a+)+$' and a value of 40 a's and !",
            lambda p: (
                edit_descriptor(
                    p,
                    lambda d: field(d, "claims", "notes").update(
                        constraints={"pattern": "^(a+)+$"}
                    ),
                ),
                claim(p, notes="a" * 40 + "!"),
            ),
            None,
        ),
        Kind(
            "descriptor of the wrong shape",
            "resources = 'claims'",
            lambda p: edit_descriptor(p, lambda d: d.update(resources="claims")),
            ("datapackage.json", None, "$.resources"),
        ),
        Kind(
            "descriptor field without a name",
            "fields = [{}]",
            lambda p: edit_descriptor(
                p, lambda d: resource(d, "events")["schema"].update(fields=[{}])
            ),
            ("datapackage.json", None, "$.resources[2].schema.fields[0]"),
        ),
        Kind(
            "descriptor not JSON",
            "'{resources: ['",
            lambda p: (p / "datapackage.json").write_text("{resources: [", encoding="utf-8"),
            ("datapackage.json", None, "$"),
        ),
        Kind(
            "descriptor without the claims table",
            "resources less claims",
            lambda p: edit_descriptor(
                p,
                lambda d: d.update(resources=[r for r in d["resources"] if r["name"] != "claims"]),
            ),
            ("datapackage.json", None, "$.resources"),
        ),
        Kind(
            "claims.csv with only its header",
            "header line only",
            lambda p: (p / "claims.csv").write_text(
                (p / "claims.csv").read_text(encoding="utf-8").splitlines()[0] + "\n",
                encoding="utf-8",
            ),
            ("claims.csv", None, ""),
        ),
        Kind(
            "symlink to a file outside, with its checksum",
            "raw/005.txt -> /etc/hostname",
            _symlink("/etc/hostname"),
            ("raw/005.txt", None, ""),
        ),
        Kind(
            "symlink to a file inside",
            "raw/005.txt -> 000_courier_en.txt",
            _symlink(COURIER_RAW),
            ("raw/005.txt", None, ""),
        ),
        Kind(
            "raw folder is a symlink",
            "raw -> /etc",
            lambda p: (shutil.rmtree(p / "raw"), os.symlink("/etc", p / "raw")),
            ("raw", None, ""),
        ),
        Kind(
            "offsets in Arabic-Indic digits",
            "start = '٣١٠'",
            lambda p: claim(p, start="٣١٠"),
            ("claims.csv", 2, "start"),
        ),
        Kind(
            "spans in Arabic-Indic digits",
            "body_spans = '٢٨١-٦١٨'",
            lambda p: sid(p, body_spans="٢٨١-٦١٨"),
            ("sources.csv", 2, "body_spans"),
        ),
        Kind(
            "nan as a count",
            "value = 'nan'",
            lambda p: claim(p, value="nan"),
            ("claims.csv", 2, "value"),
        ),
        Kind(
            "inf as a count",
            "value = 'inf'",
            lambda p: claim(p, value="inf"),
            ("claims.csv", 2, "value"),
        ),
        Kind(
            "1_000 as a count",
            "value = '1_000'",
            lambda p: claim(p, value="1_000"),
            ("claims.csv", 2, "value"),
        ),
        Kind(
            "negative count",
            "value = '-12'",
            lambda p: claim(p, value="-12"),
            ("claims.csv", 2, "value"),
        ),
        Kind(
            "nan as a latitude",
            "latitude = 'nan'",
            lambda p: set_cells(p, "places", "lake_vesper", latitude="nan"),
            ("places.csv", 2, "latitude"),
        ),
        Kind(
            "lexicon terms that fold to the same text",
            "'Handed Over' beside 'handed over'",
            lambda p: append_line(p / "lexicon.csv", "Handed Over,ar,handover,handover,"),
            ("lexicon.csv", 6, "term"),
        ),
        Kind(
            "lexicon term that folds to nothing",
            "term = 'ـــ' (tatweel)",
            lambda p: append_line(p / "lexicon.csv", "ـــ,ar,handover,handover,"),
            ("lexicon.csv", 6, "term"),
        ),
        Kind(
            "cell of 200,000 characters",
            "notes = 'x' * 200000",
            _huge_cell(200_000),
            ("claims.csv", 2, "notes"),
        ),
        Kind(
            "cell of 25,000 characters",
            "notes = 'x' * 25000",
            _huge_cell(25_000),
            ("claims.csv", 2, "notes"),
        ),
        Kind(
            "document over the size limit",
            "a raw file of 2.1 MB",
            lambda p: _bytes_of(p, COURIER_RAW, lambda t: t + "x" * 2_100_000),
            ("sources.csv", 2, "file"),
        ),
        Kind(
            "byte order mark in a raw file",
            "U+FEFF before the text, checksum updated",
            lambda p: _bytes_of(p, COURIER_RAW, lambda t: "\ufeff" + t),
            ("sources.csv", 2, "file"),
        ),
        Kind(
            "CRLF line ends in a raw file",
            "\\r\\n for \\n, checksum updated",
            lambda p: _bytes_of(p, COURIER_RAW, lambda t: t.replace("\n", "\r\n")),
            ("sources.csv", 2, "file"),
        ),
        Kind(
            "NFD text in a raw file",
            "Arabic text decomposed, checksum updated",
            lambda p: _bytes_of(
                p, AGENCY_RAW, lambda t: __import__("unicodedata").normalize("NFD", t)
            ),
            ("sources.csv", 3, "file"),
        ),
        Kind(
            "zero-width space in a raw file",
            "U+200B early in the text, checksum updated",
            lambda p: _bytes_of(p, COURIER_RAW, lambda t: t[:5] + "\u200b" + t[5:]),
            ("sources.csv", 2, "file"),
        ),
        Kind(
            "bidi control in a raw file",
            "U+202E early in the text, checksum updated",
            lambda p: _bytes_of(p, COURIER_RAW, lambda t: t[:5] + "\u202e" + t[5:]),
            ("sources.csv", 2, "file"),
        ),
        Kind(
            "raw file changed, checksum not",
            "one character added at the start",
            lambda p: _bytes_of(p, COURIER_RAW, lambda t: "x" + t, checksum=False),
            ("sources.csv", 2, "file"),
        ),
        Kind(
            "zero-width space in a quote",
            "quote = 'handed\\u200b over 12 tanks'",
            lambda p: claim(p, quote="handed\u200b over 12 tanks"),
            ("claims.csv", 2, "quote"),
        ),
        Kind(
            "stray quotation mark in a CSV",
            'events.csv: ,"lake_vesper, ...',
            _stray_quote,
            ("events.csv", 2, ""),
        ),
        Kind(
            "bidi override in a name",
            "name_en = 'Blue \\u202e Brigade'",
            lambda p: actor(p, name_en="Blue \u202e Brigade"),
            ("actors.csv", 4, "name_en"),
        ),
    ]


def csv_text(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()
