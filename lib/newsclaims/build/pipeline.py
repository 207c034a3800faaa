"""Build the book: validate the data, execute the chapters, assemble and render the HTML.

``python -m newsclaims.build [--data DIR]``. Steps, each skipped when its inputs have not
changed since the last successful run:

1. validate the data package (fails fast, listing every problem);
2. write the result files (``results/*.csv``) from the library;
3. execute each chapter whose code or inputs changed, in parallel, in kernels forked from
   one warm kernel server (:mod:`newsclaims.build.warm`), into a scratch copy of the book
   (``_build/src``); a chapter whose markdown alone changed is updated without running; a
   failing chapter stops the build, naming the chapter and the cell, and its half-executed
   notebook is kept in ``_build/reports`` only;
4. write the generated pages (one page per source) and copy the book's static files;
5. render the HTML with Jupyter Book (execution off, warnings as errors), in a process
   started at the beginning so that its imports overlap the execution
   (:mod:`newsclaims.build.render`).

The log is one line per chapter and a summary; while chapters run, a progress bar (tqdm)
shows on a terminal. The kernels' and Sphinx's own messages go to ``_build/reports``.
The source tree is never written to: every output lives under the build folder.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections import Counter

from newsclaims.build.assemble import assemble
from newsclaims.build.execute import (
    ChapterRun,
    plan_chapters,
    run_pending,
    start_kernel_server,
    write_timings,
)
from newsclaims.build.files import read_stamp, shared_digest, write_if_changed
from newsclaims.build.layout import DEFAULT_DATA, Layout, layout_for
from newsclaims.build.render import Renderer, build_html
from newsclaims.build.warm import block_slow_imports


def chapter_line(run: ChapterRun) -> str:
    """The log line of one chapter: name, what happened, seconds."""
    return f"  {run.chapter:<40} {run.status:<9} {run.seconds:6.1f} s"


def chapters_summary(runs: list[ChapterRun], seconds: float, workers: int) -> str:
    """``chapters: 2 executed, 1 prose updated, 8 unchanged (4.1 s, 2 at a time)``; the
    word "executed" appears only when a chapter ran."""
    counts = Counter(run.status for run in runs)
    words = {"executed": "executed", "prose": "prose updated", "unchanged": "unchanged"}
    parts = [f"{counts[k]} {w}" for k, w in words.items() if counts[k]]
    parts += [f"{counts['FAILED']} FAILED"] if counts["FAILED"] else []
    timing = f" ({seconds:.1f} s, {workers} at a time)" if counts["executed"] else ""
    return f"chapters: {', '.join(parts) or 'none'}{timing}"


def execute_with_progress(layout: Layout, pending, server, jobs: int) -> list[ChapterRun]:
    """Run the pending chapters, printing a line as each ends, under a tqdm bar on a
    terminal (tqdm: already installed with papermill, and its ``write`` keeps the lines
    above the bar)."""
    from tqdm import tqdm

    with tqdm(
        total=len(pending), desc="executing", unit="chapter", leave=False, disable=None
    ) as bar:

        def report(run: ChapterRun) -> None:
            bar.write(chapter_line(run), file=sys.stdout)
            bar.update(1)

        return asyncio.run(run_pending(layout, server, pending, jobs, report))


def build(
    data_dir: str = DEFAULT_DATA, jobs: int | None = None, force: bool = False, html: bool = True
) -> Layout:
    """Build the book on the package in ``data_dir`` (steps in the module docstring), running
    up to ``jobs`` chapters at once (default: one per core); ``force`` executes and renders
    everything again, ``html=False`` stops before rendering. Raises ``SystemExit`` naming
    every data problem or failed chapter."""
    block_slow_imports()
    layout = layout_for(data_dir)
    started = time.perf_counter()
    jobs = jobs or os.cpu_count() or 1
    shared = shared_digest(layout)
    data_stamp = layout.stamps / "data.sha256"
    # Data and library unchanged since the last successful build: they were valid then, and
    # the results and generated pages written from them are still current.
    data_current = (
        not force and read_stamp(data_stamp) == shared and (layout.results / "slots.csv").is_file()
    )
    runs, pending = plan_chapters(layout, force, shared)
    # Start the slow imports at once, in other processes, while this one validates.
    server = start_kernel_server(layout) if pending else None
    renderer = Renderer(layout).start() if html and (pending or not data_current) else None
    try:
        if not data_current:
            validate_and_write_results(layout, data_stamp)
        for run in runs:
            print(chapter_line(run))
        executing = time.perf_counter()
        done = execute_with_progress(layout, pending, server, jobs) if pending else []
        runs += done
        print(chapters_summary(runs, time.perf_counter() - executing, min(jobs, len(pending))))
        failed = [r for r in runs if r.error]
        if failed:
            for run in failed:
                print(run.error, file=sys.stderr)
            raise SystemExit(f"{len(failed)} chapter(s) failed; the book was not rendered")
        write_timings(layout, runs)
        assemble(layout, generate=not data_current)
        rendering = time.perf_counter()
        pages = build_html(layout, force, renderer) if html else []
    finally:
        if server is not None:
            server.stop()
        if renderer is not None:
            renderer.cancel()
    if pages:
        print(f"html: {len(pages)} page(s) written ({time.perf_counter() - rendering:.1f} s)")
    write_if_changed(data_stamp, shared.encode())
    total = time.perf_counter() - started
    if html:
        state = "rendered" if pages else "unchanged"
        print(f"book {state}: {layout.html / 'index.html'} ({total:.1f} s)")
    else:
        print(f"chapters ready in {layout.src} (no HTML step) ({total:.1f} s)")
    return layout


def validate_and_write_results(layout: Layout, data_stamp) -> None:
    """Validate the package (``SystemExit`` listing every problem) and rewrite the result
    files from it."""
    # Imported here: a build with unchanged data never needs pandas in this process.
    from newsclaims.build.results import write_results
    from newsclaims.data.package import load_ledger
    from newsclaims.data.validate import validate

    started = time.perf_counter()
    data_stamp.unlink(missing_ok=True)
    report = validate(layout.data_dir)
    if not report.ok:
        for problem in report.problems:
            print(problem, file=sys.stderr)
        raise SystemExit(
            f"{report.data_dir}: {len(report.problems)} data problem(s); fix them and"
            " build again (nothing was executed)"
        )
    # Result files are rewritten from the data; chapter tables live in results/tables/.
    for stale in layout.results.glob("*.csv"):
        stale.unlink()
    write_results(load_ledger(layout.data_dir), layout.results)
    documents = len(report.documents)
    print(
        f"data: {layout.data_dir} valid ({documents} documents), result files written"
        f" ({time.perf_counter() - started:.1f} s)"
    )


def main(argv: list[str] | None = None) -> int:
    """The command line: ``python -m newsclaims.build [--data DIR] [--jobs N] [--all] [--no-html]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=DEFAULT_DATA, help="data package folder (default: data)")
    parser.add_argument(
        "--jobs", type=int, default=None, help="chapters run at once (default: cores)"
    )
    parser.add_argument("--all", action="store_true", help="execute and render everything again")
    parser.add_argument("--no-html", action="store_true", help="stop after executing the chapters")
    args = parser.parse_args(argv)
    build(args.data, args.jobs, args.all, not args.no_html)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
