"""Written assessments: read and checked as package data (every fault named with its file
and line), rendered as escaped HTML with every claim a link to its quote, matched to the
slots they cover. On a copy of the hand-made mini package and the invented ledger."""

from __future__ import annotations

import dataclasses
import shutil

import pytest
from bs4 import BeautifulSoup
from support.ledgers import make_ledger

from newsclaims.analysis.compare import comparison
from newsclaims.data.assessments import read_assessments
from newsclaims.data.package import load_ledger
from newsclaims.data.validate import validate
from newsclaims.report.labels import Labels
from newsclaims.report.narrative import (
    assessments_html,
    chapter_of,
    contested,
    covered,
    render_markdown,
    selector_problems,
    unassessed,
)

GOOD = """---
title: How many tanks were handed over?
slots:
  - fx_handover:tanks_handed_over
chapter: weapons
key: 1
---
The Courier's spokesperson says {claim}`12 tanks <courier_en-001>` were handed over.

A *second* paragraph, citing {claim}`courier_en-003` bare.
"""


@pytest.fixture
def package(tmp_path, minipackage):
    target = tmp_path / "pkg"
    shutil.copytree(minipackage, target)
    (target / "assessments").mkdir()
    return target


def write(package, text: str, name: str = "tanks.md") -> None:
    (package / "assessments" / name).write_text(text, encoding="utf-8")


def problems(package) -> list[tuple[str, int | None, str, str]]:
    return [(p.file, p.line, p.key, p.field) for p in validate(package).problems]


def test_a_well_formed_assessment_validates_and_loads(package):
    write(package, GOOD)
    (package / "assessments" / "README.md").write_text("# not an assessment\n", encoding="utf-8")
    assert validate(package).problems == []
    (assessment,) = load_ledger(package).assessments
    assert (assessment.name, assessment.chapter, assessment.key) == ("tanks", "weapons", 1)
    assert assessment.slots == ("fx_handover:tanks_handed_over",)
    assert assessment.claim_ids == ("courier_en-001", "courier_en-003")
    assert [(c.text, c.line) for c in assessment.citations] == [("12 tanks", 8), ("", 10)]


def test_an_unknown_claim_is_named_with_its_file_and_line(package):
    write(package, GOOD.replace("<courier_en-001>", "<courier_en-099>"))
    assert problems(package) == [("assessments/tanks.md", 8, "courier_en-099", "claim")]


def test_a_number_shown_for_a_claim_must_be_the_claims(package):
    """Prose cannot drift from the ledger: "13 tanks" for a claim of 12 is refused."""
    write(package, GOOD.replace("12 tanks", "13 tanks"))
    (problem,) = validate(package).problems
    assert (problem.file, problem.line, problem.key) == (
        "assessments/tanks.md",
        8,
        "courier_en-001",
    )
    assert "shows 13, which is not the claim's value (12)" in problem.message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("title: How many tanks were handed over?\n", ""), ("assessments/tanks.md", 2, "title")),
        (("key: 1", "key: first"), ("assessments/tanks.md", 6, "key")),
        (("chapter: weapons", "chapter: epilogue"), ("assessments/tanks.md", 5, "chapter")),
        (("chapter: weapons", "colour: red"), ("assessments/tanks.md", 5, "colour")),
        (("fx_handover:tanks", "nowhere:tanks"), ("assessments/tanks.md", 4, "slots")),
        (("fx_handover:tanks_handed_over", "fx_handover:flavour"), ("assessments/tanks.md", 4, "slots")),
        # A real event and attribute that no claim records: the selector would cover nothing.
        (("fx_handover:tanks_handed_over", "fx_handover:casualties"), ("assessments/tanks.md", 4, "slots")),
        (("A *second*", "# A heading"), ("assessments/tanks.md", 10, "body")),
        (("A *second*", "A [link](https://example.org)"), ("assessments/tanks.md", 10, "body")),
        (("A *second*", "A <b>bold</b>"), ("assessments/tanks.md", 10, "body")),
        (("{claim}`courier_en-003`", "{claim}`courier_en-003"), ("assessments/tanks.md", 10, "body")),
        (("{claim}`courier_en-003`", "{claim}``"), ("assessments/tanks.md", 10, "body")),
        (("slots:\n  - fx_handover:tanks_handed_over\n", "slots: []\n"), ("assessments/tanks.md", 3, "slots")),
        # Constructs over several lines, or that no line shows whole, found by a full parse.
        (("A *second*", "A <img src=x\nonerror=alert(1)>"), ("assessments/tanks.md", 10, "body")),
        (("A *second*", "A [link](\njavascript:alert(1))"), ("assessments/tanks.md", 10, "body")),
        (("A *second*", "[x]: javascript:alert(1)\n\n[x]"), ("assessments/tanks.md", 12, "body")),
        (("A *second*", "<!-- a comment -->\n\nA *second*"), ("assessments/tanks.md", 10, "body")),
        (("A *second*", "A heading\n=====\n\nA *second*"), ("assessments/tanks.md", 10, "body")),
        (("A *second*", "    indented code\n\nA *second*"), ("assessments/tanks.md", 10, "body")),
        (("A *second*", ":::{note}\nx\n:::\n\nA *second*"), ("assessments/tanks.md", 10, "body")),
    ],
)  # fmt: skip
def test_faults_of_front_matter_and_body_are_named(package, change, expected):
    old, new = change
    write(package, GOOD.replace(old, new))
    found = problems(package)
    assert (*expected[:2], "", expected[2]) in found, found


def test_aliases_in_front_matter_are_refused_before_they_expand(package):
    """A few hundred bytes of nested aliases would expand to gigabytes (in the value and in
    any message quoting it): the loader refuses an alias, naming its line."""
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n"
        for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    write(package, GOOD.replace("chapter: weapons\n", bomb + "chapter: *i\n"))
    (problem,) = validate(package).problems
    assert (problem.file, problem.line, problem.field) == (
        "assessments/tanks.md",
        6,
        "front matter",
    )
    assert "alias" in problem.message and len(str(problem)) < 400


def test_bytes_that_are_not_utf8_are_named_with_their_line(package):
    (package / "assessments" / "tanks.md").write_bytes(GOOD.encode() + b"\n\xff\n")
    (problem,) = validate(package).problems
    assert (problem.file, problem.line) == ("assessments/tanks.md", 12)
    assert "UTF-8" in problem.message


def test_a_file_without_front_matter_or_a_badly_named_file(package):
    write(package, "Just prose.\n")
    write(package, GOOD, name="Bad Name.md")
    assert problems(package) == [
        ("assessments/Bad Name.md", None, "", ""),
        ("assessments/tanks.md", 1, "", "front matter"),
    ]


def test_ranks_are_unique_and_a_chapter_note_needs_no_slot(package):
    write(package, GOOD)
    write(package, GOOD, name="again.md")
    assert ("assessments/tanks.md", None, "", "key") in problems(package)
    note = "---\ntitle: Whose words?\nchapter: language\n---\nA note on the corpus.\n"
    write(package, note, name="again.md")
    assert validate(package).problems == []


def test_a_package_without_assessments_has_none(minipackage):
    assert read_assessments(minipackage, {}) == ([], [])
    assert load_ledger(minipackage).assessments == ()


# ---------------------------------------------------------------------------- rendering


@pytest.fixture(scope="module")
def invented():
    return make_ledger()


@pytest.fixture(scope="module")
def labels(invented):
    return Labels.from_ledger(invented)


def test_the_body_is_escaped_and_each_claim_a_link(labels):
    hostile = (
        "<script>alert(1)</script> {download}`/etc/passwd` **bold** *it*\n\n"
        "- a {claim}`37 tanks <courier-001>`\n- b {claim}`courier-002`\n\n"
        "```{raw} html\n<b>x</b>\n```\n"
    )
    out = render_markdown(hostile, labels)
    soup = BeautifulSoup(out, "html.parser")
    assert soup.find("script") is None and soup.find("b") is None
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {download}`/etc/passwd`" in out
    assert "<strong>bold</strong> <em>it</em>" in out
    links = soup.find_all("a")
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("37 tanks", "../sources/courier.html#claim-courier-001"),
        ("“The tanks were intact”", "../sources/courier.html#claim-courier-002"),
    ]
    # From the landing page the way to the viewer starts at the root.
    first = render_markdown("One {claim}`x <courier-001>`.\n\nTwo.", labels, base="", first=True)
    assert (
        str(first)
        == '<p>One <a class="cc-ref" href="sources/courier.html#claim-courier-001">x</a>.</p>\n'
    )


def assessment(name: str, slots: tuple[str, ...], chapter: str = "", key: int | None = None):
    from newsclaims.data.assessments import Assessment

    return Assessment(name, f"assessments/{name}.md", f"Q {name}?", slots, chapter, key,
                      "Text.", 5, ())  # fmt: skip


def test_selectors_cover_slots_and_the_rest_are_listed(invented):
    slots = comparison(invented).slots
    tanks = assessment("tanks", ("handover:tanks_handed_over",))
    condition = assessment("condition", ("handover:weapon_condition",), chapter="timeline")
    found = covered([tanks, condition], slots)
    assert set(found) == set(slots.loc[slots["attribute"].isin(
        ["tanks_handed_over", "weapon_condition"]), "slot_id"])  # fmt: skip
    need = contested(slots)
    assert len(need) and (need["kind"] != "single_source").all()
    left = unassessed([tanks, condition], slots)
    assert set(left["slot_id"]) == set(need["slot_id"]) - set(found)
    assert set(unassessed([], slots)["slot_id"]) == set(need["slot_id"])
    assert chapter_of(tanks, slots) == "weapons" and chapter_of(condition, slots) == "timeline"
    assert selector_problems([tanks], slots) == []
    stale = assessment("stale", ("handover:tanks_handed_over/object=t99",))
    assert selector_problems([stale], slots) == [
        "assessments/stale.md: slots: 'handover:tanks_handed_over/object=t99' names no slot"
        " of the comparison (a slot id, a question id or event:attribute of slots.csv)"
    ]


def test_a_chapter_leads_with_its_assessments_or_says_it_has_none(invented, labels):
    slots = comparison(invented).slots
    ledger = dataclasses.replace(
        invented, assessments=(assessment("tanks", ("handover:tanks_handed_over",)),)
    )
    html = assessments_html(ledger.assessments, slots, labels, {}, "weapons")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.section["id"] == "assessment-tanks"
    assert soup.select_one(".cc-assessment-title").get_text() == "Q tanks?"
    assert "Compared in:" in soup.get_text()
    assert "No written assessment" in assessments_html((), slots, labels, {}, "weapons")


def test_key_findings_without_ranked_assessments_list_the_unassessed_slots(invented, labels):
    """Another corpus, no assessment yet: the landing page counts the contested slots,
    says none is assessed, and names them, each a link to its row."""
    from newsclaims.report.narrative import key_findings

    result = comparison(invented)
    need = contested(result.slots)
    soup = BeautifulSoup(key_findings(result, labels), "html.parser")
    text = " ".join(soup.get_text(" ").split())
    single = int((result.slots["n_sources"] == 1).sum())
    multi = len(result.slots) - single
    assert f"{multi} are reported by more than one source and {single} (" in text
    assert f"{len(need)} slots are contested" in text
    assert "none has a written assessment yet." in text and "Not yet assessed: " in text
    hrefs = [a["href"] for a in soup.select("a.cc-ref")]
    assert len(hrefs) == len(need) and all(h.startswith("chapters/") for h in hrefs)
    every = tuple(assessment(s.replace(":", "-").replace("/", "-").replace("=", "-"), (s,))
                  for s in need["slot_id"])  # fmt: skip
    text = BeautifulSoup(key_findings(result, labels, every), "html.parser").get_text(" ")
    assert "every one has a written assessment." in text and "Not yet assessed" not in text


# ---------------------------------------------------------------------------- labels table


def with_labels(package, rows: list[str]) -> None:
    """Add the optional labels table to a package: its file and its descriptor entry."""
    import json

    from newsclaims.data.schema import project_descriptor

    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    labels = next(r for r in project_descriptor()["resources"] if r["name"] == "labels")
    descriptor["resources"].append(labels)
    (package / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    lines = ["kind,code,label_en,label_ar", *rows]
    (package / "labels.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_labels_name_codes_the_package_uses(package):
    with_labels(
        package,
        [
            "attribute,tanks_handed_over,number of tanks handed over,عدد الدبابات",
            "category:weapon_condition,intact,handed over intact,",
            "modality,plan,planned or agreed,",
        ],
    )
    assert validate(package).problems == []
    labels = Labels.from_ledger(load_ledger(package))
    assert labels.attribute("tanks_handed_over") == "number of tanks handed over"
    assert labels.category("weapon_condition", "intact") == "handed over intact"


def test_a_label_for_a_code_the_package_does_not_use_is_refused(package):
    with_labels(
        package,
        [
            "attribute,tanks_handed_over,number of tanks,",
            "attribute,tank_handed_over,a typing error,",
            "category:tanks_handed_over,many,no categories there,",
            "event,fx_handover_typo,an event that does not exist,",
        ],
    )
    found = [(p.file, p.line, p.key, p.field) for p in validate(package).problems]
    assert found == [
        ("labels.csv", 3, "attribute tank_handed_over", "code"),
        ("labels.csv", 4, "category:tanks_handed_over many", "kind"),
        ("labels.csv", 5, "event fx_handover_typo", "code"),
    ]
