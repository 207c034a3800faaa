"""The source viewer: one page per document, generated from the data.

Each page shows the document's text with every claim highlighted (id, attribute and value
in the hover text and in the table under it), the page chrome set apart in grey, the reader
comments counted but not reproduced, and Arabic text right to left with the English
translation of its claims beside it.

Every page is HTML rendered by the templates of ``report/templates/`` (everything escaped,
:mod:`newsclaims.report.html`), wrapped in a :class:`~newsclaims.report.html.Page` whose
title is plain text: the build writes it as JSON and the book's ``generated`` directive
turns it into docutils nodes. No Markdown is written from data, so a line of three
backticks in a news text, or MyST markup in a title, is shown as it is.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left

import pandas as pd

from newsclaims.data.corpus import Document, is_arabic
from newsclaims.data.package import Ledger
from newsclaims.report.html import Page, Part, render
from newsclaims.report.labels import Labels, attribute_label
from newsclaims.report.prose import value_phrase

INDEX_PAGE = "index"


def claim_label(claim: pd.Series | dict, labels: Labels) -> str:
    """The hover text of a highlighted claim (a row of the claims table): its id,
    attribute and value in words."""
    return (
        f"{claim['claim_id']}: {attribute_label(claim['attribute'])}: {value_phrase(claim, labels)}"
    )


class _Claims:
    """A document's claims sorted by start, for finding those inside a stretch of text by
    bisection (a page costs time in proportion to its length, not length times claims)."""

    def __init__(self, claims: pd.DataFrame):
        records = [(i, c) for i, c in enumerate(claims.to_dict("records"))]
        self.records = sorted(records, key=lambda r: (int(r[1]["start"]), r[0]))
        self.starts = [int(c["start"]) for _, c in self.records]

    def inside(self, start: int, end: int) -> list[dict]:
        """The claims whose quote lies within ``[start, end]``, in the order of the table."""
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, end + 1)
        found = [r for r in self.records[first:last] if int(r[1]["end"]) <= end]
        return [c for _, c in sorted(found, key=lambda r: r[0])]


def _runs(text: str, offset: int, inside: list[dict], labels: Labels) -> list[dict]:
    """``text`` (at ``offset`` in its document) cut where the claims ``inside`` it start and
    end: each run with its text and, where claims cover it, their ids, the first id (the
    link's target) and the hover text."""
    end = offset + len(text)
    cuts = sorted(
        {offset, end, *(int(c["start"]) for c in inside), *(int(c["end"]) for c in inside)}
    )
    runs = []
    for left, right in itertools.pairwise(cuts):
        covering = [c for c in inside if int(c["start"]) <= left and int(c["end"]) >= right]
        run = {"text": text[left - offset : right - offset], "ids": ""}
        if covering:
            run["ids"] = " ".join(c["claim_id"] for c in covering)
            run["anchor"] = covering[0]["claim_id"]
            run["title"] = "\n".join(claim_label(c, labels) for c in covering)
        runs.append(run)
    return runs


def highlight(text: str, offset: int, claims: pd.DataFrame, labels: Labels | None = None) -> str:
    """``text`` (which starts at ``offset`` in its document) as escaped HTML with every claim
    that falls inside it wrapped in a link to the claim; overlapping claims share the marked
    run. ``labels`` name the things in the hover text (bare words without them)."""
    inside = _Claims(claims).inside(offset, offset + len(text))
    return render("highlight.html", pieces=_runs(text, offset, inside, labels or Labels()))


def _blocks(doc: Document, claims: pd.DataFrame, labels: Labels) -> list[dict]:
    """The document's sections as the template lays them out: chrome boxes, body
    paragraphs (runs and translations) and counts of reader comments between them."""
    blocks: list[dict] = []
    comments = 0
    sorted_claims = _Claims(claims)
    for section in doc.sections.itertuples(index=False):
        if section.section == "comments":
            comments += 1
            continue
        text = section.text.strip("\n")
        if not text.strip():
            continue
        if comments:
            blocks.append({"kind": "comments", "count": comments})
            comments = 0
        if section.section == "chrome":
            blocks.append({"kind": "chrome", "rtl": is_arabic(text), "text": text})
            continue
        offset = section.start + len(section.text) - len(section.text.lstrip("\n"))
        for paragraph in text.split("\n\n"):
            if paragraph.strip():
                inside = sorted_claims.inside(offset, offset + len(paragraph))
                blocks.append(
                    {
                        "kind": "body",
                        "rtl": is_arabic(paragraph),
                        "runs": _runs(paragraph, offset, inside, labels),
                        "translations": [
                            {"claim_id": c["claim_id"], "text": c["translation_en"]}
                            for c in inside
                            if c["translation_en"]
                        ],
                    }
                )
            offset += len(paragraph) + 2
    if comments:
        blocks.append({"kind": "comments", "count": comments})
    return blocks


def document_html(doc: Document, claims: pd.DataFrame, labels: Labels | None = None) -> str:
    """The document's sections in order, as escaped HTML."""
    return render("document.html", blocks=_blocks(doc, claims, labels or Labels()))


def claims_table(claims: pd.DataFrame) -> str:
    """The table of a document's claims under its text, each row the target of its
    highlight (``#claim-<id>``), as escaped HTML."""
    rows = [
        {
            "claim_id": c.claim_id,
            "attribute": c.attribute,
            "value": f"{c.value} {c.unit}".strip() or "—",
            "qualifier": c.qualifier,
            "attributed_to": c.attributed_to,
            "quote": c.quote,
            "rtl": is_arabic(c.quote),
            "translation": c.translation_en,
            "start": c.start,
            "end": c.end,
        }
        for c in claims.itertuples(index=False)
    ]
    return render("claims_table.html", claims=rows)


def source_page(
    source: pd.Series, doc: Document, claims: pd.DataFrame, labels: Labels | None = None
) -> Page:
    """One document's page: its title (``Source: <id>``), the facts and text of the
    document, and a section listing its claims (anchor ``claims-<id>``)."""
    published = source["published"] or (
        f"not stated; not before {source['published_earliest']}"
        if source["published_earliest"]
        else "unknown"
    )
    facts = [
        ("Outlet", source["outlet"]),
        ("Published", f"{published} ({source['published_basis']}: {source['published_evidence']})"),
        ("Language", source["language"]),
        ("Kind", source["kind"]),
        ("Author", source["author"] or "not named"),
        ("Translator", source["translator"] or "not named"),
        ("Raw file", source["file"]),
        ("Claims recorded", str(len(claims))),
    ]
    source_id = source["source_id"]
    head = render(
        "source_page.html",
        title=source["title"],
        title_rtl=is_arabic(source["title"]),
        facts=facts,
        source_id=source_id,
        document=document_html(doc, claims, labels),
    )
    table = Part(
        claims_table(claims),
        title="Claims in this document",
        ids=("claims-in-this-document", f"claims-{source_id}"),
    )
    return Page(f"Source: {source_id}", (Part(head), table), ids=(f"source-{source_id}",))


def index_page(sources: pd.DataFrame) -> Page:
    """The viewer's index: one link per document, with its outlet."""
    listed = [{"source_id": s.source_id, "outlet": s.outlet} for s in sources.itertuples()]
    return Page(
        "The source viewer",
        (Part(render("source_index.html", sources=listed)),),
        ids=("the-source-viewer",),
    )


def source_pages(ledger: Ledger) -> dict[str, Page]:
    """Every page of the viewer, by name: the index (:data:`INDEX_PAGE`) and one page per
    document, named by its ``source_id``."""
    labels = Labels.from_ledger(ledger)
    pages = {INDEX_PAGE: index_page(ledger.sources)}
    for source in ledger.sources.to_dict("records"):
        claims = ledger.claims[ledger.claims["source_id"] == source["source_id"]]
        document = ledger.documents[source["source_id"]]
        pages[source["source_id"]] = source_page(pd.Series(source), document, claims, labels)
    return pages
