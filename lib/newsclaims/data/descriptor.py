"""A package's descriptor, ``datapackage.json``, checked against the project's schemas.

The project's Table Schemas (package data, :func:`newsclaims.data.schema.project_descriptor`)
are the authority: every table's path, the types, patterns, enums, limits, required fields
and keys come from there, never from the package. A package's descriptor is read for two
things only:

- which columns each table's file holds, in which order: the project's columns (those the
  project does not require may be left out; their cells then read as empty) and any
  *extra* columns the package adds, which are read as plain text with no constraint (no
  pattern or other rule from a package is ever applied, let alone a regular expression
  run);
- that it names every table of the project (a missing table is refused here, not found
  out by a crash of the build), less those the project marks ``"optional": true``.

The descriptor's shape is checked first with ``jsonschema`` (:data:`SHAPE`), so that a
descriptor of the wrong shape gives a message naming the key, never a traceback.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from jsonschema import Draft202012Validator

from newsclaims.data.files import PackageFileError, read_package_file

DESCRIPTOR = "datapackage.json"
MAX_DESCRIPTOR_BYTES = 1_000_000
_NAME = {"type": "string", "pattern": "^[a-z][a-z0-9_]*$", "maxLength": 64}
_NAMES = {"oneOf": [_NAME, {"type": "array", "items": _NAME, "maxItems": 20}]}
# The shape of a package descriptor, as far as the project reads it (JSON Schema 2020-12).
SHAPE = {
    "type": "object",
    "required": ["resources"],
    "properties": {
        "resources": {
            "type": "array",
            "minItems": 1,
            "maxItems": 50,
            "items": {
                "type": "object",
                "required": ["name", "schema"],
                "properties": {
                    "name": _NAME,
                    "path": {"type": "string", "maxLength": 200},
                    "schema": {
                        "type": "object",
                        "required": ["fields"],
                        "properties": {
                            "fields": {
                                "type": "array",
                                "minItems": 1,
                                "maxItems": 200,
                                "items": {
                                    "type": "object",
                                    "required": ["name"],
                                    "properties": {
                                        "name": _NAME,
                                        "type": {"type": "string"},
                                        "description": {"type": "string"},
                                        "constraints": {"type": "object"},
                                    },
                                },
                            },
                            "primaryKey": _NAMES,
                            "foreignKeys": {"type": "array"},
                        },
                    },
                },
            },
        }
    },
}


class DescriptorError(ValueError):
    """The descriptor cannot be read or has the wrong shape; ``problems`` lists
    ``(key, message)`` pairs, the key as a JSON path (``$.resources[2].schema``)."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__("; ".join(f"{key}: {message}" for key, message in problems))


@dataclass(frozen=True)
class Resource:
    """One table as the project reads it: its name, its path in the package, its schema
    (the project's fields, then the package's extra columns as plain strings, with the
    project's keys) and ``columns``, the header its file must have."""

    name: str
    path: str
    schema: dict
    columns: list[str]
    index: int  # position in the package descriptor's resources, for messages


def load_descriptor(data_dir: Path) -> dict:
    """A package's ``datapackage.json`` as parsed JSON, read inside the package only;
    ``FileNotFoundError`` when there is none, :class:`DescriptorError` when it is a link,
    too large, not JSON or of the wrong shape (every departure named by its key)."""
    try:
        data = read_package_file(data_dir, DESCRIPTOR, MAX_DESCRIPTOR_BYTES)
    except FileNotFoundError:
        raise FileNotFoundError(
            f"{DESCRIPTOR}: no data package descriptor; every data folder needs one"
        ) from None
    except PackageFileError as exc:
        raise DescriptorError([("$", str(exc))]) from None
    try:
        descriptor = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise DescriptorError([("$", f"not valid UTF-8 at byte {exc.start}")]) from None
    except json.JSONDecodeError as exc:
        raise DescriptorError(
            [("$", f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})")]
        ) from None
    except RecursionError:
        raise DescriptorError([("$", "nested too deeply")]) from None
    errors = sorted(Draft202012Validator(SHAPE).iter_errors(descriptor), key=lambda e: e.json_path)
    if errors:
        raise DescriptorError([(e.json_path, _shape_message(e)) for e in errors[:20]])
    return descriptor


def _shape_message(error) -> str:
    # jsonschema's own message quotes the offending value, which may be long: keep it short.
    expected = {
        "type": f"expected {error.validator_value}",
        "required": "a required key is missing",
        "pattern": "expected lower-case letters, digits and _ (starting with a letter)",
        "maxLength": f"longer than {error.validator_value} characters",
        "minItems": f"expected at least {error.validator_value} item(s)",
        "maxItems": f"expected at most {error.validator_value} items",
        "oneOf": "expected a column name or a list of column names",
    }.get(str(error.validator))
    if error.validator == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        return f"missing the key {', '.join(repr(k) for k in missing)}"
    return expected or error.message[:200]


def project_resources(package: dict, project: dict) -> tuple[dict[str, Resource], list]:
    """The package's tables as the project reads them (see the module docstring), by
    name, and the problems found as ``(key, message)`` pairs. ``package`` has passed
    :func:`load_descriptor`; ``project`` is the project's descriptor."""
    known = {r["name"]: r for r in project["resources"]}
    resources: dict[str, Resource] = {}
    problems: list[tuple[str, str]] = []
    for index, given in enumerate(package["resources"]):
        key = f"$.resources[{index}]"
        name = given["name"]
        if name not in known:
            problems.append(
                (
                    f"{key}.name",
                    f"{name!r} is not a table of the project's schema; expected one of"
                    f" {', '.join(known)}",
                )
            )
            continue
        if name in resources:
            problems.append((f"{key}.name", f"table {name!r} is described twice"))
            continue
        official = known[name]
        if given.get("path", official["path"]) != official["path"]:
            problems.append(
                (
                    f"{key}.path",
                    f"expected {official['path']!r}: the project's schema fixes where"
                    f" each table lives; found {given['path']!r}",
                )
            )
            continue
        columns = [f["name"] for f in given["schema"]["fields"]]
        fields = official["schema"]["fields"]
        own = {f["name"] for f in fields}
        repeated = sorted({c for c in columns if columns.count(c) > 1})
        missing = [
            f["name"]
            for f in fields
            if f.get("constraints", {}).get("required") and f["name"] not in columns
        ]
        if repeated or missing:
            detail = "; ".join(
                part
                for part in (
                    f"columns named twice: {', '.join(repeated)}" if repeated else "",
                    f"missing the required column(s) {', '.join(missing)}" if missing else "",
                )
                if part
            )
            problems.append((f"{key}.schema.fields", detail))
            continue
        extra = [{"name": c, "type": "string"} for c in columns if c not in own]
        schema = {k: v for k, v in official["schema"].items() if k != "fields"}
        schema["fields"] = [*fields, *extra]
        resources[name] = Resource(name, official["path"], schema, columns, index)
    absent = [n for n in known if n not in resources]
    named = {given["name"] for given in package["resources"]}
    for name in absent:
        # An optional table (labels) may be left out; the package then reads it as empty.
        if name not in named and not known[name].get("optional"):
            problems.append(
                (
                    "$.resources",
                    f"no table {name!r}: every package has the project's tables"
                    f" ({', '.join(known)})",
                )
            )
    return resources, problems
