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
import hashlib
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import yaml

from newsclaims.paths import project_root, resolve

KERNEL = "contested-counts"
DEFAULT_DATA = "data"
# Files and folders of the book copied verbatim into the scratch source.
BOOK_FILES = ("_config.yml", "_toc.yml", "index.md", "references.bib", "CITATION.cff")
BOOK_FOLDERS = ("_static",)
LIB_DIR = Path("lib") / "newsclaims"
LOCK_FILE = "requirements.lock"


@dataclass(frozen=True)
class Layout:
    """Where one build of the book puts things."""

    root: Path  # the project root
    data_dir: str  # as given: relative to the root, or absolute
    book_root: Path  # Jupyter Book writes <book_root>/_build/html

    @property
    def build(self) -> Path:
        return self.book_root / "_build"

    @property
    def src(self) -> Path:
        return self.build / "src"

    @property
    def results(self) -> Path:
        return self.build / "results"

    @property
    def html(self) -> Path:
        return self.build / "html"

    @property
    def reports(self) -> Path:
        return self.build / "reports"

    @property
    def stamps(self) -> Path:
        return self.build / "stamps"

    def relative(self, path: Path) -> str:
        """A path as papermill passes it: relative to the root when inside it, so that
        executed notebooks do not depend on where the project was cloned."""
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return str(path.resolve())


def layout_for(data_dir: str, root: Path | None = None) -> Layout:
    """The default data builds into ``_build``; another data folder into
    ``_build/books/<folder name>/_build``."""
    root = root or project_root()
    if resolve(data_dir).resolve() == (root / DEFAULT_DATA).resolve():
        return Layout(root, DEFAULT_DATA, root)
    name = resolve(data_dir).resolve().name
    return Layout(root, data_dir, root / "_build" / "books" / name)


# ---------------------------------------------------------------------------- digests


def digest_files(paths: list[Path], base: Path) -> str:
    sha = hashlib.sha256()
    for path in sorted(paths):
        sha.update(path.relative_to(base).as_posix().encode())
        sha.update(b"\0")
        sha.update(path.read_bytes())
        sha.update(b"\0")
    return sha.hexdigest()


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts]


def shared_digest(layout: Layout) -> str:
    """What every chapter depends on: the library, the data and the locked environment."""
    data = resolve(layout.data_dir)
    lock = layout.root / LOCK_FILE
    parts = [
        digest_files(files_under(layout.root / LIB_DIR), layout.root),
        digest_files(files_under(data), data),
        hashlib.sha256(lock.read_bytes()).hexdigest() if lock.is_file() else "",
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def read_stamp(path: Path) -> str:
    return path.read_text(encoding="utf-8").strip() if path.is_file() else ""


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write only when the bytes differ, so that unchanged files keep their times and
    Sphinx does not rebuild their pages."""
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


# ---------------------------------------------------------------------------- chapters


def toc_files(toc_path: Path) -> list[str]:
    """Every ``file:`` entry of ``_toc.yml``, in order (globs are left to Jupyter Book)."""
    toc = yaml.safe_load(toc_path.read_text(encoding="utf-8"))
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "file" in node:
                found.append(str(node["file"]))
            for key in ("root", "parts", "chapters", "sections"):
                if key == "root":
                    if key in node:
                        found.append(str(node["root"]))
                elif key in node:
                    walk(node[key])
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(toc)
    return found


def chapter_notebooks(root: Path) -> list[Path]:
    """The notebooks the table of contents lists, relative to the root."""
    notebooks = []
    for entry in toc_files(root / "_toc.yml"):
        path = root / entry
        candidate = path if path.suffix else path.with_suffix(".ipynb")
        if candidate.suffix == ".ipynb" and candidate.is_file():
            notebooks.append(candidate.relative_to(root))
    return notebooks


@dataclass(frozen=True)
class ChapterRun:
    chapter: str
    ran: bool
    seconds: float
    error: str = ""


def chapter_parameters(layout: Layout) -> dict[str, str]:
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


# ---------------------------------------------------------------------------- assembly


def assemble(layout: Layout, generate: bool = True) -> None:
    """Copy the book's own files into the scratch source and, when ``generate``, write the
    pages generated from the data (source viewer, key findings)."""
    from newsclaims.viewer import write_source_pages

    root = layout.root
    for name in BOOK_FILES:
        if (root / name).is_file():
            write_if_changed(layout.src / name, (root / name).read_bytes())
    for folder in BOOK_FOLDERS:
        for path in files_under(root / folder):
            write_if_changed(layout.src / path.relative_to(root), path.read_bytes())
    for entry in toc_files(root / "_toc.yml"):
        page = root / entry
        for candidate in (page, page.with_suffix(".md")):
            if candidate.suffix == ".md" and candidate.is_file():
                write_if_changed(layout.src / candidate.relative_to(root), candidate.read_bytes())
    if generate or not (layout.src / "_generated" / "key_findings.md").is_file():
        write_source_pages(layout.data_dir, layout.src / "sources")
        write_if_changed(
            layout.src / "_generated" / "key_findings.md",
            key_findings_page(layout.data_dir).encode(),
        )
    # Served as <html root>/results/ through html_extra_path.
    published = layout.src / "extra" / "results"
    expected = set()
    for path in files_under(layout.results):
        target = published / path.relative_to(layout.results)
        expected.add(target)
        write_if_changed(target, path.read_bytes())
    for stale in set(files_under(published)) - expected if published.is_dir() else ():
        stale.unlink()


def key_findings_page(data_dir: str) -> str:
    """The landing page's key findings, written from the results (included by index.md)."""
    from newsclaims.compare import slot_keys
    from newsclaims.findings import key_findings
    from newsclaims.ledger import load_ledger
    from newsclaims.results import comparison

    ledger = load_ledger(data_dir)
    claims = ledger.claims.assign(
        slot_id=slot_keys(ledger.claims, ledger.attributes, ledger.weapons)
    )
    return key_findings(comparison(ledger).slots, claims, ledger) + "\n"


def build_html(layout: Layout, force: bool) -> bool:
    """Render the HTML; skipped when neither the scratch source nor the results changed."""
    digest = digest_files(files_under(layout.src), layout.src)
    stamp = layout.stamps / "html.sha256"
    if not force and read_stamp(stamp) == digest and (layout.html / "index.html").is_file():
        return False
    stamp.unlink(missing_ok=True)
    # Sphinx does not notice a changed stylesheet or configuration on its own: render
    # everything again when they change.
    theme_files = [
        *files_under(layout.src / "_static"),
        layout.src / "_config.yml",
        layout.src / "_toc.yml",
    ]
    theme_digest = digest_files([p for p in theme_files if p.is_file()], layout.src)
    theme_stamp = layout.stamps / "theme.sha256"
    force = force or read_stamp(theme_stamp) != theme_digest
    command = [
        str(Path(sys.executable).parent / "jb"),
        "build",
        str(layout.src),
        "--path-output",
        str(layout.book_root),
        "-W",
        "-n",
        "--keep-going",
    ]
    if force:
        command.append("--all")
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    result = subprocess.run(command, cwd=layout.root, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-20000:] + result.stderr[-20000:])
        raise SystemExit(
            f"the HTML build failed (exit {result.returncode}); the messages above name"
            " the page and the problem"
        )
    write_if_changed(stamp, digest.encode())
    write_if_changed(theme_stamp, theme_digest.encode())
    return True


# ---------------------------------------------------------------------------- main


def build(
    data_dir: str = DEFAULT_DATA, jobs: int | None = None, force: bool = False, html: bool = True
) -> Layout:
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
        from newsclaims.ledger import load_ledger
        from newsclaims.results import write_results
        from newsclaims.validate import validate

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


def write_timings(layout: Layout, runs: list[ChapterRun]) -> None:
    """Execution time per chapter, kept from the run that executed it (for the
    reproducibility page)."""
    path = layout.stamps / "timings.json"
    known = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    for run in runs:
        if run.ran:
            known[run.chapter] = round(run.seconds, 1)
    write_if_changed(path, (json.dumps(known, indent=1, sort_keys=True) + "\n").encode())


def main(argv: list[str] | None = None) -> int:
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
