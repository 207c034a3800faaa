"""Validation of the columns that make claims comparable (the event hierarchy, parties and
camps, modality and moment, reliability, compatible categories), and packages that leave
these optional columns out.

Each bad fixture is a copy of ``data/`` (the ``package`` fixture) with one change; each
problem must name the file, the line, the row's id and the field.
"""

from __future__ import annotations

import json

import pytest
from support.csvfiles import read_csv, write_csv

from newsclaims.data.package import load_ledger
from newsclaims.data.schema import project_descriptor
from newsclaims.data.validate import validate


def problems(package):
    report = validate(package)
    assert not report.ok, "expected the package to fail validation"
    return report.problems


def one(found, **where):
    matches = [p for p in found if all(getattr(p, k) == v for k, v in where.items())]
    assert len(matches) == 1, f"expected one problem with {where}; got {found}"
    return matches[0]


@pytest.mark.parametrize(
    ("table", "key", "changes", "field", "message"),
    [
        ("events", "eq_operation", {"parent_event_id": "eq_operation"}, "parent_event_id",
         "is the event itself"),
        ("events", "eq_operation", {"parent_event_id": "eq_handover"}, "parent_event_id",
         "makes a cycle: the event is its own ancestor"),
        ("events", "eq_handover", {"parent_event_id": "nowhere"}, "parent_event_id",
         "unknown 'nowhere': no such event_id in events.csv"),
        ("events", "eq_handover", {"start": "2018-04-21"}, "end",
         "is before start (2018-04-21)"),
        ("events", "eq_escalation", {"start": "2018-03-01"}, "start",
         "is before the start of its parent 'eq_operation' (2018-04-01)"),
        ("events", "nh_handover", {"parties": "government_side;rusia"}, "parties",
         "unknown camp 'rusia': expected one of the camps of actors.csv"),
        ("events", "eq_handover", {"parties": "Government Side"}, "parties",
         "expected to match"),
        ("events", "eq_handover", {"start": "20 April 2018"}, "start",
         "expected an ISO date YYYY-MM-DD"),
        ("claims", "smart-022", {"modality": "rumour"}, "modality",
         "expected one of outcome, plan, forecast, allegation, denial, question"),
        ("claims", "smart-005", {"as_of": "2018-02-30"}, "as_of",
         "expected real dates YYYY-MM-DD; found '2018-02-30'"),
        ("claims", "smart-005", {"as_of": "2018-04-18/2018-04-17"}, "as_of",
         "the period ends before it starts"),
        ("claims", "anapress-004", {"as_of": "Earlier period"}, "as_of", "expected to match"),
        ("actors", "southfront", {"reliability": "G"}, "reliability",
         "expected one of A, B, C, D, E, F"),
        ("attributes", "weapon_condition", {"compatible": "not_destroyed~melted"}, "compatible",
         "'melted' in 'not_destroyed~melted' is not a category of weapon_condition"),
        ("attributes", "weapon_condition", {"compatible": "not_destroyed-disabled"},
         "compatible", "expected pairs a~b"),
    ],
)  # fmt: skip
def test_a_bad_cell_is_named(package, edit_row, table, key, changes, field, message):
    key_column = {"events": "event_id", "claims": "claim_id", "actors": "actor_id"}.get(
        table, "attribute"
    )
    line = edit_row(package / f"{table}.csv", key_column, key, **changes)
    found = [p for p in problems(package) if p.field == field]
    problem = one(found, file=f"{table}.csv", line=line)
    assert problem.key == key
    assert message in problem.message


def strip_optional(package) -> None:
    """Remove every optional column from the package's CSV files and its descriptor, and
    every optional table: a package made before the columns and tables existed."""
    descriptor = project_descriptor()
    for resource in [r for r in descriptor["resources"] if r.get("optional")]:
        (package / resource["path"]).unlink()
    descriptor["resources"] = [r for r in descriptor["resources"] if not r.get("optional")]
    for resource in descriptor["resources"]:
        optional = [f["name"] for f in resource["schema"]["fields"] if f.get("optional")]
        if not optional:
            continue
        path = package / resource["path"]
        header, rows, terminator = read_csv(path)
        keep = [i for i, name in enumerate(header) if name not in optional]
        write_csv(path, [header[i] for i in keep], [[r[i] for i in keep] for r in rows], terminator)
    (package / "datapackage.json").write_text(json.dumps(descriptor, indent=2), encoding="utf-8")


def test_a_package_without_the_optional_columns_validates_and_loads(package):
    strip_optional(package)
    header, _, _ = read_csv(package / "claims.csv")
    assert "modality" not in header and "as_of" not in header
    assert validate(package).problems == []
    ledger = load_ledger(package)
    assert set(ledger.claims["modality"]) == {""}
    assert set(ledger.events["parent_event_id"]) == {""}
    assert set(ledger.actors["reliability"]) == {""}
    assert ledger.labels.empty and "label_ar" in ledger.labels.columns


def test_optional_columns_out_of_order_are_named(package):
    path = package / "events.csv"
    header, rows, terminator = read_csv(path)
    order = [*header[:-2], header[-1], header[-2]]
    write_csv(path, order, [[r[header.index(c)] for c in order] for r in rows], terminator)
    problem = one(problems(package), file="events.csv", line=1)
    assert "same columns in another order" in problem.message
    assert "(optional: parent_event_id, start, end, parties, event_kind)" in problem.message


def test_a_required_column_stays_required(package):
    path = package / "events.csv"
    header, rows, terminator = read_csv(path)
    keep = [i for i, name in enumerate(header) if name != "name"]
    write_csv(path, [header[i] for i in keep], [[r[i] for i in keep] for r in rows], terminator)
    problem = one(problems(package), file="events.csv", line=1)
    assert "missing name" in problem.message
