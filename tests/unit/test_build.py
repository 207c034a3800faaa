"""The build's own steps on hand-made inputs: the generated pages and the result files."""

from __future__ import annotations

from support.ledgers import make_ledger

from newsclaims.build.assemble import key_findings_page, write_source_pages
from newsclaims.build.results import write_results


def test_source_pages_are_written_and_stale_pages_removed(tmp_path):
    stale = tmp_path / "gone.md"
    stale.write_text("# Source: gone\n", encoding="utf-8")
    written = write_source_pages(make_ledger(), tmp_path)
    assert not stale.exists()
    assert sorted(p.name for p in written) == ["agency.md", "courier.md", "herald.md", "index.md"]
    before = (tmp_path / "courier.md").stat().st_mtime_ns
    write_source_pages(make_ledger(), tmp_path)
    assert (tmp_path / "courier.md").stat().st_mtime_ns == before  # unchanged: not rewritten


def test_key_findings_page_is_the_findings_of_the_comparison():
    page = key_findings_page(make_ledger())
    assert page.endswith("\n")
    assert page.startswith("- Of 8 slots, 2 are reported by more than one source")
    assert "**The Ardel handover, weapon condition** (contradiction;" in page


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
