"""The ledger as W3C Web Annotations, and Label Studio spans as draft rows, on the small
test package."""

from __future__ import annotations

import csv
import json
import shutil

import pytest

from newsclaims.data.anchor import locate
from newsclaims.data.labelstudio import ImportProblem, code_points, draft_rows, main, tasks
from newsclaims.data.package import load_ledger
from newsclaims.data.webanno import collection, export


def test_every_claim_is_an_annotation_with_both_selectors(minipackage):
    ledger = load_ledger(minipackage)
    document = collection(ledger)
    assert document["type"] == "AnnotationCollection"
    assert document["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    items = document["first"]["items"]
    assert document["total"] == len(items) == len(ledger.claims)
    for item, (_, claim) in zip(items, ledger.claims.iterrows(), strict=True):
        text = ledger.documents[claim["source_id"]].text
        quote, position = item["target"]["selector"]
        assert (quote["type"], position["type"]) == ("TextQuoteSelector", "TextPositionSelector")
        assert text[position["start"] : position["end"]] == quote["exact"] == claim["quote"]
        assert text[: position["start"]].endswith(quote["prefix"])
        assert text[position["end"] :].startswith(quote["suffix"])
        # The quote selector alone finds the claim again.
        assert locate(text, quote["exact"], prefix=quote["prefix"]).start == position["start"]
        assert item["body"]["cc:attribute"] == claim["attribute"]
        assert item["target"]["source"].endswith(f":{claim['source_id']}")


def test_export_writes_json_ld_beside_the_ledger(minipackage, tmp_path):
    package = tmp_path / "package"
    shutil.copytree(minipackage, package)
    before = (package / "claims.csv").read_bytes()
    written = export(package)
    assert written == package / "claims.annotations.jsonld"
    assert json.loads(written.read_text(encoding="utf-8"))["total"] > 0
    assert (package / "claims.csv").read_bytes() == before


def test_utf16_offsets_become_code_points():
    text = "a😀b tanks"
    # Label Studio counts the emoji as two units: "tanks" starts at 5 there, 4 here.
    assert code_points(text, 5) == 4
    assert code_points(text, 0) == 0
    assert code_points(text, 99) == len(text)


def _export(minipackage, spans):
    """A Label Studio export of the package's tasks with ``spans`` on the first task."""
    exported = tasks(minipackage)
    exported[0]["id"] = 7
    exported[0]["annotations"] = [{"id": 1, "result": spans}]
    return exported


def test_label_studio_spans_become_draft_rows(minipackage):
    text = tasks(minipackage)[0]["data"]["text"]
    start = text.index("handed over 12 tanks")
    spans = [
        {
            "id": "a",
            "type": "labels",
            "value": {
                "start": start,
                "end": start + 20,
                "text": "handed over 12 tanks",
                "labels": ["tanks_handed_over"],
            },
        },
        {
            "id": "b",
            "type": "labels",
            # Wrong offsets, right text: anchored by the text.
            "value": {"start": 0, "end": 19, "text": "more than 40 trucks", "labels": ["Count"]},
        },
        {"id": "c", "type": "choices", "value": {"choices": ["relevant"]}},
    ]
    rows = draft_rows(_export(minipackage, spans), minipackage)
    assert [(r["claim_id"], r["quote"], r["attribute"]) for r in rows] == [
        ("courier_en-ls001", "handed over 12 tanks", "tanks_handed_over"),
        ("courier_en-ls002", "more than 40 trucks", ""),
    ]
    for row in rows:
        assert text[int(row["start"]) : int(row["end"])] == row["quote"]
    assert "labels Count" in rows[1]["notes"] and "task 7" in rows[1]["notes"]


def test_unplaceable_tasks_and_spans_are_reported(minipackage):
    spans = [
        {
            "id": "x",
            "type": "labels",
            "value": {"start": 0, "end": 5, "text": "zzzzz", "labels": []},
        }
    ]
    exported = [*_export(minipackage, spans), {"id": 9, "data": {"text": "no such document"}}]
    with pytest.raises(ImportProblem) as caught:
        draft_rows(exported, minipackage)
    assert len(caught.value.problems) == 2
    assert "task 7, annotation 1, result x: 'zzzzz'" in caught.value.problems[0]
    assert "task 9: its text is not the text of any document" in caught.value.problems[1]


def test_the_command_writes_a_draft_and_leaves_the_ledger(minipackage, tmp_path, capsys):
    package = tmp_path / "package"
    shutil.copytree(minipackage, package)
    text = tasks(package)[0]["data"]["text"]
    start = text.index("handed over 12 tanks")
    spans = [
        {
            "id": "a",
            "type": "labels",
            "value": {
                "start": start,
                "end": start + 20,
                "text": "handed over 12 tanks",
                "labels": ["tanks_handed_over"],
            },
        }
    ]
    export_file = tmp_path / "export.json"
    export_file.write_text(json.dumps(_export(package, spans)), encoding="utf-8")
    before = (package / "claims.csv").read_bytes()
    assert main(["import", str(export_file), str(package)]) == 0
    assert (package / "claims.csv").read_bytes() == before
    rows = list(csv.DictReader((package / "claims.labelstudio.csv").open(encoding="utf-8")))
    assert [r["quote"] for r in rows] == ["handed over 12 tanks"]
    assert main(["tasks", str(package)]) == 0
    written = json.loads((package / "labelstudio_tasks.json").read_text(encoding="utf-8"))
    assert [t["data"]["source_id"] for t in written] == ["courier_en", "agency_ar"]
