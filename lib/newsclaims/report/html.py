"""HTML written from the data, through templates that escape everything.

Strings from a data package (names, titles, quotes, values, the raw text) reach a page
only through the Jinja2 templates of ``report/templates/``, rendered with autoescaping on:
``<``, ``>``, ``&`` and quotation marks come out as entities, so no string is ever read as
markup. The HTML then reaches the book by a channel MyST never parses: an HTML output of
an executed chapter, or a page of :mod:`newsclaims.build.generated` (docutils nodes).
Markdown is never written from data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

TEMPLATES = Path(__file__).resolve().parent / "templates"


@cache
def environment() -> Environment:
    """The one template environment: templates from ``report/templates/``, every value
    escaped unless the template is given :class:`markupsafe.Markup` built by another
    template, undefined names an error."""
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        keep_trailing_newline=False,
    )


def render(template: str, **context: object) -> Markup:
    """``template`` (a file name in ``report/templates/``) rendered with ``context``, as
    markup that later templates include without escaping it again."""
    return Markup(environment().get_template(template).render(**context).strip())


@dataclass(frozen=True)
class Part:
    """A piece of a generated page: escaped HTML, under a heading of its own when
    ``title`` is set (plain text, never markup), with the anchors ``ids``."""

    html: str
    title: str = ""
    ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Page:
    """A page (or a fragment, without ``title``) generated from the data. Written as JSON
    by :meth:`to_json` and turned into docutils nodes by the book's ``generated``
    directive: the title becomes a text node, the HTML a raw HTML node."""

    title: str
    parts: tuple[Part, ...]
    ids: tuple[str, ...] = field(default=())

    @property
    def html(self) -> str:
        """Every part's HTML in order (what a reader's browser gets, less the headings)."""
        return "\n".join(p.html for p in self.parts)

    def to_json(self) -> str:
        """The page as the ``generated`` directive reads it: ``{"title", "ids", "parts":
        [{"title", "ids", "html"}]}``."""
        return json.dumps(
            {
                "title": self.title,
                "ids": list(self.ids),
                "parts": [
                    {"title": p.title, "ids": list(p.ids), "html": str(p.html)} for p in self.parts
                ],
            },
            ensure_ascii=False,
            indent=1,
        )
