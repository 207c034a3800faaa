"""Files of a package are opened inside it only, without following links, up to a size."""

from __future__ import annotations

import os

import pytest

from newsclaims.data.files import (
    PackageFileError,
    check_name,
    links_in,
    package_path,
    read_package_file,
)


@pytest.mark.parametrize(
    "name",
    [
        "/etc/passwd",
        "../x",
        "raw/../../x",
        "raw//x",
        "./x",
        "",
        " raw/x",
        "raw\\x",
        "raw/\nx",
        "~/x",
        "C:/x",
        "a" * 201,
    ],
)
def test_names_that_would_leave_the_package_are_refused(name):
    with pytest.raises(PackageFileError):
        check_name(name)


def test_a_plain_name_is_a_path_inside():
    assert str(check_name("raw/000_a.txt")) == "raw/000_a.txt"


def test_a_link_anywhere_on_the_path_is_refused(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("a", encoding="utf-8")
    os.symlink("a.txt", tmp_path / "raw" / "b.txt")
    os.symlink("raw", tmp_path / "alias")
    assert read_package_file(tmp_path, "raw/a.txt") == b"a"
    with pytest.raises(PackageFileError, match=r"raw/b\.txt is a symbolic link"):
        read_package_file(tmp_path, "raw/b.txt")
    with pytest.raises(PackageFileError, match="alias is a symbolic link"):
        package_path(tmp_path, "alias/a.txt")
    assert links_in(tmp_path) == ["alias", "raw/b.txt"]


def test_missing_large_and_special_files(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"raw/none\.txt: no such file in the package"):
        read_package_file(tmp_path, "raw/none.txt")
    (tmp_path / "big.txt").write_bytes(b"x" * 101)
    with pytest.raises(
        PackageFileError, match="101 bytes; the limit for a file of a package is 100"
    ):
        read_package_file(tmp_path, "big.txt", limit=100)
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(PackageFileError, match="not a regular file"):
        read_package_file(tmp_path, "pipe")
    (tmp_path / "dir").mkdir()
    with pytest.raises(PackageFileError, match="not a regular file"):
        read_package_file(tmp_path, "dir")
