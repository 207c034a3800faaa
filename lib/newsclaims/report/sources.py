"""The source viewer: one page per document, generated from the data.

Each page shows the document's text with every claim highlighted (id, attribute and value
in the hover text and in the table under it), the page chrome set apart in grey, the reader
comments counted but not reproduced, and Arabic text right to left with the English
translation of its claims beside it. All corpus text is HTML-escaped.
"""

from __future__ import annotations

import html
import itertools

import pandas as pd

from newsclaims.data.corpus import Document, is_arabic
from newsclaims.data.package import Ledger
from newsclaims.report.labels import Labels, attribute_label
from newsclaims.report.prose import value_phrase

INDEX_PAGE = "index.md"


def claim_label(claim: pd.Series, labels: Labels) -> str:
    """The hover text of a highlighted claim: its id, attribute and value in words."""
    return (
        f"{claim['claim_id']}: {attribute_label(claim['attribute'])}: {value_phrase(claim, labels)}"
    )


def highlight(text: str, offset: int, claims: pd.DataFrame, labels: Labels | None = None) -> str:
    """``text`` (which starts at ``offset`` in its document) as escaped HTML with every claim
    that falls inside it wrapped in a link to the claim; overlapping claims share the marked
    run. ``labels`` name the things in the hover text (bare words without them)."""
    labels = labels or Labels()
    end = offset + len(text)
    inside = claims[(claims["start"] >= offset) & (claims["end"] <= end)]
    cuts = sorted({offset, end, *inside["start"].astype(int), *inside["end"].astype(int)})
    pieces = []
    for left, right in itertools.pairwise(cuts):
        chunk = html.escape(text[left - offset : right - offset])
        covering = inside[(inside["start"] <= left) & (inside["end"] >= right)]
        if covering.empty:
            pieces.append(chunk)
            continue
        ids = " ".join(covering["claim_id"])
        title = html.escape(
            "\n".join(claim_label(c, labels) for _, c in covering.iterrows()), quote=True
        )
        anchor = covering.iloc[0]["claim_id"]
        pieces.append(
            f'<a class="cc-claim" href="#claim-{anchor}" data-claims="{ids}" title="{title}">'
            f"{chunk}</a>"
        )
    return "".join(pieces)


def _direction(text: str) -> str:
    return ' dir="rtl" lang="ar"' if is_arabic(text) else ' dir="ltr"'


def document_html(doc: Document, claims: pd.DataFrame, labels: Labels | None = None) -> str:
    """The document's sections in order, as HTML."""
    parts = ['<div class="cc-document">']
    comments = 0
    for section in doc.sections.itertuples(index=False):
        if section.section == "comments":
            comments += 1
            continue
        text = section.text.strip("\n")
        if not text.strip():
            continue
        if comments:
            parts.append(_comments_note(comments))
            comments = 0
        lead = len(section.text) - len(section.text.lstrip("\n"))
        if section.section == "chrome":
            parts.append(
                f'<div class="cc-chrome" role="note" aria-label="page chrome, not reporting"'
                f"{_direction(text)}>"
                f'<span class="cc-label" dir="ltr">page chrome</span>{html.escape(text)}</div>'
            )
            continue
        offset = section.start + lead
        for paragraph in text.split("\n\n"):
            parts.append(_paragraph_html(paragraph, offset, claims, labels))
            offset += len(paragraph) + 2
    if comments:
        parts.append(_comments_note(comments))
    parts.append("</div>")
    return "\n".join(parts)


def _paragraph_html(
    paragraph: str, offset: int, claims: pd.DataFrame, labels: Labels | None
) -> str:
    """One body paragraph with its claims marked; an Arabic paragraph gets the English
    translations of its claims beside it."""
    if not paragraph.strip():
        return ""
    end = offset + len(paragraph)
    inside = claims[(claims["start"] >= offset) & (claims["end"] <= end)]
    body = highlight(paragraph, offset, inside, labels)
    translations = "".join(
        f'<li><a href="#claim-{c.claim_id}">{c.claim_id}</a> {html.escape(c.translation_en)}</li>'
        for c in inside.itertuples(index=False)
        if c.translation_en
    )
    if not translations:
        return f'<div class="cc-body"{_direction(paragraph)}>{body}</div>'
    return (
        f'<div class="cc-pair"><div class="cc-body"{_direction(paragraph)}>{body}</div>'
        f'<div class="cc-translation" dir="ltr" lang="en"><span class="cc-label">'
        f"English translation of the claims</span><ul>{translations}</ul></div></div>"
    )


def _comments_note(count: int) -> str:
    return (
        f'<div class="cc-comments" role="note"><span class="cc-label">reader comments</span>'
        f"{count} reader comment{'s' if count != 1 else ''}, not reproduced here: comments are"
        " not reporting and the book does not quote them.</div>"
    )


def claims_table(claims: pd.DataFrame) -> str:
    """The table of a document's claims under its text, each row the target of its
    highlight (``#claim-<id>``)."""
    rows = []
    for c in claims.itertuples(index=False):
        quote_dir = _direction(c.quote)
        translation = (
            f'<br><span class="cc-en" lang="en">{html.escape(c.translation_en)}</span>'
            if c.translation_en
            else ""
        )
        value = html.escape(f"{c.value} {c.unit}".strip() or "—")
        rows.append(
            f'<tr id="claim-{c.claim_id}"><td>{c.claim_id}</td><td>{c.attribute}</td><td>{value}</td>'
            f"<td>{html.escape(c.qualifier)}</td><td>{html.escape(c.attributed_to)}</td>"
            f"<td><span{quote_dir}>{html.escape(c.quote)}</span>{translation}</td>"
            f"<td>{c.start}–{c.end}</td></tr>"
        )
    head = (
        "<thead><tr><th>claim</th><th>attribute</th><th>value</th><th>qualifier</th>"
        "<th>according to</th><th>quote</th><th>offsets</th></tr></thead>"
    )
    return f'<table class="cc-claims table">{head}<tbody>{"".join(rows)}</tbody></table>'


def source_page(
    source: pd.Series, doc: Document, claims: pd.DataFrame, labels: Labels | None = None
) -> str:
    """One document's page, in MyST Markdown with raw HTML blocks."""
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
    rows = "".join(f"<tr><th>{k}</th><td>{html.escape(str(v))}</td></tr>" for k, v in facts)
    title = html.escape(source["title"])
    return "\n".join(
        [
            f"# Source: {source['source_id']}",
            "",
            "```{raw} html",
            f'<p class="cc-title"{_direction(source["title"])}>{title}</p>',
            f'<table class="cc-facts table">{rows}</table>',
            f'<p class="cc-legend"><a class="cc-claim" href="#claims-{source["source_id"]}">highlighted text</a> carries a claim'
            " (hover or follow it for the claim); grey boxes are page chrome, not reporting.</p>",
            document_html(doc, claims, labels),
            "```",
            "",
            f"(claims-{source['source_id']})=",
            "## Claims in this document",
            "",
            "```{raw} html",
            claims_table(claims),
            "```",
            "",
        ]
    )


def index_page(sources: pd.DataFrame) -> str:
    """The viewer's index: one link per document, with its outlet."""
    lines = [
        "# The source viewer",
        "",
        "Each document of the corpus on its own page, generated from the data: the full text with"
        " every recorded claim highlighted, the page chrome set apart and the reader comments"
        " counted but not reproduced.",
        "",
    ]
    for s in sources.itertuples(index=False):
        lines.append(f"- [{s.source_id}]({s.source_id}.md): {s.outlet}")
    return "\n".join([*lines, ""])


def source_pages(ledger: Ledger) -> dict[str, str]:
    """Every page of the viewer, by file name: the index (:data:`INDEX_PAGE`) and one page
    ``<source_id>.md`` per document."""
    labels = Labels.from_ledger(ledger)
    pages = {INDEX_PAGE: index_page(ledger.sources)}
    for source in ledger.sources.to_dict("records"):
        claims = ledger.claims[ledger.claims["source_id"] == source["source_id"]]
        document = ledger.documents[source["source_id"]]
        pages[f"{source['source_id']}.md"] = source_page(
            pd.Series(source), document, claims, labels
        )
    return pages
