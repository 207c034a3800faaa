"""Every third-party package the project imports is declared in pyproject.toml, pinned to
the version requirements.lock installs."""

from __future__ import annotations

import ast
import json
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Imported names that are the project's own (the library, the test support, the scripts).
OWN = {"newsclaims", "support", "bench_scale", "bench_names"}


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = project["dependencies"] + project["optional-dependencies"]["dev"]
    return {normalised(p.split("==")[0]): p.split("==")[1] for p in pins}


def locked() -> dict[str, str]:
    lines = (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
    return {normalised(n): v for n, v in (line.split("==") for line in lines if "==" in line)}


def top_level_imports(source: str) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def imported() -> set[str]:
    names = set()
    for folder in ("lib", "tests", "scripts"):
        for path in (ROOT / folder).rglob("*.py"):
            names |= top_level_imports(path.read_text(encoding="utf-8"))
    for notebook in (ROOT / "chapters").glob("*.ipynb"):
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        for cell in cells:
            if cell["cell_type"] == "code":
                names |= top_level_imports("".join(cell["source"]))
    return names - set(sys.stdlib_module_names) - OWN


def test_every_import_is_declared():
    distributions = packages_distributions()
    pins = declared()
    undeclared = []
    for name in sorted(imported()):
        owners = {normalised(d) for d in distributions.get(name, [name])}
        if not owners & set(pins):
            undeclared.append(f"{name} (from {', '.join(sorted(owners))})")
    assert not undeclared, f"imported but not in pyproject.toml: {undeclared}"


def test_pins_match_the_lock_file():
    lock = locked()
    wrong = {name: (v, lock.get(name)) for name, v in declared().items() if lock.get(name) != v}
    assert not wrong, f"pyproject.toml pin != requirements.lock: {wrong}"
