"""Written assessments: the optional ``assessments/`` folder of a package.

One Markdown file per assessment, ``assessments/<name>.md`` (``name`` in lower case,
digits, ``-`` and ``_``; it becomes the assessment's anchor in the book), made of a YAML
front matter and a body::

    ---
    title: How many tanks were handed over, and whose were they?
    slots:
      - eq_handover:tanks_handed_over
    chapter: weapons
    key: 2
    ---
    SouthFront quotes an officer: {claim}`37 battle tanks <southfront-006>` ...

Front matter: ``title`` (required: the question the assessment answers); ``slots``
(a list, required unless ``chapter`` is given: an assessment about no slot is a chapter's
note on the corpus): the slots it covers, each named by its slot id, by its question id, or
by ``event:attribute`` for every question of that attribute in that event (the report
layer resolves them; here the event and the attribute are checked to exist); ``chapter``
(optional): the chapter that leads with it, one of :data:`CHAPTERS` (otherwise the report
layer chooses by the attributes of its slots); ``key`` (optional, a whole number from 1):
its first paragraph is a key finding on the landing page, in that order.

The body is a small subset of Markdown: paragraphs, ``*emphasis*``, ``**strong**``, lists,
and the claim role, ``{claim}`southfront-006``` or ``{claim}`shown words <southfront-006>```.
The library renders it itself (:mod:`newsclaims.report.narrative`, HTML disabled,
everything escaped); nothing of it is ever handed to MyST. Headings, links, images, HTML,
block quotes, tables and code are not part of the subset and are refused here.

Checks (each a :class:`~newsclaims.data.schema.Problem` with file and line): the front
matter is YAML of the keys above; every cited claim exists; a number in a claim's shown
words is the claim's value, or a number of its quote, translation or date, so that prose
cannot drift from the ledger.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from newsclaims.data.assessment_syntax import Citation, citations
from newsclaims.data.files import PackageFileError, read_package_file
from newsclaims.data.schema import Problem, Table

FOLDER = "assessments"
# Documentation of the folder, never read as an assessment.
README = "README.md"
NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,80}\.md$")
MAX_BYTES = 200_000
MAX_FILES = 2_000
KEYS = ("title", "slots", "chapter", "key")
# The chapters that lead with written analysis (the book's chapter files, by their topic).
CHAPTERS = (
    "sources",
    "claims",
    "weapons",
    "condition_and_fate",
    "timeline",
    "language",
    "places",
    "assessment",
)
SELECTOR = re.compile(r"^(?P<event>[a-z0-9_]+):(?P<attribute>[a-z0-9_]+)(?::[^\s/]+)?(?:/\S+)?$")
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


@dataclass(frozen=True)
class Assessment:
    """One written assessment. ``name`` is the file's name without ``.md``; ``path`` the
    file relative to the package; ``body_line`` the line of the file the body starts on;
    ``key`` its rank among the key findings (``None``: not one)."""

    name: str
    path: str
    title: str
    slots: tuple[str, ...]
    chapter: str
    key: int | None
    body: str
    body_line: int
    citations: tuple[Citation, ...]

    @property
    def claim_ids(self) -> tuple[str, ...]:
        """The cited claims, each once, in the order of the text."""
        return tuple(dict.fromkeys(c.claim_id for c in self.citations))


def _numbers(text: str) -> set[float]:
    return {float(n.replace(",", "")) for n in NUMBER.findall(text.translate(_ARABIC_DIGITS))}


def claim_numbers(claim: dict[str, str]) -> set[float]:
    """The numbers a claim's shown words may carry: its value, the numbers of its quote and
    translation, and the year, month and day of its dates."""
    allowed = _numbers(claim.get("quote", "")) | _numbers(claim.get("translation_en", ""))
    with contextlib.suppress(ValueError):
        allowed.add(float(claim.get("value", "")))
    for field in ("occurred_start", "occurred_end"):
        allowed |= _numbers(claim.get(field, "").replace("-", " "))
    return allowed


def _front_matter(text: str) -> tuple[str, str, int] | None:
    """``(front matter, body, line the body starts on)``, or ``None`` without one."""
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---\n", 3)
    if end < 0:
        end = text.find("\n---", 3)
        if end < 0 or text[end + 4 :].strip():
            return None
    front = text[4:end]
    body = text[end + 5 :]
    return front, body, front.count("\n") + 4


def _key_lines(front: str) -> dict[str, int]:
    lines = {}
    for number, line in enumerate(front.split("\n"), start=2):
        match = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if match:
            lines.setdefault(match.group(1), number)
    return lines


class _NoAliasLoader(yaml.SafeLoader):
    """PyYAML's safe loader without anchors and aliases: an alias nested in aliases
    expands exponentially (a few hundred bytes become gigabytes), and a front matter
    needs none."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.composer.ComposerError(
                None, None, "an alias (*name) is not allowed; write the value out", mark
            )
        return super().compose_node(parent, index)


def _shown(value: object, limit: int = 60) -> str:
    """``repr(value)`` cut to ``limit`` characters, for messages about a value of any size."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _check_front(
    meta: object, front: str, path: str, tables: dict[str, Table]
) -> tuple[dict, list[Problem]]:
    if not isinstance(meta, dict):
        return {}, [Problem(path, 2, "", "front matter", "expected keys: value pairs")]
    lines = _key_lines(front)
    problems = []

    def problem(key: str, message: str, line: int | None = None) -> None:
        problems.append(Problem(path, line or lines.get(key, 2), "", key, message))

    for key in meta:
        if key not in KEYS:
            problem(str(key)[:60], f"unknown key; expected {', '.join(KEYS)}")
    title = meta.get("title")
    if not isinstance(title, str) or not title.strip() or len(title) > 300:
        problem("title", "expected the question the assessment answers, as text")
    slots = meta.get("slots")
    events = {r["event_id"] for r in tables["events"].rows} if "events" in tables else set()
    attributes = (
        {r["attribute"] for r in tables["attributes"].rows} if "attributes" in tables else set()
    )
    recorded = (
        {(r.get("event_id", ""), r.get("attribute", "")) for r in tables["claims"].rows}
        if "claims" in tables
        else None
    )
    chapter = meta.get("chapter", "")
    if slots is None and chapter:
        slots = []  # a chapter's note on the corpus, about no slot in particular
    elif not isinstance(slots, list) or not slots or not all(isinstance(s, str) for s in slots):
        problem(
            "slots",
            "expected a list of slots (slot ids, question ids or event:attribute); an"
            " assessment about no slot names its chapter instead",
        )
        slots = []
    for selector in slots:
        line = next(
            (n for n, t in enumerate(front.split("\n"), start=2) if selector in t),
            lines.get("slots"),
        )
        match = SELECTOR.match(selector)
        if not match:
            problem("slots", f"{_shown(selector)}: expected event:attribute[:value][/key]", line)
        elif match["event"] not in events:
            problem("slots", f"{_shown(selector)}: no event {match['event']!r} in events.csv", line)
        elif match["attribute"] not in attributes:
            problem(
                "slots",
                f"{_shown(selector)}: no attribute {match['attribute']!r} in attributes.csv",
                line,
            )
        elif recorded is not None and (match["event"], match["attribute"]) not in recorded:
            problem(
                "slots",
                f"{_shown(selector)}: no claim records {match['attribute']!r} of"
                f" {match['event']!r}, so the selector covers no slot",
                line,
            )
    if chapter not in ("", *CHAPTERS):
        problem("chapter", f"{_shown(chapter)}: expected one of {', '.join(CHAPTERS)}")
    key = meta.get("key")
    if key is not None and (isinstance(key, bool) or not isinstance(key, int) or key < 1):
        problem(
            "key", f"{_shown(key)}: expected a whole number from 1 (its rank among key findings)"
        )
    return meta, problems


def _read_one(root: Path, name: str, tables: dict[str, Table], claims: dict[str, dict]):
    path = f"{FOLDER}/{name}"
    try:
        data = read_package_file(root, path, MAX_BYTES)
    except (PackageFileError, OSError) as exc:
        return None, [
            Problem(
                path,
                None,
                "",
                "",
                str(exc).removeprefix(f"{path}:").removeprefix(f"{path} ").strip(),
            )
        ]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        message = f"not UTF-8 ({exc.reason} at byte {exc.start}); save the file as UTF-8"
        return None, [Problem(path, line, "", "", message)]
    text = text.replace("\r\n", "\n").removeprefix("\ufeff")
    parts = _front_matter(text)
    if parts is None:
        return None, [
            Problem(path, 1, "", "front matter", "expected a YAML front matter between --- lines")
        ]
    front, body, body_line = parts
    try:
        meta = yaml.load(front, Loader=_NoAliasLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 2
        return None, [Problem(path, line, "", "front matter", f"not valid YAML: {exc}")]
    meta, problems = _check_front(meta, front, path, tables)
    found, syntax = citations(body, body_line)
    problems += [Problem(path, line, "", "body", message) for line, message in syntax]
    if not body.strip():
        problems.append(Problem(path, body_line, "", "body", "empty; expected the assessment"))
    for citation in found:
        claim = claims.get(citation.claim_id)
        if claim is None:
            problems.append(
                Problem(
                    path, citation.line, citation.claim_id, "claim", "no such claim in claims.csv"
                )
            )
            continue
        extra = sorted(_numbers(citation.text) - claim_numbers(claim))
        if extra:
            shown = ", ".join(f"{n:g}" for n in extra)
            problems.append(
                Problem(
                    path,
                    citation.line,
                    citation.claim_id,
                    "shown words",
                    f"{citation.text!r} shows {shown}, which is not the claim's value"
                    f" ({claim.get('value') or 'none'}) nor a number of its quote, translation"
                    " or date",
                )
            )
    if problems:
        return None, problems
    key = meta.get("key")
    return Assessment(
        name=name.removesuffix(".md"),
        path=path,
        title=meta["title"].strip(),
        slots=tuple(meta.get("slots") or ()),
        chapter=meta.get("chapter", ""),
        key=key,
        body=body,
        body_line=body_line,
        citations=tuple(found),
    ), []


def read_assessments(
    root: Path, tables: dict[str, Table]
) -> tuple[list[Assessment], list[Problem]]:
    """The package's assessments in file-name order, and every problem found; none and no
    problem when the package has no ``assessments/`` folder. ``tables`` are the package's
    tables as read by validation (claims, events and attributes are consulted)."""
    folder = root / FOLDER
    if not folder.is_dir() or folder.is_symlink():
        return [], []
    claims_table = tables.get("claims")
    claims = {r["claim_id"]: r for r in claims_table.rows} if claims_table is not None else {}
    names = sorted(p.name for p in folder.iterdir())
    found: list[Assessment] = []
    problems: list[Problem] = []
    if len(names) > MAX_FILES:
        return [], [Problem(FOLDER, None, "", "", f"more than {MAX_FILES} files")]
    for name in names:
        if name == README:
            continue
        if not NAME.match(name):
            problems.append(
                Problem(
                    f"{FOLDER}/{name}"[:120],
                    None,
                    "",
                    "",
                    "expected an assessment named like eq-tanks.md (lower case, digits, - and _)",
                )
            )
            continue
        assessment, trouble = _read_one(root, name, tables, claims)
        problems += trouble
        if assessment is not None:
            found.append(assessment)
    keys = [a.key for a in found if a.key is not None]
    for a in found:
        if a.key is not None and keys.count(a.key) > 1:
            problems.append(
                Problem(a.path, None, "", "key", f"{a.key} is the rank of another assessment too")
            )
    return found, problems


def check_assessments(root: Path, tables: dict[str, Table]) -> list[Problem]:
    """The problems of the package's assessments (see :func:`read_assessments`)."""
    return read_assessments(root, tables)[1]
