"""Fill the offsets of every claim from its quote: ``make anchor DATA=dir [WRITE=1]``.

``python -m newsclaims.data.anchor_ledger DIR [--write]`` reads ``claims.csv`` and
``sources.csv`` as plain CSV (the package need not be valid yet: blank or wrong ``start``
and ``end`` are what this fills) and anchors each quote in its raw document with
:func:`newsclaims.data.anchor.locate`, using the optional ``prefix`` column to pick one of
several occurrences.

Data is never changed silently:

- by default the ledger is left as it is; the anchored copy is written beside it as
  ``claims.anchored.csv`` (the same rows and cells, with ``start`` and ``end`` filled where
  the quote was found), and a report lists every row changed or left unanchored;
- with ``--write`` the ledger is first copied to ``backups/claims-<UTC time>.csv`` in the
  package, then only the ``start`` and ``end`` cells of ``claims.csv`` are rewritten. If
  the file would not be written back byte for byte apart from those cells (an unusual
  quoting style), nothing is written and the anchored copy is kept instead.

Exit status: 0 when every quote is anchored, 1 when some are not, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from newsclaims.data.anchor import Anchor, locate
from newsclaims.data.corpus import read_text
from newsclaims.paths import resolve

CLAIMS = "claims.csv"
SOURCES = "sources.csv"
ANCHORED = "claims.anchored.csv"
BACKUPS = "backups"


class AnchorError(ValueError):
    """The ledger cannot be read: a file, a column or a raw document is missing."""


@dataclass(frozen=True)
class RowResult:
    """What anchoring did to one row of ``claims.csv`` (``line`` as in the file)."""

    line: int
    claim_id: str
    before: tuple[str, str]
    anchor: Anchor

    @property
    def changed(self) -> bool:
        """Whether the row's ``start``/``end`` cells change."""
        return self.anchor.found and self.before != (str(self.anchor.start), str(self.anchor.end))

    def describe(self) -> str:
        """The report line for this row."""
        where = f"{CLAIMS} line {self.line}, claim {self.claim_id or '(no id)'}"
        a = self.anchor
        if a.found:
            old = "-".join(self.before) if any(self.before) else "blank"
            how = " (picked by its prefix)" if a.status == "prefix" else ""
            return f"{where}: start-end {old} -> {a.start}-{a.end}{how}"
        return f"{where}: not anchored ({a.status}): {a.detail}"


def _read_csv(path: Path) -> tuple[str, list[list[str]]]:
    if not path.is_file():
        raise AnchorError(f"{path}: file is missing")
    text = path.read_text(encoding="utf-8")
    return text, list(csv.reader(io.StringIO(text, newline="")))


def _write_csv(rows: list[list[str]]) -> str:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def anchor_rows(data_dir: str | Path) -> tuple[str, list[list[str]], list[RowResult]]:
    """Anchor every row of the package's ledger. Returns the file's text, its rows (header
    first) with ``start``/``end`` filled where a quote was found, and one result per data
    row. Raises :class:`AnchorError` naming the file and column when the ledger cannot be
    read."""
    root = resolve(data_dir)
    text, rows = _read_csv(root / CLAIMS)
    if not rows:
        raise AnchorError(f"{root / CLAIMS}: file is empty")
    header = rows[0]
    for column in ("claim_id", "source_id", "quote", "start", "end"):
        if column not in header:
            raise AnchorError(
                f"{root / CLAIMS}: no column {column!r}; expected the ledger's header"
            )
    col = {name: header.index(name) for name in header}
    _, source_rows = _read_csv(root / SOURCES)
    files = {}
    if source_rows:
        s_header = source_rows[0]
        if "source_id" not in s_header or "file" not in s_header:
            raise AnchorError(f"{root / SOURCES}: expected the columns source_id and file")
        for values in source_rows[1:]:
            if len(values) == len(s_header):
                files[values[s_header.index("source_id")]] = values[s_header.index("file")]
    texts: dict[str, str] = {}
    results = []
    # Line numbers as in the file: a quoted cell may span lines.
    reader = csv.reader(io.StringIO(text, newline=""))
    next(reader)
    line = reader.line_num + 1
    for index, values in enumerate(reader, start=1):
        row_line, line = line, reader.line_num + 1
        if len(values) != len(header):
            continue
        source_id = values[col["source_id"]]
        if source_id not in files:
            detail = f"unknown source_id {source_id!r} (not in {SOURCES})"
            anchor = Anchor("missing", None, None, (), detail)
        else:
            if source_id not in texts:
                path = root / files[source_id]
                if not path.is_file():
                    raise AnchorError(
                        f"{root / SOURCES}, source {source_id}: raw file {path} does not exist"
                    )
                texts[source_id] = read_text(path)
            given = values[col["start"]].strip()
            anchor = locate(
                texts[source_id],
                values[col["quote"]],
                prefix=values[col["prefix"]] if "prefix" in col else "",
                start=int(given) if given.isdigit() else None,
                name=files[source_id],
            )
        result = RowResult(
            row_line, values[col["claim_id"]], (values[col["start"]], values[col["end"]]), anchor
        )
        results.append(result)
        if anchor.found:
            rows[index][col["start"]] = str(anchor.start)
            rows[index][col["end"]] = str(anchor.end)
    return text, rows, results


def anchor_ledger(
    data_dir: str | Path, write: bool = False, now: dt.datetime | None = None
) -> tuple[Path, list[RowResult]]:
    """Anchor the ledger and write the result (see the module docstring): the path written
    (``claims.anchored.csv``, or ``claims.csv`` itself with ``write``) and one result per
    row. With ``write`` and nothing to change, nothing is written and ``claims.csv`` is
    returned."""
    root = resolve(data_dir)
    text, rows, results = anchor_rows(root)
    if write and not any(r.changed for r in results):
        return root / CLAIMS, results
    if write and _write_csv(_original(rows, results)) == text:
        stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
        backup = root / BACKUPS / f"claims-{stamp}.csv"
        backup.parent.mkdir(exist_ok=True)
        shutil.copyfile(root / CLAIMS, backup)
        (root / CLAIMS).write_text(_write_csv(rows), encoding="utf-8", newline="")
        return root / CLAIMS, results
    target = root / ANCHORED
    target.write_text(_write_csv(rows), encoding="utf-8", newline="")
    return target, results


def _original(rows: list[list[str]], results: list[RowResult]) -> list[list[str]]:
    """The rows with their start/end cells as they were (to check the file round-trips)."""
    header = rows[0]
    start, end = header.index("start"), header.index("end")
    restored = [list(r) for r in rows]
    lengths = [len(r) == len(header) for r in rows[1:]]
    data_rows = [i + 1 for i, ok in enumerate(lengths) if ok]
    for index, result in zip(data_rows, results, strict=True):
        restored[index][start], restored[index][end] = result.before
    return restored


def main(argv: list[str] | None = None) -> int:
    """The command line: ``python -m newsclaims.data.anchor_ledger DIR [--write]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default="data")
    parser.add_argument(
        "--write", action="store_true", help="rewrite start/end in claims.csv (a backup is kept)"
    )
    args = parser.parse_args(argv)
    try:
        written, results = anchor_ledger(args.data_dir, args.write)
    except AnchorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for result in results:
        if result.changed or not result.anchor.found:
            print(result.describe())
    changed = sum(r.changed for r in results)
    missing = sum(not r.anchor.found for r in results)
    kept = len(results) - changed - missing
    print(
        f"{len(results)} claims: {kept} already right, {changed} filled or moved, {missing} not anchored"
    )
    if written.name == ANCHORED:
        print(
            f"wrote {written}; {CLAIMS} was not changed (review the copy, or run again with"
            " --write, make anchor WRITE=1, to update start/end in place with a backup)"
        )
    elif changed:
        print(f"rewrote start/end in {written}; the previous file is in {written.parent / BACKUPS}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
