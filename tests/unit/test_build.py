"""The build's own steps on hand-made inputs: the generated pages and the result files."""

from __future__ import annotations

import json

from support.ledgers import make_ledger

from newsclaims.build.assemble import key_findings_page, write_source_pages
from newsclaims.build.results import write_results


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
    assert page["title"] == "Source: courier"
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
    assert "<strong>The Ardel handover, weapon condition</strong> (contradiction;" in page.html


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
