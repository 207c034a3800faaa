"""The published pages as a reader's browser shows them, offline.

The built HTML is served from 127.0.0.1 by Python's http.server and opened in Debian's
Chromium through Playwright. For every page the table of contents lists: no console error,
no failed request, no request to any host but the local server (a request elsewhere is
aborted and fails the test: the book must load nothing from the network), every image
loaded and described, every figure captioned, every CSV download answering 200, and no
page wider than the window. The Arabic source page must set its Arabic paragraphs right to
left with the English translation of their claims beside them, and the search page must
find results without a network.

A full-page screenshot of each page goes to ``test-artifacts/screenshots/`` (git-ignored;
uploaded by CI when a test fails). Without Chromium, Playwright or a built book the tests
skip locally and fail in CI (``CI`` set); the run's summary counts the skips for want of
a book.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from support.pages import (
    beside,
    html_dir,
    in_ci,
    is_local,
    require_book_html,
    serve,
    toc_pages,
)

from newsclaims.paths import project_root

# Debian's Chromium; another binary can be named in $CONTESTED_COUNTS_CHROMIUM.
CHROMIUM = Path(os.environ.get("CONTESTED_COUNTS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Wide enough for the viewer's two-column layout (it stacks below 700 px).
VIEWPORT = {"width": 1280, "height": 900}
ARABIC_PAGE = "sources/anapress.html"
SEARCH = ("search.html?q=Qalamoun", "Qalamoun")
TIMEOUT_MS = 30_000


def screenshots_dir() -> Path:
    folder = project_root() / "test-artifacts" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def screenshot_path(page: str) -> Path:
    """``chapters/01_sources.html`` -> ``chapters__01_sources.png``."""
    name = page.split("?")[0].removesuffix(".html").replace("/", "__")
    return screenshots_dir() / f"{name}.png"


def unavailable(reason: str):
    if in_ci():
        pytest.fail(f"{reason} (CI=true: the browser tests must run in CI)")
    pytest.skip(reason)


# ---------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve(require_book_html()) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright for Python is not installed (pip install playwright)")
    if not CHROMIUM.is_file():
        unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@dataclass
class Visit:
    """What happened while one page was open."""

    page: object  # playwright Page
    requests: list[str] = field(default_factory=list)
    offsite: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        found = [f"request to another host (aborted): {url}" for url in self.offsite]
        return found + self.errors


@contextlib.contextmanager
def visitor(browser, base: str) -> Iterator:
    """``open_page(page)`` opens ``base/page`` in a fresh context (no cookies, no storage:
    a first-time reader) and records every request, console error, page error and failed
    request; off-site requests are aborted."""
    contexts = []

    def open_page(page: str) -> Visit:
        context = browser.new_context(viewport=VIEWPORT, service_workers="block")
        contexts.append(context)
        tab = context.new_page()
        tab.set_default_timeout(TIMEOUT_MS)
        record = Visit(tab)

        def route(route_):
            url = route_.request.url
            record.requests.append(url)
            if is_local(url):
                route_.continue_()
            else:
                record.offsite.append(url)
                route_.abort("blockedbyclient")

        def console(message) -> None:
            if message.type == "error":
                where = message.location.get("url", "")
                record.errors.append(f"console error: {message.text} ({where})")

        def failed(request) -> None:
            if is_local(request.url):  # off-site requests are already reported
                record.errors.append(f"request failed: {request.url} ({request.failure})")

        def response(answer) -> None:
            if answer.status >= 400:
                record.errors.append(f"HTTP {answer.status}: {answer.url}")

        context.route("**/*", route)
        tab.on("console", console)
        tab.on("pageerror", lambda error: record.errors.append(f"uncaught exception: {error}"))
        tab.on("requestfailed", failed)
        tab.on("response", response)
        tab.goto(f"{base}/{page}", wait_until="load")
        tab.wait_for_load_state("networkidle")
        return record

    try:
        yield open_page
    finally:
        for context in contexts:
            context.close()


@pytest.fixture
def visit(browser, server) -> Iterator:
    with visitor(browser, server) as open_page:
        yield open_page


# ---------------------------------------------------------------------------- page checks

IMAGES_JS = """() => Array.from(document.images).map(img => ({
    src: img.getAttribute('src'), alt: (img.getAttribute('alt') || '').trim(),
    loaded: img.complete && img.naturalWidth > 0}))"""

FIGURES_JS = """() => Array.from(document.querySelectorAll('figure')).map((f, i) => ({
    id: f.id || `figure ${i + 1}`,
    caption: (f.querySelector('figcaption') || {innerText: ''}).innerText.trim()}))"""

DOWNLOADS_JS = """() => Array.from(document.querySelectorAll('a[href]'))
    .filter(a => a.hasAttribute('download') || new URL(a.href).pathname.endsWith('.csv'))
    .map(a => a.href)"""


def check_page(visit, page: str, screenshot: bool = True) -> list[str]:
    record = visit(page)
    tab = record.page
    # First, so that a failing page still leaves its picture behind.
    if screenshot:
        tab.screenshot(path=str(screenshot_path(page)), full_page=True)
    problems = record.problems()
    width = tab.evaluate("document.documentElement.scrollWidth")
    if width > VIEWPORT["width"]:
        # Wide tables belong in their own scrolling box, not in a page that scrolls sideways.
        problems.append(f"page is {width} px wide in a {VIEWPORT['width']} px window")
    for img in tab.evaluate(IMAGES_JS):
        if not img["loaded"]:
            problems.append(f"image did not load: {img['src']}")
        if not img["alt"]:
            problems.append(f"image without alt text: {img['src']}")
    for figure in tab.evaluate(FIGURES_JS):
        if not figure["caption"]:
            problems.append(f"figure without a caption: {figure['id']}")
    for href in sorted(set(tab.evaluate(DOWNLOADS_JS))):
        if not is_local(href):
            problems.append(f"download link to another host: {href}")
            continue
        response = tab.request.get(href)
        if response.status != 200:
            problems.append(f"download link answers HTTP {response.status}: {href}")
        elif not response.body():
            problems.append(f"download link answers an empty file: {href}")
    return [f"{page}: {p}" for p in problems]


def pytest_generate_tests(metafunc):
    if "toc_page" in metafunc.fixturenames:
        html = html_dir()
        pages = toc_pages(html) if (html / "index.html").is_file() else ["index.html"]
        metafunc.parametrize("toc_page", pages)


@pytest.mark.browser
def test_page(visit, toc_page):
    problems = check_page(visit, toc_page)
    assert not problems, "\n".join(problems)


ARABIC_JS = """() => {
  const arabic = /[\\u0600-\\u06FF]/;
  const box = e => { const r = e.getBoundingClientRect();
                     return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  return Array.from(document.querySelectorAll('.cc-body'))
    .filter(e => arabic.test(e.textContent))
    .map(e => {
      const pair = e.closest('.cc-pair');
      const t = pair ? pair.querySelector(':scope > .cc-translation') : null;
      return {
        text: e.textContent.slice(0, 40), direction: getComputedStyle(e).direction,
        claims: e.querySelectorAll('.cc-claim').length, box: box(e),
        translation: t ? {lang: t.getAttribute('lang'), direction: getComputedStyle(t).direction,
                          text: t.innerText.trim(), box: box(t)} : null};
    });
}"""


@pytest.mark.browser
def test_arabic_page_is_right_to_left_with_translations_beside(visit):
    record = visit(ARABIC_PAGE)
    paragraphs = record.page.evaluate(ARABIC_JS)
    assert paragraphs, f"{ARABIC_PAGE}: no Arabic body paragraph found"
    problems = []
    for p in paragraphs:
        where = f"{ARABIC_PAGE}: paragraph {p['text']!r}"
        if p["direction"] != "rtl":
            problems.append(f"{where} has direction {p['direction']}, expected rtl")
        translation = p["translation"]
        if p["claims"] and translation is None:
            problems.append(f"{where} holds claims but has no English translation beside it")
        if translation is None:
            continue
        if translation["lang"] != "en" or translation["direction"] != "ltr":
            problems.append(
                f"{where}: translation has lang={translation['lang']!r},"
                f" direction {translation['direction']} (expected en, ltr)"
            )
        if not translation["text"]:
            problems.append(f"{where}: translation is empty")
        if not beside(p["box"], translation["box"]):
            problems.append(
                f"{where}: translation is not on the same row"
                f" (text {p['box']}, translation {translation['box']})"
            )
    assert any(p["translation"] for p in paragraphs), f"{ARABIC_PAGE}: no translation shown"
    assert not problems, "\n".join(problems)


@pytest.mark.browser
def test_search_works_offline(visit):
    page, term = SEARCH
    record = visit(page)
    tab = record.page
    # Sphinx fills the list from searchindex.js; wait for the first hit rather than a delay.
    tab.wait_for_selector("#search-results ul.search li", state="attached")
    hits = tab.locator("#search-results ul.search li")
    tab.screenshot(path=str(screenshot_path("search")), full_page=True)
    assert hits.count() >= 1, f"{page}: no result for {term!r}"
    assert not record.problems(), "\n".join(record.problems())


# ---------------------------------------------------------------------------- one click

# A chapter whose written analysis cites numbers; the highlight colour of a quote that is
# the address's target (the viewer's :target rule).
CLICKED_CHAPTER = "chapters/03_weapons.html"
HIGHLIGHT = "rgb(247, 201, 72)"
QUOTE_JS = """([claimId, highlight]) => {
    const runs = Array.from(document.querySelectorAll('a.cc-claim[data-claims]'));
    const mine = runs.filter(r => r.dataset.claims.split(' ').includes(claimId));
    const others = runs.filter(r => !mine.includes(r));
    const target = document.querySelector(':target');
    const box = target ? target.getBoundingClientRect() : null;
    return {
        target: target ? target.id : null,
        text: mine.map(r => r.textContent).join(''),
        marked: mine.map(r => getComputedStyle(r).backgroundColor),
        othersMarked: others.filter(r => getComputedStyle(r).backgroundColor === highlight).length,
        top: box ? box.top : null,
        height: window.innerHeight,
    };
}"""


@pytest.mark.browser
def test_a_number_in_a_chapter_is_one_click_from_its_highlighted_quote(visit):
    """Click the first number the chapter's written analysis cites: the browser opens the
    source viewer at the claim's anchor, in view, and the whole quote (every run of it,
    and nothing else) is highlighted."""
    import csv
    import re

    record = visit(CLICKED_CHAPTER)
    tab = record.page
    number = tab.locator("section.cc-assessment p a.cc-ref").filter(has_text=re.compile(r"\d"))
    assert number.count() > 0, f"{CLICKED_CHAPTER}: no number linked in the written analysis"
    link = number.first
    shown, href = link.inner_text(), link.get_attribute("href")
    claim_id = href.split("#claim-", 1)[1]
    link.click()
    tab.wait_for_load_state("networkidle")
    tab.wait_for_function("() => document.querySelector(':target') !== null")
    state = tab.evaluate(QUOTE_JS, [claim_id, HIGHLIGHT])
    tab.screenshot(path=str(screenshot_path("one_click_to_the_quote")))
    with (project_root() / "data" / "claims.csv").open(encoding="utf-8", newline="") as handle:
        quote = next(r["quote"] for r in csv.DictReader(handle) if r["claim_id"] == claim_id)
    assert tab.url.endswith(f"#claim-{claim_id}"), tab.url
    assert state["target"] == f"claim-{claim_id}"
    assert state["text"] == quote, f"{shown!r} landed on {state['text']!r}"
    assert state["marked"] and set(state["marked"]) == {HIGHLIGHT}, state["marked"]
    assert state["othersMarked"] == 0
    assert 0 <= state["top"] < state["height"], "the quote is not in view"
    assert not record.problems(), "\n".join(record.problems())


# ---------------------------------------------------------------------------- the checks


BROKEN_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>broken</title></head><body>
<img src="https://example.invalid/remote.png" alt="remote">
<img src="missing.png" alt="">
<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="dot"></figure>
<a href="gone.csv" download>table</a>
<div style="width: 3000px">wide</div>
<script>console.error("boom")</script>
</body></html>"""


@pytest.mark.browser
def test_the_page_checks_catch_each_kind_of_problem(browser, tmp_path):
    (tmp_path / "broken.html").write_text(BROKEN_PAGE, encoding="utf-8")
    with serve(tmp_path) as base, visitor(browser, base) as visit:
        problems = "\n".join(check_page(visit, "broken.html", screenshot=False))
    expected = [
        "request to another host (aborted): https://example.invalid/remote.png",
        "console error: boom",
        "HTTP 404: " + base + "/missing.png",
        "image did not load: missing.png",
        "image without alt text: missing.png",
        "figure without a caption",
        "download link answers HTTP 404: " + base + "/gone.csv",
        "page is 30",
    ]
    for text in expected:
        assert text in problems, f"{text!r} not reported in:\n{problems}"
