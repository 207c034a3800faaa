"""Dates found in a body, resolved against the document's publication date.

Rules (the source of each is the newsroom convention it encodes):

- a date without a year takes the publication year, or the year before when that would
  put it more than :data:`FUTURE_DAYS` after publication (reports look back);
- numeric dates are day first (``16-04-2031``, ``20.04.2031``), or year first
  (``2018/04/22``); a first number above 12 with a second one below it is read month
  first only when the day-first reading is impossible (``4/22/2018``);
- an Arabic month followed by الجاري is the publication month, by الماضي the month before
  and by المقبل the month after (the year adjusted);
- a weekday alone (``on Saturday``, ``يوم الأربعاء``) is the latest such day on or before
  publication, or the first on or after it when the sentence speaks of the future before
  it (:data:`FUTURE`: "will", "would", "expected", سوف, من المقرر...); ``next Saturday`` the first one after it, ``last Saturday`` the last one
  before it; ``today``, ``yesterday``, ``tomorrow`` and اليوم، أمس، غدا count days from
  publication, whatever part of the day is named (صباح، مساء);
- ``the next day`` and ``the following day`` follow the date named last before them in the
  same body, and stay unresolved when there is none.

Resolution gives an ISO date (``YYYY-MM-DD``), or ``YYYY-MM`` for a month and year; a date
that cannot be resolved keeps ``resolved`` empty. ``dateparser`` was measured against these
rules on the second case study's dates (see :func:`newsclaims.extract.speed.compare_dates`).
"""

from __future__ import annotations

import datetime as dt
import re

from newsclaims.extract.words import (
    AR_MONTH_REFERENCE,
    AR_MONTHS,
    EN_MONTHS,
    ORDINAL_DAYS,
    RELATIVE_DAYS,
    WEEKDAYS,
)

FUTURE_DAYS = 60
# Words before a weekday that put it ahead of the publication date.
FUTURE = re.compile(
    r"(?<!\w)(?:will|would|shall|expected|scheduled|due|planned|is to|are to)(?!\w)"
    r"|سوف|من المقرر|المقرر|يتوقع|المتوقع"
)
_SPACES = re.compile(r"\s+")


def _key(text: str) -> str:
    return _SPACES.sub(" ", text.strip().rstrip("."))


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, base: dt.date | None) -> int | None:
    if base is None:
        return None
    candidate = _day(base.year, month, day)
    if candidate and (candidate - base).days > FUTURE_DAYS:
        return base.year - 1
    return base.year


def numeric_date(groups: dict[str, str | None]) -> tuple[str | None, bool]:
    """``(ISO date, valid)`` of a numeric date match (groups of
    :data:`newsclaims.extract.patterns.NUMERIC_DATE`); ``valid`` is False when no reading
    gives a calendar date (then the text is not a date)."""
    if groups["y1"]:
        date = _day(int(groups["y1"]), int(groups["m1"]), int(groups["d1"]))
        return (date.isoformat(), True) if date else (None, False)
    day, month, year = int(groups["d2"]), int(groups["m2"]), int(groups["y2"])
    if year < 100:
        year += 2000
    date = _day(year, month, day) or _day(year, day, month)
    return (date.isoformat(), True) if date else (None, False)


def _month(name: str) -> int:
    name = _key(name)
    if name in EN_MONTHS:
        return EN_MONTHS[name]
    first = _key(name.split("/")[0])
    return AR_MONTHS[first]


def named_date(groups: dict[str, str | None], base: dt.date | None) -> str | None:
    """The ISO date (or ``YYYY-MM``) of a date with a month name (groups of
    :data:`newsclaims.extract.patterns.NAMED_DATE`); ``None`` when it cannot be
    resolved (no year and no publication date)."""
    for i in "123456":
        if groups.get(f"m{i}"):
            break
    month = _month(groups[f"m{i}"])
    day = groups.get(f"d{i}")
    if day in ORDINAL_DAYS:
        day = ORDINAL_DAYS[day]
    year = groups.get(f"y{i}")
    if day is None:
        return f"{int(year):04d}-{month:02d}"
    day = int(day)
    reference = groups.get("r4")
    if year:
        date = _day(int(year), month, day)
    elif reference and base is not None:
        step = AR_MONTH_REFERENCE[_key(reference)]
        shifted = base.month + step
        y = base.year + (shifted - 1) // 12
        date = _day(y, (shifted - 1) % 12 + 1, day)
        if date is not None and step == 0 and date.month != month:
            date = _day(base.year, month, day)
    else:
        y = _year_for(month, day, base)
        date = _day(y, month, day) if y else None
    return date.isoformat() if date else None


def _weekday_on_or_before(base: dt.date, weekday: int) -> dt.date:
    return base - dt.timedelta(days=(base.weekday() - weekday) % 7)


def relative_date(
    groups: dict[str, str | None], base: dt.date | None, previous: dt.date | None
) -> str | None:
    """The ISO date of a relative expression (groups of
    :data:`newsclaims.extract.patterns.RELATIVE_DATE`), from the publication date
    ``base`` or, for "the next day", from the ``previous`` date named in the body."""
    if groups.get("after"):
        return (previous + dt.timedelta(days=1)).isoformat() if previous else None
    if base is None:
        return None
    if groups.get("twice"):
        step = -2 if groups["twice"].startswith("before") else 2
        return (base + dt.timedelta(days=step)).isoformat()
    if groups.get("rel"):
        return (base + dt.timedelta(days=RELATIVE_DAYS[_key(groups["rel"])])).isoformat()
    if groups.get("wd1"):
        weekday, step = WEEKDAYS[_key(groups["wd1"])], groups["step"]
        if step in ("next", "coming"):
            return (base + dt.timedelta(days=(weekday - base.weekday() - 1) % 7 + 1)).isoformat()
        if step == "last":
            return (base - dt.timedelta(days=(base.weekday() - weekday - 1) % 7 + 1)).isoformat()
        return _weekday_on_or_before(base, weekday).isoformat()
    name = groups.get("wd3") or groups.get("wd4")
    if not name:
        return None
    weekday = WEEKDAYS[_key(name)]
    if groups.get("future"):
        return (base + dt.timedelta(days=(weekday - base.weekday()) % 7)).isoformat()
    return _weekday_on_or_before(base, weekday).isoformat()


def as_date(value: str | None) -> dt.date | None:
    """A resolved value as a date (``None`` for a month, a year or nothing)."""
    if value and len(value) == 10:
        return dt.date.fromisoformat(value)
    return None
