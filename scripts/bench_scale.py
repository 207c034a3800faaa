"""Library cost at scale: validation, candidate extraction and comparison on synthetic data
packages of growing size, each stage in its own process so that its peak memory is its own.

``python scripts/bench_scale.py`` prints a table; ``--sizes 1000 100000`` chooses the sizes.
The default sizes are 1,000 and 10,000 documents: generating, validating and comparing a
100,000-document package takes minutes, so ``make bench`` reports extraction throughput (one
process, :func:`newsclaims.extract.rules.extract_corpus`) at 10,000 documents; pass
``--sizes 10000 100000`` to measure the large package.

Linearity: for each stage, the growth factor is (time at the larger size / time at the
smaller) divided by (larger size / smaller size): 1.0 is linear, 2.0 means that each
document costs twice as much at the larger size. A factor up to 1.5 is reported as linear (the small size carries
fixed costs and noise); above, as growing faster than linear. Nothing is asserted: the
figures are for reading.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = (1_000, 10_000)
LINEAR_LIMIT = 1.5
STAGES = ("validate", "extract", "compare")


def run_stage(stage: str, data_dir: str) -> dict[str, float]:
    """Time one stage on one package (in this process) and report its peak memory."""
    from newsclaims.data.validate import frames, validate

    started = time.perf_counter()
    report = validate(data_dir)
    if not report.ok:
        raise SystemExit(
            f"{data_dir}: {len(report.problems)} problems; first: {report.problems[0]}"
        )
    if stage == "validate":
        seconds = time.perf_counter() - started
    elif stage == "extract":
        from newsclaims.extract.rules import extract_corpus

        started = time.perf_counter()
        extract_corpus(report.documents)
        seconds = time.perf_counter() - started
    else:
        from newsclaims.analysis.compare import comparison
        from newsclaims.data.package import Ledger, with_optional_columns

        tables = with_optional_columns(frames(report))
        ledger = Ledger(Path(data_dir), **tables, documents=report.documents)
        started = time.perf_counter()
        comparison(ledger)
        seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    claims = len(report.tables["claims"].rows)
    return {
        "seconds": seconds,
        "peak_mb": peak_mb,
        "documents": len(report.documents),
        "claims": claims,
    }


def scale_results(sizes: tuple[int, ...] = SIZES) -> list[dict]:
    """Generate each package, run each stage in a child process; one dict per stage and size
    (``size``, ``stage``, ``seconds``, ``documents``, ``claims``, ``peak_mb``; the
    generation has ``stage == "generate"``). Progress through tqdm on a terminal."""
    from tqdm import tqdm

    from newsclaims.data.synth import generate_package

    results: list[dict] = []
    with (
        tempfile.TemporaryDirectory() as tmp,
        tqdm(
            total=len(sizes) * (1 + len(STAGES)), desc="library", leave=False, disable=None
        ) as bar,
    ):
        for size in sizes:
            folder = Path(tmp) / f"synthetic_{size}"
            bar.set_description(f"generate {size}")
            started = time.perf_counter()
            generate_package(folder, size, seed=1)
            results.append(
                {"size": size, "stage": "generate", "seconds": time.perf_counter() - started}
            )
            bar.update(1)
            for stage in STAGES:
                bar.set_description(f"{stage} {size}")
                out = subprocess.run(
                    [sys.executable, __file__, "--stage", stage, "--data", str(folder)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                result = json.loads(out.stdout.strip().splitlines()[-1])
                results.append({"size": size, "stage": stage, **result})
                bar.update(1)
    return results


def growth(results: list[dict], stage: str) -> tuple[float, int, int] | None:
    """The growth factor of ``stage`` between the two largest sizes (1.0 = linear), and the
    two sizes; None with fewer than two sizes."""
    rows = sorted((r for r in results if r["stage"] == stage), key=lambda r: r["size"])
    if len(rows) < 2:
        return None
    small, large = rows[-2], rows[-1]
    ratio = (large["seconds"] / max(small["seconds"], 1e-9)) / (large["size"] / small["size"])
    return ratio, small["size"], large["size"]


def scale_table(results: list[dict]) -> list[str]:
    """Format the results, then one linearity line per stage."""
    lines = [
        "Library at scale (synthetic packages; each stage in its own process)",
        f"{'documents':>10} {'claims':>9} {'stage':<9} {'seconds':>9} {'docs/s':>10} {'claims/s':>10} {'peak MB':>8}",
    ]
    for r in results:
        if r["stage"] == "generate":
            lines.append(f"{r['size']:>10} {'':>9} {'generate':<9} {r['seconds']:9.2f}")
            continue
        seconds = max(r["seconds"], 1e-9)
        lines.append(
            f"{r['documents']:>10} {r['claims']:>9} {r['stage']:<9} {seconds:9.2f}"
            f" {r['documents'] / seconds:10.0f} {r['claims'] / seconds:10.0f} {r['peak_mb']:8.0f}"
        )
    for stage in STAGES:
        found = growth(results, stage)
        if found is not None:
            factor, small, large = found
            word = "linear" if factor <= LINEAR_LIMIT else "grows faster than linear"
            lines.append(
                f"linearity of {stage}: {small} -> {large} documents, growth factor"
                f" {factor:.2f} (1.0 = linear, limit {LINEAR_LIMIT}): {word}"
            )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", choices=STAGES)
    parser.add_argument("--data")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    args = parser.parse_args()
    if args.stage:
        print(json.dumps(run_stage(args.stage, args.data)))
    else:
        print("\n".join(scale_table(scale_results(tuple(args.sizes)))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
