"""The project's descriptor as shipped with the library, and what the chapters read from it."""

from __future__ import annotations

import pytest

from newsclaims.data.schema import field_table, headers, project_descriptor


def test_the_project_descriptor_is_a_fresh_copy_each_time():
    first = project_descriptor()
    first["resources"].clear()
    assert project_descriptor()["resources"], "a caller's edit must not reach the next caller"


def test_headers_follow_the_schema_order():
    columns = headers(project_descriptor())
    assert columns["claims"][:4] == ["claim_id", "source_id", "quote", "start"]
    assert set(columns) == {
        "sources",
        "claims",
        "events",
        "actors",
        "weapons",
        "places",
        "attributes",
        "lexicon",
        "labels",
    }


def test_field_table_of_a_resource():
    table = field_table(project_descriptor(), "claims").set_index("field")
    assert list(table.columns) == ["type", "required", "description"]
    assert table.loc["claim_id", "required"] == "yes"
    assert table.loc["start", "type"] == "integer"
    assert table.loc["notes", "required"] == ""
    with pytest.raises(KeyError, match="no resource 'claim'"):
        field_table(project_descriptor(), "claim")
