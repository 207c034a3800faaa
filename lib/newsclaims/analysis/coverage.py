"""Who covers which event, and who is silent on a question others answer.

A source *covers* an event when it makes at least one claim about the event or about an
event below it in the hierarchy. For every question of an event (an attribute, and for a
many-valued attribute its value or weapon family) each source of the package is, in this
order:

``answers``
    it makes a claim that answers the question;
``answers_for_a_part``
    it answers the same question for an event below this one;
``published_before``
    it covers the event but was published before the event's known date (its end, else its
    start): its silence says nothing;
``silent``
    it covers the event and says nothing on the question although another source answers
    it: a *silence*;
``not_covering``
    it makes no claim about the event at all (no row in the table; the matrix of one event,
    :func:`event_matrix`, shows it).

The table is the coverage matrix of every event, one row per question and covering source;
it is exported as ``coverage.csv``.
"""

from __future__ import annotations

import pandas as pd

from newsclaims.analysis.events import Hierarchy

STATUSES = ("answers", "answers_for_a_part", "published_before", "silent", "not_covering")
COLUMNS = ["event_id", "question_id", "attribute", "source_id", "status", "claim_ids"]


def published_dates(sources: pd.DataFrame) -> dict[str, str]:
    """Each source's publication date as an ISO string: the latest it can be, else the
    earliest, else ``""``."""
    latest = sources["published_latest"].where(
        sources["published_latest"] != "", sources["published_earliest"]
    )
    return dict(zip(sources["source_id"], latest.fillna(""), strict=True))


def topic_of(question_id: str, event_id: str) -> str:
    """A question without its event: ``eq_handover:recipient`` -> ``recipient``."""
    return question_id[len(event_id) + 1 :]


def coverage(claims: pd.DataFrame, sources: pd.DataFrame, hierarchy: Hierarchy) -> pd.DataFrame:
    """The coverage matrix: one row per question of every event and per source that covers
    the event, with its status (:data:`STATUSES`) and the claims behind an answer; a
    source with no row for an event does not cover it (``not_covering``), which keeps the
    table as long as the claims, not as the questions times the sources. ``claims`` carry
    ``question_id`` (:func:`newsclaims.analysis.keys.claim_keys`)."""
    source_ids = list(sources["source_id"])
    published = published_dates(sources)
    by_event: dict[str, set[str]] = {}
    answers: dict[tuple[str, str], dict[str, list[str]]] = {}
    by_topic: dict[tuple[str, str], dict[str, list[str]]] = {}
    attribute_of: dict[str, str] = {}
    for claim_id, source, event, question, attribute in zip(
        claims["claim_id"],
        claims["source_id"],
        claims["event_id"],
        claims["question_id"],
        claims["attribute"],
        strict=True,
    ):
        by_event.setdefault(event, set()).add(source)
        answers.setdefault((event, question), {}).setdefault(source, []).append(claim_id)
        topic = topic_of(question, event)
        by_topic.setdefault((event, topic), {}).setdefault(source, []).append(claim_id)
        attribute_of[question] = attribute
    rows = []
    for event, question in sorted(answers):
        below = hierarchy.descendants(event)
        covering = set().union(*(by_event.get(e, set()) for e in [event, *below]))
        topic = topic_of(question, event)
        parts: dict[str, list[str]] = {}
        for part in below:
            for source, ids in by_topic.get((part, topic), {}).items():
                parts.setdefault(source, []).extend(ids)
        date = hierarchy.known_date(event)
        for source in [s for s in source_ids if s in covering]:
            mine = answers[event, question].get(source, [])
            if mine:
                status, ids = "answers", mine
            elif parts.get(source):
                status, ids = "answers_for_a_part", sorted(parts[source])
            elif date and published.get(source) and published[source] < date:
                status, ids = "published_before", []
            else:
                status, ids = "silent", []
            rows.append((event, question, attribute_of[question], source, status, ";".join(ids)))
    return pd.DataFrame(rows, columns=COLUMNS)


def silent_sources(matrix: pd.DataFrame) -> pd.Series:
    """Per question: the sources silent on it (``;``-separated, ``""`` when none)."""
    silent = matrix[matrix["status"] == "silent"]
    joined = silent.groupby("question_id")["source_id"].agg(";".join)
    return joined.reindex(matrix["question_id"].unique(), fill_value="")


def event_matrix(matrix: pd.DataFrame, event_id: str, source_ids: list[str]) -> pd.DataFrame:
    """The coverage matrix of one event: its questions (rows) by every source (columns, in
    ``source_ids`` order), each cell a status (``not_covering`` for a source with no
    claim about the event)."""
    chosen = matrix[matrix["event_id"] == event_id]
    table = chosen.pivot(index="question_id", columns="source_id", values="status")
    return table.reindex(columns=source_ids).astype(object).fillna("not_covering")
