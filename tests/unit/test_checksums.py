"""The checksum manifest: one parser and one writer for every use."""

from __future__ import annotations

import pytest

from newsclaims.data.checksums import (
    manifest_line,
    parse_manifest,
    read_manifest,
    sha256,
    write_manifest,
)


def test_a_malformed_manifest_line_is_named(tmp_path):
    manifest = tmp_path / "SHA256SUMS"
    manifest.write_text(f"{'a' * 64}  one.txt\nnot-a-digest  two.txt\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"SHA256SUMS, line 2: expected"):
        read_manifest(manifest)


def test_the_manifest_round_trips(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"one\n")
    digest = sha256(tmp_path / "a.txt")
    assert digest == "2c8b08da5ce60398e1f19af0e5dccc744df274b826abe585eaba68c525434806"
    path = write_manifest(
        tmp_path / "raw" / "SHA256SUMS", [("a.txt", digest), ("b c.txt", "0" * 64)]
    )
    assert path.read_text(encoding="utf-8") == f"{digest}  a.txt\n{'0' * 64}  b c.txt\n"
    assert read_manifest(path) == {"a.txt": digest, "b c.txt": "0" * 64}


def test_an_empty_manifest_lists_nothing(tmp_path):
    path = write_manifest(tmp_path / "SHA256SUMS", [])
    assert path.read_text(encoding="utf-8") == ""
    assert read_manifest(path) == {}


def test_blank_lines_and_the_binary_mark_are_accepted():
    listed, errors = parse_manifest(f"\n{'a' * 64} *one.txt\n\n{'b' * 64}  two.txt  \n")
    assert listed == {"one.txt": "a" * 64, "two.txt": "b" * 64}
    assert errors == []


@pytest.mark.parametrize(
    "line", ["not-a-digest  two.txt", f"{'A' * 64}  upper.txt", f"{'a' * 63}  short.txt", "a" * 64]
)
def test_every_malformed_line_is_reported_with_its_number(line):
    listed, errors = parse_manifest(f"{'a' * 64}  one.txt\n{line}\n")
    assert listed == {"one.txt": "a" * 64}
    assert [number for number, _ in errors] == [2]
    assert "expected '<sha256>  <file name>'" in errors[0][1]


def test_a_missing_manifest_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="checksum manifest is missing"):
        read_manifest(tmp_path / "SHA256SUMS")


def test_a_manifest_line_is_what_sha256sum_writes():
    assert manifest_line("f" * 64, "x.txt") == f"{'f' * 64}  x.txt\n"
