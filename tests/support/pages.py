"""Helpers for the tests that read the built book: where its pages are, which pages the
table of contents lists, and what to do when no book has been built.

The pages are those of ``$CONTESTED_COUNTS_HTML`` if set, else ``<root>/_build/html``
(``make book`` writes it). A test that needs them calls :func:`require_book_html`: without
a built book it fails in CI (``CI`` set) and is skipped locally with :data:`BOOK_MISSING`
in its reason, which the summary at the end of the run counts (see ``tests/conftest.py``).
"""

from __future__ import annotations

import contextlib
import fnmatch
import functools
import http.server
import os
import re
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup

from newsclaims.paths import project_root

HTML_ENV = "CONTESTED_COUNTS_HTML"
# The words every skip for want of a built book carries (the run's summary counts them).
BOOK_MISSING = "no built book"
BUILD_COMMAND = "make book"
ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
SOURCE_SUFFIXES = (".md", ".ipynb")
HOST = "127.0.0.1"
LOCAL_SCHEMES = {"data", "blob", "about"}


def in_ci() -> bool:
    """Whether the tests run in continuous integration (``CI`` set to anything but a
    false value), where a missing book or browser is a failure, never a skip."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def html_dir() -> Path:
    return (
        Path(os.environ[HTML_ENV]) if os.environ.get(HTML_ENV) else project_root() / "_build/html"
    )


def require_book_html() -> Path:
    """The built HTML; when it is missing the calling test fails in CI and is skipped
    locally, saying how to build it."""
    html = html_dir()
    if not (html / "index.html").is_file():
        message = f"{BOOK_MISSING}: {html}/index.html does not exist (run {BUILD_COMMAND})"
        if in_ci():
            pytest.fail(f"{message}; CI is set, so a missing book is a failure")
        pytest.skip(message)
    return html


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


def read_page(book_html: Path, page: str) -> str:
    path = book_html / page
    assert path.is_file(), f"{page}: listed in _toc.yml but not built ({path} is missing)"
    return path.read_text(encoding="utf-8")


def soups(book_html: Path):
    """``(page, parsed page)`` for every page of the table of contents."""
    for page in toc_pages(book_html):
        yield page, BeautifulSoup(read_page(book_html, page), "html.parser")


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


def is_local(url: str) -> bool:
    """Whether a browser request stays on this machine: the local test server or an
    inline scheme (data:, blob:, about:)."""
    parts = urlsplit(url)
    return parts.scheme in LOCAL_SCHEMES or (
        parts.scheme in ("http", "https") and parts.hostname == HOST
    )


def beside(a: dict, b: dict) -> bool:
    """Same row: the boxes overlap vertically and not horizontally."""
    same_row = a["top"] < b["bottom"] and b["top"] < a["bottom"]
    side_by_side = a["right"] <= b["left"] or b["right"] <= a["left"]
    return same_row and side_by_side


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static file handler that logs nothing."""

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """``http://127.0.0.1:<free port>`` serving ``folder`` from a thread, stopped on exit."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer((HOST, 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)
