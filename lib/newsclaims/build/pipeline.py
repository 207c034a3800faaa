"""Build the book: validate the data, execute the chapters, assemble and render the HTML.

``python -m newsclaims.build [--data DIR]``. Steps, each skipped when its inputs have not
changed since the last successful run:

1. validate the data package (fails fast, listing every problem);
2. write the result files (``results/*.csv``) from the library;
3. execute each chapter with papermill, in parallel, into a scratch copy of the book
   (``_build/src``); a chapter runs again only when it, the library, the data or the
   locked environment changed; a failing chapter stops the build, naming the chapter
   and the cell, and its half-executed notebook is kept in ``_build/reports`` only;
4. write the generated pages (one page per source) and copy the book's static files;
5. render the HTML with Jupyter Book (execution off, warnings as errors).

The source tree is never written to: every output lives under the build folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from newsclaims.build.assemble import assemble
from newsclaims.build.execute import execute_chapters, write_timings
from newsclaims.build.files import read_stamp, shared_digest, write_if_changed
from newsclaims.build.layout import DEFAULT_DATA, Layout, layout_for
from newsclaims.build.render import build_html


def build(
    data_dir: str = DEFAULT_DATA, jobs: int | None = None, force: bool = False, html: bool = True
) -> Layout:
    """Build the book on the package in ``data_dir`` (steps in the module docstring), running
    up to ``jobs`` chapters at once (default: one per core); ``force`` executes and renders
    everything again, ``html=False`` stops before rendering. Raises ``SystemExit`` naming
    every data problem or failed chapter."""
    layout = layout_for(data_dir)
    started = time.perf_counter()
    shared = shared_digest(layout)
    data_stamp = layout.stamps / "data.sha256"
    # Data and library unchanged since the last successful build: they were valid then, and
    # the results and generated pages written from them are still current.
    data_current = (
        not force and read_stamp(data_stamp) == shared and (layout.results / "slots.csv").is_file()
    )
    if not data_current:
        # Imported here: a build with unchanged data never needs pandas in this process.
        from newsclaims.build.results import write_results
        from newsclaims.data.package import load_ledger
        from newsclaims.data.validate import validate

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
    runs = execute_chapters(layout, jobs or os.cpu_count() or 1, force, shared)
    failed = [r for r in runs if r.error]
    for run in sorted(runs, key=lambda r: r.chapter):
        state = "FAILED" if run.error else ("executed" if run.ran else "unchanged")
        print(f"  {run.chapter:<40} {state:<9} {run.seconds:6.1f} s")
    if failed:
        for run in failed:
            print(run.error, file=sys.stderr)
        raise SystemExit(f"{len(failed)} chapter(s) failed; the book was not rendered")
    write_timings(layout, runs)
    assemble(layout, generate=not data_current)
    rendered = build_html(layout, force) if html else False
    write_if_changed(data_stamp, shared.encode())
    total = time.perf_counter() - started
    print(
        f"book {'rendered' if rendered else 'unchanged'}: {layout.html / 'index.html'} ({total:.1f} s)"
    )
    return layout


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
