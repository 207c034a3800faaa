"""Library cost at scale: validation, candidate extraction and comparison on synthetic data
packages of growing size, each stage in its own process so that its peak memory is its own.

``python scripts/bench_scale.py`` prints a table; ``--sizes 10 1000`` chooses the sizes.
Nothing is asserted: the figures are for reading.
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

SIZES = (10, 1_000, 100_000)
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


def scale_table(sizes: tuple[int, ...] = SIZES) -> list[str]:
    """Generate each package, run each stage in a child process, and format the rows."""
    from newsclaims.data.synth import generate_package

    lines = [
        "Library at scale (synthetic packages; each stage in its own process)",
        f"{'documents':>10} {'claims':>9} {'stage':<9} {'seconds':>9} {'docs/s':>10} {'claims/s':>10} {'peak MB':>8}",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            folder = Path(tmp) / f"synthetic_{size}"
            started = time.perf_counter()
            generate_package(folder, size, seed=1)
            lines.append(f"{size:>10} {'':>9} {'generate':<9} {time.perf_counter() - started:9.2f}")
            for stage in STAGES:
                out = subprocess.run(
                    [sys.executable, __file__, "--stage", stage, "--data", str(folder)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                result = json.loads(out.stdout.strip().splitlines()[-1])
                seconds = max(result["seconds"], 1e-9)
                lines.append(
                    f"{result['documents']:>10} {result['claims']:>9} {stage:<9} {seconds:9.2f}"
                    f" {result['documents'] / seconds:10.0f} {result['claims'] / seconds:10.0f}"
                    f" {result['peak_mb']:8.0f}"
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
        print("\n".join(scale_table(tuple(args.sizes))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
