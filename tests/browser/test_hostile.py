"""A book built from a hostile package, as a reader's browser shows it.

The minipackage with markup in every text field (an ``<img onerror>`` and a ``<script>``
that would set ``window.ccPwned``, a fence with ``{literalinclude}`` of ``/etc/passwd``,
``{download}`` and ``{raw}`` roles, TeX) and a news text holding a line of three
backticks (:func:`support.hostile.markup_everywhere`) is built into its own book. In
Chromium no page may run a script from the data (no dialog, no console error, the sentinel
global unset) and the markup must be shown as text; nowhere in the published tree may
anything of ``/etc/passwd`` appear; the news text must be shown verbatim, straight quotes
straight.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from support.books import declare
from support.hostile import PAYLOADS, SENTINEL, copy_minipackage, markup_everywhere
from support.mutations import outside_lines, visible_text
from support.pages import in_ci, is_local, serve

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CONTESTED_COUNTS_CHROMIUM", "/usr/bin/chromium"))
PAGES = (
    "index.html",
    "sources/index.html",
    "sources/courier_en.html",
    "sources/agency_ar.html",
    "chapters/03_weapons.html",
    "chapters/04_condition_and_fate.html",
    "chapters/06_language.html",
    "chapters/07_places.html",
    "chapters/08_assessment.html",
)
NEWS_LINES = ("```", "The spokesperson said \"no\" -- and 'yes' ... <b>not bold</b>")


def _hostile_package(copy: Path) -> None:
    markup_everywhere(copy_minipackage(copy / "hostile"))


# Built in the session's pool of books (support.books), beside the other books and tests.
HOSTILE = declare("hostile", data="hostile", prepare=_hostile_package, weight=10)


@pytest.fixture(scope="module")
def hostile_html(books) -> Path:
    return books.result(HOSTILE).check().html


def test_nothing_from_outside_the_package_is_published(hostile_html):
    secrets = outside_lines()
    assert secrets, "no file outside the package to look for"
    for path in hostile_html.rglob("*"):
        if not path.is_file() or path.suffix in (".png", ".svg", ".woff", ".woff2", ".ico"):
            continue
        data = path.read_text(encoding="utf-8", errors="replace")
        shown = visible_text(data) if path.suffix == ".html" else data
        leaked = [line for line in secrets if line in shown or line in data]
        assert not leaked, f"{path.relative_to(hostile_html)} holds {leaked[:2]}"
        assert "root:x:0:0" not in data and "nologin" not in data, path


def test_no_script_from_the_data_runs_and_markup_is_text(hostile_html):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if in_ci():
            pytest.fail("Playwright is missing (CI=true: the browser tests must run)")
        pytest.skip("Playwright for Python is not installed")
    if not CHROMIUM.is_file():
        if in_ci():
            pytest.fail(f"{CHROMIUM} is missing (CI=true: the browser tests must run)")
        pytest.skip(f"{CHROMIUM} is missing")
    problems = []
    with serve(hostile_html) as base, sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        try:
            for name in PAGES:
                context = chromium.new_context(service_workers="block")
                context.route(
                    "**/*",
                    lambda route: (
                        route.continue_()
                        if is_local(route.request.url)
                        else route.abort("blockedbyclient")
                    ),
                )
                tab = context.new_page()
                events: list[str] = []
                tab.on(
                    "dialog",
                    lambda d, events=events: (events.append(f"dialog {d.message}"), d.dismiss()),
                )
                tab.on(
                    "console",
                    lambda m, events=events: (
                        events.append(f"console {m.text}") if m.type == "error" else None
                    ),
                )
                tab.on("pageerror", lambda e, events=events: events.append(f"page error {e}"))
                tab.goto(f"{base}/{name}", wait_until="load")
                tab.wait_for_load_state("networkidle")
                if tab.evaluate(f"typeof window.{SENTINEL}") != "undefined":
                    events.append("a script from the data ran (the sentinel is set)")
                text = tab.inner_text("main")
                if name not in ("sources/index.html",) and PAYLOADS[0] not in text:
                    events.append("the <img> of the data is not shown as text")
                if name == "sources/courier_en.html":
                    for payload in PAYLOADS:
                        for line in filter(None, (x.strip() for x in payload.splitlines())):
                            if line not in text:
                                events.append(f"not shown as written: {line!r}")
                    body = "\n".join(tab.locator(".cc-body").all_inner_texts())
                    for line in NEWS_LINES:
                        if line not in body:
                            events.append(f"news text not verbatim: {line!r} missing")
                problems += [f"{name}: {event}" for event in events]
                context.close()
        finally:
            chromium.close()
    assert not problems, "\n".join(problems)
