"""The source viewer's pages on hand-made documents: every corpus string is escaped, claims
are linked and described in words."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from bs4 import BeautifulSoup
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
    where_compared,
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
    # The quote's anchor, the target of every link from the chapters, and the page's rule
    # that highlights the whole quote when it is the target: made of whole numbers only.
    assert '<span class="cc-anchor cc-a1" id="claim-demo-001"></span>' in out
    assert '<a class="cc-claim cc-q1" href="#about-demo-001"' in out
    assert "<style>.cc-a1:target~.cc-q1{" in out


def test_claims_table_escapes_quotes_and_values(hostile):
    _, claims = hostile
    out = claims_table(claims)
    assert '<tr id="about-demo-001">' in out
    assert '<a class="cc-ref" href="#claim-demo-001" dir="ltr">&lt;script&gt;' in out
    assert "demo-001</" not in out and ">demo-001" not in out  # no id shown
    assert "&lt;script&gt;" in out
    assert "<script>" not in out
    assert "<i>" not in out and "&lt;i&gt;demo&lt;/i&gt;" in out


def test_hover_text_gives_the_claim_in_words():
    invented = make_ledger()
    labels = Labels.from_ledger(invented)
    claims = invented.claims.set_index("claim_id", drop=False)
    assert claim_label(claims.loc["courier-001"], labels) == "tanks handed over: 37 tanks (T-72)"
    assert claim_label(claims.loc["agency-001"], labels) == "tanks handed over: dozens of tanks"


def test_pages_of_a_ledger():
    invented = make_ledger()
    pages = source_pages(invented)
    assert list(pages) == [INDEX_PAGE, "courier", "agency", "herald"]
    assert pages[INDEX_PAGE].title == "The source viewer"
    assert '<a class="reference internal" href="agency.html">Agency Press</a>: ' in (
        pages[INDEX_PAGE].html
    )
    assert pages["agency"].title == "Agency Press"
    claims_part = pages["agency"].parts[-1]
    assert claims_part.title == "Claims in this document"
    assert "claims-agency" in claims_part.ids
    agency = pages["agency"].html
    # Arabic title and body right to left; the comment counted, never shown.
    assert '<p class="cc-title" dir="rtl" lang="ar">' in agency
    assert "1 reader comment, not reproduced here" in agency and "99 problems" not in agency
    for claim_id in invented.claims.loc[invented.claims["source_id"] == "agency", "claim_id"]:
        assert f'<tr id="about-{claim_id}">' in agency
        assert f'id="claim-{claim_id}"></span>' in agency
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
    assert page.title == markup  # plain text: the directive makes it a text node
    assert "<img" not in page.html and "&lt;img src=x onerror=alert(1)&gt;" in page.html
    assert page.html.count("{literalinclude} /etc/passwd") == 4  # title, outlet, basis, author
    data = json.loads(page.to_json())
    assert data["title"] == markup and data["parts"][1]["title"] == "Claims in this document"


def test_overlapping_quotes_are_each_highlighted_whole():
    """Two claims whose quotes overlap without nesting: each has its anchor where it
    starts, and every run it covers carries its number, so that the page's rule marks the
    whole quote of the claim in the address and nothing else."""
    text = "one two three four"
    doc = Document("demo", Path("demo.txt"), text, [Span(0, len(text))], [])
    base = {"source_id": "demo", "translation_en": "", "attribute": "media_claim", "value": "x",
            "unit": "", "object": "", "qualifier": "", "attributed_to": "demo"}  # fmt: skip
    claims = pd.DataFrame(
        [
            base | {"claim_id": "demo-001", "quote": "one two three", "start": 0, "end": 13},
            base | {"claim_id": "demo-002", "quote": "two three four", "start": 4, "end": 18},
        ]
    )
    soup = BeautifulSoup(document_html(doc, claims), "html.parser")
    runs = soup.select("a.cc-claim")
    assert [r.get_text() for r in runs] == ["one ", "two three", " four"]
    assert [r["class"][1:] for r in runs] == [["cc-q1"], ["cc-q1", "cc-q2"], ["cc-q2"]]
    anchors = soup.select("span.cc-anchor")
    assert [(a["id"], a["class"][1]) for a in anchors] == [
        ("claim-demo-001", "cc-a1"),
        ("claim-demo-002", "cc-a2"),
    ]
    # The anchor comes before the runs it marks: the rule reaches them as later siblings.
    assert str(soup).index('id="claim-demo-002"') < str(soup).index("two three</a>")
    assert soup.style.get_text().startswith(".cc-a1:target~.cc-q1,.cc-a2:target~.cc-q2{")


def test_the_viewer_links_each_claim_to_the_slot_it_is_compared_in():
    from newsclaims.analysis.compare import comparison

    invented = make_ledger()
    result = comparison(invented)
    places, assessed = where_compared(
        result.slots, result.claims, invented.assessments, Labels.from_ledger(invented)
    )
    title, href = places["courier-002"]
    assert title == "The Ardel handover: weapon condition"
    assert href == "../chapters/08_assessment.html#slot-handover-weapon_condition"
    page = source_pages(invented, places, assessed)["courier"]
    assert f'<a href="{href}">{title}</a>' in page.parts[-1].html


def test_lines_of_two_directions_are_laid_out_each_in_its_own():
    """An English report with an Arabic paragraph, the two separated by a single line
    break: two parts, left to right then right to left; a line of digits only goes with
    the line before; a quote across the break keeps the lines together."""
    from newsclaims.report.sources import direction_parts, right_to_left

    text = "The front said on Saturday.\n2031\nقالت الجبهة إنها أفرجت عن 15 أسيراً."
    parts = direction_parts(text, 100)
    assert [(t[:8], at, rtl) for t, at, rtl in parts] == [
        ("The fron", 100, False),
        ("قالت الج", 100 + text.index("قالت"), True),
    ]
    assert "\n".join(t for t, _, _ in parts) == text  # only the break between is left out
    assert right_to_left("(RUPTLY) قالت الجبهة إنها") is True  # a Latin word first
    assert right_to_left("Jaysh al-Islam «الجيش»") is False  # an Arabic word quoted
    assert right_to_left("2031 - ...") is None
    across = text.index("\n2031")  # a quote from the first line into the Arabic
    joined = direction_parts(text, 0, lambda position: position > across)
    assert [(at, rtl) for _, at, rtl in joined] == [(0, False)]
