"""Warm kernels: chapters forked from one kernel server share nothing, and a prose edit
carried into an executed chapter gives the bytes a full execution gives.

These run real kernels (the project's ``contested-counts`` kernel, forked by
:mod:`newsclaims.build.warm`) on small notebooks written here, not on the book.
"""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path

import nbformat
import pytest

from newsclaims.build.execute import execute_chapter, start_kernel_server, update_prose
from newsclaims.build.layout import Layout

pytestmark = pytest.mark.book

PARAMETERS = 'data_dir = "data"\nresults_dir = "_build/results"'
LEAK = """
import os, matplotlib, newsclaims.paths
LEAKED_GLOBAL = 1
matplotlib.rcParams["lines.linewidth"] = 9.5
os.environ["CC_LEAKED_VARIABLE"] = "yes"
newsclaims.paths.LEAKED_ATTRIBUTE = True
"""
PROBE = """
import sys
preloaded = "pandas" in sys.modules  # this chapter never imports pandas itself
import os, json, matplotlib, newsclaims.paths
print(json.dumps({
    "global": "LEAKED_GLOBAL" in globals(),
    "rcParam": matplotlib.rcParams["lines.linewidth"] == 9.5,
    "env": "CC_LEAKED_VARIABLE" in os.environ,
    "attribute": hasattr(newsclaims.paths, "LEAKED_ATTRIBUTE"),
    "pandas_preloaded": preloaded,
    "parent": os.getppid(),
}))
"""


def write_chapter(folder: Path, name: str, *sources: str, prose: str = "Prose.") -> Path:
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {
        "name": "contested-counts",
        "language": "python",
        "display_name": "Contested Counts",
    }
    notebook.cells = [
        nbformat.v4.new_markdown_cell(f"# {name}\n\n{prose}"),
        nbformat.v4.new_code_cell(PARAMETERS, metadata={"tags": ["parameters"]}),
        *(nbformat.v4.new_code_cell(source) for source in sources),
    ]
    path = folder / "chapters" / f"{name}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, path)
    return path


def probe_output(path: Path) -> dict:
    cell = nbformat.read(path, as_version=4).cells[-1]
    return json.loads(cell.outputs[0]["text"])


@pytest.fixture
def project(tmp_path) -> Layout:
    (tmp_path / "_toc.yml").write_text("format: jb-book\nroot: index\n", encoding="utf-8")
    return Layout(tmp_path, "data", tmp_path)


def run(layout: Layout, server, name: str):
    chapter = f"chapters/{name}.ipynb"
    parameters = {"data_dir": "data", "results_dir": "_build/results"}
    return asyncio.run(
        execute_chapter(
            server,
            str(layout.root),
            chapter,
            str(layout.src / chapter),
            str(layout.reports / chapter),
            parameters,
        )
    )


def test_a_chapter_sees_nothing_a_previous_chapter_changed(project):
    write_chapter(project.root, "a_leaks", LEAK)
    write_chapter(project.root, "b_probes", PROBE)
    write_chapter(project.root, "c_leaks_and_probes", LEAK, PROBE)
    server = start_kernel_server(project)
    try:
        runs = [
            run(project, server, name) for name in ("a_leaks", "b_probes", "c_leaks_and_probes")
        ]
        server_pid = server.process.pid
    finally:
        server.stop()
    assert [r.error for r in runs] == ["", "", ""]
    after = probe_output(project.src / "chapters" / "b_probes.ipynb")
    # Both chapters were forked from the same warm server (pandas already imported)...
    assert after.pop("parent") == server_pid
    # ... and the second one sees none of the first one's changes.
    assert after == {
        "global": False,
        "rcParam": False,
        "env": False,
        "attribute": False,
        "pandas_preloaded": True,
    }
    # The probe does see the changes when they happen in its own kernel: it can fail.
    same = probe_output(project.src / "chapters" / "c_leaks_and_probes.ipynb")
    same.pop("parent")
    assert same == {k: True for k in same}


def test_a_prose_edit_gives_the_bytes_of_a_full_execution(project):
    source = write_chapter(project.root, "chapter", "print(6 * 7)")
    server = start_kernel_server(project)
    try:
        assert run(project, server, "chapter").error == ""
        executed = project.src / "chapters" / "chapter.ipynb"
        first = executed.read_bytes()
        # Edit the prose only, and carry it over without a kernel.
        notebook = nbformat.read(source, as_version=4)
        notebook.cells[0].source += "\n\nA second paragraph."
        notebook.cells.insert(2, nbformat.v4.new_markdown_cell("A new cell of prose."))
        nbformat.write(notebook, source)
        assert update_prose(project, Path("chapters/chapter.ipynb"))
        spliced = executed.read_bytes()
        assert spliced != first and b"A new cell of prose." in spliced
        # The same source executed from scratch.
        os.remove(executed)
        assert run(project, server, "chapter").error == ""
        assert executed.read_bytes() == spliced
        # A code edit cannot be carried over.
        notebook.cells[-1].source = "print(6 * 9)"
        nbformat.write(notebook, source)
        assert not update_prose(project, Path("chapters/chapter.ipynb"))
    finally:
        server.stop()
