"""The source viewer's pages on hand-made documents: every corpus string is escaped, claims
are linked and described in words."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from support.ledgers import make_ledger

from newsclaims.data.corpus import Document, Span
from newsclaims.report.labels import Labels
from newsclaims.report.sources import (
    INDEX_PAGE,
    claim_label,
    claims_table,
    document_html,
    source_page,
    source_pages,
)

SCRIPT = "<script>alert(1)</script>"


@pytest.fixture
def hostile() -> tuple[Document, pd.DataFrame]:
    text = f'Menu\n\nThe page said {SCRIPT} & "more".\n\nFooter'
    start = text.index(SCRIPT)
    body = Span(6, text.index("\n\nFooter"))
    doc = Document("demo", Path("demo.txt"), text, [body], [])
    claims = pd.DataFrame(
        [
            {
                "claim_id": "demo-001",
                "source_id": "demo",
                "quote": SCRIPT,
                "start": start,
                "end": start + len(SCRIPT),
                "translation_en": "",
                "attribute": "media_claim",
                "value": '<b onmouseover="x">',
                "unit": "",
                "object": "",
                "qualifier": "",
                "attributed_to": "<i>demo</i>",
            }
        ]
    )
    return doc, claims


def test_document_html_escapes_corpus_text(hostile):
    doc, claims = hostile
    out = document_html(doc, claims)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "<script>" not in out and "</script>" not in out
    assert "&amp; &#34;more&#34;" in out
    assert "<b " not in out  # the value in the hover text is escaped too
    assert 'data-claims="demo-001"' in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;</a>" in out


def test_claims_table_escapes_quotes_and_values(hostile):
    _, claims = hostile
    out = claims_table(claims)
    assert '<tr id="claim-demo-001">' in out
    assert "&lt;script&gt;" in out
    assert "<script>" not in out
    assert "<i>" not in out and "&lt;i&gt;demo&lt;/i&gt;" in out


def test_hover_text_gives_the_claim_in_words():
    invented = make_ledger()
    labels = Labels.from_ledger(invented)
    claims = invented.claims.set_index("claim_id", drop=False)
    assert claim_label(claims.loc["courier-001"], labels) == (
        "courier-001: tanks handed over: 37 tanks (T-72)"
    )
    assert claim_label(claims.loc["agency-001"], labels) == (
        "agency-001: tanks handed over: dozens of tanks"
    )


def test_pages_of_a_ledger():
    invented = make_ledger()
    pages = source_pages(invented)
    assert list(pages) == [INDEX_PAGE, "courier", "agency", "herald"]
    assert pages[INDEX_PAGE].title == "The source viewer"
    assert '<a class="reference internal" href="agency.html">agency</a>: Agency Press' in (
        pages[INDEX_PAGE].html
    )
    assert pages["agency"].title == "Source: agency"
    claims_part = pages["agency"].parts[-1]
    assert claims_part.title == "Claims in this document"
    assert "claims-agency" in claims_part.ids
    agency = pages["agency"].html
    # Arabic title and body right to left; the comment counted, never shown.
    assert '<p class="cc-title" dir="rtl" lang="ar">' in agency
    assert "1 reader comment, not reproduced here" in agency and "99 problems" not in agency
    for claim_id in invented.claims.loc[invented.claims["source_id"] == "agency", "claim_id"]:
        assert f'<tr id="claim-{claim_id}">' in agency
        assert f'href="#claim-{claim_id}"' in agency
    assert 'class="cc-chrome"' in agency and "Donate 10 $" in agency


def test_a_page_is_html_and_plain_text_only(hostile):
    """Title, facts and text of a hostile source come out escaped; the page's title is
    plain text (the book turns it into a text node), whatever markup it holds."""
    doc, claims = hostile
    markup = "```\n```{literalinclude} /etc/passwd\n``` {download}`x` <img src=x onerror=alert(1)>"
    source = pd.Series(
        {
            "source_id": "demo",
            "title": markup,
            "outlet": markup,
            "published": "",
            "published_earliest": "",
            "published_basis": "unknown",
            "published_evidence": markup,
            "language": "en",
            "kind": "other",
            "author": markup,
            "translator": "",
            "file": "raw/demo.txt",
        }
    )
    page = source_page(source, doc, claims)
    assert page.title == "Source: demo"
    assert "<img" not in page.html and "&lt;img src=x onerror=alert(1)&gt;" in page.html
    assert page.html.count("{literalinclude} /etc/passwd") == 4  # title, outlet, basis, author
    data = json.loads(page.to_json())
    assert (
        data["title"] == "Source: demo" and data["parts"][1]["title"] == "Claims in this document"
    )
