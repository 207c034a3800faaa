"""The source viewer: one page per document, generated from the data.

Each page shows the document's text with every claim highlighted (what it records and its
value, in words, in the hover text and in the table under it), the page chrome set apart in
grey, the reader comments counted but not reproduced, and Arabic text right to left with
the English translation of its claims beside it. Every claim's quote has a stable anchor,
``#claim-<claim_id>``, the target of every link from the chapters: the browser scrolls to
it and the page's ``:target`` rule highlights the whole quote. The table under the text
links each claim back to the slot it is compared in and to the written assessments of
that slot.

Every page is HTML rendered by the templates of ``report/templates/`` (everything escaped,
:mod:`newsclaims.report.html`), wrapped in a :class:`~newsclaims.report.html.Page` whose
title is plain text: the build writes it as JSON and the book's ``generated`` directive
turns it into docutils nodes. No Markdown is written from data, so a line of three
backticks in a news text, or MyST markup in a title, is shown as it is.
"""

from __future__ import annotations

import itertools
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence

import pandas as pd

from newsclaims.data.assessments import Assessment
from newsclaims.data.corpus import Document, is_arabic
from newsclaims.data.package import Ledger
from newsclaims.report.html import Page, Part, render
from newsclaims.report.labels import Labels, language_words, words
from newsclaims.report.links import assessment_href, slot_href
from newsclaims.report.narrative import chapter_of, covered
from newsclaims.report.prose import slot_titles, value_phrase

INDEX_PAGE = "index"
VIEWER_BASE = "../"


def claim_label(claim: pd.Series | dict, labels: Labels) -> str:
    """The hover text of a highlighted claim: what it records and its value, in words
    ("number of tanks handed over: 37 tanks"); no id."""
    return f"{labels.attribute(claim['attribute'])}: {value_phrase(claim, labels)}"


class _Claims:
    """A document's claims sorted by start, for finding those inside a stretch of text by
    bisection (a page costs time in proportion to its length, not length times claims)."""

    def __init__(self, claims: pd.DataFrame):
        records = [(i, c) for i, c in enumerate(claims.to_dict("records"))]
        self.records = sorted(records, key=lambda r: (int(r[1]["start"]), r[0]))
        self.starts = [int(c["start"]) for _, c in self.records]
        ends = [int(c["end"]) for _, c in self.records]
        # The largest end among the first i claims by start: whether a position falls
        # inside some claim is then one bisection.
        self.reach = [-1, *itertools.accumulate(ends, max)]

    def covers(self, position: int) -> bool:
        """Whether some claim starts before ``position`` and ends at or after it."""
        return self.reach[bisect_left(self.starts, position)] >= position

    def inside(self, start: int, end: int) -> list[dict]:
        """The claims whose quote lies within ``[start, end]``, in the order of the table."""
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, end + 1)
        found = [r for r in self.records[first:last] if int(r[1]["end"]) <= end]
        return [c for _, c in sorted(found, key=lambda r: r[0])]


def right_to_left(line: str) -> bool | None:
    """Whether a line reads right to left: more strong right-to-left characters (Unicode
    bidirectional classes R and AL) than left-to-right ones (L); ``None`` without either."""
    classes = [unicodedata.bidirectional(ch) for ch in line]
    rtl, ltr = sum(c in ("R", "AL") for c in classes), classes.count("L")
    return None if rtl == ltr == 0 else rtl > ltr


def direction_parts(
    paragraph: str, offset: int, in_quote: Callable[[int], bool] = lambda position: False
) -> list[tuple[str, int, bool]]:
    """``paragraph`` (at ``offset``) as ``(text, offset, right to left)`` parts: lines of
    one direction together, so that an English line and an Arabic line separated by a
    single line break are each laid out in their own direction. A line with no letter of
    either direction goes with the line before it; no part boundary falls inside a claim
    (``in_quote(position)``: whether a claim's quote runs across it), whose quote must stay
    in one part."""
    parts: list[list] = []
    start = offset
    for line in paragraph.split("\n"):
        rtl = right_to_left(line)
        inside_claim = bool(parts) and in_quote(start)
        if parts and (rtl is None or rtl == parts[-1][2] or inside_claim):
            parts[-1][0] += "\n" + line
            if parts[-1][2] is None:
                parts[-1][2] = rtl
        else:
            parts.append([line, start, rtl])
        start += len(line) + 1
    return [(text, at, bool(rtl)) for text, at, rtl in parts if text.strip()]


def _runs(
    text: str, offset: int, inside: list[dict], labels: Labels, numbers: dict[str, int]
) -> list[dict]:
    """``text`` (at ``offset`` in its document) cut where the claims ``inside`` it start and
    end. Each run has its text and, where claims cover it, their ids, the numbers of the
    claims on the page (``numbers``, claim id to a whole number; the highlight rule of
    the page is written with them), the first id (the link's target: its row in the table)
    and the hover text. Where a claim starts, an anchor run (``anchor``: the claim id,
    ``number``) comes first: the target of ``#claim-<id>``."""
    end = offset + len(text)
    starts: dict[int, list[dict]] = {}
    for claim in inside:
        starts.setdefault(int(claim["start"]), []).append(claim)
    cuts = sorted(
        {offset, end, *(int(c["start"]) for c in inside), *(int(c["end"]) for c in inside)}
    )
    runs: list[dict] = []
    for left, right in itertools.pairwise(cuts):
        for claim in starts.get(left, []):
            runs.append(
                {"anchor": claim["claim_id"], "number": numbers[claim["claim_id"]], "text": ""}
            )
        covering = [c for c in inside if int(c["start"]) <= left and int(c["end"]) >= right]
        run = {"text": text[left - offset : right - offset], "ids": "", "anchor": ""}
        if covering:
            run["ids"] = " ".join(c["claim_id"] for c in covering)
            run["numbers"] = [numbers[c["claim_id"]] for c in covering]
            run["row"] = covering[0]["claim_id"]
            run["title"] = "\n".join(claim_label(c, labels) for c in covering)
        runs.append(run)
    return runs


def _numbers(claims: pd.DataFrame) -> dict[str, int]:
    return {claim_id: n for n, claim_id in enumerate(claims["claim_id"], start=1)}


def highlight(text: str, offset: int, claims: pd.DataFrame, labels: Labels | None = None) -> str:
    """``text`` (which starts at ``offset`` in its document) as escaped HTML with every claim
    that falls inside it marked, an anchor where each starts; overlapping claims share the
    marked run. ``labels`` name the things in the hover text (bare words without them)."""
    inside = _Claims(claims).inside(offset, offset + len(text))
    runs = _runs(text, offset, inside, labels or Labels(), _numbers(claims))
    return render("highlight.html", pieces=runs)


def _blocks(doc: Document, claims: pd.DataFrame, labels: Labels) -> list[dict]:
    """The document's sections as the template lays them out: chrome boxes, body
    paragraphs (runs and translations) and counts of reader comments between them."""
    blocks: list[dict] = []
    comments = 0
    sorted_claims = _Claims(claims)
    numbers = _numbers(claims)
    for section in doc.sections.itertuples(index=False):
        if section.section == "comments":
            comments += 1
            continue
        text = section.text.strip("\n")
        if not text.strip():
            continue
        if comments:
            blocks.append({"kind": "comments", "count": comments})
            comments = 0
        if section.section == "chrome":
            blocks.append({"kind": "chrome", "rtl": is_arabic(text), "text": text})
            continue
        offset = section.start + len(section.text) - len(section.text.lstrip("\n"))
        for paragraph in text.split("\n\n"):
            for part, start, rtl in direction_parts(paragraph, offset, sorted_claims.covers):
                inside = sorted_claims.inside(start, start + len(part))
                blocks.append(
                    {
                        "kind": "body",
                        "rtl": rtl,
                        "runs": _runs(part, start, inside, labels, numbers),
                        "translations": [
                            {"claim_id": c["claim_id"], "text": c["translation_en"]}
                            for c in inside
                            if c["translation_en"]
                        ],
                    }
                )
            offset += len(paragraph) + 2
    if comments:
        blocks.append({"kind": "comments", "count": comments})
    return blocks


def document_html(doc: Document, claims: pd.DataFrame, labels: Labels | None = None) -> str:
    """The document's sections in order, as escaped HTML, with the page's highlight rule:
    the quote of the claim named in the address (``#claim-<id>``) is marked, whole, even
    where it overlaps another claim's. The rule is written from whole numbers only."""
    return render(
        "document.html",
        blocks=_blocks(doc, claims, labels or Labels()),
        numbers=list(_numbers(claims).values()),
    )


def _compared_in(
    claim_id: str, slots: Mapping[str, str], assessed: Mapping[str, list[tuple[str, str]]]
) -> list[dict]:
    slot = slots.get(claim_id)
    if not slot:
        return []
    title, href = slot
    found = [{"text": title, "href": href, "written": False}]
    for text, link_to in assessed.get(claim_id, []):
        found.append({"text": text, "href": link_to, "written": True})
    return found


def claims_table(
    claims: pd.DataFrame,
    labels: Labels | None = None,
    slots: Mapping[str, tuple[str, str]] | None = None,
    assessed: Mapping[str, list[tuple[str, str]]] | None = None,
) -> str:
    """The table of a document's claims under its text, each row (``#about-<id>``) the
    target of its highlight, as escaped HTML: what the claim records and its value in
    words, on whose word, its quote (a link to the quote in the text), where it is compared
    (``slots``: claim id to the title and address of its slot; ``assessed``: claim id to
    the titles and addresses of the written assessments of that slot) and its offsets.
    No id is shown."""
    labels = labels or Labels()
    rows = [
        {
            "number": n,
            "claim_id": c["claim_id"],
            "states": claim_label(c, labels),
            "according_to": labels.name(c["attributed_to"]),
            "quote": c["quote"],
            "rtl": is_arabic(c["quote"]),
            "translation": c["translation_en"],
            "compared": _compared_in(c["claim_id"], slots or {}, assessed or {}),
            "start": c["start"],
            "end": c["end"],
        }
        for n, c in enumerate(claims.to_dict("records"), start=1)
    ]
    return render("claims_table.html", claims=rows)


def where_compared(
    slots: pd.DataFrame, claims: pd.DataFrame, assessments: Sequence[Assessment], labels: Labels
) -> tuple[dict[str, tuple[str, str]], dict[str, list[tuple[str, str]]]]:
    """Where each claim is compared, for :func:`claims_table`: claim id to the title and
    address of its slot (``slots`` and ``claims`` of
    :func:`newsclaims.analysis.compare.comparison`), and claim id to the titles and
    addresses of the written assessments that cover that slot."""
    titles = slot_titles(slots, labels, with_event=True)
    covering = covered(assessments, slots)
    by_name = {a.name: a for a in assessments}
    places, assessed = {}, {}
    for claim_id, slot_id in zip(claims["claim_id"], claims["slot_id"], strict=True):
        places[claim_id] = (titles[slot_id], slot_href(slot_id, VIEWER_BASE))
        assessed[claim_id] = [
            (
                by_name[name].title,
                assessment_href(name, chapter_of(by_name[name], slots), VIEWER_BASE),
            )
            for name in covering.get(slot_id, [])
        ]
    return places, assessed


def page_title(source: pd.Series | dict) -> str:
    """A viewer page's title: the outlet's name."""
    return str(source["outlet"])


def source_page(
    source: pd.Series,
    doc: Document,
    claims: pd.DataFrame,
    labels: Labels | None = None,
    slots: Mapping[str, tuple[str, str]] | None = None,
    assessed: Mapping[str, list[tuple[str, str]]] | None = None,
) -> Page:
    """One document's page: its outlet as the title, the facts and text of the document,
    and a section listing its claims with where each is compared (anchor
    ``claims-<source_id>``)."""
    published = source["published"] or (
        f"not stated; not before {source['published_earliest']}"
        if source["published_earliest"]
        else "unknown"
    )
    facts = [
        ("Outlet", source["outlet"]),
        ("How the outlet is known", source.get("outlet_basis", "")),
        ("Published", f"{published} ({source['published_basis']}: {source['published_evidence']})"),
        ("Language", language_words(source["language"])),
        ("Kind of text", words(source["kind"])),
        ("Author", source["author"] or "not named"),
        ("Translator", source["translator"] or "not named"),
        ("Notes", source.get("notes", "")),
        ("Raw file", source["file"]),
        ("Claims recorded", str(len(claims))),
    ]
    source_id = source["source_id"]
    head = render(
        "source_page.html",
        title=source["title"],
        title_rtl=is_arabic(source["title"]),
        facts=[(k, v) for k, v in facts if v],
        source_id=source_id,
        document=document_html(doc, claims, labels),
    )
    table = Part(
        claims_table(claims, labels, slots, assessed),
        title="Claims in this document",
        ids=("claims-in-this-document", f"claims-{source_id}"),
    )
    return Page(page_title(source), (Part(head), table), ids=(f"source-{source_id}",))


def index_page(sources: pd.DataFrame) -> Page:
    """The viewer's index: one link per document, with its outlet and title."""
    listed = [
        {"source_id": s.source_id, "outlet": s.outlet, "title": s.title, "rtl": is_arabic(s.title)}
        for s in sources.itertuples()
    ]
    return Page(
        "The source viewer",
        (Part(render("source_index.html", sources=listed)),),
        ids=("the-source-viewer",),
    )


def source_pages(
    ledger: Ledger,
    slots: Mapping[str, tuple[str, str]] | None = None,
    assessed: Mapping[str, list[tuple[str, str]]] | None = None,
) -> dict[str, Page]:
    """Every page of the viewer, by name: the index (:data:`INDEX_PAGE`) and one page per
    document, named by its ``source_id``. ``slots`` and ``assessed`` say where each claim
    is compared (:func:`claims_table`); without them the table leaves that column empty."""
    labels = Labels.from_ledger(ledger)
    pages = {INDEX_PAGE: index_page(ledger.sources)}
    for source in ledger.sources.to_dict("records"):
        claims = ledger.claims[ledger.claims["source_id"] == source["source_id"]]
        document = ledger.documents[source["source_id"]]
        pages[source["source_id"]] = source_page(
            pd.Series(source), document, claims, labels, slots, assessed
        )
    return pages
