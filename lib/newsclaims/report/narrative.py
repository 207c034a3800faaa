"""The written analysis: a package's assessments rendered, placed in their chapters, and
checked against the slots.

An assessment (:mod:`newsclaims.data.assessments`) is Markdown of a small subset. It is
rendered here with markdown-it-py, a CommonMark parser, started from its empty preset with
only paragraphs, lists, emphasis and line breaks switched on and HTML off, plus one inline
rule of our own for the claim role: every character of the source reaches the page
escaped, and a role becomes a link to the claim's highlighted quote
(:func:`newsclaims.report.links.claim_link`). Nothing is handed to MyST.

What a slot needs: a slot is *contested* when its kind is anything but "single source"
(two sources in it, or its claims set against another slot: part and whole, competing
explanations, different moments...). :func:`unassessed` lists the contested slots no
assessment covers; the book says which they are rather than failing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

import pandas as pd
from markdown_it import MarkdownIt
from markupsafe import Markup

from newsclaims.analysis.compare import Comparison
from newsclaims.data.assessment_syntax import SHOWN
from newsclaims.data.assessments import Assessment
from newsclaims.report.html import render
from newsclaims.report.labels import Labels
from newsclaims.report.links import (
    CHAPTER_BASE,
    assessment_anchor,
    assessment_href,
    claim_link,
    link,
    slot_href,
)
from newsclaims.report.prose import Item, count_phrase, item_list, slot_titles

SINGLE = "single_source"
ROLE_OPEN = "{claim}`"
# The chapter an assessment goes to when its front matter names none: by the attributes
# of the slots it covers (the first that matches), else the assessment chapter.
CHAPTER_OF_ATTRIBUTE = {
    "weapons": (
        "tanks_handed_over",
        "rockets_handed_over",
        "launchers_handed_over",
        "vehicles_handed_over",
        "weapon_type_handed_over",
        "weapon_origin",
        "weapon_described_as",
        "weapon_copy_of",
        "weapon_range",
    ),
    "condition_and_fate": (
        "weapon_condition",
        "recipient",
        "fighters_destination",
        "fighters_count",
        "storage_location",
        "withdrawal_cause",
        "cooperation",
    ),
    "timeline": ("event_date", "duration", "agreement_term", "military_action"),
}


# ---------------------------------------------------------------------------- rendering


def _claim_rule(state, silent: bool) -> bool:
    """markdown-it inline rule: ``{claim}`...``` becomes a ``claim_ref`` token."""
    if not state.src.startswith(ROLE_OPEN, state.pos):
        return False
    end = state.src.find("`", state.pos + len(ROLE_OPEN))
    if end < 0:
        return False
    if not silent:
        token = state.push("claim_ref", "", 0)
        token.meta = {"inner": state.src[state.pos + len(ROLE_OPEN) : end].strip()}
    state.pos = end + 1
    return True


@cache
def _parser() -> MarkdownIt:
    md = MarkdownIt("zero", {"html": False, "linkify": False, "typographer": False})
    md.enable(["list", "emphasis", "newline"])
    md.inline.ruler.before("emphasis", "claim", _claim_rule)
    md.add_render_rule("claim_ref", _render_claim)
    return md


def _role(inner: str) -> tuple[str, str]:
    shown = SHOWN.match(inner)
    return (shown["text"], shown["id"].strip()) if shown else ("", inner)


def _render_claim(self, tokens, index: int, options, env: dict) -> str:
    """markdown-it render rule of a ``claim_ref`` token: a link to the claim's quote
    (``env`` carries the labels and the base); an unknown claim, which the validator
    refuses, is shown as its words, unlinked."""
    text, claim_id = _role(tokens[index].meta["inner"])
    labels: Labels = env["labels"]
    if claim_id not in labels.claims:
        return str(render("plain.html", text=text or claim_id))
    return str(claim_link(claim_id, labels, text, env["base"]))


def render_markdown(
    body: str, labels: Labels, base: str = CHAPTER_BASE, first: bool = False
) -> Markup:
    """``body`` (the subset of :mod:`newsclaims.data.assessments`) as escaped HTML, each
    claim role a link to its quote; with ``first``, only the first paragraph."""
    md = _parser()
    env = {"labels": labels, "base": base}
    tokens = md.parse(body, env)
    if first:
        end = next((i for i, t in enumerate(tokens) if t.type == "paragraph_close"), len(tokens))
        tokens = tokens[: end + 1]
    return Markup(md.renderer.render(tokens, md.options, env))


# ---------------------------------------------------------------------------- slots


def matches(selector: str, slot: pd.Series) -> bool:
    """Whether a front matter's selector names a slot: its slot id, its question id, or
    ``event:attribute`` (every question of that attribute in that event)."""
    question = slot["question_id"]
    return selector in (slot["slot_id"], question) or question.startswith(selector + ":")


def covered(assessments: Iterable[Assessment], slots: pd.DataFrame) -> dict[str, list[str]]:
    """Slot id to the names of the assessments that cover it (only slots some cover)."""
    found: dict[str, list[str]] = {}
    for assessment in assessments:
        for _, slot in slots.iterrows():
            if any(matches(s, slot) for s in assessment.slots):
                found.setdefault(slot["slot_id"], []).append(assessment.name)
    return found


def contested(slots: pd.DataFrame) -> pd.DataFrame:
    """The slots that need a written assessment: every slot whose kind is not "single
    source"."""
    return slots[slots["kind"] != SINGLE]


def unassessed(assessments: Iterable[Assessment], slots: pd.DataFrame) -> pd.DataFrame:
    """The contested slots no assessment covers, in the order of ``slots``."""
    chosen = contested(slots)
    return chosen[~chosen["slot_id"].isin(covered(assessments, slots))]


def selector_problems(assessments: Iterable[Assessment], slots: pd.DataFrame) -> list[str]:
    """One message per selector of a front matter that names no slot: the file and the
    selector. The build stops on them: a selector left behind by a re-coding would
    otherwise cover nothing in silence."""
    problems = []
    for assessment in assessments:
        for selector in assessment.slots:
            if not any(matches(selector, slot) for _, slot in slots.iterrows()):
                problems.append(
                    f"{assessment.path}: slots: {selector!r} names no slot of the comparison"
                    " (a slot id, a question id or event:attribute of slots.csv)"
                )
    return problems


def chapter_of(assessment: Assessment, slots: pd.DataFrame) -> str:
    """The chapter an assessment leads: its front matter's, else the first chapter of
    :data:`CHAPTER_OF_ATTRIBUTE` one of its slots' attributes belongs to, else the
    assessment chapter."""
    if assessment.chapter:
        return assessment.chapter
    attributes = {
        slot["attribute"]
        for _, slot in slots.iterrows()
        if any(matches(s, slot) for s in assessment.slots)
    }
    for chapter, chosen in CHAPTER_OF_ATTRIBUTE.items():
        if attributes & set(chosen):
            return chapter
    return "assessment"


def ordered(assessments: Iterable[Assessment]) -> list[Assessment]:
    """Ranked assessments first, by rank, then the others by file name."""
    return sorted(assessments, key=lambda a: (a.key is None, a.key or 0, a.name))


# ---------------------------------------------------------------------------- pages


def _slot_links(assessment: Assessment, slots: pd.DataFrame, titles: dict[str, str], base: str):
    chosen = [s for _, s in slots.iterrows() if any(matches(x, s) for x in assessment.slots)]
    return [
        link(titles.get(s["slot_id"], s["slot_id"]), slot_href(s["slot_id"], base)) for s in chosen
    ]


def assessments_html(
    assessments: Sequence[Assessment],
    slots: pd.DataFrame,
    labels: Labels,
    titles: dict[str, str],
    chapter: str,
    base: str = CHAPTER_BASE,
) -> Markup:
    """The written analysis of one chapter: each of its assessments (:func:`chapter_of`)
    with its question as a heading, its text, and links to the slots it covers (worded by
    ``titles``, slot id to a title in words); a sentence saying there is none when the
    package has none for this chapter."""
    chosen = [a for a in ordered(assessments) if chapter_of(a, slots) == chapter]
    parts = [
        {
            "anchor": assessment_anchor(a.name),
            "title": a.title,
            "body": render_markdown(a.body, labels, base),
            "slots": _slot_links(a, slots, titles, base),
        }
        for a in chosen
    ]
    return render("assessments.html", parts=parts)


def chapter_analysis(ledger, result: Comparison, chapter: str, base: str = CHAPTER_BASE) -> Markup:
    """A chapter's written analysis from a loaded package (``ledger``) and its comparison
    (:func:`assessments_html`, slots titled with their events)."""
    labels = Labels.from_ledger(ledger)
    titles = slot_titles(result.slots, labels, with_event=True)
    return assessments_html(ledger.assessments, result.slots, labels, titles, chapter, base)


# The book's chapters, by the topics assessments name them by, as a reader knows them.
CHAPTER_TITLES = {
    "sources": "The sources",
    "claims": "What each source claims",
    "weapons": "What was handed over",
    "condition_and_fate": "Condition, recipients and the fate of the fighters",
    "timeline": "The timeline",
    "language": "The words of the sources",
    "places": "Where it happened",
    "assessment": "What can be said with confidence",
}


def assessment_index(
    assessments: Sequence[Assessment], slots: pd.DataFrame, base: str = CHAPTER_BASE
) -> Markup:
    """Every assessment of the package as an HTML list, in the order of the chapters that
    lead with them: its question, a link to it, and its chapter."""
    order = list(CHAPTER_TITLES)
    placed = sorted(
        ((chapter_of(a, slots), a) for a in ordered(assessments)),
        key=lambda pair: order.index(pair[0]),
    )
    items = [
        Item(
            link(a.title, assessment_href(a.name, chapter, base))
            + Markup(" (chapter: {})").format(CHAPTER_TITLES[chapter])
        )
        for chapter, a in placed
    ]
    return item_list(items, "This corpus has no written assessment.")


def unassessed_html(
    assessments: Sequence[Assessment], result: Comparison, labels: Labels
) -> Markup:
    """The contested slots no assessment covers, as an HTML list of their titles, each a
    link to its row; a sentence saying so when every one is covered."""
    missing = unassessed(assessments, result.slots)
    titles = slot_titles(result.slots, labels, with_event=True)
    items = [Item(link(titles[s], slot_href(s))) for s in missing["slot_id"]]
    return item_list(items, "Every contested slot has a written assessment.")


def key_findings_html(
    assessments: Sequence[Assessment], slots: pd.DataFrame, labels: Labels, base: str = ""
) -> Markup:
    """The landing page's key findings: the first paragraph of every ranked assessment
    (front matter ``key``), in rank order, each followed by a link to the whole
    assessment in its chapter. Empty when no assessment is ranked."""
    ranked = [a for a in ordered(assessments) if a.key is not None]
    items = [
        {
            "title": a.title,
            "body": render_markdown(a.body, labels, base, first=True),
            "more": assessment_href(a.name, chapter_of(a, slots), base),
        }
        for a in ranked
    ]
    return render("findings.html", items=items)


# ---------------------------------------------------------------------------- findings


def overview_items(result: Comparison, assessments: Iterable[Assessment] = ()) -> Markup:
    """An HTML list of the overall picture in figures: slots, those of more than one
    source and of one only, those confirmed across camps and those resting on one origin,
    the questions set side by side, and how many contested slots (:func:`contested`) have a
    written assessment."""
    slots = result.slots
    n_multi = int((slots["n_sources"] > 1).sum())
    n_single = len(slots) - n_multi
    confirmed = int((slots["credibility"] == 1).sum())
    one_origin = int(((slots["n_sources"] > 1) & (slots["independent_origins"] < 2)).sum())
    apart = slots.groupby("question_id")["slot_id"].count()
    lines = [
        Item(
            f"Of {count_phrase(len(slots), 'slot')}, {n_multi} {_be(n_multi)} reported by more"
            f" than one source and {n_single} ({n_single / max(len(slots), 1):.0%}) by one"
            " source only."
        ),
        Item(
            f"{count_phrase(confirmed, 'slot')} {_be(confirmed)} confirmed"
            f" (agreed across opposing camps); {count_phrase(one_origin, 'slot')}"
            f" {_be(one_origin)} reported by several outlets that rest on a single origin."
        ),
    ]
    if (apart > 1).any():
        n = int((apart > 1).sum())
        lines.append(
            Item(
                f"{count_phrase(n, 'question')} {'holds' if n == 1 else 'hold'} claims that are"
                " not comparable (different systems, units, moments, scopes or modalities):"
                " they are set side by side and never estimated together."
            )
        )
    need = len(contested(slots))
    missing = len(unassessed(assessments, slots))
    if need == 0:
        coverage = "no slot needs a written assessment."
    elif missing == 0:
        coverage = "every one has a written assessment."
    elif missing == need:
        coverage = (
            "it has no written assessment yet."
            if need == 1
            else ("none has a written assessment yet.")
        )
    else:
        coverage = f"{need - missing} {'has' if need - missing == 1 else 'have'} a written"
        coverage += f" assessment and {missing} {'has' if missing == 1 else 'have'} none yet."
    lines.append(
        Item(
            f"{count_phrase(need, 'slot')} {_be(need)} contested (reported by more than one"
            " source, or set against another slot by a difference of kind, silence or"
            f" scope): {coverage}"
        )
    )
    return item_list(lines, "No slot is recorded.")


def _be(n: int) -> str:
    return "is" if n == 1 else "are"


UNASSESSED_SHOWN = 8


def unassessed_findings(
    result: Comparison, labels: Labels, assessments: Iterable[Assessment] = (), base: str = ""
) -> Markup:
    """For a package without ranked assessments: the contested slots no assessment covers,
    those of the most sources first (at most ``UNASSESSED_SHOWN``, then how many more), as
    a list of their titles, each a link to its row where the sources' words are set side
    by side; ``base`` is the path from the page to the book's root."""
    missing = unassessed(assessments, result.slots)
    missing = missing.sort_values("n_sources", ascending=False, kind="stable")
    titles = slot_titles(result.slots, labels, with_event=True)
    shown = list(missing["slot_id"][:UNASSESSED_SHOWN])
    if not shown:
        return Markup("")
    text = Markup("Not yet assessed: ") + Markup("; ").join(
        link(titles[s], slot_href(s, base)) for s in shown
    )
    if len(missing) > len(shown):
        text += f"; and {count_phrase(len(missing) - len(shown), 'other slot')}"
    return item_list([Item(text + ".")], "")


def key_findings(
    result: Comparison, labels: Labels, assessments: Sequence[Assessment] = (), base: str = ""
) -> Markup:
    """The landing page's key findings: the overall picture in figures
    (:func:`overview_items`), then the first paragraph of each ranked assessment with a
    link to the whole (:func:`key_findings_html`); without ranked assessments, what the
    sources say in the contested slots (:func:`unassessed_findings`)."""
    overview = overview_items(result, assessments)
    if not any(a.key is not None for a in assessments):
        return overview + unassessed_findings(result, labels, assessments, base)
    return overview + key_findings_html(assessments, result.slots, labels, base)
