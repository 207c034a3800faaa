"""The book's table of contents: the pages ``_toc.yml`` lists and the chapters among them."""

from __future__ import annotations

from pathlib import Path

import yaml


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
