"""Facts about the real data package as a whole: its raw files match their checksums, and
its schemas are the project's."""

from __future__ import annotations

import json

from newsclaims.data.schema import project_descriptor
from newsclaims.report.reproducibility import raw_checksums


def test_raw_checksums_of_the_real_package_all_match(data_dir):
    checksums = raw_checksums(data_dir)
    assert len(checksums) == 5
    assert checksums["matches"].all(), checksums[~checksums["matches"]]


def test_the_schemas_of_data_are_the_projects(data_dir):
    """``data/datapackage.json`` carries the project's schemas exactly: the copy shipped with
    the library (``lib/newsclaims/data/schema/``) is the one the scaffold and the
    vocabulary read, so the two must not drift apart."""
    package = json.loads((data_dir / "datapackage.json").read_text(encoding="utf-8"))
    project = project_descriptor()
    assert [r["name"] for r in package["resources"]] == [r["name"] for r in project["resources"]]
    for mine, theirs in zip(package["resources"], project["resources"], strict=True):
        assert mine == theirs, f"resource {mine['name']}: data/ differs from the library's copy"
