"""When things happened according to whom: occurrence intervals and publication dates.

A claim's modality (``claims.modality``) says whether its date is of something that
happened (an outcome) or of something planned or forecast; the reporting lag is measured on
outcomes only, and plans and forecasts are listed apart, with how far ahead they look.
"""

from __future__ import annotations

import pandas as pd

from newsclaims.vocabulary import DEFAULT_MODALITY, INTENDED


def occurrences(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims that carry a date, one row each, with ``start`` and ``end`` as timestamps.
    An interval open on one side keeps the known bound on both sides and is flagged
    ``open``; the precision, the words that establish it and the claim's ``modality``
    (blank read as ``outcome``) are kept."""
    dated = claims[(claims["occurred_start"] != "") | (claims["occurred_end"] != "")].copy()
    start = pd.to_datetime(dated["occurred_start"].replace("", pd.NA))
    end = pd.to_datetime(dated["occurred_end"].replace("", pd.NA))
    dated["open"] = start.isna() | end.isna()
    dated["start"] = start.fillna(end)
    dated["end"] = end.fillna(start)
    modality = dated["modality"] if "modality" in dated else pd.Series("", index=dated.index)
    dated["modality"] = modality.replace("", DEFAULT_MODALITY)
    columns = [
        "claim_id",
        "source_id",
        "event_id",
        "attribute",
        "value",
        "start",
        "end",
        "open",
        "occurred_precision",
        "occurred_basis",
        "attributed_to",
        "modality",
    ]
    return dated[columns].sort_values(["start", "source_id", "claim_id"], ignore_index=True)


def publications(sources: pd.DataFrame) -> pd.DataFrame:
    """One row per source: the publication date, or its earliest possible date (``basis``
    says which), as a timestamp."""
    date = sources["published"].where(sources["published"] != "", sources["published_earliest"])
    basis = sources["published_basis"].where(sources["published"] != "", "earliest")
    table = pd.DataFrame(
        {
            "source_id": sources["source_id"],
            "date": pd.to_datetime(date.replace("", pd.NA)),
            "basis": basis,
        }
    )
    return table.dropna(subset=["date"]).reset_index(drop=True)


def relative_dates(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims whose date was resolved from a relative expression ("on Thursday")."""
    chosen = claims[claims["occurred_basis"].str.startswith("relative")]
    return chosen[
        [
            "claim_id",
            "source_id",
            "occurred_start",
            "occurred_end",
            "occurred_precision",
            "occurred_basis",
        ]
    ].reset_index(drop=True)


def reporting_lag(occurred: pd.DataFrame, published: pd.DataFrame) -> pd.DataFrame:
    """Days from the latest claimed occurrence of each event to each source's publication,
    on outcomes only: a plan's or a forecast's date lies ahead of the report by nature
    (:func:`plans_and_forecasts`)."""
    outcomes = occurred[~occurred["modality"].isin(INTENDED)]
    merged = outcomes.merge(published, on="source_id")
    merged["lag_days"] = (merged["date"] - merged["end"]).dt.days
    return (
        merged.groupby(["source_id", "event_id"])["lag_days"]
        .min()
        .rename("days_from_event_to_publication")
        .reset_index()
    )


def plans_and_forecasts(occurred: pd.DataFrame, published: pd.DataFrame) -> pd.DataFrame:
    """The dated plans and forecasts (an agreement expected "on Thursday", a deadline
    "within three days"), with the days from the report to the date they look ahead to
    (``days_ahead``; negative when the date had passed when the report appeared)."""
    chosen = occurred[occurred["modality"].isin(INTENDED)].merge(published, on="source_id")
    chosen["days_ahead"] = (chosen["end"] - chosen["date"]).dt.days
    columns = ["claim_id", "source_id", "event_id", "attribute", "value", "modality", "days_ahead"]
    return chosen[columns].sort_values(["source_id", "claim_id"], ignore_index=True)


def default_window(
    published: pd.DataFrame, before_days: int = 21, after_days: int = 7
) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The calendar window of the timeline figure: from three weeks before the first
    publication to a week after the last."""
    return (
        published["date"].min() - pd.Timedelta(days=before_days),
        published["date"].max() + pd.Timedelta(days=after_days),
    )


def window(
    published: pd.DataFrame, start: str = "", end: str = ""
) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The timeline's window: ``start`` and ``end`` (ISO dates) where given, the
    :func:`default_window` where blank."""
    default_start, default_end = default_window(published)
    return (
        pd.Timestamp(start) if start else default_start,
        pd.Timestamp(end) if end else default_end,
    )


def within_window(occurred: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> pd.DataFrame:
    """The occurrences that overlap the window, their intervals cut at its edges (so a
    figure of the window draws them whole)."""
    inside = occurred[(occurred["end"] >= start) & (occurred["start"] <= end)]
    return inside.assign(start=inside["start"].clip(lower=start), end=inside["end"].clip(upper=end))


def dated_table(occurred: pd.DataFrame) -> pd.DataFrame:
    """:func:`occurrences` with ``start`` and ``end`` as calendar dates (no time of day)."""
    return occurred.assign(start=occurred["start"].dt.date, end=occurred["end"].dt.date)
