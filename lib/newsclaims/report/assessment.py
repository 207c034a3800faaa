"""The tables of the assessment chapter, in readers' words: the slots of each kind, the
coverage matrix of an event, the reliability of the origins, the outliers.

Each function takes the comparison (:func:`newsclaims.analysis.compare.comparison`) or one
of its frames and returns a data frame whose cells are names and words; ids stay in the
columns a downloadable CSV needs to link back to ``slots.csv`` (``slot_id``).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from markupsafe import Markup

from newsclaims.analysis.coverage import event_matrix, topic_of
from newsclaims.analysis.summaries import with_kind
from newsclaims.data.assessments import Assessment
from newsclaims.report.html import render
from newsclaims.report.labels import Labels
from newsclaims.report.links import assessment_href, claim_links, slot_anchor
from newsclaims.report.narrative import chapter_of, covered
from newsclaims.report.prose import estimate_phrase, slot_titles
from newsclaims.vocabulary import KINDS

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
    titles = slot_titles(slots, labels, with_event=True)
    rows = []
    for kind in KINDS:
        chosen = with_kind(slots, kind)
        named = [titles[s] for s in chosen["slot_id"]]
        rows.append(
            {
                "kind": labels.kind(kind),
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
    table = table.rename(columns=labels.outlet_short).map(STATUS_WORDS.get)
    questions = []
    for question in table.index:
        attribute, _, value = topic_of(question, event_id).partition(":")
        text = labels.attribute(attribute)
        questions.append(f"{text}: {labels.category(attribute, value)}" if value else text)
    return table.set_axis(questions, axis=0).rename_axis("question").reset_index()


def reliability_table(
    claims: pd.DataFrame, actors: pd.DataFrame, labels: Labels | None = None
) -> pd.DataFrame:
    """The inner sources and outlets the claims rest on (``attributed_to``), with their
    camp, reliability (letter and words) and its basis, and the number of claims on each."""
    counts = claims.groupby("attributed_to").size().rename("claims")
    info = actors.set_index("actor_id")
    chosen = info.loc[counts.index]
    labels = labels or Labels()
    letters = chosen["reliability"].replace("", "F")
    table = pd.DataFrame(
        {
            "source": chosen["name_en"],
            "camp": chosen["camp"].map(labels.camp),
            "reliability": letters + " (" + letters.map(labels.reliability) + ")",
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
    return pd.DataFrame(
        {
            "slot_id": chosen["slot_id"],
            "kind": chosen["kind"],
            "credibility": chosen["credibility"].astype(str) + " " + chosen["credibility_label"],
            "outlier_claim": chosen["outlier_claim"],
            "why": chosen["outlier_reason"],
        }
    ).reset_index(drop=True)


def _estimate(slot: pd.Series) -> str:
    if slot["value_type"] != "number":
        return ""
    return estimate_phrase(slot["low"], slot["best"], slot["high"], slot["best_note"])


def slots_html(
    slots: pd.DataFrame,
    labels: Labels,
    assessments: Sequence[Assessment] = (),
    base: str = "../",
) -> Markup:
    """Every slot as a row of an HTML table, the row's anchor ``slot-<slug>``
    (:func:`newsclaims.report.links.slot_anchor`, the target of the source viewer's links
    back): its event and title, its kind, the outlets in it, its estimate, its grade, the
    written assessments that cover it (links) and its claims (links to their quotes).
    Everything in words; ids only in the anchors and addresses."""
    titles = slot_titles(slots, labels, with_event=True)
    written = covered(assessments, slots)
    by_name = {a.name: a for a in assessments}
    rows = [
        {
            "anchor": slot_anchor(slot["slot_id"]),
            "title": titles[slot["slot_id"]],
            "kind": labels.kind(slot["kind"]),
            "outlets": "; ".join(labels.outlet_short(s) for s in slot["sources"].split(";") if s),
            "estimate": _estimate(slot),
            "grade": f"{slot['credibility']} ({slot['credibility_label']})",
            "written": [
                {
                    "title": by_name[n].title,
                    "href": assessment_href(n, chapter_of(by_name[n], slots), base),
                }
                for n in written.get(slot["slot_id"], [])
            ],
            "quotes": claim_links(slot["claim_ids"].split(";"), labels, base),
        }
        for _, slot in slots.iterrows()
    ]
    return render("slots_table.html", rows=rows)
