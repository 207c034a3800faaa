"""How fast the extractor runs, and how its date rules compare with dateparser.

:func:`throughput` is what the benchmark calls (``make bench``); from the shell,
``python -m newsclaims.extract.speed N_DOCUMENTS [--jobs J]`` prints the same figures.
Nothing here is a test: the figures are for reading.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import tempfile
import time
from pathlib import Path

from newsclaims.data.corpus import load_documents, load_sources


def throughput(n_docs: int = 2_000, jobs: int = 1, folder: str | Path | None = None) -> dict:
    """Candidate extraction over a synthetic package of ``n_docs`` documents
    (:mod:`newsclaims.data.synth`, seed 1; generated in a temporary folder unless
    ``folder`` holds one already), on ``jobs`` processes. Returns ``documents``,
    ``candidates``, ``seconds`` (wall clock), ``cpu_seconds`` (this process and its workers),
    ``docs_per_second`` (wall), ``cpu_docs_per_second`` and ``peak_mb`` (the largest
    resident size of this process and of its finished children, in MB)."""
    from newsclaims.data.synth import generate_package
    from newsclaims.extract.rules import extract_corpus

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(folder) if folder else Path(tmp) / "synthetic"
        if not (root / "sources.csv").is_file():
            generate_package(root, n_docs, seed=1)
        documents = load_documents(root)
        sources = load_sources(root)
        published = dict(zip(sources["source_id"], sources["published"], strict=True))
        started, cpu = time.perf_counter(), _cpu()
        found = extract_corpus(documents, published=published, jobs=jobs)
        seconds, cpu_seconds = time.perf_counter() - started, _cpu() - cpu
    peak = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    return {
        "documents": len(documents),
        "candidates": len(found),
        "jobs": jobs,
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu_seconds, 3),
        "docs_per_second": round(len(documents) / seconds),
        "cpu_docs_per_second": round(len(documents) / max(cpu_seconds, 1e-9)),
        "peak_mb": round(peak / 1024),
    }


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the parallel workers)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def compare_dates(gold_csv: str | Path, data_dir: str | Path) -> dict[str, dict]:
    """The gold standard's dates resolved two ways: by the extractor's rules
    (:mod:`newsclaims.extract.dates`) and by ``dateparser`` (``languages`` the
    document's, ``RELATIVE_BASE`` its publication date, ``PREFER_DATES_FROM`` past, day
    first), each on the gold span's text. Returns, for ``rules`` and ``dateparser``:
    ``right`` (same ISO date as the gold row), ``of`` (gold dates) and ``ms_per_date``.
    Needs ``dateparser`` (a development dependency); ``ImportError`` says so."""
    import dateparser

    from newsclaims.extract.gold import read_gold
    from newsclaims.extract.rules import extract_text

    gold = read_gold(gold_csv)
    dates = gold[gold["kind"] == "date"]
    sources = load_sources(data_dir).set_index("source_id")
    results = {}
    started = time.perf_counter()
    right = 0
    for row in dates.itertuples(index=False):
        found = [
            c.resolved
            for c in extract_text(row.text, published=sources.loc[row.source_id, "published"])
            if c.kind == "date"
        ]
        right += row.value in found
    results["rules"] = _figures(right, len(dates), time.perf_counter() - started)
    started = time.perf_counter()
    right = 0
    for row in dates.itertuples(index=False):
        base = dt.datetime.fromisoformat(sources.loc[row.source_id, "published"])
        language = sources.loc[row.source_id, "language"].split(";")[0]
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"}
        parsed = dateparser.parse(row.text, languages=[language], settings=settings)
        right += bool(parsed) and parsed.date().isoformat() == row.value
    results["dateparser"] = _figures(right, len(dates), time.perf_counter() - started)
    return results


def _figures(right: int, total: int, seconds: float) -> dict:
    return {"right": right, "of": total, "ms_per_date": round(1000 * seconds / max(total, 1), 3)}


def main(argv: list[str] | None = None) -> int:
    """The command line (module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n_docs", type=int, nargs="?", default=2_000)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    figures = throughput(args.n_docs, args.jobs)
    print(
        f"{figures['documents']} documents, {figures['candidates']} candidates, {args.jobs} job(s):"
        f" {figures['seconds']} s wall ({figures['docs_per_second']} documents/s),"
        f" {figures['cpu_seconds']} s CPU ({figures['cpu_docs_per_second']} documents/s);"
        f" peak memory {figures['peak_mb']} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
