"""The keys of ``book.yml`` checked one by one (see :mod:`newsclaims.data.settings` for
what each means): every departure is reported through ``problem(key, message)`` and the
keys that pass become the fields of :class:`newsclaims.data.settings.Settings`."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

BIB_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9_:.-]*$")
DEFAULT_BIBLIOGRAPHY = "references.bib"
DEFAULT_GOLD = "gold.csv"
TOP_KEYS = {
    "title": str,
    "subtitle": str,
    "introduction": str,
    "corpus": str,
    "authors": list,
    "citation_note": str,
    "keywords": list,
    "bibliography": str,
    "documents": dict,
    "region": dict,
    "timeline": dict,
    "places": dict,
    "weapons": dict,
    "gold": str,
}
SECTION_KEYS = {
    "region": {"name", "bounds"},
    "timeline": {"window"},
    "places": {"frame", "boundaries", "detail", "distance_pairs"},
    "weapons": {"event"},
}
Bounds = dict[str, tuple[float, float]]


def _bounds(value: object, where: str, problem) -> Bounds | None:
    if (
        not isinstance(value, dict)
        or set(value) - {"lat", "lon", "name"}
        or not {"lat", "lon"} <= set(value)
    ):
        problem(where, "expected lat: [min, max] and lon: [min, max] in degrees")
        return None
    out = {}
    for axis, limit in (("lat", 90), ("lon", 180)):
        pair = value[axis]
        ok = (
            isinstance(pair, list)
            and len(pair) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in pair)
        )
        if not ok or not (-limit <= pair[0] < pair[1] <= limit):
            problem(
                f"{where}.{axis}",
                f"expected [min, max] with -{limit} <= min < max <= {limit}; got {pair!r}",
            )
            return None
        out[axis] = (float(pair[0]), float(pair[1]))
    return out


def parse_keys(root: Path, data: dict, problem) -> dict:
    """Check the parsed file and return the keyword arguments of :class:`Settings`."""
    out: dict = {}
    for key, value in data.items():
        expected = TOP_KEYS.get(key)
        if expected is None:
            problem(key, f"unknown key; expected one of {', '.join(TOP_KEYS)}")
        elif not isinstance(value, expected):
            problem(
                key,
                f"expected {'text' if expected is str else 'a ' + expected.__name__}; got {type(value).__name__}",
            )
        elif expected is dict and key in SECTION_KEYS and set(value) - SECTION_KEYS[key]:
            unknown = ", ".join(sorted(set(value) - SECTION_KEYS[key]))
            problem(
                key, f"unknown key(s) {unknown}; expected {', '.join(sorted(SECTION_KEYS[key]))}"
            )
    text = {
        k: data[k]
        for k in ("title", "subtitle", "introduction", "corpus", "citation_note")
        if isinstance(data.get(k), str)
    }
    out.update({k: v.strip() for k, v in text.items()})
    for key in ("authors", "keywords"):
        values = data.get(key)
        if isinstance(values, list):
            if all(isinstance(v, str) and v.strip() for v in values):
                out[key] = tuple(v.strip() for v in values)
            else:
                problem(key, "expected a list of non-empty texts")
    bib = data.get("bibliography")
    if isinstance(bib, str):
        if not (root / bib).resolve().is_relative_to(root.resolve()):
            problem("bibliography", f"{bib!r} lies outside the package; expected a file in it")
        elif not (root / bib).is_file():
            problem("bibliography", f"{bib!r}: no such file in the package")
        else:
            out["bibliography"] = root / bib
    elif bib is None and (root / DEFAULT_BIBLIOGRAPHY).is_file():
        out["bibliography"] = root / DEFAULT_BIBLIOGRAPHY
    gold = data.get("gold")
    if isinstance(gold, str):
        target = (root / gold).resolve()
        if not target.is_relative_to(root.resolve()) or not target.is_file():
            problem("gold", f"{gold!r}: no such file in the package")
        else:
            out["gold"] = root / gold
    elif gold is None and (root / DEFAULT_GOLD).is_file():
        out["gold"] = root / DEFAULT_GOLD
    documents = data.get("documents")
    if isinstance(documents, dict):
        for source_id, key in documents.items():
            if not isinstance(key, str) or not BIB_KEY.match(key):
                problem(
                    f"documents.{source_id}",
                    f"expected a BibTeX key (letters, digits, _ : . -); got {key!r}",
                )
        out["documents"] = {
            str(k): v for k, v in documents.items() if isinstance(v, str) and BIB_KEY.match(v)
        }
    region = data.get("region") if isinstance(data.get("region"), dict) else {}
    if region:
        if not isinstance(region.get("name"), str) or not region.get("name"):
            problem("region.name", "expected the region's name (text)")
        else:
            out["region_name"] = region["name"]
        out["region_bounds"] = _bounds(region.get("bounds"), "region.bounds", problem)
    timeline = data.get("timeline") if isinstance(data.get("timeline"), dict) else {}
    if "window" in timeline:
        window = timeline["window"]
        dates = (
            [v if isinstance(v, dt.date) else None for v in window]
            if isinstance(window, list)
            else []
        )
        if len(dates) != 2 or None in dates or dates[0] >= dates[1]:
            problem(
                "timeline.window",
                f"expected [YYYY-MM-DD, YYYY-MM-DD], the first before the second; got {window!r}",
            )
        else:
            out["timeline_window"] = (dates[0].isoformat(), dates[1].isoformat())
    places = data.get("places") if isinstance(data.get("places"), dict) else {}
    if "frame" in places:
        out["map_frame"] = _bounds(places["frame"], "places.frame", problem)
    if "detail" in places:
        detail = places["detail"]
        out["detail_frame"] = _bounds(detail, "places.detail", problem)
        name = detail.get("name") if isinstance(detail, dict) else None
        if not isinstance(name, str) or not name:
            problem("places.detail.name", "expected the name of the enlarged area (text)")
        else:
            out["detail_name"] = name
    if "boundaries" in places:
        path = places["boundaries"]
        if not isinstance(path, str) or not (root / path).is_file():
            problem("places.boundaries", f"{path!r}: no such file in the package")
        else:
            out["boundaries"] = root / path
    pairs = []
    for index, pair in enumerate(places.get("distance_pairs") or []):
        ok = (
            isinstance(pair, list)
            and len(pair) == 3
            and all(isinstance(v, str) and v for v in pair)
        )
        if not ok:
            problem(
                f"places.distance_pairs[{index}]",
                f"expected [from place_id, to place_id, why]; got {pair!r}",
            )
        else:
            pairs.append(tuple(pair))
    out["distance_pairs"] = tuple(pairs)
    weapons = data.get("weapons") if isinstance(data.get("weapons"), dict) else {}
    if "event" in weapons:
        if isinstance(weapons["event"], str) and weapons["event"]:
            out["focus_event"] = weapons["event"]
        else:
            problem("weapons.event", "expected an event_id")
    return out
