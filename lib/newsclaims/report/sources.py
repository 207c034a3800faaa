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

import pandas as pd

from newsclaims.data.corpus import Document, is_arabic
from newsclaims.data.package import Ledger
from newsclaims.report.html import Page, Part, render
from newsclaims.report.labels import Labels, attribute_label
from newsclaims.report.prose import value_phrase

INDEX_PAGE = "index"


def claim_label(claim: pd.Series, labels: Labels) -> str:
    """The hover text of a highlighted claim: its id, attribute and value in words."""
    return (
        f"{claim['claim_id']}: {attribute_label(claim['attribute'])}: {value_phrase(claim, labels)}"
    )


def _runs(text: str, offset: int, claims: pd.DataFrame, labels: Labels) -> list[dict]:
    """``text`` (at ``offset`` in its document) cut where claims inside it start and end:
    each run with its text and, where claims cover it, their ids, the first id (the
    link's target) and the hover text."""
    end = offset + len(text)
    inside = claims[(claims["start"] >= offset) & (claims["end"] <= end)]
    cuts = sorted({offset, end, *inside["start"].astype(int), *inside["end"].astype(int)})
    runs = []
    for left, right in itertools.pairwise(cuts):
        covering = inside[(inside["start"] <= left) & (inside["end"] >= right)]
        run = {"text": text[left - offset : right - offset], "ids": ""}
        if not covering.empty:
            run["ids"] = " ".join(covering["claim_id"])
            run["anchor"] = covering.iloc[0]["claim_id"]
            run["title"] = "\n".join(claim_label(c, labels) for _, c in covering.iterrows())
        runs.append(run)
    return runs


def highlight(text: str, offset: int, claims: pd.DataFrame, labels: Labels | None = None) -> str:
    """``text`` (which starts at ``offset`` in its document) as escaped HTML with every claim
    that falls inside it wrapped in a link to the claim; overlapping claims share the marked
    run. ``labels`` name the things in the hover text (bare words without them)."""
    return render("highlight.html", pieces=_runs(text, offset, claims, labels or Labels()))


def _blocks(doc: Document, claims: pd.DataFrame, labels: Labels) -> list[dict]:
    """The document's sections as the template lays them out: chrome boxes, body
    paragraphs (runs and translations) and counts of reader comments between them."""
    blocks: list[dict] = []
    comments = 0
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
                end = offset + len(paragraph)
                inside = claims[(claims["start"] >= offset) & (claims["end"] <= end)]
                blocks.append(
                    {
                        "kind": "body",
                        "rtl": is_arabic(paragraph),
                        "runs": _runs(paragraph, offset, inside, labels),
                        "translations": [
                            {"claim_id": c.claim_id, "text": c.translation_en}
                            for c in inside.itertuples(index=False)
                            if c.translation_en
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
