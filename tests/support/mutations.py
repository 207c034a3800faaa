"""Seeded random mutations of the minipackage, for the contract test: whatever validation
accepts, the book builds, safely.

A :class:`Mutation` changes one thing of a package (a cell blanked, given a value of the
wrong type, markup, a fence or a MyST role, a huge value, digits of another script; a file
removed, replaced by a link, re-encoded, given a byte order mark, CR LF line ends or
decomposed characters; a row removed or repeated; raw text inserted). :func:`mutations`
draws them from a seed, so a failure is reproduced by its seed and index.

:func:`unsafe_markup` is the check of every fragment of a page written from the data: only
the tags and attributes the templates write may appear, and links only to anchors and to
pages of the viewer.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from bs4 import BeautifulSoup

from support.csvfiles import read_csv, write_csv
from support.hostile import MINIPACKAGE, PAYLOADS, copy_minipackage, insert_raw, raw_text, write_raw

TABLES = ("sources", "claims", "events", "actors", "weapons", "places", "attributes", "lexicon")
RAW = ("raw/000_courier_en.txt", "raw/001_agency_ar.txt")
EXTRA_PAYLOADS = (
    "</div></td></table><b>",
    "'\"><svg onload=window.ccPwned=1>",
    ":::{admonition} x\n:::",
    "(label)=\n# Heading\n",
    "$$x$$ {{ glue }} {% raw %}",
    "|a|b|\n|-|-|",
    "<!-- ",
    "\n\n```{raw} html\n<script>window.ccPwned=1</script>\n```\n",
)
WRONG_TYPES = (
    "abc",
    "12",
    "",
    " 12 ",
    "2024-13-45",
    "١٢",
    "३४",
    "nan",
    "inf",
    "-7",
    "1_000",
    "1e3",
    "0x10",
    "12.5",
    "99999999999999999999",
    "share:nobody",
    "raw/../x",
    "/etc/hostname",
)


@dataclass(frozen=True)
class Mutation:
    """One change to a package: ``kind`` (what was done), ``where`` (file, and the line and
    column for a cell) and ``apply``."""

    kind: str
    where: str
    apply: Callable[[Path], object]

    def __str__(self) -> str:
        return f"{self.kind} at {self.where}"


def _cell(table: str, row: int, column: str, value: str) -> Callable[[Path], None]:
    def apply(package: Path) -> None:
        path = package / f"{table}.csv"
        header, rows, terminator = read_csv(path)
        rows[row][header.index(column)] = value
        write_csv(path, header, rows, terminator)

    return apply


def _rows(table: str, change: Callable[[list[list[str]], random.Random], None], seed: int):
    def apply(package: Path) -> None:
        path = package / f"{table}.csv"
        header, rows, terminator = read_csv(path)
        change(rows, random.Random(seed))
        write_csv(path, header, rows, terminator)

    return apply


def _file(name: str, change: Callable[[Path], None]) -> Callable[[Path], None]:
    return lambda package: change(package / name)


def _recode(text_change: Callable[[str], str] | None, encoding: str = "utf-8"):
    def change(path: Path) -> None:
        text = path.read_bytes().decode("utf-8")
        data = (text_change(text) if text_change else text).encode(encoding, errors="replace")
        path.write_bytes(data)

    return change


def _link(target: str | None) -> Callable[[Path], None]:
    def change(path: Path) -> None:
        copy = path.with_name(path.name + ".orig")
        shutil.move(path, copy)
        os.symlink(target or copy.name, path)

    return change


def _insert_moving(source_id: str, at: int, text: str) -> Callable[[Path], None]:
    """Insert raw text as an annotator would: offsets, spans and checksum follow."""
    return lambda package: insert_raw(package, source_id, at, text)


def _insert_in_place(name: str, at: int, text: str, checksum: bool) -> Callable[[Path], None]:
    """Insert raw text leaving the offsets (and, unless ``checksum``, the manifest) alone."""

    def apply(package: Path) -> None:
        old = raw_text(package, name)
        write_raw(package, name, old[:at] + text + old[at:], checksum)

    return apply


def _header(package: Path, table: str) -> tuple[list[str], int]:
    header, rows, _ = read_csv(package / f"{table}.csv")
    return header, len(rows)


def mutations(seed: int, count: int, package: Path) -> list[Mutation]:
    """``count`` mutations of ``package`` (its tables give the rows and columns to pick
    from), drawn from ``seed``."""
    rng = random.Random(seed)
    shapes = {t: _header(package, t) for t in TABLES}
    payloads = PAYLOADS + EXTRA_PAYLOADS
    found: list[Mutation] = []
    for index in range(count):
        table = rng.choice(TABLES)
        header, n_rows = shapes[table]
        row, column = rng.randrange(n_rows), rng.choice(header)
        where = f"{table}.csv line {row + 2} {column}"
        choice = rng.random()
        if choice < 0.35:
            payload = rng.choice(payloads)
            original = read_csv(package / f"{table}.csv")[1][row][header.index(column)]
            value = rng.choice([payload, f"{original} {payload}", f"{payload}{original}"])
            found.append(
                Mutation(f"markup {payload[:24]!r}", where, _cell(table, row, column, value))
            )
        elif choice < 0.55:
            value = rng.choice(WRONG_TYPES)
            found.append(Mutation(f"value {value!r}", where, _cell(table, row, column, value)))
        elif choice < 0.62:
            size = rng.choice([25_000, 200_000])
            found.append(
                Mutation(f"{size:,} characters", where, _cell(table, row, column, "x" * size))
            )
        elif choice < 0.68:
            name = rng.choice(
                [f"{t}.csv" for t in TABLES] + list(RAW) + ["raw/SHA256SUMS", "datapackage.json"]
            )
            found.append(Mutation("file removed", name, _file(name, lambda p: p.unlink())))
        elif choice < 0.73:
            name = rng.choice([f"{t}.csv" for t in TABLES] + list(RAW))
            target = rng.choice([None, "/etc/hostname"])
            found.append(
                Mutation(
                    f"file replaced by a link to {target or 'a copy'}",
                    name,
                    _file(name, _link(target)),
                )
            )
        elif choice < 0.85:
            name = rng.choice([f"{t}.csv" for t in TABLES] + list(RAW))
            how = rng.choice(["bom", "crlf", "nfd", "latin-1", "utf-16", "zero-width", "bidi"])
            change = {
                "bom": _recode(lambda t: "\ufeff" + t),
                "crlf": _recode(lambda t: t.replace("\n", "\r\n")),
                "nfd": _recode(lambda t: unicodedata.normalize("NFD", t)),
                "latin-1": _recode(None, "latin-1"),
                "utf-16": _recode(None, "utf-16"),
                "zero-width": _recode(lambda t: t[:40] + "\u200b" + t[40:]),
                "bidi": _recode(lambda t: t[:40] + "\u202e" + t[40:]),
            }[how]
            found.append(Mutation(f"encoding {how}", name, _file(name, change)))
        elif choice < 0.92:
            how = rng.choice(["removed", "repeated", "shuffled"])
            change = {
                "removed": lambda rows, r: rows.pop(r.randrange(len(rows))),
                "repeated": lambda rows, r: rows.append(list(rows[r.randrange(len(rows))])),
                "shuffled": lambda rows, r: r.shuffle(rows),
            }[how]
            found.append(
                Mutation(f"row {how}", f"{table}.csv", _rows(table, change, seed * 1000 + index))
            )
        else:
            source, name = rng.choice([("courier_en", RAW[0]), ("agency_ar", RAW[1])])
            text = rng.choice(
                ["\n```\n", "\"quoted\" 'text'", "<script>window.ccPwned=1</script>", "\u200b", "x"]
            )
            at = rng.randrange(len(raw_text(package, name)))
            how = rng.choice(["moved", "checksum only", "unchanged checksum"])
            if how == "moved":
                apply = _insert_moving(source, at, text)
            else:
                apply = _insert_in_place(name, at, text, how == "checksum only")
            found.append(
                Mutation(f"raw text {text!r} inserted, offsets {how}", f"{name} at {at}", apply)
            )
    return found


# ---------------------------------------------------------------------------- checking


ROW_SHAPE = (
    "row has",
    "a quoted cell",
    "cannot be read as CSV",
    "header does not match",
    "not valid UTF-8",
    "file is empty",
)


def visible_text(page: str) -> str:
    """What a reader sees of an HTML page: its text without tags, entities decoded."""
    return BeautifulSoup(page, "html.parser").get_text()


def outside_lines() -> list[str]:
    """Lines of files outside any package that no message or page may show."""
    lines = []
    for path in (Path("/etc/hostname"), Path("/etc/passwd")):
        if path.is_file():
            lines += [x for x in path.read_text(errors="replace").splitlines() if len(x) > 3]
    return lines


def fragments(ledger, results: Path) -> dict[str, str]:
    """Every HTML fragment the chapters and the build write from a valid package, by name;
    the result files are written to ``results`` on the way."""
    from newsclaims.analysis.compare import comparison
    from newsclaims.analysis.places import connected_distances
    from newsclaims.build.assemble import key_findings_page
    from newsclaims.build.results import write_results
    from newsclaims.report.labels import Labels
    from newsclaims.report.prose import (
        contradiction_items,
        count_items,
        distance_items,
        most_used_items,
    )
    from newsclaims.report.sources import source_pages
    from newsclaims.text.lexicon import glosses, term_counts

    result, labels = comparison(ledger), Labels.from_ledger(ledger)
    write_results(ledger, results, result)
    out = {"key findings": key_findings_page(ledger, result).html}
    for event_id, slots in result.slots.groupby("event_id"):
        out[f"counts {event_id}"] = count_items(slots, result.claims, labels)
    contradicted = result.slots[result.slots["kind"].str.contains("contradiction")]
    out["contradictions"] = contradiction_items(contradicted, result.claims, labels)
    counts, gloss = term_counts(ledger.documents, ledger.lexicon), glosses(ledger.lexicon)
    for category in sorted(set(ledger.lexicon["category"])):
        out[f"terms {category}"] = most_used_items(counts, gloss, labels, category)
    ids = list(ledger.places["place_id"])
    out["distances"] = distance_items(
        connected_distances(ledger.places, [(ids[0], ids[-1], "why")])
    )
    for name, page in source_pages(ledger).items():
        out[f"page {name}"] = page.html
    return out


def check(seed: int, count: int, indices: list[int], workdir: str) -> list[dict]:
    """Validate the mutations ``indices`` of the draw ``(seed, count)`` and, for accepted
    ones, write their pages; one record per mutation with what went wrong (run in a worker
    process: mutations are drawn again there, as functions do not travel)."""
    from newsclaims.data.package import load_ledger
    from newsclaims.data.validate import validate

    secrets = outside_lines()
    drawn = mutations(seed, count, MINIPACKAGE)
    records = []
    for index in indices:
        mutation = drawn[index]
        package = copy_minipackage(Path(workdir) / f"m{index}")
        mutation.apply(package)
        record = {"index": index, "mutation": str(mutation), "failures": [], "accepted": False}
        try:
            report = validate(package)
        except Exception as exc:
            record["failures"].append(f"validation raised {exc!r}")
            records.append(record)
            continue
        for problem in report.problems:
            if not problem.file:
                record["failures"].append(f"problem names no file: {problem}")
            if (
                problem.line is not None
                and not problem.field
                and not problem.message.startswith(ROW_SHAPE)
            ):
                record["failures"].append(f"problem on a line names no field: {problem}")
            if any(secret in str(problem) for secret in secrets):
                record["failures"].append(
                    f"problem describes a file outside the package: {problem}"
                )
        if report.ok:
            record["accepted"] = True
            try:
                pages = fragments(load_ledger(package), package.parent / f"results{index}")
            except Exception as exc:
                record["failures"].append(f"accepted, then the pages failed: {exc!r}")
            else:
                for name, fragment in pages.items():
                    if found := unsafe_markup(fragment):
                        record["failures"].append(f"{name}: markup from the data {found[:3]}")
        shutil.rmtree(package.parent / f"results{index}", ignore_errors=True)
        records.append(record)
    return records


# ---------------------------------------------------------------------------- HTML


ALLOWED_TAGS = frozenset(
    {
        "ul",
        "li",
        "p",
        "strong",
        "em",
        "a",
        "div",
        "span",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "br",
    }
)
ALLOWED_ATTRIBUTES = frozenset(
    {"class", "href", "dir", "lang", "id", "title", "data-claims", "role", "aria-label"}
)
# Within the book: an anchor, a page, a page of a folder one level up or down (a chapter's
# link to a quote in the viewer, the viewer's link back to a slot), with an anchor.
SAFE_HREF = re.compile(
    r"#[A-Za-z0-9_.-]+|(\.\./)?([a-z0-9_]+/)?[a-z0-9_]+\.html(#[A-Za-z0-9_.-]+)?"
)
# The only style a page holds: the viewer's highlight rule, written from whole numbers.
SAFE_STYLE = re.compile(
    r"(\.cc-a\d+:target~\.cc-q\d+,?)+\{background:#[0-9a-f]{6};outline:2px solid #[0-9a-f]{6};\}"
)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.style = tag == "style" and not attrs
        if tag not in ALLOWED_TAGS and not self.style:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name not in ALLOWED_ATTRIBUTES:
                self.found.append(f"<{tag} {name}>")
            if name == "href" and not SAFE_HREF.fullmatch(value or ""):
                self.found.append(f"<{tag} href={value!r}>")

    def handle_data(self, data: str) -> None:
        if self.style and not SAFE_STYLE.fullmatch(data):
            self.found.append(f"<style>{data[:40]}")

    def handle_endtag(self, tag: str) -> None:
        self.style = False

    def handle_comment(self, data: str) -> None:
        self.found.append("<!-- comment -->")

    def handle_pi(self, data: str) -> None:
        self.found.append("<?pi?>")

    def handle_decl(self, decl: str) -> None:
        self.found.append("<!decl>")


def unsafe_markup(fragment: str) -> list[str]:
    """The tags, attributes and links in ``fragment`` that the book's templates never write:
    any of them means a string from the data became markup."""
    collector = _Collector()
    collector.feed(fragment)
    collector.close()
    return collector.found
