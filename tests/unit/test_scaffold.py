"""The scaffold: an empty package that breaks no rule but the one that the book needs
rows, and a refusal to overwrite."""

from __future__ import annotations

import csv
import json

import pytest

from newsclaims.data.scaffold import NEUTRAL_NAME, NEUTRAL_TITLE, ScaffoldError, main, scaffold
from newsclaims.data.schema import project_descriptor as library_descriptor
from newsclaims.data.settings import load_settings
from newsclaims.data.validate import validate
from newsclaims.paths import resolve

EMPTY = "has no rows; the book needs at least one"


def only_empty_tables(folder) -> bool:
    """Whether the package's only problems are its empty tables."""
    problems = validate(folder).problems
    return bool(problems) and all(p.message == EMPTY and p.line is None for p in problems)


def test_scaffolded_package_only_lacks_rows(tmp_path):
    folder = scaffold(tmp_path / "new")
    report = validate(folder)
    assert only_empty_tables(folder), report.problems
    assert "claims.csv" in {p.file for p in report.problems}
    assert report.tables["claims"].rows == []
    assert len(report.tables["attributes"].rows) > 0


def test_tables_are_header_only_except_the_vocabulary(tmp_path):
    folder = scaffold(tmp_path / "new")
    template = resolve("data")
    # The schemas come from the library's copy, not from the project's data/ folder.
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["resources"] == library_descriptor()["resources"]
    for resource in descriptor["resources"]:
        path = folder / resource["path"]
        if resource["name"] == "attributes":
            assert path.read_bytes() == (template / resource["path"]).read_bytes()
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        if resource["name"] == "labels":
            # The labels of the copied vocabulary come along, none of the corpus's own.
            assert {r[0].split(":")[0] for r in rows[1:]} == {"attribute", "category"}
            rows = rows[:1]
        assert rows == [[f["name"] for f in resource["schema"]["fields"]]]
    assert (folder / "raw" / "SHA256SUMS").read_text(encoding="utf-8") == ""
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for step in ("sha256sum", "body_spans", "make validate DATA=", "make book DATA="):
        assert step in readme


def test_an_existing_empty_folder_is_accepted(tmp_path):
    (tmp_path / "empty").mkdir()
    assert only_empty_tables(scaffold(tmp_path / "empty"))


def test_refuses_a_folder_that_is_not_empty(tmp_path, capsys):
    folder = tmp_path / "used"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ScaffoldError, match="not empty"):
        scaffold(folder)
    assert main([str(folder)]) == 1
    assert "never overwrites" in capsys.readouterr().err
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_refuses_a_file(tmp_path):
    path = tmp_path / "file"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(ScaffoldError, match="is a file"):
        scaffold(path)


def test_command_line(tmp_path, capsys):
    assert main([str(tmp_path / "cli")]) == 0
    assert "README.md" in capsys.readouterr().out
    assert main([]) == 2


def test_the_schemas_are_copied_from_the_library_even_without_data(tmp_path, monkeypatch):
    """A template holding only the vocabulary table is enough: the descriptor is the
    library's."""
    template = tmp_path / "template"
    template.mkdir()
    (template / "attributes.csv").write_bytes((resolve("data") / "attributes.csv").read_bytes())
    folder = scaffold(tmp_path / "new", template=template)
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["resources"] == library_descriptor()["resources"]
    assert only_empty_tables(folder)


def test_the_new_package_speaks_of_no_study(tmp_path):
    """The descriptor and the settings are neutral: nothing of the project's own study."""
    folder = scaffold(tmp_path / "new")
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    seed = library_descriptor()
    assert (descriptor["name"], descriptor["title"]) == (NEUTRAL_NAME, NEUTRAL_TITLE)
    assert descriptor["title"] != seed["title"]
    assert load_settings(folder).title == "A new corpus"
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "## A worked example: three claims" in readme and "Adding an attribute" in readme
    for name in (
        "README.md",
        "book.yml",
        "references.bib",
        "datapackage.json",
        "assessments/README.md",
    ):
        text = (folder / name).read_text(encoding="utf-8")
        for word in ("Qalamoun", "Homs", "SouthFront", "Syria"):
            assert word not in text, (name, word)


def test_a_template_without_the_vocabulary_is_refused(tmp_path):
    (tmp_path / "template").mkdir()
    with pytest.raises(ScaffoldError, match=r"attributes\.csv: no vocabulary table to copy"):
        scaffold(tmp_path / "new", template=tmp_path / "template")
    assert not (tmp_path / "new").exists()


def test_the_assessments_folder_starts_with_its_readme_only(tmp_path, capsys):
    """The folder explains the format, holds no assessment, and the readme is never read
    as one; once an assessment is written, the summary of a valid package counts it."""
    folder = scaffold(tmp_path / "new")
    assert [p.name for p in (folder / "assessments").iterdir()] == ["README.md"]
    assert "{claim}`the words shown <mysource-001>`" in (
        folder / "assessments/README.md"
    ).read_text(encoding="utf-8")
    assert only_empty_tables(folder)
    from newsclaims.data.validate import main as validate_main

    assert validate_main([str(resolve("tests/support/minipackage"))]) == 0
    assert "assessments" not in capsys.readouterr().out  # a package without the folder
    assert validate_main([str(resolve("data"))]) == 0
    assert capsys.readouterr().out.rstrip().endswith(" assessments)")
