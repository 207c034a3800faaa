"""Properties of the comparison on generated ledgers: no estimate ever spans claims with
different keys, and every estimate is made of its own slot's claims only."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.world import world_ledger

from newsclaims.analysis.compare import comparison
from newsclaims.analysis.keys import KEY_COLUMNS
from newsclaims.analysis.kinds import claim_intervals

CLAIMS = st.fixed_dictionaries(
    {
        "source": st.sampled_from(["north", "south", "east", "west"]),
        "attribute": st.sampled_from(["tanks_handed_over", "duration", "strikes_count"]),
        "value": st.integers(min_value=1, max_value=60).map(str),
        "qualifier": st.sampled_from(["", "exact", "about", "more_than", "up_to", "at_least"]),
        "object": st.sampled_from(["", "tank", "t-72", "t-55", "raids", "siege"]),
        "unit": st.sampled_from(["tanks", "tank", "days", "months", "weeks", "raids"]),
        "as_of": st.sampled_from(["", "earlier", "2020-02-27", "2020-02-27/2020-02-28"]),
        "scope": st.sampled_from(["", "total", "part", "share:brigade"]),
        "modality": st.sampled_from(["", "outcome", "plan", "forecast", "allegation"]),
        "event": st.sampled_from(["op", "handover", "attack", "handover2"]),
        "by": st.sampled_from(["officer", "statement", "activists", "observers", "monitor"]),
    }
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(CLAIMS, min_size=1, max_size=12))
def test_no_estimate_spans_claims_with_different_keys(claims):
    result = comparison(world_ledger(claims))
    graded = result.claims.set_index("claim_id")
    for slot in result.slots.itertuples(index=False):
        ids = slot.claim_ids.split(";")
        mine = graded.loc[ids]
        assert len(mine[["question_id", *KEY_COLUMNS]].drop_duplicates()) == 1, slot.slot_id
        assert set(mine["slot_id"]) == {slot.slot_id}
        if math.isnan(slot.low):
            continue
        # The estimate comes from this slot's claims alone: its low is theirs.
        intervals = [i for i in claim_intervals(mine) if i is not None]
        lows = [i.low / (mine["unit_factor"].iloc[0] if slot.estimate_unit != slot.unit else 1)
                for i in intervals]  # fmt: skip
        assert math.isclose(slot.low, min(lows))
        if not math.isnan(slot.high):
            assert all(math.isfinite(i.high) for i in intervals)
        if not math.isnan(slot.best):
            assert slot.low <= slot.best
    # Every claim is in exactly one slot, and the rows per source hold the same claims.
    assert sorted(graded.index) == sorted(
        i for ids in result.slots["claim_ids"] for i in ids.split(";")
    )
    assert sorted(graded.index) == sorted(
        i for ids in result.discrepancies["claim_ids"] for i in ids.split(";")
    )
