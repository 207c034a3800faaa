"""Name matching against document length: the mentions of every actor and place, and the
recovery check of the language chapter, on one long English body made of the corpus's own
bodies repeated (so that names, near-misses and ordinary words keep their proportions).

``python scripts/bench_names.py`` prints a table; ``--sizes 100 400`` chooses the sizes in
KB and ``--limit`` the seconds after which a size is not tried again (the time of a
quadratic step grows sixteen-fold with four times the text). Nothing is asserted: the
figures are for reading (``make bench``).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

SIZES_KB = (100, 400, 1_600)
# A step that took longer than this at one size is not timed at the next.
LIMIT_SECONDS = 120.0


def long_document(size_kb: int):
    """One document whose single body span is the English bodies of the real corpus,
    repeated to about ``size_kb`` KB."""
    from newsclaims.data.corpus import Document, Span, is_arabic
    from newsclaims.data.package import load_ledger

    ledger = load_ledger("data")
    bodies = [
        doc.body_text() for doc in ledger.documents.values() if not is_arabic(doc.body_text())
    ]
    unit = "\n\n".join(bodies)
    text = (unit + "\n\n") * (size_kb * 1000 // len(unit.encode("utf-8")) + 1)
    text = text[: size_kb * 1000]
    return ledger, Document("long", Path("long.txt"), text, [Span(0, len(text))], [])


def time_steps(size_kb: int, skip: set[str]) -> dict[str, float | None]:
    """Seconds of each step on a document of ``size_kb`` KB (None when skipped)."""
    from newsclaims.text.name_variants import recovery_check
    from newsclaims.text.names import find_mentions, reference_names

    ledger, doc = long_document(size_kb)
    references = reference_names(ledger.actors, ledger.places)
    steps = {
        "mentions": lambda: find_mentions({"long": doc}, references),
        "recovery check": lambda: recovery_check({"long": doc}, ledger.actors, ledger.places),
    }
    seconds: dict[str, float | None] = {}
    for name, step in steps.items():
        if name in skip:
            seconds[name] = None
            continue
        started = time.perf_counter()
        step()
        seconds[name] = time.perf_counter() - started
    return seconds


def names_table(sizes: tuple[int, ...] = SIZES_KB, limit: float = LIMIT_SECONDS) -> list[str]:
    """The table's lines: one row per size, seconds per step and per 100 KB."""
    lines = [
        f"{'size':>8}  {'mentions':>10}  {'per 100 KB':>10}  {'recovery':>10}  {'per 100 KB':>10}"
    ]
    skip: set[str] = set()
    for size in sizes:
        seconds = time_steps(size, skip)
        cells = []
        for name in ("mentions", "recovery check"):
            value = seconds[name]
            if value is None:
                cells += [f"{'skipped':>10}", f"{'':>10}"]
                continue
            cells += [f"{value:>9.1f}s", f"{value * 100 / size:>9.2f}s"]
            if value > limit:
                skip.add(name)
        lines.append(f"{size:>6} KB  " + "  ".join(cells))
    return lines


def main() -> int:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES_KB))
    parser.add_argument("--limit", type=float, default=LIMIT_SECONDS)
    args = parser.parse_args()
    print("\n".join(names_table(tuple(args.sizes), args.limit)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
