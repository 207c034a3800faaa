"""The library's layers: imports point one way only, no module imports itself back through
others, and no module grows past :data:`MAX_LINES`.

Each module is parsed with ``ast`` (never imported) and every import in it, at the top or
inside a function, is an edge of the graph. A module may import the base modules
(``paths``, ``vocabulary``), any module of a lower layer, and modules of its own
sub-package; the map is :data:`LAYERS` and ``lib/newsclaims/README.md`` states it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

import newsclaims

MAX_LINES = 400
# Sub-package (or base module) -> layer; the base modules sit below layer 0. Groups of one
# layer may not import each other (analysis and extract are siblings).
LAYERS = {
    "newsclaims": -1,
    "newsclaims.paths": -1,
    "newsclaims.vocabulary": -1,
    "newsclaims.data": 0,
    "newsclaims.text": 1,
    "newsclaims.analysis": 2,
    "newsclaims.extract": 2,
    "newsclaims.report": 3,
    "newsclaims.build": 4,
}
BASE = {"newsclaims", "newsclaims.paths", "newsclaims.vocabulary"}


def modules(root: Path, package: str) -> dict[str, Path]:
    """Every module under ``root`` (the package's folder), by dotted name."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def imported(module: str, path: Path, known: set[str]) -> list[tuple[str, int]]:
    """The library modules ``module`` imports, with the line of each import."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                child = f"{base}.{alias.name}"
                found.append((child if child in known else base, node.lineno))
    return [(name, line) for name, line in found if name in known]


def group(module: str) -> str:
    """The entry of :data:`LAYERS` a module belongs to (its sub-package)."""
    return max((g for g in LAYERS if module == g or module.startswith(g + ".")), key=len)


def layer(group_name: str) -> str:
    return "base" if group_name in BASE else f"layer {LAYERS[group_name]}"


def layer_problems(root: Path, package: str = "newsclaims") -> list[str]:
    """Every upward or sideways import, every import cycle and every module over
    :data:`MAX_LINES` lines in the package at ``root``."""
    found = modules(root, package)
    problems = []
    graph = nx.DiGraph()
    for module, path in found.items():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            problems.append(f"{module}: {lines} lines; split it (at most {MAX_LINES})")
        graph.add_node(module)
        for target, line in imported(module, path, set(found)):
            if target == module:
                continue
            graph.add_edge(module, target)
            mine, theirs = group(module), group(target)
            if mine == theirs or (mine in BASE and theirs in BASE):
                continue
            if LAYERS[theirs] >= LAYERS[mine]:
                direction = "upward" if LAYERS[theirs] > LAYERS[mine] else "sideways"
                problems.append(
                    f"{path.name}:{line}: {module} ({layer(mine)}) imports {target}"
                    f" ({layer(theirs)}): an {direction} import"
                )
    for cycle in nx.simple_cycles(graph):
        problems.append("import cycle: " + " -> ".join([*cycle, cycle[0]]))
    return problems


def test_the_library_keeps_its_layers():
    problems = layer_problems(Path(newsclaims.__file__).parent)
    assert not problems, "\n".join(problems)


def test_every_sub_package_has_a_layer():
    root = Path(newsclaims.__file__).parent
    packages = {f"newsclaims.{p.parent.name}" for p in root.glob("*/__init__.py")}
    assert packages <= set(LAYERS), packages - set(LAYERS)


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_the_check_catches_an_upward_import_a_cycle_and_a_long_module(tmp_path):
    """The checker run on a small invented library with one fault of each kind."""
    lib = tmp_path / "newsclaims"
    write(lib / "__init__.py", "")
    write(lib / "paths.py", "from newsclaims.text import a\n")
    write(lib / "data" / "__init__.py", "")
    write(lib / "data" / "schema.py", "from newsclaims.report import prose\n")
    write(lib / "text" / "__init__.py", "")
    write(lib / "text" / "a.py", "from . import b\n")
    write(lib / "text" / "b.py", "def f():\n    from newsclaims.text import a\n")
    write(lib / "analysis" / "__init__.py", "")
    write(lib / "analysis" / "x.py", "import newsclaims.extract.y\n")
    write(lib / "extract" / "__init__.py", "")
    write(lib / "extract" / "y.py", "x = 1\n" * (MAX_LINES + 1))
    write(lib / "report" / "__init__.py", "")
    write(lib / "report" / "prose.py", "from newsclaims.data.schema import *\n")
    problems = "\n".join(layer_problems(lib))
    assert "newsclaims.data.schema (layer 0) imports newsclaims.report.prose (layer 3)" in problems
    assert "an upward import" in problems
    assert "newsclaims.analysis.x (layer 2) imports newsclaims.extract.y (layer 2)" in problems
    assert "newsclaims.extract.y: 401 lines" in problems
    assert "import cycle: " in problems and "newsclaims.text.a" in problems
    assert "newsclaims.report.prose -> newsclaims.data.schema" in problems
    assert "newsclaims.paths (base) imports newsclaims.text.a (layer 1)" in problems
