"""A set of non-overlapping spans of a text, kept in order, in which a new span can be
checked and added in logarithmic time.

Matching terms and names takes the best candidates first and keeps each one that overlaps
nothing kept so far. Comparing every candidate with every kept span makes that step
quadratic in the length of the text (a 400 KB body took minutes); bisecting the sorted
spans keeps it linear up to a logarithm.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class DisjointSpans:
    """Half-open spans ``[start, end)`` that do not overlap, sorted by start."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with a span of the set."""
        i = bisect_right(self.starts, start)
        if i and self.ends[i - 1] > start:
            return True
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> bool:
        """Add ``[start, end)`` unless it overlaps a span of the set; whether it was added."""
        if self.overlaps(start, end):
            return False
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        return True

    def touching(self, start: int, end: int) -> range:
        """The positions (in start order) of the spans that overlap ``[start, end)``."""
        first = bisect_right(self.ends, start)
        last = bisect_left(self.starts, end)
        return range(first, max(first, last))

    def __len__(self) -> int:
        return len(self.starts)
