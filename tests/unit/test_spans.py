"""The set of non-overlapping spans that keeps term and name matching linear: it must keep
exactly what comparing every candidate with every kept span kept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclaims.text.spans import DisjointSpans


def naive(candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for start, end in candidates:
        if all(end <= a or b <= start for a, b in kept):
            kept.append((start, end))
    return kept


spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 8)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=40,
)


@given(spans)
def test_keeps_what_the_quadratic_comparison_keeps(candidates):
    kept = DisjointSpans()
    assert [c for c in candidates if kept.add(*c)] == naive(candidates)
    assert kept.starts == sorted(kept.starts)
    assert all(e <= s for e, s in zip(kept.ends, kept.starts[1:], strict=False))


@given(spans, st.integers(0, 70), st.integers(1, 10))
def test_touching_lists_every_overlapping_span(candidates, start, length):
    kept = DisjointSpans()
    for c in candidates:
        kept.add(*c)
    end = start + length
    expected = [
        i
        for i, (a, b) in enumerate(zip(kept.starts, kept.ends, strict=True))
        if a < end and start < b
    ]
    assert list(kept.touching(start, end)) == expected
    assert kept.overlaps(start, end) == bool(expected)


def test_edges_do_not_overlap():
    kept = DisjointSpans()
    assert kept.add(5, 10)
    assert kept.add(10, 12) and kept.add(0, 5)
    assert not kept.add(9, 11) and not kept.add(4, 6) and not kept.add(6, 7)
    assert len(kept) == 3
