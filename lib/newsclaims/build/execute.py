"""Execute the chapters, in parallel, into the scratch copy of the book.

Each chapter runs with nbclient in a fresh kernel forked from the build's warm kernel server
(:mod:`newsclaims.build.warm`), after papermill has injected its parameters cell. A chapter
runs again only when its code, the library, the data, the lock file or its parameters
changed; an edit of its markdown cells alone is carried into the executed notebook without
running it (:func:`splice_prose`). A failing chapter leaves its executed notebook, with the
traceback, in the reports folder only; it never reaches the book.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newsclaims.build.files import read_stamp, write_if_changed
from newsclaims.build.layout import Layout
from newsclaims.build.toc import chapter_notebooks
from newsclaims.build.warm import KernelServer, kernel_manager

KERNEL = "contested-counts"


@dataclass(frozen=True)
class ChapterRun:
    """One chapter of one build: whether it ran, how long it took, and the error if it
    failed (empty when it succeeded)."""

    chapter: str
    ran: bool
    seconds: float
    error: str = ""
    state: str = ""  # "executed", "prose" (markdown carried over), "unchanged", "FAILED"

    @property
    def status(self) -> str:
        """What happened to the chapter, in one word."""
        return "FAILED" if self.error else ("executed" if self.ran else self.state or "unchanged")


def chapter_parameters(layout: Layout) -> dict[str, str]:
    """The papermill parameters every chapter receives: the data package and the results
    folder, relative to the project root (``../my-corpus`` for a package beside the
    project): the executed notebooks are published, and must not carry the path of the
    machine that built them."""
    given = Path(layout.data_dir)
    package = given if given.is_absolute() else layout.root / given
    data_dir = Path(os.path.relpath(package.resolve(), layout.root.resolve()))
    return {"data_dir": data_dir.as_posix(), "results_dir": layout.relative(layout.results)}


def kernel_environment(root: str) -> dict[str, str]:
    """The variables every chapter's kernel gets on top of the build's environment."""
    return {
        "CONTESTED_COUNTS_ROOT": root,
        "PYTHONHASHSEED": "0",
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    }


def failed_cell(notebook) -> tuple[int, object]:
    """The 1-based position, in the chapter as written (the injected parameters cell not
    counted), of the first cell whose outputs hold an error, and its execution count."""
    position = 0
    for cell in notebook.cells:
        if "injected-parameters" in cell.metadata.get("tags", []):
            continue
        position += 1
        if cell.cell_type == "code" and any(
            o.get("output_type") == "error" for o in cell.get("outputs", [])
        ):
            return position, cell.get("execution_count")
    return 0, None


async def execute_chapter(
    server: KernelServer, root: str, chapter: str, target: str, report: str, parameters: dict
) -> ChapterRun:
    """Run one chapter in a kernel forked by ``server``, with papermill's parameters cell
    injected; on success tidy it and write it to ``target``, on failure keep the executed
    notebook, with the traceback, as ``report``."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, DeadKernelError
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    started = time.perf_counter()
    source, target_path, report_path = Path(root) / chapter, Path(target), Path(report)
    report_path.parent.mkdir(parents=True, exist_ok=True)
    target_path.parent.mkdir(parents=True, exist_ok=True)
    log = report_path.with_suffix(".kernel.log")
    notebook = load_notebook_node(str(source))  # as papermill reads it (every cell tagged)
    notebook.metadata.setdefault("papermill", {})
    notebook = parameterize_notebook(notebook, parameters, kernel_name=KERNEL, language="python")
    manager = kernel_manager(server, KERNEL, log)
    cwd = str(target_path.parent)
    client = NotebookClient(
        notebook, km=manager, kernel_name=KERNEL, timeout=None, record_timing=False
    )
    error = ""
    try:
        await client.async_execute(cwd=cwd, env={**os.environ, **kernel_environment(root)})
    except CellExecutionError as exc:
        position, count = failed_cell(notebook)
        error = (
            f"{chapter}: cell {position} (In [{count}]) raised {exc.ename}: {exc.evalue}\n"
            f"  the executed notebook with the traceback is {report_path}"
        )
    except (DeadKernelError, RuntimeError, OSError) as exc:
        error = (
            f"{chapter}: could not be executed: {type(exc).__name__}: {exc}\n"
            f"  the kernel's messages are in {log}"
        )
    finally:
        if client.kc is not None:
            client.kc.stop_channels()
        if manager.has_kernel:
            await manager.shutdown_kernel(now=True)
    if error:
        target_path.unlink(missing_ok=True)
        nbformat.write(notebook, report_path)
        return ChapterRun(chapter, True, time.perf_counter() - started, error)
    tidy_executed(notebook)
    write_if_changed(target_path, (nbformat.writes(notebook) + "\n").encode("utf-8"))
    report_path.unlink(missing_ok=True)
    log.unlink(missing_ok=True)
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


def code_digest(notebook_bytes: bytes, shared: str, parameters: dict[str, str]) -> str:
    """What a chapter's outputs depend on: its metadata, its code cells (source and
    metadata, in order), the parameters and ``shared``. Markdown cells are left out: they
    never run, so editing them does not require executing the chapter again."""
    notebook = json.loads(notebook_bytes)
    code = [
        ("".join(c.get("source", "")), c.get("metadata", {}))
        for c in notebook.get("cells", [])
        if c.get("cell_type") == "code"
    ]
    payload = [notebook.get("metadata", {}), code, parameters, shared]
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def splice_prose(executed, source):
    """The executed notebook with the prose of ``source`` (an edited chapter whose code did
    not change): the markdown and raw cells come from ``source``, the code cells and the
    injected parameters cell from ``executed``. ``None`` when the code cells do not match
    one for one (then the chapter must run)."""
    tags = lambda cell: cell.metadata.get("tags", [])  # noqa: E731
    injected = [c for c in executed.cells if "injected-parameters" in tags(c)]
    ran = [
        c for c in executed.cells if c.cell_type == "code" and "injected-parameters" not in tags(c)
    ]
    code = [c for c in source.cells if c.cell_type == "code"]
    if len(ran) != len(code) or any(a.source != b.source for a, b in zip(ran, code, strict=True)):
        return None
    has_parameters = any("parameters" in tags(c) for c in code)
    cells, done = ([] if has_parameters else list(injected)), iter(ran)
    for cell in source.cells:
        if cell.cell_type != "code":
            cells.append(cell)
            continue
        cells.append(next(done))
        if "parameters" in tags(cell):
            cells.extend(injected)
    spliced = copy.deepcopy(executed)
    spliced.cells = cells
    return spliced


def update_prose(layout: Layout, chapter: Path) -> bool:
    """Carry an edit of the prose alone into the executed chapter; False when it has to run."""
    import nbformat
    from papermill.iorw import load_notebook_node

    target = layout.src / chapter
    # Read as the execution reads it (papermill gives every cell a list of tags).
    source = load_notebook_node(str(layout.root / chapter))
    spliced = splice_prose(nbformat.read(target, as_version=4), source)
    if spliced is None:
        return False
    tidy_executed(spliced)
    write_if_changed(target, (nbformat.writes(spliced) + "\n").encode("utf-8"))
    return True


def chapter_stamp(layout: Layout, chapter: Path) -> Path:
    return layout.stamps / (chapter.as_posix().replace("/", "__") + ".json")


def plan_chapters(
    layout: Layout, force: bool, shared: str
) -> tuple[list[ChapterRun], list[tuple[Path, dict[str, str]]]]:
    """Sort the chapters into those already current (prose edits carried over: their
    ``ChapterRun`` has ``ran=False``) and those to execute, each with its new stamp."""
    parameters = chapter_parameters(layout)
    runs: list[ChapterRun] = []
    pending: list[tuple[Path, dict[str, str]]] = []
    for chapter in chapter_notebooks(layout.root):
        started = time.perf_counter()
        data = (layout.root / chapter).read_bytes()
        stamp = {
            "code": code_digest(data, shared, parameters),
            "file": hashlib.sha256(data).hexdigest(),
        }
        path = chapter_stamp(layout, chapter)
        try:
            known = json.loads(read_stamp(path) or "{}")
        except ValueError:
            known = {}
        current = not force and known.get("code") == stamp["code"]
        if current and (layout.src / chapter).is_file():
            state = "unchanged"
            if known.get("file") != stamp["file"]:
                if not update_prose(layout, chapter):
                    pending.append((chapter, stamp))
                    continue
                write_if_changed(path, json.dumps(stamp).encode())
                state = "prose"
            runs.append(
                ChapterRun(chapter.as_posix(), False, time.perf_counter() - started, state=state)
            )
        else:
            path.unlink(missing_ok=True)
            pending.append((chapter, stamp))
    return runs, pending


async def run_pending(
    layout: Layout,
    server: KernelServer,
    pending: list[tuple[Path, dict[str, str]]],
    jobs: int,
    report: Callable[[ChapterRun], None],
) -> list[ChapterRun]:
    """Execute ``pending`` chapters, ``jobs`` at a time; ``report`` hears of each as it ends."""
    parameters = chapter_parameters(layout)
    limit = asyncio.Semaphore(max(1, jobs))

    async def one(chapter: Path, stamp: dict[str, str]) -> ChapterRun:
        async with limit:
            run = await execute_chapter(
                server,
                str(layout.root),
                chapter.as_posix(),
                str(layout.src / chapter),
                str(layout.reports / chapter),
                parameters,
            )
        if not run.error:
            write_if_changed(chapter_stamp(layout, chapter), json.dumps(stamp).encode())
        report(run)
        return run

    return list(await asyncio.gather(*(one(c, s) for c, s in pending)))


def start_kernel_server(layout: Layout) -> KernelServer:
    """A kernel server with the chapters' environment, its log in the reports folder."""
    env = {**os.environ, **kernel_environment(str(layout.root))}
    return KernelServer(env, layout.reports / "kernel-server.log").start()


def write_timings(layout: Layout, runs: list[ChapterRun]) -> None:
    """Execution time per chapter, kept from the run that executed it (for the
    reproducibility page)."""
    path = layout.stamps / "timings.json"
    known = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    for run in runs:
        if run.ran:
            known[run.chapter] = round(run.seconds, 1)
    write_if_changed(path, (json.dumps(known, indent=1, sort_keys=True) + "\n").encode())
