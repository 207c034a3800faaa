"""Resolve the project's folders whatever the working directory.

papermill runs a chapter with the chapter's folder as working directory, nbval runs it from
wherever pytest was started, and a reader may open it anywhere in Jupyter: every path the
chapters use goes through :func:`resolve` so that all three find the same files.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT_ENV = "CONTESTED_COUNTS_ROOT"
# A folder is the project root when it holds both of these.
ROOT_MARKERS = ("_config.yml", "pyproject.toml")


def project_root(start: Path | None = None) -> Path:
    """The project root: ``$CONTESTED_COUNTS_ROOT`` if set; else the nearest folder upwards
    from ``start`` (default: the working directory) that holds the book's configuration and
    ``pyproject.toml`` (the scratch copy of the book under ``_build`` has no
    ``pyproject.toml``, so it is never taken for the root); else the folder the package is
    installed from in editable mode; else ``FileNotFoundError``."""
    if os.environ.get(ROOT_ENV):
        return Path(os.environ[ROOT_ENV]).resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if all((folder / marker).is_file() for marker in ROOT_MARKERS):
            return folder
    # Installed in editable mode, the package sits in <root>/lib/newsclaims.
    package_root = Path(__file__).resolve().parents[2]
    if all((package_root / marker).is_file() for marker in ROOT_MARKERS):
        return package_root
    raise FileNotFoundError(
        f"could not find the project root above {here}: no folder holds {', '.join(ROOT_MARKERS)};"
        f" set {ROOT_ENV} to the folder that does"
    )


def resolve(path: str | os.PathLike[str]) -> Path:
    """An absolute path: relative paths are taken from the project root."""
    path = Path(path)
    return path if path.is_absolute() else project_root() / path


# The project's Table Schemas, shipped inside the package (see data/schema/).
SCHEMA_FILE = "datapackage.json"


def schema_path() -> Path:
    """The project's own package descriptor: the Table Schemas every data package follows,
    installed with the library as ``newsclaims/data/schema/datapackage.json``."""
    return Path(__file__).resolve().parent / "data" / "schema" / SCHEMA_FILE
