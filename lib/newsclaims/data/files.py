"""Files of a data package, opened only inside the package.

A package may come from a stranger, so every file it names is opened through
:func:`read_package_file`: the name must be relative, without ``..``, and every part of the
path below the package folder must be a real folder or a regular file, never a symbolic
link (even one pointing inside the package: the simplest rule that cannot be talked
round). The file is opened without following links and read up to a size limit. Nothing
outside the package is ever opened, and no message says anything about a file outside it
(its length, its bytes, its first line).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath

# The largest file of a package the library reads (a table, a raw document, the manifest).
MAX_FILE_BYTES = 20_000_000
# The longest file name (with its folders) a package may give.
MAX_NAME_CHARS = 200


class PackageFileError(ValueError):
    """A file name that would leave the package, a link, or a file that cannot be read
    safely; the message names the file as the package gives it, nothing else."""


def check_name(name: str) -> PurePosixPath:
    """``name`` as a relative path inside a package; ``PackageFileError`` when it is empty,
    absolute, holds ``..``, a backslash, a control character or an empty part."""
    shown = repr(name[:80] + ("..." if len(name) > 80 else ""))
    if len(name) > MAX_NAME_CHARS:
        raise PackageFileError(f"{shown}: longer than {MAX_NAME_CHARS} characters")
    if not name or name.strip() != name:
        raise PackageFileError(f"{shown}: expected a file name inside the package")
    if any(ord(c) < 32 or ord(c) == 127 for c in name) or "\\" in name:
        raise PackageFileError(f"{shown}: control characters and backslashes are not allowed")
    path = PurePosixPath(name)
    if path.is_absolute() or name.startswith("~") or ":" in path.parts[0]:
        raise PackageFileError(f"{shown}: absolute paths are not allowed; name a file inside")
    if any(part in ("..", ".", "") for part in name.split("/")):
        raise PackageFileError(f"{shown}: '..', '.' and empty parts are not allowed")
    return path


def package_path(root: Path, name: str) -> Path:
    """The file ``name`` of the package at ``root``, after :func:`check_name` and with no
    symbolic link on the way; ``FileNotFoundError`` when a part is missing,
    ``PackageFileError`` for a link or a part that is not a folder. ``root`` itself is
    taken as given (the user named it)."""
    relative = check_name(name)
    current = root
    for index, part in enumerate(relative.parts):
        current = current / part
        try:
            mode = os.lstat(current).st_mode
        except FileNotFoundError:
            raise FileNotFoundError(f"{name}: no such file in the package") from None
        except OSError as exc:
            raise PackageFileError(f"{name}: cannot be read ({exc.strerror})") from None
        if stat.S_ISLNK(mode):
            raise PackageFileError(
                f"{name}: {'/'.join(relative.parts[: index + 1])} is a symbolic link;"
                " links are not allowed in a package (copy the file in instead)"
            )
        last = index == len(relative.parts) - 1
        if not last and not stat.S_ISDIR(mode):
            raise PackageFileError(
                f"{name}: {'/'.join(relative.parts[: index + 1])} is not a folder"
            )
    return current


def read_package_file(root: Path, name: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the regular file ``name`` of the package at ``root`` (see
    :func:`package_path`), opened without following a link; ``PackageFileError`` when it is
    not a regular file or holds more than ``limit`` bytes; ``FileNotFoundError`` when it is
    missing."""
    path = package_path(root, name)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise PackageFileError(f"{name}: cannot be opened ({exc.strerror})") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
        os.close(fd)
        if not stat.S_ISREG(info.st_mode):
            raise PackageFileError(f"{name}: not a regular file")
        raise PackageFileError(
            f"{name}: {info.st_size:,} bytes; the limit for a file of a package is {limit:,}"
        )
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise PackageFileError(f"{name}: more than {limit:,} bytes; the limit is {limit:,}")
    return data


def links_in(root: Path) -> list[str]:
    """Every symbolic link under the package folder ``root`` (links are not followed), as
    paths relative to it, sorted."""
    found = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        for name in dirs + files:
            path = Path(folder) / name
            if path.is_symlink():
                found.append(path.relative_to(root).as_posix())
    return sorted(found)
