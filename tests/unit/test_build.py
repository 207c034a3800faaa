"""The build's own steps on hand-made inputs: the generated pages and the result files."""

from __future__ import annotations

import dataclasses
import json

import pytest
from support.ledgers import make_ledger

from newsclaims.build.assemble import key_findings_page, write_source_pages
from newsclaims.build.results import write_results
from newsclaims.data.assessments import Assessment


def test_source_pages_are_written_and_stale_pages_removed(tmp_path):
    folder, generated = tmp_path / "sources", tmp_path / "_generated" / "sources"
    folder.mkdir()
    generated.mkdir(parents=True)
    stale = folder / "gone.md"
    stale.write_text("# Source: gone\n", encoding="utf-8")
    (generated / "gone.json").write_text("{}", encoding="utf-8")
    written = write_source_pages(make_ledger(), folder)
    assert not stale.exists() and not (generated / "gone.json").exists()
    assert sorted(p.name for p in written) == ["agency.md", "courier.md", "herald.md", "index.md"]
    assert sorted(p.name for p in generated.iterdir()) == [
        "agency.json",
        "courier.json",
        "herald.json",
        "index.json",
    ]
    # The Markdown holds no data: only the directive that shows the page's JSON.
    assert (folder / "courier.md").read_text(encoding="utf-8") == (
        "```{generated} sources/courier\n```\n"
    )
    page = json.loads((generated / "courier.json").read_text(encoding="utf-8"))
    assert page["title"] == "The Courier"  # the outlet, never the id
    before = (
        (folder / "courier.md").stat().st_mtime_ns,
        (generated / "courier.json").stat().st_mtime_ns,
    )
    write_source_pages(make_ledger(), folder)
    after = (
        (folder / "courier.md").stat().st_mtime_ns,
        (generated / "courier.json").stat().st_mtime_ns,
    )
    assert after == before  # unchanged: not rewritten


def test_key_findings_page_is_the_findings_of_the_comparison():
    page = key_findings_page(make_ledger())
    assert page.title == ""
    assert page.html.startswith('<ul class="simple cc-items">\n<li><p>Of 8 slots, 2 are reported')
    # A package without written assessments: the figures and the slots not yet assessed,
    # by title; no slot dumps.
    assert "<strong>" not in page.html and "cc-findings" not in page.html
    assert "Not yet assessed: " in page.html


def test_key_findings_lead_with_the_ranked_assessments_and_stop_on_a_stale_selector():
    def written(name, key, slots, body):
        return Assessment(name, f"assessments/{name}.md", f"Question {name}?", slots, "", key,
                          body, 5, ())  # fmt: skip

    ranked = written(
        "b", 1, ("handover:weapon_condition",), "First {claim}`x <courier-002>`.\n\nMore."
    )
    ledger = dataclasses.replace(
        make_ledger(),
        assessments=(written("a", None, ("handover:recipient",), "Unranked."), ranked),
    )
    html = key_findings_page(ledger).html
    assert "Question b?" in html and "Question a?" not in html
    assert "First" in html and "More." not in html  # the first paragraph only
    assert 'href="sources/courier.html#claim-courier-002"' in html  # from the landing page
    stale = dataclasses.replace(ledger, assessments=(written("c", 1, ("handover:nothing",), "x"),))
    with pytest.raises(SystemExit, match=r"assessments/c\.md: slots: 'handover:nothing' names no"):
        key_findings_page(stale)


def test_result_files(tmp_path):
    written = write_results(make_ledger(), tmp_path)
    assert [p.name for p in written] == [
        "slots.csv",
        "discrepancies.csv",
        "coverage.csv",
        "relations.csv",
        "composition.csv",
        "name_variants.csv",
    ]
    slots = (tmp_path / "slots.csv").read_text(encoding="utf-8").splitlines()
    assert slots[0].startswith("slot_id,question_id,event_id,attribute,value_type,")
    assert len(slots) == 1 + 8
    coverage = (tmp_path / "coverage.csv").read_text(encoding="utf-8").splitlines()
    assert coverage[0] == "event_id,question_id,attribute,source_id,status,claim_ids"
    variants = (tmp_path / "name_variants.csv").read_text(encoding="utf-8").splitlines()
    assert variants[0] == "entity_id,variant,source_id,count"


def test_chapters_receive_the_package_relative_to_the_project(tmp_path):
    """The executed notebooks are published: no absolute path of the building machine."""
    from newsclaims.build.execute import chapter_parameters
    from newsclaims.build.layout import layout_for

    root = tmp_path / "cc"
    (root / "data").mkdir(parents=True)
    beside = chapter_parameters(layout_for(str(tmp_path / "my corpus"), root=root))
    assert beside == {
        "data_dir": "../my corpus",
        "results_dir": "_build/books/my corpus/_build/results",
    }
    assert chapter_parameters(layout_for("data", root=root))["data_dir"] == "data"
