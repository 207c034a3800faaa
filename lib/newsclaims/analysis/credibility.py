"""Grade each slot on a scale adapted from the Admiralty code's information-credibility
scale (1 confirmed by independent sources ... 6 cannot be judged).

The Admiralty code grades an item of information by how far independent sources confirm it.
Here the item is a slot (see :mod:`newsclaims.analysis.compare`), and "independent" means
distinct origin groups (:mod:`newsclaims.analysis.attribution`), not distinct outlets. The
labels of the grades are :data:`newsclaims.vocabulary.GRADES`:

1. confirmed: two or more independent origins give the same or equivalent values;
2. probably true: two or more independent origins give compatible values that differ in
   scope or detail;
3. possibly true: one origin only, however many outlets relay it, and not contradicted;
4. doubtful: the origins disagree on a number or on which system it was;
5. contradicted: the claims exclude each other, so at most one can be right (the scale's
   "improbable", which here qualifies the slot, not each claim);
6. cannot be judged: no claim in the slot gives a usable value (a count given only as
   "some" or "many").
"""

from __future__ import annotations

import math

import pandas as pd

from newsclaims.vocabulary import GRADES


def grade(kind: str, independent_origins: int, value_type: str, best: float) -> int:
    """The credibility grade of one slot (see the module docstring)."""
    if value_type == "number" and (best is None or (isinstance(best, float) and math.isnan(best))):
        return 6
    if kind == "categorical_contradiction":
        return 5
    if kind in ("identification_difference", "numeric_disagreement"):
        return 4
    if independent_origins < 2 or kind == "single_source":
        return 3
    if kind == "scope_difference":
        return 2
    return 1


def grade_slots(slots: pd.DataFrame) -> pd.DataFrame:
    """``slots`` with ``credibility`` and ``credibility_label`` columns added."""
    grades = [
        grade(r.kind, r.independent_origins, r.value_type, r.best)
        for r in slots.itertuples(index=False)
    ]
    return slots.assign(credibility=grades, credibility_label=[GRADES[g] for g in grades])
