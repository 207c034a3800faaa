"""The build's fast paths on hand-made notebooks: what counts as a code change, how a prose
edit is carried into an executed chapter, the log lines and the bench's summary line."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import nbformat

from newsclaims.build.execute import ChapterRun, code_digest, splice_prose
from newsclaims.build.pipeline import chapters_summary

ROOT = Path(__file__).resolve().parents[2]


def notebook(*cells) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = list(cells)
    return nb


def md(text: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_markdown_cell(text, metadata={"tags": []})


def code(text: str, tags=(), outputs=()) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_code_cell(text, metadata={"tags": list(tags)})
    cell.outputs = list(outputs)
    return cell


def as_bytes(nb) -> bytes:
    return nbformat.writes(nb).encode()


def test_only_code_and_metadata_count_as_a_change_that_runs_the_chapter():
    base = notebook(md("Prose."), code("x = 1", tags=["parameters"]), code("print(x)"))
    digest = code_digest(as_bytes(base), "shared", {"data_dir": "data"})
    prose = notebook(md("Other prose."), md("More."), *base.cells[1:])
    assert code_digest(as_bytes(prose), "shared", {"data_dir": "data"}) == digest
    edited = notebook(base.cells[0], base.cells[1], code("print(x + 1)"))
    assert code_digest(as_bytes(edited), "shared", {"data_dir": "data"}) != digest
    retagged = notebook(base.cells[0], base.cells[1], code("print(x)", tags=["raises-exception"]))
    assert code_digest(as_bytes(retagged), "shared", {"data_dir": "data"}) != digest
    assert code_digest(as_bytes(base), "other library", {"data_dir": "data"}) != digest
    assert code_digest(as_bytes(base), "shared", {"data_dir": "other"}) != digest


def test_a_prose_edit_keeps_the_outputs_and_the_injected_cell_in_place():
    output = nbformat.v4.new_output("stream", name="stdout", text="1\n")
    injected = code('data_dir = "data"', tags=["injected-parameters", "remove-cell"])
    executed = notebook(
        md("Old."), code("x = 1", tags=["parameters"]), injected, code("print(x)", outputs=[output])
    )
    source = notebook(
        md("New."), code("x = 1", tags=["parameters"]), md("Added."), code("print(x)")
    )
    spliced = splice_prose(executed, source)
    assert [c.source for c in spliced.cells] == [
        "New.",
        "x = 1",
        'data_dir = "data"',
        "Added.",
        "print(x)",
    ]
    assert spliced.cells[-1].outputs == [output]
    # A code edit cannot be carried over: the chapter must run.
    assert (
        splice_prose(
            executed, notebook(md("New."), code("x = 2", tags=["parameters"]), code("print(x)"))
        )
        is None
    )
    assert splice_prose(executed, notebook(md("New."), code("x = 1", tags=["parameters"]))) is None


def test_the_chapters_summary_names_what_happened():
    runs = [
        ChapterRun("a", True, 1.0),
        ChapterRun("b", False, 0.1, state="prose"),
        ChapterRun("c", False, 0.0, state="unchanged"),
        ChapterRun("d", False, 0.0),
    ]
    assert chapters_summary(runs, 2.5, 1) == (
        "chapters: 1 executed, 1 prose updated, 2 unchanged (2.5 s, 1 at a time)"
    )
    nothing_ran = chapters_summary(runs[2:], 0.0, 0)
    assert nothing_ran == "chapters: 2 unchanged" and "executed" not in nothing_ran
    failed = chapters_summary([ChapterRun("e", True, 1.0, error="boom")], 1.0, 1)
    assert failed == "chapters: 1 FAILED"


def load_bench():
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("bench", ROOT / "scripts" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_bench_ends_with_one_summary_line_in_a_fixed_form():
    bench = load_bench()
    figures = bench.BuildFigures(one_chapter=4.21, no_change=0.24, cold=12.0, plain=50.0)
    assert bench.summary_line(figures, 2101.4) == (
        "summary: one-chapter 4.2 s; no-change 0.2 s; cold 12.0 s; plain 50.0 s;"
        " ratio plain/cold 4.17; extract 2101 docs/s"
    )
    assert bench.summary_line(bench.BuildFigures(), None) == (
        "summary: one-chapter - s; no-change - s; cold - s; plain - s;"
        " ratio plain/cold -; extract - docs/s"
    )


def test_the_bench_reports_linear_and_faster_than_linear_growth():
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_scale import growth

    rows = [
        {"stage": "compare", "size": 1000, "seconds": 2.0},
        {"stage": "compare", "size": 10000, "seconds": 20.0},
        {"stage": "validate", "size": 1000, "seconds": 1.0},
        {"stage": "validate", "size": 10000, "seconds": 100.0},
    ]
    assert growth(rows, "compare") == (1.0, 1000, 10000)
    assert growth(rows, "validate") == (10.0, 1000, 10000)
    assert growth(rows[:1], "compare") is None
