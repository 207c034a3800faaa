"""The tables of the assessment chapter, in readers' words: the slots of each kind, the
coverage matrix of an event, the reliability of the origins, the outliers.

Each function takes the comparison (:func:`newsclaims.analysis.compare.comparison`) or one
of its frames and returns a data frame whose cells are names and words; ids stay in the
columns a downloadable CSV needs to link back to ``slots.csv`` (``slot_id``).
"""

from __future__ import annotations

import pandas as pd

from newsclaims.analysis.coverage import event_matrix, topic_of
from newsclaims.analysis.summaries import with_kind
from newsclaims.report.labels import Labels, kind_label, words
from newsclaims.report.prose import slot_titles
from newsclaims.vocabulary import KINDS, RELIABILITY_LABELS

STATUS_WORDS = {
    "answers": "answers",
    "answers_for_a_part": "answers for a part",
    "published_before": "published before the event",
    "silent": "silent",
    "not_covering": "does not cover the event",
}


def kinds_table(slots: pd.DataFrame, labels: Labels) -> pd.DataFrame:
    """One row per kind of slot (:data:`newsclaims.vocabulary.KINDS`, most serious first):
    the kind in words, how many slots have it (as main kind or among the others), and
    those slots, named by event and title (``;``-separated)."""
    titles = slot_titles(slots, labels)
    rows = []
    for kind in KINDS:
        chosen = with_kind(slots, kind)
        named = [f"{labels.event(s.event_id)}: {titles[s.slot_id]}" for s in chosen.itertuples()]
        rows.append(
            {
                "kind": kind_label(kind),
                "slots": len(chosen),
                "slots with this kind": "; ".join(named) if kind != "single_source" else "",
                "slot_ids": ";".join(chosen["slot_id"]),
            }
        )
    return pd.DataFrame(rows)


def coverage_table(matrix: pd.DataFrame, event_id: str, labels: Labels) -> pd.DataFrame:
    """The coverage matrix of one event in words: one row per question (its attribute and
    value in words), one column per outlet, each cell a status
    (:mod:`newsclaims.analysis.coverage`)."""
    table = event_matrix(matrix, event_id, list(labels.source_ids))
    table = table.rename(columns=labels.outlet).map(STATUS_WORDS.get)
    questions = [words(topic_of(q, event_id)).replace(":", ": ") for q in table.index]
    return table.set_axis(questions, axis=0).rename_axis("question").reset_index()


def reliability_table(claims: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """The inner sources and outlets the claims rest on (``attributed_to``), with their
    camp, reliability (letter and words) and its basis, and the number of claims on each."""
    counts = claims.groupby("attributed_to").size().rename("claims")
    info = actors.set_index("actor_id")
    chosen = info.loc[counts.index]
    letters = chosen["reliability"].replace("", "F")
    table = pd.DataFrame(
        {
            "source": chosen["name_en"],
            "camp": chosen["camp"].map(words),
            "reliability": letters + " (" + letters.map(RELIABILITY_LABELS) + ")",
            "basis": chosen["reliability_basis"],
            "claims": counts,
        }
    )
    return table.sort_values(["reliability", "claims"], ascending=[True, False]).reset_index(
        drop=True
    )


def outlier_table(slots: pd.DataFrame, labels: Labels) -> pd.DataFrame:
    """Every slot reported by more than one origin: its title, kind, grade, the outlier
    claim (if any) and why."""
    chosen = slots[slots["independent_origins"] > 1]
    titles = slot_titles(slots, labels)
    return pd.DataFrame(
        {
            "event": chosen["event_id"].map(labels.event),
            "slot": chosen["slot_id"].map(titles),
            "kind": chosen["kind"].map(kind_label),
            "credibility": chosen["credibility"].astype(str) + " " + chosen["credibility_label"],
            "outlier claim": chosen["outlier_claim"],
            "why": chosen["outlier_reason"],
            "slot_id": chosen["slot_id"],
        }
    ).reset_index(drop=True)
