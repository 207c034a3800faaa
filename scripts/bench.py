"""Time the book's builds and print a table (``make bench``); nothing is asserted.

Everything runs on a copy of the project in a temporary folder, so the committed
notebooks and the project's own ``_build`` are never touched:

- cold build: no ``_build`` at all, everything executed and rendered;
- no-change rebuild: the same command again, nothing changed;
- one-chapter rebuilds: one markdown cell of one chapter edited in the copy (the prose is
  carried into the executed chapter, no kernel runs), then one code cell (the chapter runs
  again in a kernel forked from the warm server);
- forced HTML step: the rendering alone (``jb build --all`` of the executed sources);
- plain build: the same book the way Jupyter Book builds it without the pipeline, every
  notebook executed by Jupyter Book itself, one after the other (``execute_notebooks:
  force``); the generated source pages are copied in from the cold build, since they are
  written, not executed.

Targets: no-change < 3 s; one chapter (either edit) <= 6 s; cold <= 1.3 x (summed chapter
execution time / cores) + the HTML step; plain / cold >= 2. Library benchmarks at scale plug
in through :func:`extra_sections` (``scripts/bench_scale.py``: validation, extraction and
comparison at two sizes, with a linearity check and peak memory).

The last line of the output sums the run up, always in the same form, so that runs can be
compared::

    summary: one-chapter S s; no-change N s; cold C s; plain P s; ratio plain/cold R; extract D docs/s

where S is the one-chapter rebuild after a code edit (the chapter executes again) and D the
extraction throughput at the largest size benchmarked (10,000 documents by default; see
``scripts/bench_scale.py``). A step that could not be timed shows ``-``. Progress goes to
the terminal through tqdm (already installed with papermill).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import yaml

from newsclaims.build.toc import chapter_notebooks
from newsclaims.paths import project_root

# The project-copy harness is test tooling: it lives with the tests, in tests/support.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from support.harness import build_copy, build_environment, copy_project

NO_CHANGE_TARGET = 3.0
ONE_CHAPTER_TARGET = 6.0
COLD_FACTOR = 1.3
PLAIN_RATIO_TARGET = 2.0


@dataclass
class Row:
    """One line of the table: ``seconds`` is None when the step could not be timed."""

    label: str
    seconds: float | None
    target: str = ""
    verdict: str = ""


@dataclass
class Section:
    """A titled block of the report: timed ``rows``, or ready-made ``lines`` for a table
    with other columns (printed as they are, after the rows)."""

    title: str
    rows: list[Row] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


def extra_sections(sizes: tuple[int, ...]) -> tuple[list[Section], float | None]:
    """Further benchmark sections, printed after the build table: the library's functions on
    synthetic data packages of ``sizes`` documents (``scripts/bench_scale.py``) and name
    matching against document length (``scripts/bench_names.py``); and the extraction
    throughput (documents/s) at the largest size."""
    from bench_names import names_table
    from bench_scale import scale_results, scale_table

    results = scale_results(sizes)
    extract = [r for r in results if r["stage"] == "extract"]
    throughput = extract[-1]["documents"] / max(extract[-1]["seconds"], 1e-9) if extract else None
    sections = [
        Section("Library at scale", lines=scale_table(results)),
        Section("Name matching against document length", lines=names_table()),
    ]
    return sections, throughput


# ---------------------------------------------------------------------------- timing


def timed(step: Callable[[], object]) -> tuple[float | None, str]:
    """Seconds taken by ``step``, or None and why it failed."""
    started = time.perf_counter()
    try:
        step()
    except (RuntimeError, subprocess.SubprocessError, OSError, StopIteration) as exc:
        lines = str(exc).strip().splitlines()
        return None, f"failed: {lines[0] if lines else type(exc).__name__}"
    return time.perf_counter() - started, ""


def verdict(seconds: float | None, error: str, limit: float | None, strict: bool = True) -> str:
    if seconds is None:
        return error[:70]
    if limit is None:
        return ""
    return "met" if (seconds < limit if strict else seconds <= limit) else "missed"


def edit_markdown_cell(notebook: Path) -> None:
    """Append a space to the notebook's first markdown cell: a change to the prose only."""
    nb = nbformat.read(notebook, as_version=4)
    cell = next(c for c in nb.cells if c.cell_type == "markdown")
    cell.source += " "
    nbformat.write(nb, notebook)


def edit_code_cell(notebook: Path) -> None:
    """Append a comment line to the notebook's last code cell: the chapter must run again."""
    nb = nbformat.read(notebook, as_version=4)
    cell = [c for c in nb.cells if c.cell_type == "code"][-1]
    cell.source += "\n# edited"
    nbformat.write(nb, notebook)


def summed_execution(copy: Path) -> tuple[float, int]:
    """Total seconds the build recorded for its chapters, and how many it timed."""
    path = copy / "_build" / "stamps" / "timings.json"
    timings = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return float(sum(timings.values())), len(timings)


def render_html(copy: Path) -> None:
    """The rendering step alone, forced: what a full HTML render costs."""
    code = (
        "from newsclaims.build.layout import layout_for;"
        " from newsclaims.build.render import build_html;"
        " build_html(layout_for('data'), force=True)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=copy,
        env=build_environment(copy),
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"forced HTML render failed: {result.stderr[-2000:]}")


def plain_build(project: Path, built: Path, target: Path) -> None:
    """Jupyter Book on the source notebooks, executing each itself (no papermill, no
    cache, no parallelism)."""
    copy = copy_project(project, target)
    for generated in ("sources", "extra"):
        if (built / "_build" / "src" / generated).is_dir():
            shutil.copytree(built / "_build" / "src" / generated, copy / generated)
    config_path = copy / "_config.yml"
    config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    config.setdefault("execute", {})["execute_notebooks"] = "force"
    config_path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    jb = Path(sys.executable).parent / "jb"
    result = subprocess.run(
        [str(jb), "build", str(copy), "--all"],
        cwd=copy,
        env=build_environment(copy),
        capture_output=True,
        text=True,
    )
    # Jupyter Book reports a failing notebook as a warning and still exits 0.
    if result.returncode != 0 or "Executing notebook failed" in result.stdout + result.stderr:
        raise RuntimeError(
            f"plain jb build failed (exit {result.returncode}): {result.stdout[-2000:]}"
        )


# ---------------------------------------------------------------------------- the table


@dataclass
class BuildFigures:
    """The figures of the build section that the summary line needs."""

    one_chapter: float | None = None
    no_change: float | None = None
    cold: float | None = None
    plain: float | None = None


def build_section(
    project: Path, work: Path, with_plain: bool, figures: BuildFigures, progress
) -> Section:
    copy = copy_project(project, work / "book")
    shutil.rmtree(copy / "_build", ignore_errors=True)
    chapters = chapter_notebooks(copy)
    cores = os.cpu_count() or 1
    changed = chapters[0] if chapters else Path("-")

    def step(label: str, action: Callable[[], object]) -> tuple[float | None, str]:
        progress.set_description(label)
        result = timed(action)
        progress.update(1)
        return result

    cold, cold_error = step("cold build", lambda: build_copy(copy))
    summed, timed_chapters = summed_execution(copy)
    no_change, no_change_error = step("no-change rebuild", lambda: build_copy(copy))

    def edited(edit: Callable[[Path], None]) -> Callable[[], None]:
        return lambda: (edit(copy / changed), build_copy(copy))

    prose, prose_error = step("prose edit", edited(edit_markdown_cell))
    code, code_error = step("code edit", edited(edit_code_cell))
    html_step, html_error = step("forced HTML step", lambda: render_html(copy))
    if with_plain:
        plain, plain_error = step(
            "plain jupyter-book", lambda: plain_build(project, copy, work / "plain")
        )
    else:
        plain, plain_error = None, "skipped (--no-plain)"
        progress.update(1)

    per_core = summed / cores
    cold_limit = COLD_FACTOR * per_core + html_step if html_step is not None else None
    cold_target = (
        f"<= {cold_limit:.1f} s ({COLD_FACTOR} x summed/cores + HTML step)"
        if cold_limit is not None
        else "needs the HTML step"
    )
    ratio = plain / cold if plain and cold else None
    rows = [
        Row("cold build (rm -rf _build)", cold, cold_target, ""),
        Row("no-change rebuild", no_change, f"< {NO_CHANGE_TARGET:.0f} s"),
        Row(f"one-chapter rebuild ({changed.name}, markdown edited)", prose),
        Row(f"one-chapter rebuild ({changed.name}, code edited)", code),
        Row("plain jupyter-book build (jb executes every notebook)", plain, "for comparison"),
        Row("  ratio plain / cold", ratio, f">= {PLAIN_RATIO_TARGET:.0f}"),
        Row(f"chapters' execution, summed ({timed_chapters} timed)", summed, "timings.json"),
        Row(f"  ... divided by {cores} cores", per_core),
        Row("HTML step (forced full render)", html_step),
    ]
    rows[0].verdict = verdict(cold, cold_error, cold_limit, strict=False)
    rows[1].verdict = verdict(no_change, no_change_error, NO_CHANGE_TARGET)
    for row, seconds, error in ((rows[2], prose, prose_error), (rows[3], code, code_error)):
        row.target = f"<= {ONE_CHAPTER_TARGET:.0f} s"
        row.verdict = verdict(seconds, error, ONE_CHAPTER_TARGET, strict=False)
    rows[4].verdict = verdict(plain, plain_error, None)
    if ratio is not None:
        rows[5].verdict = "met" if ratio >= PLAIN_RATIO_TARGET else "missed"
    rows[8].verdict = verdict(html_step, html_error, None)
    figures.one_chapter, figures.no_change, figures.cold, figures.plain = (
        code,
        no_change,
        cold,
        plain,
    )
    title = f"Builds: {len(chapters)} chapters, {cores} cores, on a copy in {work}"
    return Section(title, rows)


def print_section(section: Section) -> None:
    print(section.title)
    if section.rows:
        width = max([len(r.label) for r in section.rows] + [40])
        print(f"  {'step':<{width}}  {'seconds':>8}  {'target':<48}  result")
        for row in section.rows:
            seconds = f"{row.seconds:8.1f}" if row.seconds is not None else f"{'-':>8}"
            print(f"  {row.label:<{width}}  {seconds}  {row.target:<48}  {row.verdict}")
    for line in section.lines:
        print(f"  {line}")
    print()


def summary_line(figures: BuildFigures, extract: float | None) -> str:
    """The run in one line, always in the same form (``-`` for a figure not measured)."""

    def number(value: float | None, digits: int = 1) -> str:
        return "-" if value is None else f"{value:.{digits}f}"

    ratio = figures.plain / figures.cold if figures.plain and figures.cold else None
    return (
        f"summary: one-chapter {number(figures.one_chapter)} s;"
        f" no-change {number(figures.no_change)} s; cold {number(figures.cold)} s;"
        f" plain {number(figures.plain)} s; ratio plain/cold {number(ratio, 2)};"
        f" extract {number(extract, 0)} docs/s"
    )


def main(argv: list[str] | None = None) -> int:
    from bench_scale import SIZES
    from tqdm import tqdm

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary copies")
    parser.add_argument(
        "--no-plain", action="store_true", help="skip the plain Jupyter Book build (slowest)"
    )
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=list(SIZES),
        help=f"synthetic package sizes for the library section (default {SIZES})",
    )
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="contested-counts-bench-"))
    figures = BuildFigures()
    extract = None
    sections: list[Section] = []
    try:
        with tqdm(total=6, desc="builds", unit="step", leave=False, disable=None) as progress:
            sections.append(
                build_section(project_root(), work, not args.no_plain, figures, progress)
            )
        scale, extract = extra_sections(tuple(args.sizes))
        sections += scale
        for section in sections:
            print_section(section)
    finally:
        if args.keep:
            print(f"copies kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
        print(summary_line(figures, extract))
    failed = any(r.verdict.startswith("failed") for s in sections for r in s.rows)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
