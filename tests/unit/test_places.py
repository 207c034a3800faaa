"""Places on small hand-made gazetteers: distances, approximate coordinates, mentions,
and the tables of the chapter on places."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from support.ledgers import make_ledger

from newsclaims.analysis.places import (
    GeoError,
    connected_distances,
    distance_table,
    great_circle_km,
    inside_frame,
    is_approximate,
    load_boundaries,
    located_claims,
    mention_grid,
    place_overview,
)


def test_bad_boundaries_file_is_named(tmp_path):
    bad = tmp_path / "b.geojson"
    bad.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"name": "X", "iso_a3": "XXX"},
                        "geometry": {"type": "Point", "coordinates": [0, 0]},
                    }
                ],
            }
        )
    )
    with pytest.raises(GeoError, match=r"b\.geojson, feature 0 \(X\)"):
        load_boundaries(bad)


def test_great_circle_distances():
    # one degree of longitude on the equator: 2 * pi * R / 360
    assert great_circle_km(0, 0, 0, 1) == pytest.approx(111.195, abs=0.01)
    assert great_circle_km(33.5, 36.3, 33.5, 36.3) == 0
    assert great_circle_km(33.5, 36.3, 36.8, 38.0) == pytest.approx(
        great_circle_km(36.8, 38.0, 33.5, 36.3)
    )
    with pytest.raises(GeoError, match="lat1=95"):
        great_circle_km(95, 0, 0, 0)


@pytest.fixture
def invented():
    return make_ledger()


def test_distance_table_flags_approximate_ends_and_names_unknown_places(invented):
    table = distance_table(invented.places, [("ardel", "hills")]).iloc[0]
    assert (table["from_name"], table["to_name"]) == ("Ardel", "The hills")
    assert table["km"] == round(great_circle_km(34.0, 37.0, 34.5, 37.5))
    assert table["approximate"]  # the hills' coordinate is an estimate
    with pytest.raises(GeoError, match="nowhere"):
        distance_table(invented.places, [("ardel", "nowhere")])


def test_approximate_coordinates_are_recognised(invented):
    flags = is_approximate(invented.places).set_axis(invented.places["place_id"])
    assert flags.to_dict() == {"ardel": False, "hills": True}


def test_connected_distances_leave_out_unknown_places_and_keep_the_reason(invented):
    pairs = [("ardel", "hills", "the road out"), ("ardel", "atlantis", "a myth")]
    table = connected_distances(invented.places, pairs)
    assert list(zip(table["from_id"], table["to_id"], strict=True)) == [("ardel", "hills")]
    assert list(table["why it matters"]) == ["the road out"]


def test_inside_frame(invented):
    frame = {"lon": (36.5, 37.2), "lat": (33.5, 34.2)}
    assert list(inside_frame(invented.places, frame)) == [True, False]


def test_mention_grid_and_overview():
    places = make_ledger().places
    mentions = pd.DataFrame(
        [("hills", "b", 2, 0), ("ardel", "a", 1, 1), ("ardel", "b", 0, 1)],
        columns=["place_id", "source_id", "in_body", "in_claims"],
    )
    grid = mention_grid(mentions, places, ["a", "b", "c"])
    assert list(grid.index) == ["ardel", "hills"]  # gazetteer order
    assert grid.loc["ardel"].tolist() == [2, 1, 0]
    assert grid.loc["hills"].tolist() == [0, 2, 0]
    overview = place_overview(grid, places).set_index("place_id")
    assert overview.loc["ardel", "sources"] == 2
    assert overview.loc["hills", "approximate"] == "yes"
    assert list(overview.columns[:4]) == ["name_en", "kind", "coord_precision", "approximate"]


def test_located_claims_name_the_place():
    invented = make_ledger(
        [("courier", "handed over 37 tanks", "storage_location", "hills", {})],
        attributes=[{"attribute": "storage_location", "value_type": "place", "cardinality": "one"}],
    )
    located = located_claims(invented.claims, invented.places)
    assert located.to_dict("records") == [
        {
            "claim_id": "courier-001",
            "source_id": "courier",
            "attribute": "storage_location",
            "field": "value",
            "place": "The hills",
            "quote": "handed over 37 tanks",
        }
    ]
