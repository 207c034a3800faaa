"""Places: distances between them, which sources mention them, and the country outlines.

Coordinates are decimal degrees (WGS84) from ``places.csv``. Distances are great-circle
distances on a sphere of the Earth's mean radius, which differs from the ellipsoidal
distance by well under 1 % at these scales, far less than the uncertainty of the
approximate coordinates. The outlines come from ``data/geo/boundaries.geojson`` (Natural
Earth, see ``data/geo/README.md``), read with the standard ``json`` module.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from itertools import pairwise
from pathlib import Path

import pandas as pd

from newsclaims.data.corpus import Document
from newsclaims.paths import resolve
from newsclaims.text.names import find_mentions, reference_names

EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG)
BOUNDARIES = "data/geo/boundaries.geojson"
# The map frame (degrees): all of Syria with a margin; boundaries.geojson holds every
# country whose outline reaches into it.
MAP_FRAME = {"lon": (34.8, 42.6), "lat": (31.9, 37.6)}


class GeoError(ValueError):
    """A geographic file or value cannot be read as expected."""


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points (haversine formula)."""
    for name, value, limit in (
        ("lat1", lat1, 90),
        ("lat2", lat2, 90),
        ("lon1", lon1, 180),
        ("lon2", lon2, 180),
    ):
        if not -limit <= value <= limit:
            raise GeoError(f"{name}={value} is outside [-{limit}, {limit}] degrees")
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def is_approximate(places: pd.DataFrame) -> pd.Series:
    """Whether each place's coordinate is only approximate: marked ``approximate`` in
    ``coord_precision``, or a centroid whose source says "approximate"."""
    return (places["coord_precision"] == "approximate") | places[
        "coord_source"
    ].str.lower().str.startswith("approximate")


def distance_table(places: pd.DataFrame, pairs: Iterable[tuple[str, str]]) -> pd.DataFrame:
    """Distances between pairs of place ids: columns ``from_id``, ``to_id``, ``from_name``,
    ``to_name``, ``km`` (rounded to whole km) and ``approximate`` (either end's coordinate
    is approximate, so the distance is too)."""
    table = places.set_index("place_id")
    approx = is_approximate(places).set_axis(places["place_id"])
    rows = []
    for a, b in pairs:
        for pid in (a, b):
            if pid not in table.index:
                raise GeoError(f"places.csv: no place with place_id {pid!r} (asked for a distance)")
        km = great_circle_km(
            float(table.at[a, "latitude"]),
            float(table.at[a, "longitude"]),
            float(table.at[b, "latitude"]),
            float(table.at[b, "longitude"]),
        )
        rows.append(
            {
                "from_id": a,
                "to_id": b,
                "from_name": table.at[a, "name_en"],
                "to_name": table.at[b, "name_en"],
                "km": round(km),
                "approximate": bool(approx[a] or approx[b]),
            }
        )
    return pd.DataFrame(
        rows, columns=["from_id", "to_id", "from_name", "to_name", "km", "approximate"]
    )


def place_ids_in_claims(claims: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """Claims whose ``value`` or ``object`` is a place id: columns ``claim_id``,
    ``source_id``, ``attribute``, ``field`` (value / object) and ``place_id``."""
    ids = set(places["place_id"])
    rows = []
    for field in ("value", "object"):
        chosen = claims[claims[field].isin(ids)]
        for row in chosen.itertuples(index=False):
            rows.append((row.claim_id, row.source_id, row.attribute, field, getattr(row, field)))
    frame = pd.DataFrame(rows, columns=["claim_id", "source_id", "attribute", "field", "place_id"])
    return frame.sort_values(["claim_id", "field"], ignore_index=True)


def place_mentions(
    documents: Mapping[str, Document], places: pd.DataFrame, claims: pd.DataFrame
) -> pd.DataFrame:
    """Which sources mention each place and how: one row per place and source with
    ``in_body`` (spellings of the place found in the body by
    :func:`newsclaims.text.names.find_mentions`, places only) and ``in_claims`` (claims whose
    value or object is the place). Pairs with neither are left out."""
    empty_actors = pd.DataFrame(columns=["actor_id", "name_en", "name_ar", "kind", "aliases"])
    references = reference_names(empty_actors, places)
    body = find_mentions(documents, references)
    body_counts = body.groupby(["entity_id", "source_id"]).size().rename("in_body")
    claim_counts = (
        place_ids_in_claims(claims, places)
        .groupby(["place_id", "source_id"])
        .size()
        .rename("in_claims")
    )
    body_counts.index = body_counts.index.set_names(["place_id", "source_id"])
    frame = pd.concat([body_counts, claim_counts], axis=1).fillna(0).astype("int64").reset_index()
    place_order = {pid: i for i, pid in enumerate(places["place_id"])}
    source_order = {sid: i for i, sid in enumerate(documents)}
    frame = frame.sort_values(
        ["place_id", "source_id"],
        key=lambda col: col.map(place_order if col.name == "place_id" else source_order),
    )
    return frame.reset_index(drop=True)[["place_id", "source_id", "in_body", "in_claims"]]


def load_boundaries(path: str | Path = BOUNDARIES) -> list[dict]:
    """Country outlines: a list of ``{"name", "iso_a3", "polygons"}``, where ``polygons``
    is a list of polygons, each a list of rings, each a list of ``(lon, lat)`` pairs (the
    first ring is the outline, the others holes)."""
    path = resolve(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise GeoError(f"{path}: file not found; the map needs the country outlines") from exc
    except json.JSONDecodeError as exc:
        raise GeoError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    if data.get("type") != "FeatureCollection":
        raise GeoError(
            f"{path}: expected a GeoJSON FeatureCollection, found type {data.get('type')!r}"
        )
    countries = []
    for number, feature in enumerate(data.get("features", [])):
        props, geometry = feature.get("properties") or {}, feature.get("geometry") or {}
        where = f"{path}, feature {number} ({props.get('name', 'unnamed')})"
        if geometry.get("type") == "Polygon":
            polygons = [geometry["coordinates"]]
        elif geometry.get("type") == "MultiPolygon":
            polygons = geometry["coordinates"]
        else:
            raise GeoError(
                f"{where}: expected a Polygon or MultiPolygon, found {geometry.get('type')!r}"
            )
        if "name" not in props or "iso_a3" not in props:
            raise GeoError(f"{where}: expected the properties name and iso_a3")
        countries.append(
            {
                "name": props["name"],
                "iso_a3": props["iso_a3"],
                "polygons": [
                    [[(float(x), float(y)) for x, y in ring] for ring in poly] for poly in polygons
                ],
            }
        )
    return countries


def bounding_box(country: dict) -> dict[str, tuple[float, float]]:
    """The smallest ``{"lon": (min, max), "lat": (min, max)}`` box around a country."""
    points = [p for poly in country["polygons"] for ring in poly for p in ring]
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return {"lon": (min(lons), max(lons)), "lat": (min(lats), max(lats))}


def country(countries: list[dict], iso_a3: str) -> dict:
    """The country with this ISO code."""
    for item in countries:
        if item["iso_a3"] == iso_a3:
            return item
    raise GeoError(f"{BOUNDARIES}: no country with iso_a3 {iso_a3!r}")


def _inside_ring(lon: float, lat: float, ring: list[tuple[float, float]]) -> bool:
    inside = False
    for (x0, y0), (x1, y1) in pairwise(ring):
        if (y0 > lat) != (y1 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def contains(country: dict, lon: float, lat: float) -> bool:
    """Whether a point lies inside the country's outline (and outside its holes)."""
    return any(
        _inside_ring(lon, lat, poly[0])
        and not any(_inside_ring(lon, lat, hole) for hole in poly[1:])
        for poly in country["polygons"]
    )


def label_point(
    country: dict,
    frame: Mapping[str, tuple[float, float]],
    avoid: Iterable[tuple[float, float]] = (),
    steps: int = 40,
    min_room: float = 0.0,
) -> tuple[float, float] | None:
    """A point inside both the country and the frame, as far as a grid search finds from
    the country's edges, the frame's and the ``avoid`` points (lon, lat); ``None`` when the
    country does not reach into the frame or no point has ``min_room`` degrees of room.
    Used to place country names on a map."""
    avoid = list(avoid)
    (x0, x1), (y0, y1) = frame["lon"], frame["lat"]
    edges = [(a, b) for poly in country["polygons"] for ring in poly for a, b in pairwise(ring)]
    best, best_room = None, 0.0
    for i in range(1, steps):
        for j in range(1, steps):
            lon, lat = x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * j / steps
            if not contains(country, lon, lat):
                continue
            room = min(
                lon - x0,
                x1 - lon,
                lat - y0,
                y1 - lat,
                *(_to_segment(lon, lat, a, b) for a, b in edges),
                *(math.hypot(lon - px, lat - py) for px, py in avoid),
            )
            if room > best_room and room >= min_room:
                best, best_room = (lon, lat), room
    return best


def _to_segment(x: float, y: float, a: tuple[float, float], b: tuple[float, float]) -> float:
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length))
    return math.hypot(x - (ax + t * dx), y - (ay + t * dy))


def mention_grid(mentions: pd.DataFrame, places: pd.DataFrame, order: list[str]) -> pd.DataFrame:
    """Mentions of each place by each source (body spellings plus claims), from
    :func:`place_mentions`: one row per place named at least once, in gazetteer order, one
    column per source in ``order``."""
    totals = mentions.assign(total=mentions["in_body"] + mentions["in_claims"])
    grid = (
        totals.pivot(index="place_id", columns="source_id", values="total")
        .reindex(columns=order)
        .fillna(0)
        .astype(int)
    )
    return grid.reindex([p for p in places["place_id"] if p in grid.index])


def place_overview(grid: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """Each place of :func:`mention_grid` with its name, kind and coordinate precision,
    whether the coordinate is approximate (``yes``/``no``), the mentions per source and
    the number of sources naming it (``sources``)."""
    approximate = is_approximate(places).astype(bool).set_axis(places["place_id"])
    overview = (
        places.set_index("place_id").loc[grid.index, ["name_en", "kind", "coord_precision"]]
    ).join(grid)
    overview.insert(3, "approximate", approximate.loc[grid.index].map({True: "yes", False: "no"}))
    overview["sources"] = (grid > 0).sum(axis=1)
    return overview.reset_index()


def inside_frame(places: pd.DataFrame, frame: Mapping[str, tuple[float, float]]) -> pd.Series:
    """Whether each place lies inside a map frame ``{"lon": (min, max), "lat": (min, max)}``."""
    return places["longitude"].between(*frame["lon"]) & places["latitude"].between(*frame["lat"])


def connected_distances(
    places: pd.DataFrame, pairs: Iterable[tuple[str, str, str]]
) -> pd.DataFrame:
    """:func:`distance_table` for the pairs ``(from, to, why it matters)`` whose places are
    both in the gazetteer (others are left out), with the reason in ``why it matters``."""
    known = set(places["place_id"])
    kept = [(a, b, why) for a, b, why in pairs if a in known and b in known]
    table = distance_table(places, [(a, b) for a, b, _ in kept])
    table["why it matters"] = [why for _, _, why in kept]
    return table


def located_claims(claims: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """Claims whose value or object is a place: ``claim_id``, ``source_id``, ``attribute``,
    ``field``, ``place`` (its name) and ``quote``."""
    located = place_ids_in_claims(claims, places).merge(
        claims[["claim_id", "quote", "translation_en"]], on="claim_id"
    )
    located["place"] = located["place_id"].map(places.set_index("place_id")["name_en"])
    return located[["claim_id", "source_id", "attribute", "field", "place", "quote"]]
