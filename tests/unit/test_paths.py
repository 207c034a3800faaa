"""Finding the project root from wherever a chapter or a test runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclaims import paths
from newsclaims.paths import ROOT_ENV, project_root, resolve, schema_path


@pytest.fixture
def no_env(monkeypatch):
    monkeypatch.delenv(ROOT_ENV, raising=False)


def make_book(folder: Path) -> Path:
    """A folder that looks like a book root, with a chapters/ subfolder."""
    (folder / "chapters" / "deeper").mkdir(parents=True)
    (folder / "_config.yml").write_text("title: demo\n", encoding="utf-8")
    (folder / "pyproject.toml").write_text("[project]\nname = 'demo'\n", encoding="utf-8")
    return folder


def test_the_scratch_copy_of_the_book_is_not_the_root(no_env, monkeypatch, tmp_path):
    """The build's scratch copy (``_build/src``) holds ``_config.yml`` but no
    ``pyproject.toml``: a chapter executed there still finds the project above it."""
    book = make_book(tmp_path / "book")
    scratch = book / "_build" / "src" / "chapters"
    scratch.mkdir(parents=True)
    (scratch.parent / "_config.yml").write_text("title: copy\n", encoding="utf-8")
    monkeypatch.chdir(scratch)
    assert project_root() == book


def test_found_from_the_chapters_folder(no_env, monkeypatch, root):
    monkeypatch.chdir(root / "chapters")
    assert project_root() == root
    assert resolve("data") == root / "data"


def test_the_schema_ships_inside_the_package():
    assert schema_path() == Path(paths.__file__).parent / "data" / "schema" / "datapackage.json"
    assert schema_path().is_file()


def test_found_upwards_from_a_subfolder_of_another_book(no_env, monkeypatch, tmp_path):
    # A book other than the one the package lives in: only the upward search finds it.
    book = make_book(tmp_path / "book")
    monkeypatch.chdir(book / "chapters" / "deeper")
    assert project_root() == book.resolve()
    assert project_root(start=book / "chapters") == book.resolve()
    assert resolve("data") == book.resolve() / "data"


def test_both_markers_are_needed(no_env, monkeypatch, tmp_path):
    book = make_book(tmp_path / "book")
    inner = book / "chapters"
    (inner / "_config.yml").write_text("title: not a root\n", encoding="utf-8")
    assert project_root(start=inner / "deeper") == book.resolve()


def test_environment_variable_wins(monkeypatch, tmp_path, root):
    monkeypatch.setenv(ROOT_ENV, str(tmp_path))
    monkeypatch.chdir(root / "chapters")
    assert project_root() == tmp_path.resolve()
    assert project_root(start=root) == tmp_path.resolve()
    assert resolve("data") == tmp_path.resolve() / "data"


def test_empty_environment_variable_is_ignored(monkeypatch, root):
    monkeypatch.setenv(ROOT_ENV, "")
    monkeypatch.chdir(root / "chapters")
    assert project_root() == root


def test_absolute_paths_are_kept(monkeypatch, tmp_path):
    monkeypatch.setenv(ROOT_ENV, str(tmp_path / "elsewhere"))
    assert resolve(tmp_path / "x.csv") == tmp_path / "x.csv"


def test_outside_any_book_the_package_location_is_used(no_env, monkeypatch, tmp_path, root):
    # The package is installed in editable mode from <root>/lib/newsclaims, so a chapter
    # opened outside the book still finds the book it belongs to.
    monkeypatch.chdir(tmp_path)
    assert project_root() == root
    assert project_root(start=tmp_path) == root


def test_clear_error_when_no_root_can_be_found(no_env, monkeypatch, tmp_path):
    # As for a package installed elsewhere than in a book (not editable).
    installed = tmp_path / "site-packages" / "newsclaims" / "paths.py"
    monkeypatch.setattr(paths, "__file__", str(installed))
    nowhere = tmp_path / "nowhere"
    nowhere.mkdir()
    monkeypatch.chdir(nowhere)
    with pytest.raises(FileNotFoundError) as caught:
        project_root()
    message = str(caught.value)
    assert str(nowhere.resolve()) in message
    assert "_config.yml, pyproject.toml" in message
    assert ROOT_ENV in message
    with pytest.raises(FileNotFoundError, match=ROOT_ENV):
        resolve("data")
