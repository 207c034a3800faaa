"""The source viewer's pages on hand-made documents: every corpus string is escaped, claims
are linked and described in words."""

from __future__ import annotations

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
    assert "&amp; &quot;more&quot;" in out
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
    assert list(pages) == [INDEX_PAGE, "courier.md", "agency.md", "herald.md"]
    assert "- [agency](agency.md): Agency Press" in pages[INDEX_PAGE]
    agency = pages["agency.md"]
    assert agency.startswith("# Source: agency\n")
    # Arabic title and body right to left; the comment counted, never shown.
    assert '<p class="cc-title" dir="rtl" lang="ar">' in agency
    assert "1 reader comment, not reproduced here" in agency and "99 problems" not in agency
    for claim_id in invented.claims.loc[invented.claims["source_id"] == "agency", "claim_id"]:
        assert f'<tr id="claim-{claim_id}">' in agency
        assert f'href="#claim-{claim_id}"' in agency
    assert 'class="cc-chrome"' in agency and "Donate 10 $" in agency
