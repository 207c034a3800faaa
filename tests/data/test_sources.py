"""The source viewer's pages, generated from the real data."""

from __future__ import annotations

import csv
import html
import re
from collections import defaultdict

import pytest

from newsclaims.data.corpus import Document, load_documents
from newsclaims.report.sources import source_pages

RUN = re.compile(
    r'<a class="cc-claim[ a-z0-9-]*" href="#about-[^"]+" data-claims="([^"]*)" title="[^"]*">'
    r"(.*?)</a>"
)
# The numbers a run carries (the page's highlight rule reads them) and the anchors.
NUMBERED = re.compile(
    r'<a class="cc-claim((?: cc-q\d+)+)" href="#about-[^"]+" data-claims="([^"]*)"'
)
ANCHOR = re.compile(r'<span class="cc-anchor cc-a(\d+)" id="claim-([^"]+)"></span>')
CHROME = re.compile(r'<div class="cc-chrome"[^>]*>(.*?)</div>', re.DOTALL)
BODY = re.compile(r'<div class="cc-body"([^>]*)>(.*?)</div>', re.DOTALL)
NOTE = re.compile(r"(\d+) reader comments?, not reproduced here")


@pytest.fixture(scope="module")
def pages(ledger) -> dict[str, str]:
    return {name: page.html for name, page in source_pages(ledger).items()}


@pytest.fixture(scope="module")
def claims(data_dir) -> list[dict[str, str]]:
    with (data_dir / "claims.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def documents(data_dir) -> dict[str, Document]:
    return load_documents(data_dir)


def runs_by_claim(page: str) -> dict[str, str]:
    """The highlighted text of each claim id, its marked runs joined in page order."""
    runs: dict[str, str] = defaultdict(str)
    for ids, chunk in RUN.findall(page):
        for claim_id in ids.split():
            runs[claim_id] += chunk
    return runs


def test_one_page_per_source_and_an_index(ledger, pages, documents):
    assert set(pages) == {"index", *documents}
    titles = {name: page.title for name, page in source_pages(ledger).items()}
    outlets = dict(zip(ledger.sources["source_id"], ledger.sources["outlet"], strict=True))
    for source_id in documents:
        assert f'href="{source_id}.html">{html.escape(outlets[source_id])}</a>' in pages["index"]
        assert titles[source_id] == outlets[source_id]


def test_every_claim_is_highlighted_and_listed(pages, claims):
    assert claims
    for claim in claims:
        page = pages[claim["source_id"]]
        claim_id = claim["claim_id"]
        assert any(claim_id in ids.split() for ids, _ in RUN.findall(page)), claim_id
        assert f'<tr id="about-{claim_id}">' in page, claim_id
        assert f'id="claim-{claim_id}"></span>' in page, claim_id


def test_the_anchor_of_a_claim_marks_exactly_its_runs(pages, claims):
    """The number of a claim's anchor is carried by every run of its quote and by no other
    run: the page's :target rule highlights the whole quote and nothing else."""
    for source_id in {c["source_id"] for c in claims}:
        page = pages[source_id]
        numbers = {claim_id: n for n, claim_id in ANCHOR.findall(page)}
        for classes, ids in NUMBERED.findall(page):
            carried = {c.removeprefix("cc-q") for c in classes.split()}
            assert carried == {numbers[i] for i in ids.split()}, ids


def test_highlighted_runs_cover_exactly_the_quote(pages, claims):
    for claim in claims:
        runs = runs_by_claim(pages[claim["source_id"]])
        assert html.unescape(runs[claim["claim_id"]]) == claim["quote"], claim["claim_id"]
        assert "<" not in runs[claim["claim_id"]], claim["claim_id"]


def test_claims_of_other_sources_are_not_on_a_page(pages, claims):
    for claim in claims:
        for source_id, page in pages.items():
            if source_id not in ("index", claim["source_id"]):
                assert f'id="claim-{claim["claim_id"]}"' not in page


def test_chrome_is_set_apart(pages):
    southfront = pages["southfront"]
    chrome = "\n".join(CHROME.findall(southfront))
    assert "Click to see the full-size image" in chrome
    assert "Support SouthFront" in chrome
    for _, body in BODY.findall(southfront):
        assert "Click to see the full-size image" not in body
    anapress_chrome = CHROME.findall(pages["anapress"])
    assert any("جيش الإسلام يبرر انسحابه من القلمون" in box for box in anapress_chrome)
    for box in CHROME.findall(pages["zamanalwasl"]):
        assert box.startswith('<span class="cc-label" dir="ltr">page chrome</span>')


def test_reader_comments_are_not_reproduced(pages, documents):
    doc = documents["southfront"]
    page = pages["southfront"]
    comments = [doc.text[s.start : s.end].strip() for s in doc.comments]
    long_ones = [c for c in comments if len(c) > 60][:8]
    assert len(long_ones) >= 5
    for comment in long_ones:
        for line in (x for x in comment.splitlines() if len(x) > 30):
            assert line not in page
            assert line not in html.unescape(page)
    assert "Now let them prove their change of heart" in doc.text
    assert "Now let them prove their change of heart" not in page


def test_comment_notes_add_up_to_the_comment_count(pages):
    assert sum(int(n) for n in NOTE.findall(pages["southfront"])) == 27
    assert NOTE.findall(pages["zamanalwasl"]) == []


def test_comment_count_is_stated_once(pages):
    assert NOTE.findall(pages["southfront"]) == ["27"]
    assert "27 reader comments, not reproduced here" in pages["southfront"]


def test_arabic_body_is_right_to_left(pages):
    anapress = BODY.findall(pages["anapress"])
    assert len(anapress) >= 3
    for attributes, _ in anapress:
        assert 'dir="rtl"' in attributes and 'lang="ar"' in attributes
    for attributes, _ in BODY.findall(pages["zamanalwasl"]):
        assert 'dir="ltr"' in attributes
    # Arabic claims come with their English translations beside the text.
    assert pages["anapress"].count('<div class="cc-translation" dir="ltr" lang="en">') >= 1
    assert '<p class="cc-title" dir="rtl" lang="ar">' in pages["anapress"]


def test_arabic_chrome_of_an_english_page_is_right_to_left(pages):
    boxes = re.findall(r'<div class="cc-chrome"([^>]*)>', pages["smart"])
    assert any('dir="rtl"' in attributes for attributes in boxes)
