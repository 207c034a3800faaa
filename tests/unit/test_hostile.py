"""Hostile data packages, one kind at a time: each is refused with a problem naming the
file, the line and the field, or accepted; no message says anything about a file outside
the package; nothing from the package is run (a regular expression included)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from support.hostile import MARKUP, copy_minipackage
from support.hostile_kinds import Kind, kinds

from newsclaims.data.validate import validate

OUTSIDE = [Path("/etc/hostname"), Path("/etc/passwd")]


def outside_lines() -> list[str]:
    """Lines of files outside the package that no message may echo."""
    lines = []
    for path in OUTSIDE:
        if path.is_file():
            lines += [
                x
                for x in path.read_text(encoding="utf-8", errors="replace").splitlines()
                if len(x) > 3
            ]
    return lines


@pytest.mark.parametrize("kind", kinds(), ids=lambda k: k.name)
def test_each_kind_is_refused_where_it_is_or_accepted(tmp_path: Path, kind: Kind):
    package = copy_minipackage(tmp_path / "package")
    kind.apply(package)
    started = time.perf_counter()
    report = validate(package)
    assert time.perf_counter() - started < 30, "validation must not hang on any input"
    if kind.refused is None:
        assert report.ok, [str(p) for p in report.problems]
        return
    file, line, field = kind.refused
    assert not report.ok
    named = [p for p in report.problems if (p.file, p.line, p.field) == (file, line, field)]
    assert named, f"no problem at {kind.refused}: {[str(p) for p in report.problems]}"
    for problem in report.problems:
        assert problem.file, problem
        for text in outside_lines():
            assert text not in problem.message, f"{problem} echoes a file outside the package"


def test_the_root_cause_is_named_once_instead_of_the_cascade(tmp_path):
    """A byte order mark shifts every offset of a document: one problem, at the source."""
    by_kind = {k.name: k for k in kinds()}
    for name, words in (
        ("byte order mark in a raw file", "byte order mark"),
        ("CRLF line ends in a raw file", "CR LF"),
        ("NFD text in a raw file", "NFD"),
        ("zero-width space in a raw file", "U+200B"),
        ("bidi control in a raw file", "U+202E"),
        ("raw file changed, checksum not", "does not match its checksum"),
    ):
        package = copy_minipackage(tmp_path / name.replace(" ", "_"))
        by_kind[name].apply(package)
        problems = validate(package).problems
        assert len(problems) == 1, [str(p) for p in problems]
        assert words in problems[0].message
        assert problems[0].file == "sources.csv"


def test_a_stray_quote_names_the_rows_it_swallowed(tmp_path):
    package = copy_minipackage(tmp_path / "package")
    next(k for k in kinds() if k.name.startswith("stray")).apply(package)
    (problem,) = [p for p in validate(package).problems if p.file == "events.csv"]
    assert "opened on line 2 runs to line 3, swallowing lines 3-3" in problem.message
    assert "stray quotation mark" in problem.message


def test_the_package_descriptor_cannot_loosen_the_project_schema(tmp_path):
    """The package's own rules are never read: a dropped pattern is still applied and a
    pattern the package adds (a catastrophic regular expression) is never run."""
    package = copy_minipackage(tmp_path / "package")
    next(k for k in kinds() if k.name.startswith("regular expression")).apply(package)
    started = time.perf_counter()
    assert validate(package).ok
    assert time.perf_counter() - started < 5


def test_extra_columns_are_plain_text(tmp_path):
    """A package may add a column: declared in its descriptor, read as text, with no rule."""
    from support.csvfiles import write_csv
    from support.hostile import edit_descriptor, resource, rows_of

    package = copy_minipackage(tmp_path / "package")
    edit_descriptor(
        package,
        lambda d: resource(d, "events")["schema"]["fields"].append(
            {
                "name": "source_url",
                "type": "integer",
                "constraints": {"pattern": "^(a+)+$", "required": True},
            }
        ),
    )
    header, rows = rows_of(package, "events")
    write_csv(package / "events.csv", [*header, "source_url"], [[*r, MARKUP] for r in rows], "\n")
    report = validate(package)
    assert report.ok, [str(p) for p in report.problems]
    assert report.tables["events"].frame()["source_url"].tolist() == [MARKUP]
    # An undeclared column is still refused.
    write_csv(package / "events.csv", [*header, "other"], [[*r, "x"] for r in rows], "\n")
    assert any("unexpected other" in p.message for p in validate(package).problems)


def test_a_project_column_may_be_left_out_unless_required(tmp_path):
    from support.csvfiles import write_csv
    from support.hostile import edit_descriptor, resource, rows_of

    package = copy_minipackage(tmp_path / "package")
    edit_descriptor(
        package,
        lambda d: resource(d, "claims")["schema"].update(
            fields=[f for f in resource(d, "claims")["schema"]["fields"] if f["name"] != "notes"]
        ),
    )
    header, rows = rows_of(package, "claims")
    keep = [i for i, c in enumerate(header) if c != "notes"]
    write_csv(
        package / "claims.csv",
        [header[i] for i in keep],
        [[r[i] for i in keep] for r in rows],
        "\n",
    )
    report = validate(package)
    assert report.ok, [str(p) for p in report.problems]
    assert set(report.tables["claims"].frame()["notes"]) == {""}
    edit_descriptor(
        package,
        lambda d: resource(d, "claims")["schema"].update(
            fields=[f for f in resource(d, "claims")["schema"]["fields"] if f["name"] != "quote"]
        ),
    )
    problems = validate(package).problems
    assert any("missing the required column(s) quote" in p.message for p in problems)


def test_the_markup_check_finds_markup_and_passes_the_templates():
    """The check the mutation test applies to every fragment can fail."""
    from support.mutations import unsafe_markup

    from newsclaims.report.prose import Item, item_list

    assert unsafe_markup('<p><img src=x onerror="alert(1)"></p>') == [
        "<img>",
        "<img src>",
        "<img onerror>",
    ]
    assert unsafe_markup('<a href="javascript:alert(1)">x</a>') == [
        "<a href='javascript:alert(1)'>"
    ]
    assert unsafe_markup("<!-- x -->") == ["<!-- comment -->"]
    # The viewer's highlight rule passes; any other style, or a link leaving the book, not.
    rule = (
        ".cc-a1:target~.cc-q1,.cc-a2:target~.cc-q2{background:#f7c948;outline:2px solid #8a5a00;}"
    )
    assert unsafe_markup(f"<style>{rule}</style>") == []
    assert unsafe_markup("<style>body{background:url(//x.org/a)}</style>") != []
    assert unsafe_markup('<a href="../sources/a_b.html#claim-a_b-001">x</a>') == []
    assert unsafe_markup('<a href="../../etc/x.html">x</a>') != []
    assert unsafe_markup(item_list([Item(MARKUP, heading=MARKUP, note=MARKUP)], "none")) == []


@pytest.mark.parametrize(
    ("table", "needed"),
    [
        ("sources", True),
        ("claims", True),
        ("lexicon", False),
        ("places", False),
        ("weapons", False),
    ],
)
def test_tables_the_book_needs_rows_of(tmp_path, table, needed):
    from support.hostile import set_cells

    package = copy_minipackage(tmp_path / "package")
    set_cells(package, "events", "fx_handover", place_id="")
    set_cells(package, "claims", "courier_en-007", object="")
    path = package / f"{table}.csv"
    path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    problems = validate(package).problems
    empty = [p for p in problems if p.message == "has no rows; the book needs at least one"]
    assert [p.file for p in empty] == ([f"{table}.csv"] if needed else [])
    if not needed:  # the book builds without them: tests/book/test_second_case.py
        assert problems == [], [str(p) for p in problems]
