"""What a claimed number allows: the interval its wording leaves open.

The qualifier of a claim says how its number is meant ("more than 15", "about 400"); the
vocabulary (:data:`newsclaims.vocabulary.QUALIFIER_SENSES`) gives each qualifier a
``bound``, and this module turns a number and its bound into an interval. A vague quantity
without a number takes the vocabulary's fixed coding (ACLED's conservative codings:
"dozens" 12, "hundreds" 100, with the last number before the next order of magnitude as
the high figure).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from newsclaims.vocabulary import qualifier as qualifier_sense

# "about N": this share either side of N.
ABOUT_MARGIN = 0.1


@dataclass(frozen=True)
class Interval:
    """What a claimed number allows: ``low`` to ``high`` (``inf`` when unbounded), with the
    figure the claim itself puts forward (``point``)."""

    low: float
    point: float
    high: float


# One rule per bound of newsclaims.vocabulary.BOUNDS.
BOUND_RULES: dict[str, Callable[[float], Interval]] = {
    "point": lambda n: Interval(n, n, n),
    "about": lambda n: Interval(
        round(n * (1 - ABOUT_MARGIN), 6), n, round(n * (1 + ABOUT_MARGIN), 6)
    ),
    "above": lambda n: Interval(n + 1, n + 1, math.inf),
    "at_least": lambda n: Interval(n, n, math.inf),
    "up_to": lambda n: Interval(0, n, n),
    "below": lambda n: Interval(0, n - 1, n - 1),
}


def _blank(value: object) -> bool:
    return (
        value is None
        or (isinstance(value, float) and math.isnan(value))
        or str(value).strip() == ""
    )


def claim_interval(
    value: object, qualifier: str, factor: float = 1.0, whole: bool = False
) -> Interval | None:
    """The interval a numeric claim allows, or ``None`` when it gives no number at all.

    - exact, only, or no qualifier: the number itself;
    - about: 10 % either side;
    - more_than N: N+1 and up; at_least N: N and up; up_to N: 0 to N; fewer_than N: 0 to N-1;
    - most / some with a number: the number as an upper bound is not implied, so N and up;
    - a vague word without a number: its fixed coding (``None`` for a word without one,
      such as "many").

    ``factor`` converts the figure to the unit it is compared in (30 for months counted in
    days, see :func:`newsclaims.analysis.keys.unit_of`). With ``whole`` (a count of things)
    the interval keeps whole numbers only: its low is rounded up, its high down, its point
    to the nearest. ``value`` is a number or its text; ``KeyError`` for a qualifier the
    vocabulary lacks.
    """
    sense = qualifier_sense(qualifier)
    if _blank(value):
        if sense.coding is None:
            return None
        low, point, high = sense.coding
        interval = Interval(low, point, high)
    else:
        interval = BOUND_RULES[sense.bound](float(value))
    interval = Interval(
        round(interval.low * factor, 6),
        round(interval.point * factor, 6),
        interval.high * factor if math.isfinite(interval.high) else math.inf,
    )
    if whole:
        high = math.floor(interval.high + 1e-9) if math.isfinite(interval.high) else math.inf
        interval = Interval(math.ceil(interval.low - 1e-9), round(interval.point), high)
    return interval
