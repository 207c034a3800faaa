"""The ``generated`` directive's reading of a page: plain names only, the expected shape,
and nodes in which the title is text and the HTML is raw HTML, never parsed."""

from __future__ import annotations

import json

import pytest
from docutils import nodes

from newsclaims.build.generated import PageError, page_nodes, read_page
from newsclaims.report.html import Page, Part

MARKUP = "```{literalinclude} /etc/passwd\n``` *em* <b>"


def write(srcdir, key: str, data: object) -> None:
    path = srcdir / "_generated" / f"{key}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")


def test_a_page_becomes_a_section_with_a_text_title_and_raw_html(tmp_path):
    page = Page(
        MARKUP, (Part("<p>one</p>"), Part("<p>two</p>", MARKUP, ("claims-x",))), ("source-x",)
    )
    write(tmp_path, "sources/x", page.to_json())
    _, data = read_page(tmp_path, "sources/x")
    (section,) = page_nodes(data)
    assert isinstance(section, nodes.section)
    title = section.children[0]
    assert isinstance(title, nodes.title) and title.astext() == MARKUP
    assert all(isinstance(child, nodes.Text) for child in title.children)
    raw, sub = section.children[1:]
    assert isinstance(raw, nodes.raw) and raw["format"] == "html" and raw.astext() == "<p>one</p>"
    assert sub["ids"][1:] == ["claims-x"] and sub.children[0].astext() == MARKUP
    assert "source-x" in section["ids"] and len(set(section["ids"])) == len(section["ids"])


def test_a_fragment_without_title_is_raw_html_alone(tmp_path):
    write(tmp_path, "key_findings", Page("", (Part("<ul></ul>"),)).to_json())
    (raw,) = page_nodes(read_page(tmp_path, "key_findings")[1])
    assert isinstance(raw, nodes.raw)


@pytest.mark.parametrize("key", ["../etc/passwd", "/etc/passwd", "Sources/x", "x.json", "a//b", ""])
def test_only_plain_names_are_read(tmp_path, key):
    with pytest.raises(PageError, match="expected a name"):
        read_page(tmp_path, key)


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"parts": []},
        {"title": 1, "parts": []},
        {"title": "t", "parts": [{"html": 1}]},
        {"title": "t", "parts": "x"},
    ],
)
def test_pages_of_another_shape_are_refused(tmp_path, data):
    write(tmp_path, "x", data)
    with pytest.raises(PageError, match="not a generated page"):
        read_page(tmp_path, "x")


def test_a_missing_or_linked_page_is_refused(tmp_path):
    with pytest.raises(PageError, match="no such generated page"):
        read_page(tmp_path, "x")
    (tmp_path / "elsewhere.json").write_text("{}", encoding="utf-8")
    (tmp_path / "_generated").mkdir()
    (tmp_path / "_generated" / "y.json").symlink_to(tmp_path / "elsewhere.json")
    with pytest.raises(PageError, match="no such generated page"):
        read_page(tmp_path, "y")


def test_the_themes_plain_text_titles_are_escaped():
    """The theme writes ``pagetitle`` (its print header) and ``root_title`` (the sidebar)
    into pages unescaped; a title from the data reaches them as text."""
    from markupsafe import Markup

    from newsclaims.build.generated import escape_theme_titles

    context = {
        "pagetitle": '<img src=x onerror="alert(1)">',
        "root_title": "A & B",
        "title": Markup("<em>kept</em>"),
    }
    escape_theme_titles(None, "sources/x", "page.html", context, None)
    assert context["pagetitle"] == "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;"
    assert context["root_title"] == "A &amp; B" and context["title"] == "<em>kept</em>"
    escape_theme_titles(None, "sources/x", "page.html", context, None)  # not escaped twice
    assert context["root_title"] == "A &amp; B"
