"""A package's descriptor: checked for shape first, with a message naming the key; read
against the project's schemas, which a package cannot loosen."""

from __future__ import annotations

import json

import pytest

from newsclaims.data.descriptor import DescriptorError, load_descriptor, project_resources
from newsclaims.data.schema import project_descriptor


def problems_of(tmp_path, descriptor: object) -> list[tuple[str, str]]:
    (tmp_path / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    with pytest.raises(DescriptorError) as caught:
        load_descriptor(tmp_path)
    return caught.value.problems


@pytest.mark.parametrize(
    ("descriptor", "key", "words"),
    [
        ([], "$", "expected object"),
        ({}, "$", "missing the key 'resources'"),
        ({"resources": "claims"}, "$.resources", "expected array"),
        ({"resources": []}, "$.resources", "at least 1"),
        ({"resources": [{"name": "claims"}]}, "$.resources[0]", "missing the key 'schema'"),
        (
            {"resources": [{"name": "<b>", "schema": {"fields": [{"name": "a"}]}}]},
            "$.resources[0].name",
            "lower-case",
        ),
        (
            {"resources": [{"name": "claims", "schema": {"fields": [{"name": 3}]}}]},
            "$.resources[0].schema.fields[0].name",
            "expected string",
        ),
        (
            {"resources": [{"name": "claims", "schema": {"fields": []}}]},
            "$.resources[0].schema.fields",
            "at least 1",
        ),
        (
            {
                "resources": [
                    {"name": "claims", "schema": {"fields": [{"name": "a", "constraints": []}]}}
                ]
            },
            "$.resources[0].schema.fields[0].constraints",
            "expected object",
        ),
    ],
)
def test_a_descriptor_of_the_wrong_shape_is_named_by_key(tmp_path, descriptor, key, words):
    problems = problems_of(tmp_path, descriptor)
    assert any(k == key and words in m for k, m in problems), problems


def test_a_descriptor_that_is_not_json_or_too_deep(tmp_path):
    (tmp_path / "datapackage.json").write_text("{", encoding="utf-8")
    with pytest.raises(DescriptorError, match="not valid JSON"):
        load_descriptor(tmp_path)
    (tmp_path / "datapackage.json").write_text("[" * 100_000, encoding="utf-8")
    with pytest.raises(DescriptorError):
        load_descriptor(tmp_path)


def test_the_project_fixes_paths_rules_and_keys():
    package = project_descriptor()
    claims = next(r for r in package["resources"] if r["name"] == "claims")
    claims["path"] = "../../claims.csv"
    for f in claims["schema"]["fields"]:
        f.pop("constraints", None)
    events = next(r for r in package["resources"] if r["name"] == "events")
    events["schema"]["primaryKey"] = []
    events["schema"]["fields"].append(
        {"name": "extra", "type": "integer", "constraints": {"pattern": "x"}}
    )
    resources, problems = project_resources(package, project_descriptor())
    assert problems == [
        (
            "$.resources[1].path",
            "expected 'claims.csv': the project's schema fixes where each table lives;"
            " found '../../claims.csv'",
        )
    ]
    assert "claims" not in resources
    # The events table keeps the project's key and rules; the extra column is plain text.
    assert resources["events"].schema["primaryKey"] == ["event_id"]
    assert resources["events"].schema["fields"][-1] == {"name": "extra", "type": "string"}
    assert resources["events"].columns[-1] == "extra"
