"""The book's ``generated`` directive: pages written from the data, as docutils nodes.

A page of the source viewer, or the key findings on the landing page, is a tiny MyST file
holding only::

    ```{generated} sources/southfront
    ```

The directive reads ``_generated/sources/southfront.json`` from the book's source folder
(written by :mod:`newsclaims.build.assemble` from a :class:`newsclaims.report.html.Page`)
and returns a section whose title is a text node, with the page's pre-rendered HTML (every
data string escaped by the templates) as raw HTML nodes, and a sub-section for each part
that has a heading. Nothing in the JSON is ever parsed as Markdown, MyST or
reStructuredText, so markup in the data (a fence, a role such as ``{download}``, a
directive such as ``{literalinclude}``) is shown as text.

Register it in ``_config.yml`` (``sphinx.config.extensions``) as
``newsclaims.build.generated``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import Directive

GENERATED = "_generated"
# The argument names a JSON file under _generated/: lower-case words and slashes only.
_KEY = re.compile(r"[a-z0-9_]+(?:/[a-z0-9_]+)*")


class PageError(ValueError):
    """A generated page that is missing or not of the expected shape."""


def read_page(srcdir: Path, key: str) -> tuple[Path, dict]:
    """The file and parsed JSON of the generated page ``key`` under
    ``<srcdir>/_generated``; ``PageError`` when the key is not a plain name, the file is
    missing or a link, or the JSON is not ``{"title": str, "ids": [str], "parts":
    [{"title": str, "ids": [str], "html": str}]}``."""
    if not _KEY.fullmatch(key):
        raise PageError(f"{key!r}: expected a name such as sources/southfront")
    path = srcdir / GENERATED / f"{key}.json"
    if path.is_symlink() or not path.is_file():
        raise PageError(f"{GENERATED}/{key}.json: no such generated page")
    page = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(page, dict):
        raise PageError(f"{GENERATED}/{key}.json: not a generated page")
    parts = page.get("parts")
    if (
        not isinstance(page.get("title"), str)
        or not strings(page.get("ids", []))
        or not isinstance(parts, list)
        or not all(
            isinstance(p, dict)
            and isinstance(p.get("html"), str)
            and isinstance(p.get("title", ""), str)
            and strings(p.get("ids", []))
            for p in parts
        )
    ):
        raise PageError(f"{GENERATED}/{key}.json: not a generated page")
    return path, page


def strings(items: object) -> bool:
    """Whether ``items`` is a list of strings."""
    return isinstance(items, list) and all(isinstance(i, str) for i in items)


def _section(title: str, ids: list[str]) -> nodes.section:
    section = nodes.section(
        ids=[nodes.make_id(title), *ids], names=[nodes.fully_normalize_name(title)]
    )
    section += nodes.title(title, "", nodes.Text(title))
    return section


def page_nodes(page: dict) -> list[nodes.Node]:
    """The nodes of a generated page: its parts' HTML as raw HTML nodes, each part with a
    title in a section of its own, all in a section titled by the page's title (or at the
    top level when the page has none)."""
    out: list[nodes.Node] = []
    top = _section(page["title"], page.get("ids", [])) if page["title"] else None
    for part in page["parts"]:
        raw = nodes.raw("", part["html"], format="html")
        if part.get("title"):
            sub = _section(part["title"], part.get("ids", []))
            sub += raw
            raw = sub
        if top is not None:
            top += raw
        else:
            out.append(raw)
    return [top] if top is not None else out


class GeneratedDirective(Directive):
    """``{generated} KEY``: the page ``_generated/KEY.json`` as docutils nodes."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        env = self.state.document.settings.env
        try:
            path, page = read_page(Path(env.srcdir), self.arguments[0])
        except (PageError, json.JSONDecodeError) as exc:
            raise self.error(f"generated page: {exc}") from None
        env.note_dependency(str(path))
        return page_nodes(page)


# Context values the book's theme writes into every page without escaping them (its print
# header ``<h1>{{ pagetitle }}</h1>`` and the sidebar's ``{{ root_title }}``): they hold the
# plain text of a title, which may come from a data package.
_THEME_PLAIN_TEXT = ("pagetitle", "root_title")


def escape_theme_titles(app, pagename, templatename, context, doctree) -> None:
    """Escape the plain-text titles the theme (sphinx-book-theme 1.x, ``layout.html`` and
    ``sbt-sidebar-nav.html``) puts into pages unescaped. Runs after the theme's own handler
    (priority 900 against its 500); a value that is already ``Markup`` is left as it is."""
    from markupsafe import Markup, escape

    for key in _THEME_PLAIN_TEXT:
        value = context.get(key)
        if isinstance(value, str) and not isinstance(value, Markup):
            context[key] = escape(value)


def setup(app) -> dict:
    """Register the ``generated`` directive with Sphinx, and the escaping of the theme's
    plain-text titles (:func:`escape_theme_titles`)."""
    app.add_directive("generated", GeneratedDirective)
    app.connect("html-page-context", escape_theme_titles, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
