"""The record of the reproducibility page: package versions, raw checksums, chapter
timings, and the volatile markers around what measures the machine."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from support.harness import normalise

from newsclaims.data.checksums import manifest_line, read_manifest, sha256
from newsclaims.report.reproducibility import (
    KEY_PACKAGES,
    NOT_RECORDED,
    VolatileTable,
    chapter_timings,
    package_versions,
    raw_checksums,
    timings_path,
    volatile,
)


def test_volatile_names_are_checked():
    with pytest.raises(ValueError, match="volatile region name"):
        volatile("two words", "x")


def test_package_versions_list_python_and_every_key_package():
    versions = package_versions()
    assert list(versions["package"]) == ["python", *KEY_PACKAGES]
    assert versions["version"].str.match(r"^\d").all(), versions
    missing = package_versions(("no-such-package-for-contested-counts",))
    assert missing["version"].iloc[-1] == "not installed"


def test_raw_checksums_flag_a_changed_missing_or_unlisted_file(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (raw / name).write_text(f"document {name}\n", encoding="utf-8")
    (raw / "SHA256SUMS").write_text(
        "".join(manifest_line(sha256(raw / n), n) for n in ("a.txt", "b.txt", "c.txt")),
        encoding="utf-8",
    )
    assert raw_checksums(tmp_path)["matches"].all()
    names = sorted(read_manifest(raw / "SHA256SUMS"))
    (raw / "a.txt").write_text("document a.txt, edited\n", encoding="utf-8")
    (raw / "b.txt").unlink()
    (raw / "extra.txt").write_text("not listed\n", encoding="utf-8")
    rows = raw_checksums(tmp_path).set_index("file")
    assert not rows.loc["a.txt", "matches"]
    assert rows.loc["b.txt", "computed"] == "missing"
    assert rows.loc["extra.txt", "recorded"] == "not listed"
    assert rows["matches"].sum() == len(names) - 2


def test_timings_come_from_the_stamps_folder_next_to_results(tmp_path):
    results = tmp_path / "_build" / "results"
    assert timings_path(results) == tmp_path / "_build" / "stamps" / "timings.json"
    chapters = ["chapters/a.ipynb", "chapters/b.ipynb"]
    assert list(chapter_timings(results, chapters)["seconds"]) == [NOT_RECORDED] * 2
    timings_path(results).parent.mkdir(parents=True)
    timings_path(results).write_text(json.dumps({"chapters/a.ipynb": 4.44}), encoding="utf-8")
    assert list(chapter_timings(results, chapters)["seconds"]) == ["4.4", NOT_RECORDED]


def test_a_broken_timings_file_is_named(tmp_path):
    results = tmp_path / "_build" / "results"
    timings_path(results).parent.mkdir(parents=True)
    timings_path(results).write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match=r"timings\.json: not valid JSON"):
        chapter_timings(results, ["chapters/a.ipynb"])


def test_volatile_table_is_marked_in_every_representation():
    table = VolatileTable("t", pd.DataFrame({"chapter": ["a"], "seconds": ["1.0"]}), "Times")
    for text in (table._repr_html_(), repr(table)):
        assert normalise(text.encode()) == b"[volatile t]"
