"""Accessibility of the built pages, read from the HTML without a browser.

Every page the table of contents lists must exist; every image needs a text alternative,
every figure a caption; no element may carry the same attribute twice (browsers keep the
first and drop the rest silently, so a class or a language would be lost); pages declare
their language, and the source viewer marks Arabic text as Arabic, right to left.

The pages are those of ``$CONTESTED_COUNTS_HTML`` if set, else ``<root>/_build/html``
(``make book`` writes it). The helpers here are shared with ``test_browser.py``.
"""

from __future__ import annotations

import fnmatch
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from newsclaims.paths import project_root

HTML_ENV = "CONTESTED_COUNTS_HTML"
ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
SOURCE_SUFFIXES = (".md", ".ipynb")


# ---------------------------------------------------------------------------- the pages


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def html_dir() -> Path:
    return (
        Path(os.environ[HTML_ENV]) if os.environ.get(HTML_ENV) else project_root() / "_build/html"
    )


def book_source(html: Path) -> Path:
    """The folder the HTML was rendered from: ``_build/src`` next to ``_build/html`` when
    the build pipeline made it, else the project root."""
    src = html.parent / "src"
    return src if (src / "_toc.yml").is_file() else project_root()


def docnames(folder: Path) -> list[str]:
    return sorted(
        p.relative_to(folder).with_suffix("").as_posix()
        for p in folder.rglob("*")
        if p.suffix in SOURCE_SUFFIXES and "_build" not in p.relative_to(folder).parts
    )


def toc_pages(html: Path) -> list[str]:
    """The HTML page of every entry of ``_toc.yml``: the root, each ``file`` and every
    document a ``glob`` matches (less those listed explicitly), in table-of-contents order."""
    source = book_source(html)
    toc = yaml.safe_load((source / "_toc.yml").read_text(encoding="utf-8"))
    listed: list[str] = []
    globs: list[tuple[int, str]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key in ("root", "file"):
                if key in node:
                    listed.append(str(Path(str(node[key])).with_suffix("").as_posix()))
            if "glob" in node:
                globs.append((len(listed), str(node["glob"])))
            for key in ("parts", "chapters", "sections"):
                walk(node.get(key))
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(toc)
    names = docnames(source) if source != project_root() else []
    if not names:  # no source folder next to the HTML: match the rendered pages instead
        names = sorted(p.relative_to(html).with_suffix("").as_posix() for p in html.rglob("*.html"))
    pages = list(listed)
    for position, pattern in reversed(globs):
        matched = [n for n in names if fnmatch.fnmatchcase(n, pattern) and n not in listed]
        pages[position:position] = matched
    return [f"{page}.html" for page in pages]


def require_book_html() -> Path:
    """The built HTML; missing, the calling test fails in CI and skips locally."""
    html = html_dir()
    if not (html / "index.html").is_file():
        message = f"{html}/index.html does not exist: build the book first (make book)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return html


@pytest.fixture(scope="session")
def book_html() -> Path:
    return require_book_html()


def read_page(book_html: Path, page: str) -> str:
    path = book_html / page
    assert path.is_file(), f"{page}: listed in _toc.yml but not built ({path} is missing)"
    return path.read_text(encoding="utf-8")


def soups(book_html: Path):
    for page in toc_pages(book_html):
        yield page, BeautifulSoup(read_page(book_html, page), "html.parser")


# ---------------------------------------------------------------------------- tests


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


class DuplicateAttributes(HTMLParser):
    """Collects elements that carry an attribute twice."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = [name for name, _ in attrs]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            line, _ = self.getpos()
            self.found.append(f"line {line}: <{tag}> repeats {', '.join(twice)}")


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


# ---------------------------------------------------------------------------- the checks


def test_duplicate_attribute_check_flags_a_repeat():
    parser = DuplicateAttributes()
    parser.feed('<div class="a" dir="rtl" class="b">x</div><p class="c">y</p>')
    assert parser.found == ["line 1: <div> repeats class"]


def test_toc_pages_expands_globs_in_place(tmp_path, monkeypatch):
    html, src = tmp_path / "html", tmp_path / "src"
    for name in ("index.md", "a.ipynb", "s/index.md", "s/x.md", "s/y.md", "z.md"):
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_text("# t\n", encoding="utf-8")
    (src / "_toc.yml").write_text(
        "format: jb-book\nroot: index\nchapters:\n- file: a\n- file: s/index\n"
        "  sections:\n  - glob: s/*\n- file: z\n",
        encoding="utf-8",
    )
    html.mkdir()
    assert toc_pages(html) == [
        "index.html",
        "a.html",
        "s/index.html",
        "s/x.html",
        "s/y.html",
        "z.html",
    ]
