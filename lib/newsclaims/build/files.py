"""Files of a build: digests of inputs, stamps of finished steps, and writes that leave
unchanged files alone (so that Sphinx does not rebuild their pages)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from newsclaims.build.layout import Layout
from newsclaims.paths import resolve

LIB_DIR = Path("lib") / "newsclaims"
LOCK_FILE = "requirements.lock"


def digest_files(paths: list[Path], base: Path) -> str:
    """SHA-256 of the files' paths (relative to ``base``) and contents, in path order."""
    sha = hashlib.sha256()
    for path in sorted(paths):
        sha.update(path.relative_to(base).as_posix().encode())
        sha.update(b"\0")
        sha.update(path.read_bytes())
        sha.update(b"\0")
    return sha.hexdigest()


def files_under(folder: Path) -> list[Path]:
    """Every file under ``folder`` (``__pycache__`` and symbolic links left out: a link is
    never followed out of a data package); none when it does not exist."""
    return [
        p
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink() and "__pycache__" not in p.parts
    ]


def shared_digest(layout: Layout) -> str:
    """What every chapter depends on: the library, the data and the locked environment."""
    data = resolve(layout.data_dir)
    lock = layout.root / LOCK_FILE
    parts = [
        digest_files(files_under(layout.root / LIB_DIR), layout.root),
        digest_files(files_under(data), data),
        hashlib.sha256(lock.read_bytes()).hexdigest() if lock.is_file() else "",
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def read_stamp(path: Path) -> str:
    """The digest a finished step recorded, or "" when it has not run."""
    return path.read_text(encoding="utf-8").strip() if path.is_file() else ""


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write only when the bytes differ, so that unchanged files keep their times and
    Sphinx does not rebuild their pages."""
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True
