"""The checksum manifest of a package's raw documents, ``raw/SHA256SUMS``.

One line per raw file, as ``sha256sum`` writes it: the file's SHA-256 as 64 lower-case hex
digits, white space, and the file name (``sha256sum -b`` marks the name with ``*``; the
mark is accepted and dropped). Blank lines are ignored. Every reader and writer of the
manifest in the project goes through this module: validation, the scaffold, synthetic
packages and the reproducibility page.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

# Where the manifest sits in a package, as shown in messages.
CHECKSUMS = "raw/SHA256SUMS"
_LINE = re.compile(r"(?P<digest>[0-9a-f]{64})\s+\*?(?P<name>\S.*?)\s*")
EXPECTED = "expected '<sha256>  <file name>' with a 64-digit lower-case hex digest"


def sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, as lower-case hex."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def parse_manifest(text: str) -> tuple[dict[str, str], list[tuple[int, str]]]:
    """``{file name: digest}`` for every well-formed line, and ``(line number, message)``
    for every malformed one (lines count from 1)."""
    listed: dict[str, str] = {}
    errors: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _LINE.fullmatch(line)
        if match is None:
            errors.append((number, f"{EXPECTED}; found {line!r}"))
            continue
        listed[match["name"]] = match["digest"]
    return listed, errors


def read_manifest(path: Path) -> dict[str, str]:
    """The manifest at ``path`` as ``{file name: digest}``; ``FileNotFoundError`` when it is
    missing and ``ValueError`` naming the file and line of the first malformed line."""
    if not path.is_file():
        raise FileNotFoundError(f"{path}: checksum manifest is missing")
    listed, errors = parse_manifest(path.read_text(encoding="utf-8"))
    if errors:
        number, message = errors[0]
        raise ValueError(f"{path}, line {number}: {message}")
    return listed


def manifest_line(digest: str, name: str) -> str:
    """One line of the manifest, as ``sha256sum`` writes it."""
    return f"{digest}  {name}\n"


def write_manifest(path: Path, entries: Iterable[tuple[str, str]]) -> Path:
    """Write ``(file name, digest)`` pairs to ``path`` in the given order (an empty
    manifest when there are none)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(manifest_line(digest, name) for name, digest in entries)
    path.write_text(text, encoding="utf-8")
    return path
