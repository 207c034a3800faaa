"""Places: distances, the gazetteer's coordinates, mentions and the shipped outlines."""

from __future__ import annotations

import json
import re

import pytest

from newsclaims.analysis.places import (
    BOUNDARIES,
    MAP_FRAME,
    GeoError,
    bounding_box,
    contains,
    country,
    distance_table,
    great_circle_km,
    is_approximate,
    load_boundaries,
    place_ids_in_claims,
    place_mentions,
)


@pytest.fixture(scope="module")
def countries(root):
    return load_boundaries(root / BOUNDARIES)


def test_distance_on_known_points(ledger):
    damascus = ledger.places.set_index("place_id").loc["damascus"]
    homs_city = (34.7324, 36.7137)  # Homs city centre; not a place of the gazetteer
    km = great_circle_km(damascus["latitude"], damascus["longitude"], *homs_city)
    assert 140 <= km <= 165


def test_distance_table(ledger):
    table = distance_table(ledger.places, [("douma", "dumayr"), ("batra_mountain", "jarabulus")])
    rows = table.set_index(["from_id", "to_id"])
    assert 20 <= rows.loc[("douma", "dumayr"), "km"] <= 40
    assert not rows.loc[("douma", "dumayr"), "approximate"]
    # Batra's coordinate is an estimate, so the distance is flagged
    assert rows.loc[("batra_mountain", "jarabulus"), "approximate"]
    assert 300 <= rows.loc[("batra_mountain", "jarabulus"), "km"] <= 420
    with pytest.raises(GeoError, match="nowhere"):
        distance_table(ledger.places, [("damascus", "nowhere")])


def test_every_place_lies_in_syrias_bounding_box(ledger, countries):
    box = bounding_box(country(countries, "SYR"))
    outside = []
    for row in ledger.places.itertuples(index=False):
        inside = (
            box["lat"][0] <= row.latitude <= box["lat"][1]
            and box["lon"][0] <= row.longitude <= box["lon"][1]
        )
        if not inside and "outside syria" not in row.description.lower():
            outside.append(row.place_id)
    assert outside == []


def test_approximate_coordinates_are_recognised(ledger):
    flags = is_approximate(ledger.places).set_axis(ledger.places["place_id"])
    assert flags["batra_mountain"] and flags["eastern_qalamoun"]  # estimate; centroid estimate
    assert not flags["damascus"] and not flags["jarabulus"]


def test_every_place_id_used_by_claims_exists(ledger):
    ids = set(ledger.places["place_id"])
    place_attributes = set(
        ledger.attributes.loc[ledger.attributes["value_type"] == "place", "attribute"]
    )
    assert place_attributes, "the attribute list should have at least one place-valued attribute"
    values = ledger.claims.loc[ledger.claims["attribute"].isin(place_attributes), "value"]
    assert set(values) <= ids
    assert set(ledger.events["place_id"]) - {""} <= ids  # an event may have no known place
    used = place_ids_in_claims(ledger.claims, ledger.places)
    assert ("zamanalwasl-019", "batra_mountain") in set(
        zip(used["claim_id"], used["place_id"], strict=True)
    )


def test_place_mentions(ledger):
    mentions = place_mentions(ledger.documents, ledger.places, ledger.claims)
    named = {(r.place_id, r.source_id) for r in mentions.itertuples(index=False)}
    assert {("batra_mountain", "zamanalwasl"), ("batra_mountain", "smart")} <= named
    jarabulus = mentions.set_index(["place_id", "source_id"]).loc[("jarabulus", "smart")]
    assert jarabulus["in_body"] == 1 and jarabulus["in_claims"] == 2
    # سوريا occurs on the Al-Ittihad Press page only in its breadcrumb (chrome): not a mention
    anapress_text = ledger.documents["anapress"].text
    assert "سوريا" in anapress_text
    assert ("syria", "anapress") not in named
    # the typo القمون inside "فصائل وفعاليات القمون الشرقي" still names Eastern Qalamoun
    assert ("eastern_qalamoun", "anapress") in named
    assert (mentions[["in_body", "in_claims"]].sum(axis=1) > 0).all()


def test_boundaries_file(root, countries):
    path = root / BOUNDARIES
    data = json.loads(path.read_text(encoding="utf-8"))
    names = {f["properties"]["name"] for f in data["features"]}
    assert {"Syria", "Lebanon", "Jordan", "Iraq", "Turkey", "Israel"} <= names
    for feature in data["features"]:
        assert set(feature["properties"]) == {"name", "iso_a3"}
    decimals = [len(d) for d in re.findall(r"-?\d+\.(\d+)", json.dumps(data["features"]))]
    assert max(decimals) <= 4
    (x0, x1), (y0, y1) = MAP_FRAME["lon"], MAP_FRAME["lat"]
    for item in countries:
        box = bounding_box(item)
        assert (
            box["lon"][0] <= x1
            and box["lon"][1] >= x0
            and box["lat"][0] <= y1
            and box["lat"][1] >= y0
        )
    syria = country(countries, "SYR")
    assert contains(syria, 36.29, 33.51)  # Damascus
    assert not contains(syria, 35.50, 33.89)  # Beirut
    assert contains(country(countries, "LBN"), 35.50, 33.89)
