"""Accessibility of the built pages, read from the HTML without a browser.

Every page the table of contents lists must exist; every image needs a text alternative,
every figure a caption; no element may carry the same attribute twice (browsers keep the
first and drop the rest silently, so a class or a language would be lost); pages declare
their language, and the source viewer marks Arabic text as Arabic, right to left.

The pages are those of the built book (see :mod:`support.pages`); without one these tests
fail in CI and are skipped locally, and the run's summary says so.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.pages import (
    ARABIC,
    DuplicateAttributes,
    read_page,
    require_book_html,
    soups,
    toc_pages,
)


@pytest.fixture(scope="session")
def book_html() -> Path:
    return require_book_html()


def test_toc_lists_the_pages_it_should(book_html):
    pages = toc_pages(book_html)
    assert pages[0] == "index.html"
    assert len(pages) == len(set(pages)), "a page is listed twice"
    assert any(p.startswith("sources/") and p != "sources/index.html" for p in pages), (
        "the glob sources/* matched no page"
    )


def test_every_toc_page_is_built(book_html):
    missing = [p for p in toc_pages(book_html) if not (book_html / p).is_file()]
    assert not missing, f"listed in _toc.yml but not built: {missing}"


def test_every_image_has_alt_text(book_html):
    problems = []
    for page, soup in soups(book_html):
        for img in soup.find_all("img"):
            if not (img.get("alt") or "").strip():
                problems.append(f"{page}: <img src={img.get('src')!r}> has no alt text")
    assert not problems, "\n".join(problems)


def test_every_figure_has_a_caption(book_html):
    problems = []
    for page, soup in soups(book_html):
        for number, figure in enumerate(soup.find_all("figure"), start=1):
            caption = figure.find("figcaption")
            if caption is None or not caption.get_text(strip=True):
                name = figure.get("id") or f"figure {number} on the page"
                problems.append(f"{page}: {name} has no caption")
    assert not problems, "\n".join(problems)


def test_no_element_repeats_an_attribute(book_html):
    problems = []
    for page in toc_pages(book_html):
        parser = DuplicateAttributes()
        parser.feed(read_page(book_html, page))
        problems += [f"{page}, {found}" for found in parser.found[:5]]
    assert not problems, "\n".join(problems)


def test_pages_declare_their_language(book_html):
    problems = []
    for page, soup in soups(book_html):
        if (soup.html.get("lang") if soup.html else None) != "en":
            problems.append(f"{page}: <html> does not declare lang='en'")
    assert not problems, "\n".join(problems)


def test_viewer_marks_arabic_text_as_arabic_right_to_left(book_html):
    """Screen readers switch voice on ``lang``; browsers order the text on ``dir``. Every
    paragraph and quote of the source viewer that holds Arabic text must carry both."""
    checked, problems = 0, []
    for page, soup in soups(book_html):
        if not page.startswith("sources/"):
            continue
        for element in soup.select(".cc-body, .cc-claims span[dir], .cc-title"):
            if not ARABIC.search(element.get_text()):
                continue
            checked += 1
            if element.get("lang") != "ar" or element.get("dir") != "rtl":
                text = element.get_text()[:40]
                problems.append(
                    f"{page}: {element.name} {text!r} has lang={element.get('lang')!r}"
                    f" dir={element.get('dir')!r}"
                )
    assert checked, "no Arabic text found in the source viewer"
    assert not problems, "\n".join(problems)
