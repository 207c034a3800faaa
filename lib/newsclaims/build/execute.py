"""Execute the chapters with papermill, in parallel, into the scratch copy of the book.

A chapter runs again only when it, the library, the data, the lock file or its parameters
changed. A failing chapter leaves its executed notebook, with the traceback, in the
reports folder only; it never reaches the book.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from newsclaims.build.files import read_stamp, write_if_changed
from newsclaims.build.layout import Layout
from newsclaims.build.toc import chapter_notebooks

KERNEL = "contested-counts"


@dataclass(frozen=True)
class ChapterRun:
    """One chapter of one build: whether it ran, how long it took, and the error if it
    failed (empty when it succeeded)."""

    chapter: str
    ran: bool
    seconds: float
    error: str = ""


def chapter_parameters(layout: Layout) -> dict[str, str]:
    """The papermill parameters every chapter receives: the data package and the results
    folder, relative to the project root."""
    return {"data_dir": layout.data_dir, "results_dir": layout.relative(layout.results)}


def execute_chapter(
    root: str, chapter: str, target: str, report: str, parameters: dict[str, str]
) -> ChapterRun:
    """Run one chapter with papermill into ``report``; on success tidy it and move it to
    ``target``. Runs in a worker process."""
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    started = time.perf_counter()
    source, target_path, report_path = Path(root) / chapter, Path(target), Path(report)
    report_path.parent.mkdir(parents=True, exist_ok=True)
    target_path.parent.mkdir(parents=True, exist_ok=True)
    env = {
        "CONTESTED_COUNTS_ROOT": root,
        "PYTHONHASHSEED": "0",
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    }
    os.environ.update(env)
    try:
        papermill.execute_notebook(
            str(source),
            str(report_path),
            parameters=parameters,
            kernel_name=KERNEL,
            cwd=str(target_path.parent),
            progress_bar=False,
            log_output=False,
            request_save_on_cell_execute=False,
            record_timing=False,
        )
    except PapermillExecutionError as exc:
        target_path.unlink(missing_ok=True)
        return ChapterRun(
            chapter,
            True,
            time.perf_counter() - started,
            f"{chapter}: cell {exc.cell_index} (In [{exc.exec_count}]) raised"
            f" {exc.ename}: {exc.evalue}\n  the executed notebook with the traceback"
            f" is {report_path}",
        )
    except Exception as exc:  # kernel failed to start, notebook unreadable...
        target_path.unlink(missing_ok=True)
        return ChapterRun(
            chapter,
            True,
            time.perf_counter() - started,
            f"{chapter}: could not be executed: {type(exc).__name__}: {exc}",
        )
    notebook = nbformat.read(report_path, as_version=4)
    tidy_executed(notebook)
    write_if_changed(target_path, (nbformat.writes(notebook) + "\n").encode("utf-8"))
    report_path.unlink()
    return ChapterRun(chapter, True, time.perf_counter() - started)


def tidy_executed(notebook) -> None:
    """Hide papermill's injected parameters cell and drop run-specific metadata, so that
    the same inputs always give the same notebook."""
    notebook.metadata.pop("papermill", None)
    for cell in notebook.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        tags = cell.metadata.get("tags", [])
        if "injected-parameters" in tags:
            # papermill gives the cell a random id; a fixed one keeps the notebook stable.
            cell.id = "injected-parameters"
            if "remove-cell" not in tags:
                cell.metadata["tags"] = [*tags, "remove-cell"]


def execute_chapters(layout: Layout, jobs: int, force: bool, shared: str) -> list[ChapterRun]:
    """Run every chapter whose inputs changed (``shared``: the digest of the library, the
    data and the lock file), in parallel."""
    parameters = chapter_parameters(layout)
    pending: list[tuple[Path, str]] = []
    runs: list[ChapterRun] = []
    for chapter in chapter_notebooks(layout.root):
        digest = hashlib.sha256(
            (layout.root / chapter).read_bytes()
            + shared.encode()
            + json.dumps(parameters, sort_keys=True).encode()
        ).hexdigest()
        stamp = layout.stamps / (chapter.as_posix().replace("/", "__") + ".sha256")
        if not force and read_stamp(stamp) == digest and (layout.src / chapter).is_file():
            runs.append(ChapterRun(chapter.as_posix(), False, 0.0))
        else:
            stamp.unlink(missing_ok=True)
            pending.append((chapter, digest))
    if not pending:
        return runs
    with ProcessPoolExecutor(max_workers=max(1, min(jobs, len(pending)))) as pool:
        futures = {
            pool.submit(
                execute_chapter,
                str(layout.root),
                chapter.as_posix(),
                str(layout.src / chapter),
                str(layout.reports / chapter),
                parameters,
            ): (chapter, digest)
            for chapter, digest in pending
        }
        for future, (chapter, digest) in futures.items():
            run = future.result()
            runs.append(run)
            if not run.error:
                stamp = layout.stamps / (chapter.as_posix().replace("/", "__") + ".sha256")
                write_if_changed(stamp, digest.encode())
    return runs


def write_timings(layout: Layout, runs: list[ChapterRun]) -> None:
    """Execution time per chapter, kept from the run that executed it (for the
    reproducibility page)."""
    path = layout.stamps / "timings.json"
    known = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    for run in runs:
        if run.ran:
            known[run.chapter] = round(run.seconds, 1)
    write_if_changed(path, (json.dumps(known, indent=1, sort_keys=True) + "\n").encode())
