"""Draft claim rows for a package: ``make propose DATA=dir``.

``python -m newsclaims.extract.propose DIR [--out FILE] [--jobs N] [--gold GOLD]`` reads
the package's documents, ``sources.csv`` and the spellings of ``actors.csv``,
``places.csv`` and ``weapons.csv`` (the ledger need not be valid, nor even filled), finds
every candidate (:mod:`newsclaims.extract.rules`, :mod:`newsclaims.extract.mentions`) and
writes them as rows in the columns of ``claims.csv`` to ``claims.proposed.csv`` in the
package (or ``--out``): a draft, never the ledger, which is not touched.

One row per proposal, ids ``<source>-p001`` in text order:

- a number (count, vague quantity, duration): the quote from its qualifier to its noun,
  ``value``, ``unit`` (the counted noun as written, or the unit of time) and
  ``qualifier``; a range gives two rows on one quote, ``at_least`` its low figure and
  ``up_to`` its high one, as the ledger records a range;
- a date: ``occurred_start``/``occurred_end`` resolved against the publication date, with
  the precision and the words in ``occurred_basis`` (``unknown`` when unresolved);
- a mention: the actor in ``subject``, the place in ``value``, the weapon in ``object``.

``notes`` says what the proposal is and which rule made it; the attribute, event, scope
and attribution are for the annotator. Expressions set aside as not counts (years, times,
calibres, model codes, ordinals, money) are counted in the report, not written.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import json
import os
import resource
import sys
import time
from pathlib import Path

import pandas as pd

from newsclaims.data.corpus import Document, load_documents, load_sources
from newsclaims.data.schema import DESCRIPTOR, headers, project_descriptor
from newsclaims.extract.candidates import candidates_frame
from newsclaims.extract.mentions import MentionFinder
from newsclaims.extract.rules import extract_corpus, section_spans
from newsclaims.extract.scan import fold_span
from newsclaims.paths import resolve

DRAFT = "claims.proposed.csv"
WRITTEN_KINDS = ("count", "vague", "range", "duration", "date", "actor", "place", "weapon")


def _table(root: Path, name: str, columns: list[str]) -> pd.DataFrame:
    path = root / name
    if not path.is_file():
        return pd.DataFrame(columns=columns)
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def publication_dates(sources: pd.DataFrame) -> dict[str, str]:
    """Each source's publication date for resolving its dates: ``published``, else
    ``published_latest``, else ``published_earliest`` (a page that prints no date is dated
    by the earliest it can be, which fixes the year of "April 20"); sources with none are
    left out."""
    dates = {}
    for row in sources.to_dict("records"):
        for column in ("published", "published_latest", "published_earliest"):
            value = row.get(column)
            if isinstance(value, str) and len(value) == 10:
                dates[row["source_id"]] = value
                break
    return dates


def mentions(
    documents: dict[str, Document],
    actors: pd.DataFrame,
    places: pd.DataFrame,
    weapons: pd.DataFrame,
) -> pd.DataFrame:
    """Every listed spelling of an actor, place or weapon in the bodies, as candidates."""
    finder = MentionFinder.from_tables(actors, places, weapons)
    found = []
    for source_id, document in documents.items():
        for start, end in section_spans(document, ("body",)):
            found.extend(finder.find(fold_span(document.text, start, end), source_id))
    return candidates_frame(found)


def propose(data_dir: str | Path, jobs: int = 1) -> pd.DataFrame:
    """Every candidate of the package in ``data_dir``: numbers, dates and set-aside
    expressions, then mentions, sorted by source (``sources.csv`` order) and offset."""
    root = resolve(data_dir)
    sources = load_sources(root)
    documents = load_documents(root)
    numbers = extract_corpus(documents, published=publication_dates(sources), jobs=jobs)
    named = mentions(
        documents,
        _table(root, "actors.csv", ["actor_id", "name_en", "name_ar", "aliases"]),
        _table(root, "places.csv", ["place_id", "name_en", "name_ar", "aliases"]),
        _table(root, "weapons.csv", ["weapon_id", "name", "aliases"]),
    )
    frames = [f for f in (numbers, named) if not f.empty]
    found = pd.concat(frames, ignore_index=True) if frames else numbers
    order = {sid: i for i, sid in enumerate(documents)}
    return found.sort_values(
        ["source_id", "start", "end"], key=lambda c: c.map(order) if c.name == "source_id" else c
    ).reset_index(drop=True)


def claims_header(data_dir: str | Path) -> list[str]:
    """The columns of ``claims.csv`` as the package's descriptor has them (the project's
    when the package has none)."""
    path = resolve(data_dir) / DESCRIPTOR
    descriptor = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None
    return headers(descriptor or project_descriptor())["claims"]


def _number(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))


def _text(value: object) -> str:
    """A cell of the candidates as text ("" for none)."""
    return value if isinstance(value, str) else ""


def _date_cells(resolved: str, text: str, published: str | None) -> dict[str, str]:
    against = f"the publication date {published}" if published else "no publication date"
    if resolved and len(resolved) == 10:
        basis = f"proposed: {text!r} resolved against {against}"
        return dict(
            occurred_start=resolved,
            occurred_end=resolved,
            occurred_precision="day",
            occurred_basis=basis,
        )
    if resolved and len(resolved) == 7:
        year, month = int(resolved[:4]), int(resolved[5:])
        last = calendar.monthrange(year, month)[1]
        return dict(
            occurred_start=f"{resolved}-01",
            occurred_end=f"{resolved}-{last:02d}",
            occurred_precision="month",
            occurred_basis=f"proposed: {text!r}, a month",
        )
    return dict(
        occurred_precision="unknown", occurred_basis=f"proposed: {text!r} could not be resolved"
    )


def draft_rows(
    candidates: pd.DataFrame, texts: dict[str, str], published: dict[str, str]
) -> list[dict[str, str]]:
    """The draft rows of the module docstring, as dicts of claims.csv columns (missing
    columns are blank). ``texts``: each source's raw text."""
    rows: list[dict[str, str]] = []
    numbers: dict[str, int] = {}
    for c in candidates[candidates["kind"].isin(WRITTEN_KINDS)].itertuples(index=False):
        text = texts[c.source_id]
        quote_start, quote_end = int(c.quote_start), int(c.quote_end)
        base = {
            "source_id": c.source_id,
            "quote": text[quote_start:quote_end],
            "start": str(quote_start),
            "end": str(quote_end),
            "notes": f"proposed {c.kind} ({c.rule}): {c.text!r}",
        }
        cells: list[dict[str, str]] = []
        if c.kind == "range":
            noun = _text(c.noun)
            cells = [
                dict(value=_number(c.value), qualifier="at_least", unit=noun),
                dict(value=_number(c.high), qualifier="up_to", unit=noun),
            ]
        elif c.kind in ("count", "vague", "duration"):
            value = "" if c.kind == "vague" or pd.isna(c.value) else _number(c.value)
            unit = _text(c.unit) if c.kind == "duration" else _text(c.noun) or _text(c.unit)
            cells = [dict(value=value, unit=unit, qualifier=_text(c.qualifier))]
        elif c.kind == "date":
            cells = [_date_cells(_text(c.resolved), c.text, published.get(c.source_id))]
        else:
            column = {"actor": "subject", "place": "value", "weapon": "object"}[c.kind]
            cells = [{column: c.resolved}]
        for extra in cells:
            numbers[c.source_id] = numbers.get(c.source_id, 0) + 1
            rows.append({"claim_id": f"{c.source_id}-p{numbers[c.source_id]:03d}", **base, **extra})
    return rows


def write_draft(
    data_dir: str | Path, out: str | Path | None = None, jobs: int = 1
) -> tuple[Path, pd.DataFrame]:
    """Propose and write the draft; returns its path and the candidates."""
    root = resolve(data_dir)
    candidates = propose(root, jobs)
    documents = load_documents(root)
    texts = {sid: doc.text for sid, doc in documents.items()}
    rows = draft_rows(candidates, texts, publication_dates(load_sources(root)))
    header = claims_header(root)
    target = Path(out) if out else root / DRAFT
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=header, extrasaction="ignore", lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows({column: row.get(column, "") for column in header} for row in rows)
    return target, candidates


def main(argv: list[str] | None = None) -> int:
    """The command line (module docstring); prints the proposals per kind, the time and
    the peak memory, and with ``--gold`` the precision and recall per kind."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default="data")
    parser.add_argument("--out", help=f"draft file (default: {DRAFT} in the package)")
    parser.add_argument(
        "--jobs", type=int, default=1, help="processes for large packages (0: one per core)"
    )
    parser.add_argument("--gold", help="a gold file to score the proposals against")
    args = parser.parse_args(argv)
    jobs = args.jobs or os.cpu_count() or 1
    started = time.perf_counter()
    target, candidates = write_draft(args.data_dir, args.out, jobs)
    seconds = time.perf_counter() - started
    counts = candidates["kind"].value_counts()
    shown = ", ".join(f"{counts.get(k, 0)} {k}" for k in (*WRITTEN_KINDS, "not_a_count"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{target}: draft rows written ({shown}; not_a_count set aside, not written)")
    print(f"{seconds:.2f} s, peak memory {peak:.0f} MB; the ledger (claims.csv) was not changed")
    if args.gold:
        from newsclaims.extract.gold import read_gold, score

        print(score(candidates, read_gold(args.gold)).to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
