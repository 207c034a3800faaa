"""The Markdown subset of a written assessment and its claim role.

A body is paragraphs, ``*emphasis*``, ``**strong**``, bullet and numbered lists, and the
claim role ``{claim}`shown words <claim id>``` (or ``{claim}`<claim id>```), which the book
renders as a link to the claim's highlighted quote. :func:`citations` finds the roles and
refuses everything else, line by line (the common slips, with their names) and then by a
full CommonMark parse with HTML on (constructs over several lines, reference links, HTML
comments): what is refused would otherwise reach the reader as raw text, since the renderer
(:mod:`newsclaims.report.narrative`, markdown-it-py with the same subset and HTML off) shows
it as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ROLE = re.compile(r"\{claim\}`([^`\n]*)`")
SHOWN = re.compile(r"^(?P<text>.*?)\s*<(?P<id>[^<>]*)>$", re.DOTALL)
# What the subset refuses, looked for outside the claim roles: (pattern, what it is).
NOT_IN_SUBSET = (
    "is not part of an assessment's Markdown (paragraphs, *emphasis*, **strong**, lists and"
    " claim roles)"
)
REFUSED = (
    (re.compile(r"^\s{0,3}#{1,6}\s"), "a heading"),
    (re.compile(r"^\s{0,3}>"), "a block quote"),
    (re.compile(r"^\s{0,3}(```|~~~)"), "a code block"),
    (re.compile(r"^\s*\|.*\|\s*$"), "a table"),
    (re.compile(r"!?\[[^\]]*\]\([^)]*\)"), "a link or an image"),
    (re.compile(r"</?[A-Za-z][^>]*>"), "HTML"),
    (re.compile(r"(?<!\{claim\})`[^`]+`"), "code"),
    (re.compile(r"^\s*:::"), "a directive"),
)


@dataclass(frozen=True)
class Citation:
    """A claim cited in a body: its id, the words shown for it (empty: none given) and the
    line of the file it is on."""

    claim_id: str
    text: str
    line: int


def citations(body: str, first_line: int) -> tuple[list[Citation], list[tuple[int, str]]]:
    """The claim roles of ``body`` (whose first line is line ``first_line`` of its file),
    and the problems of their syntax as ``(line, message)``."""
    found, problems = [], []
    for offset, line in enumerate(body.split("\n")):
        number = first_line + offset
        for match in ROLE.finditer(line):
            inner = match.group(1).strip()
            shown = SHOWN.match(inner)
            text, claim_id = (shown["text"], shown["id"].strip()) if shown else ("", inner)
            if not claim_id:
                problems.append((number, "an empty claim role; expected {claim}`<claim id>`"))
                continue
            found.append(Citation(claim_id, text, number))
        rest = ROLE.sub("", line)
        if "{claim}" in rest:
            problems.append((number, "a claim role without its closing backtick on the same line"))
        for pattern, what in REFUSED:
            if pattern.search(rest):
                problems.append(
                    (
                        number,
                        f"{what} {NOT_IN_SUBSET}",
                    )
                )
                break
    if not problems:
        problems += _outside_subset(ROLE.sub("x", body), first_line)
    return found, problems


# The Markdown an assessment may use, as markdown-it token types (the renderer enables the
# same subset); anything else a full CommonMark parse finds, over one line or several, is
# refused so that the reader never sees its raw text.
_ALLOWED_TOKENS = frozenset(
    {"paragraph", "bullet_list", "ordered_list", "list_item", "inline", "text", "em", "strong"}
    | {"softbreak", "hardbreak"}
)


# Names for what a full parse finds, in the words of the messages above.
_NAMES = {
    "heading": "a heading",
    "blockquote": "a block quote",
    "fence": "a code block",
    "code_block": "a code block",
    "code_inline": "code",
    "table": "a table",
    "link": "a link",
    "image": "an image",
    "html_block": "HTML",
    "html_inline": "HTML",
    "hr": "a horizontal rule",
    "s": "struck-through text",
}


def _kind(token) -> str:
    return token.type.removesuffix("_open").removesuffix("_close")


def _outside_subset(body: str, first_line: int) -> list[tuple[int, str]]:
    """``(line, message)`` for the first construct of ``body`` outside the subset, found by
    a CommonMark parse with HTML on and every link address accepted (for detection only:
    nothing parsed here is shown)."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    parser.validateLink = lambda url: True
    line = first_line
    for token in parser.parse(body):
        if token.map:
            line = first_line + token.map[0]
        bad = next(
            (t for t in (token, *(token.children or [])) if _kind(t) not in _ALLOWED_TOKENS),
            None,
        )
        if bad is not None:
            what = _NAMES.get(_kind(bad), _kind(bad).replace("_", " "))
            return [(line, f"{what} {NOT_IN_SUBSET}")]
    return []
