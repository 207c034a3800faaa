"""The comparison on the real corpus: the facts the book's chapters rest on."""

from __future__ import annotations

import pytest

from newsclaims.analysis.compare import comparison


@pytest.fixture(scope="module")
def result(ledger):
    return comparison(ledger)


def test_real_ledger_slots(result):
    """On the corpus: the tank counts differ in scope, the rocket counts in identification,
    and the weapons' condition is contradicted."""
    slots = result.slots.set_index("slot_id")
    assert slots.loc["eq_handover:tanks_handed_over", "kind"] == "scope_difference"
    assert slots.loc["eq_handover:rockets_handed_over", "kind"] == "identification_difference"
    assert slots.loc["eq_handover:weapon_condition", "kind"] == "categorical_contradiction"
    assert (slots["n_sources"] == 1).sum() == (slots["kind"] == "single_source").sum()


def test_claims_carry_their_slot_and_origin_in_ledger_order(ledger, result):
    assert list(result.claims["claim_id"]) == list(ledger.claims["claim_id"])
    assert set(result.claims["slot_id"]) == set(result.slots["slot_id"])
    assert result.claims["origin"].notna().all()
