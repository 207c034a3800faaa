"""The kinds of hostile package the project is tested against, each with the outcome it
promises: refused with a problem naming the file, the line and the field, or accepted (and
then shown as text). Made from the minipackage with :mod:`support.hostile`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from support.hostile import (
    AGENCY_RAW,
    COURIER_RAW,
    PAYLOADS,
    edit_descriptor,
    field,
    markup_everywhere,
    raw_text,
    resource,
    set_cells,
    write_raw,
)

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
    # The inner source of the courier's claims: named in the prose and in the charts.
    cited = lambda p, **c: set_cells(p, "actors", "green_guard_spokesperson", **c)  # noqa: E731
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
            "inner source's name_en = '<img src=x onerror=\"...\">'",
            lambda p: cited(p, name_en=PAYLOADS[0]),
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
            "inner source's name_en = '$\\x$' (drawn in the attribution graph)",
            lambda p: cited(p, name_en=PAYLOADS[4]),
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
            lambda p: _bytes_of(p, AGENCY_RAW, lambda t: unicodedata.normalize("NFD", t)),
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
