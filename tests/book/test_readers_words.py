"""The built book as a reader meets it: words, not ids; written analysis first; every
figure and claim one click from its quote, and every link landing on an anchor that exists.

Runs on the shared built book (``make book``), whose package is the project's ``data/``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from support.pages import read_page, require_book_html, toc_pages
from support.readers import FORMAT_PAGES, code_pattern, codes_in, package_codes, visible_text

from newsclaims.paths import project_root

# The chapters that lead with written analysis, and the topic their assessments name.
ANALYSIS_CHAPTERS = {
    "chapters/02_claims.html": "claims",
    "chapters/03_weapons.html": "weapons",
    "chapters/04_condition_and_fate.html": "condition_and_fate",
    "chapters/05_timeline.html": "timeline",
    "chapters/08_assessment.html": "assessment",
}


@pytest.fixture(scope="module")
def book():
    return require_book_html()


@pytest.fixture(scope="module")
def pages(book) -> dict[str, str]:
    return {page: read_page(book, page) for page in toc_pages(book)}


def test_no_id_or_code_in_what_a_reader_sees(book, pages):
    """Source, claim, event, slot and question ids, attribute, category and origin-group
    codes stay in the CSV files and the link targets: none is in the visible text, the
    hover text or the alternative text of any page."""
    codes = package_codes(project_root() / "data", book.parent / "results" / "slots.csv")
    assert len(codes) > 300  # the scan has something to look for
    pattern = code_pattern(codes)
    found: dict[str, list[str]] = defaultdict(list)
    for page, content in pages.items():
        shown = visible_text(content, literals=page not in FORMAT_PAGES)
        for code, context in codes_in(shown, pattern):
            found[page].append(f"{codes[code]} {code!r}: ...{context}...")
    report = [
        f"{page}: {len(hits)}\n    " + "\n    ".join(hits[:8]) for page, hits in found.items()
    ]
    assert not found, "ids or codes shown to readers:\n" + "\n".join(report)


def anchors(content: str) -> set[str]:
    return {m for m in re.findall(r'\bid="([^"]+)"', content)}


def test_every_link_to_a_quote_a_slot_or_an_assessment_lands_on_its_anchor(book, pages):
    """Links from the prose and tables to the viewer (``#claim-``), from the viewer back to
    the slots (``#slot-``) and to the written assessments (``#assessment-``): each target
    page exists and holds the anchor."""
    targets: dict[str, set[str]] = {}
    checked = defaultdict(int)
    broken = []
    for page, content in pages.items():
        for a in BeautifulSoup(content, "html.parser").find_all("a", href=True):
            href = a["href"]
            fragment = unquote(urlsplit(href).fragment)
            kind = fragment.split("-", 1)[0]
            if kind not in ("claim", "slot", "assessment") or href.startswith("#"):
                continue
            target = (book / page).parent / urlsplit(href).path
            key = str(target.resolve().relative_to(book.resolve()))
            if key not in targets:
                targets[key] = (
                    anchors(target.read_text(encoding="utf-8")) if target.is_file() else set()
                )
            checked[kind] += 1
            if fragment not in targets[key]:
                broken.append(f"{page}: {href}")
    assert checked["claim"] > 500 and checked["slot"] > 150 and checked["assessment"] > 30, checked
    assert not broken, "links to no anchor:\n" + "\n".join(broken[:20])


def test_analysis_chapters_lead_with_their_written_assessments(pages):
    """In each analysis chapter the written analysis comes before the first table and the
    first figure, and each assessment cites claims as links to their quotes."""
    for page in ANALYSIS_CHAPTERS:
        soup = BeautifulSoup(pages[page], "html.parser")
        article = soup.select_one("main") or soup
        html = str(article)
        first_analysis = html.find('class="cc-analysis"')
        evidence = [i for i in (html.find("<table"), html.find("<img")) if i >= 0]
        assert first_analysis >= 0, page
        assert evidence and first_analysis < min(evidence), page
        sections = article.select("section.cc-assessment")
        assert sections, page
        for section in sections:
            cited = section.select("p:not(.cc-covers) a.cc-ref, li a.cc-ref")
            assert cited and all("#claim-" in a["href"] for a in cited), section["id"]
            covers = section.select(".cc-covers a")
            assert all("#slot-" in a["href"] for a in covers), section["id"]


def test_every_contested_slot_has_a_written_assessment(pages):
    text = visible_text(pages["chapters/08_assessment.html"])
    assert "Every contested slot has a written assessment." in text


def test_key_findings_are_written_paragraphs_whose_claims_link_to_quotes(pages):
    soup = BeautifulSoup(pages["index.html"], "html.parser")
    findings = soup.select(".cc-finding")
    assert len(findings) >= 5
    for finding in findings:
        links = finding.select("p a.cc-ref")
        assert links, finding.get_text()[:80]
        assert all(a["href"].startswith("sources/") for a in links)
        more = finding.select_one(".cc-more a")["href"]
        assert more.startswith("chapters/") and "#assessment-" in more
    # Slot dumps are gone: no bold slot headings with attributed sentences.
    assert not soup.select(".cc-items strong")


def test_the_outlet_of_document_002_is_al_ittihad_press(pages):
    every = " ".join(visible_text(content) for content in pages.values())
    assert "ANA Press" not in every.replace("not by ANA Press", "").replace("not ANA Press", "")
    assert "Al-Ittihad Press" in visible_text(pages["sources/anapress.html"])


def test_the_translation_difference_is_in_the_timeline_and_sources_chapters(pages):
    for page in ("chapters/01_sources.html", "chapters/05_timeline.html"):
        text = visible_text(pages[page])
        assert "Saturday" in text and "next Sunday" in text, page
