"""When things happened according to whom, on hand-made claims and sources."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from support.ledgers import CLAIMS, make_ledger

from newsclaims.analysis.timeline import (
    dated_table,
    default_window,
    occurrences,
    plans_and_forecasts,
    publications,
    relative_dates,
    reporting_lag,
    window,
    within_window,
)

DATED = [
    *CLAIMS,
    (
        "courier",
        "Most fighters left for the north",
        "fighters_destination",
        "northern_syria",
        {
            "occurred_end": "2020-03-02",
            "occurred_precision": "approximate",
            "occurred_basis": "relative: before publication",
        },
    ),
    (
        "agency",
        "Fighters went to the hills",
        "fighters_destination",
        "mountains",
        {
            "occurred_start": "2020-02-25",
            "occurred_end": "2020-02-27",
            "occurred_precision": "range",
            "occurred_basis": "relative: since Tuesday",
        },
    ),
]


@pytest.fixture(scope="module")
def invented():
    return make_ledger(DATED)


def test_occurrences_keep_the_known_bound_of_an_open_interval(invented):
    occurred = occurrences(invented.claims).set_index("claim_id")
    assert list(occurred.index) == ["agency-004", "herald-002", "courier-005"]  # by start
    assert occurred.loc["courier-005", "open"]
    assert occurred.loc["courier-005", "start"] == occurred.loc["courier-005", "end"]
    assert not occurred.loc["agency-004", "open"]
    assert occurred.loc["agency-004", "end"] == pd.Timestamp("2020-02-27")


def test_publications_fall_back_on_the_earliest_date(invented):
    published = publications(invented.sources).set_index("source_id")
    assert published.loc["agency", "basis"] == "earliest"
    assert published.loc["agency", "date"] == pd.Timestamp("2020-03-01")
    assert published.loc["herald", "basis"] == "inferred"
    nowhere = invented.sources.assign(published="", published_earliest="")
    assert publications(nowhere).empty


def test_relative_dates(invented):
    assert list(relative_dates(invented.claims)["claim_id"]) == ["courier-005", "agency-004"]


def test_reporting_lag_is_from_the_latest_occurrence_to_publication(invented):
    lag = reporting_lag(occurrences(invented.claims), publications(invented.sources))
    days = lag.set_index("source_id")["days_from_event_to_publication"].to_dict()
    assert days == {"agency": 3, "courier": 0, "herald": 4}


def test_windows(invented):
    published = publications(invented.sources)
    assert default_window(published) == (pd.Timestamp("2020-02-09"), pd.Timestamp("2020-03-12"))
    assert window(published) == default_window(published)
    start, end = window(published, "2020-02-26", "2020-03-01")
    assert (start, end) == (pd.Timestamp("2020-02-26"), pd.Timestamp("2020-03-01"))
    inside = within_window(occurrences(invented.claims), start, end).set_index("claim_id")
    # The courier's date (2 March) lies outside; the agency's range is cut at the window.
    assert list(inside.index) == ["agency-004", "herald-002"]
    assert inside.loc["agency-004", "start"] == start


def test_dated_table_gives_calendar_dates(invented):
    table = dated_table(occurrences(invented.claims))
    assert table["start"].iloc[0] == dt.date(2020, 2, 25)


def test_plans_and_forecasts_are_left_out_of_the_lag_and_listed_apart(invented):
    planned = invented.claims.assign(
        modality=invented.claims["claim_id"].map({"courier-005": "forecast"}).fillna("")
    )
    occurred = occurrences(planned)
    assert occurred.set_index("claim_id").loc["herald-002", "modality"] == "outcome"
    lag = reporting_lag(occurred, publications(invented.sources))
    assert "courier" not in set(lag["source_id"])  # its only dated claim is a forecast
    ahead = plans_and_forecasts(occurred, publications(invented.sources))
    assert ahead.to_dict("records") == [
        {
            "claim_id": "courier-005",
            "source_id": "courier",
            "event_id": "handover",
            "attribute": "fighters_destination",
            "value": "northern_syria",
            "modality": "forecast",
            "days_ahead": 0,
        }
    ]
