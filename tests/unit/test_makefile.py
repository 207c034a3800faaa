"""The Makefile hands every value a user sets to the shell as one word: a folder with a
space in its name works, and a value holding shell syntax runs nothing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / ".venv"
HOSTILE = [
    "x;touch marker",
    "x' ; touch marker; '",
    "x`touch marker`",
    "x$$(touch marker)",
    "x&&touch marker",
    "a folder/with space",
]


def make(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``make`` with the project's Makefile, run from ``folder``; the environment is taken
    as installed (``-o``)."""
    if shutil.which("make") is None:
        pytest.skip("needs make")
    options = ["-s", "-f", str(ROOT / "Makefile"), f"VENV={VENV}", "-o", f"{VENV}/.installed"]
    return subprocess.run(
        ["make", *options, *args],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def arguments(tmp_path: Path) -> Path:
    """A stand-in for the project's Python that prints each argument it gets in brackets."""
    script = tmp_path / "arguments.sh"
    script.write_text('#!/bin/sh\nfor a in "$@"; do echo "[$a]"; done\n', encoding="utf-8")
    script.chmod(0o755)
    return script


@pytest.mark.parametrize(
    "target",
    ["validate", "book", "anchor", "propose", "annotations", "labelstudio", "migrate", "preview"],
)
def test_data_reaches_the_command_as_one_word(tmp_path, arguments, target):
    for value in HOSTILE:
        result = make(tmp_path, target, f"PY={arguments}", f"DATA={value}")
        assert result.returncode == 0, result.stderr
        given = value.replace("$$", "$")  # make's own escape of a dollar sign
        assert f"[{given}]" in result.stdout.splitlines(), (value, result.stdout)
        assert not (tmp_path / "marker").exists(), value


@pytest.mark.parametrize(
    ("target", "variable"), [("propose", "GOLD"), ("labelstudio", "FILE"), ("preview", "PORT")]
)
def test_other_values_reach_the_command_as_one_word(tmp_path, arguments, target, variable):
    for value in HOSTILE:
        result = make(tmp_path, target, f"PY={arguments}", f"{variable}={value}")
        assert result.returncode == 0, result.stderr
        assert f"[{value.replace('$$', '$')}]" in result.stdout.splitlines(), (value, result.stdout)
        assert not (tmp_path / "marker").exists(), value


def test_new_reaches_the_command_as_one_word(tmp_path, arguments):
    for value in HOSTILE:
        result = make(tmp_path, "new-data", f"PY={arguments}", f"NEW={value}")
        assert result.returncode == 0, result.stderr
        assert f"[{value.replace('$$', '$')}]" in result.stdout.splitlines(), value
        assert not (tmp_path / "marker").exists(), value


def test_a_folder_with_a_space_is_validated_and_shell_syntax_is_a_name(tmp_path):
    if not (VENV / ".installed").is_file():
        pytest.skip("needs the project's environment (make venv)")
    folder = tmp_path / "a package" / "mini"
    shutil.copytree(ROOT / "tests" / "support" / "minipackage", folder)
    result = make(tmp_path, "validate", f"DATA={folder}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{folder}: valid" in result.stdout
    result = make(tmp_path, "validate", f"DATA={tmp_path}/x;touch marker")
    assert result.returncode != 0  # make's own exit status for a failed command
    assert f"{tmp_path}/x;touch marker no such folder" in result.stdout
    assert not (tmp_path / "marker").exists()
