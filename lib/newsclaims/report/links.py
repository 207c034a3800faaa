"""Where a reader's click goes: a claim's highlighted quote in the source viewer, a slot's
row in the assessment chapter, a written assessment in its chapter.

Every anchor is stable, made of ids the schema restricts to ``[a-z0-9_.-]``: a claim is
``sources/<source_id>.html#claim-<claim_id>`` (the quote itself, highlighted by the
viewer's ``:target`` rule), a slot ``chapters/08_assessment.html#slot-<slug>``, an
assessment ``#assessment-<name>`` on the page of its chapter. Ids appear only in these
targets, never in the words of a link. ``base`` is the way from the page that links to the
book's root: ``"../"`` from a chapter or a viewer page, ``""`` from the landing page.
"""

from __future__ import annotations

import re

from markupsafe import Markup

from newsclaims.data.corpus import is_arabic
from newsclaims.report.html import render
from newsclaims.report.labels import Labels

# The page of each chapter, by the topic an assessment's front matter names it by.
CHAPTER_PAGES = {
    "sources": "chapters/01_sources.html",
    "claims": "chapters/02_claims.html",
    "weapons": "chapters/03_weapons.html",
    "condition_and_fate": "chapters/04_condition_and_fate.html",
    "timeline": "chapters/05_timeline.html",
    "language": "chapters/06_language.html",
    "places": "chapters/07_places.html",
    "assessment": "chapters/08_assessment.html",
}
SLOTS_PAGE = CHAPTER_PAGES["assessment"]
CHAPTER_BASE = "../"
ROOT_BASE = ""
EXCERPT_CHARS = 60
_SLUG = re.compile(r"[^a-z0-9_]+")


def claim_anchor(claim_id: str) -> str:
    """The anchor of a claim's quote on its viewer page: ``claim-<claim_id>``."""
    return f"claim-{claim_id}"


def claim_href(claim_id: str, labels: Labels, base: str = CHAPTER_BASE) -> str:
    """The address of a claim's highlighted quote; ``KeyError`` for an unknown claim."""
    source_id, _ = labels.claims[claim_id]
    return f"{base}sources/{source_id}.html#{claim_anchor(claim_id)}"


def slot_anchor(slot_id: str) -> str:
    """A slot's anchor: ``slot-`` and its id with every run of other characters than
    lower-case letters, digits and ``_`` as one ``-``
    (``eq_handover:tanks_handed_over/object=tank`` -> ``slot-eq_handover-tanks_handed_over-object-tank``)."""
    return "slot-" + _SLUG.sub("-", slot_id.lower()).strip("-")


def slot_href(slot_id: str, base: str = CHAPTER_BASE) -> str:
    """The address of a slot's row in the assessment chapter."""
    return f"{base}{SLOTS_PAGE}#{slot_anchor(slot_id)}"


def assessment_anchor(name: str) -> str:
    """The anchor of a written assessment: ``assessment-<file name>``."""
    return f"assessment-{name}"


def assessment_href(name: str, chapter: str, base: str = CHAPTER_BASE) -> str:
    """The address of an assessment on the page of its chapter."""
    return f"{base}{CHAPTER_PAGES[chapter]}#{assessment_anchor(name)}"


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis
    when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return f"{cut}…"


def link(text: str, href: str, cls: str = "cc-ref") -> Markup:
    """``text`` as a link to ``href``, escaped (``report/templates/link.html``); Arabic
    words are marked right to left."""
    return render("link.html", text=text, href=href, cls=cls, rtl=is_arabic(text))


def claim_link(claim_id: str, labels: Labels, text: str = "", base: str = CHAPTER_BASE) -> Markup:
    """A link to a claim's quote, its words ``text`` or, without them, an excerpt of the
    quote in quotation marks."""
    if not text:
        quote = excerpt(labels.claims[claim_id][1])
        text = quote if is_arabic(quote) else f"“{quote}”"
    return link(text, claim_href(claim_id, labels, base))


def claim_links(claim_ids: list[str], labels: Labels, base: str = CHAPTER_BASE) -> Markup:
    """Links to several claims' quotes, each worded by an excerpt, separated by ``; ``."""
    return Markup("; ").join(claim_link(c, labels, base=base) for c in claim_ids)
