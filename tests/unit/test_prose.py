"""The sentences written from the data and the labels they use, on a hand-made ledger:
one way to word a claim's value, one way to turn a slot into attributed sentences, and
the key findings built from them."""

from __future__ import annotations

import dataclasses
import math

import pandas as pd
import pytest
from bs4 import BeautifulSoup
from support.ledgers import ACTORS, make_ledger

from newsclaims.analysis.compare import comparison
from newsclaims.analysis.places import connected_distances
from newsclaims.report.labels import (
    Labels,
    attribute_label,
    category_label,
    grade_label,
    kind_label,
    short_name,
    words,
    yes_no,
)
from newsclaims.report.narrative import key_findings
from newsclaims.report.prose import (
    Item,
    attribution_phrase,
    claim_phrase,
    contradiction_items,
    count_items,
    count_phrase,
    distance_items,
    estimate_phrase,
    format_number,
    format_share,
    fuzzy_note,
    item_list,
    key_phrase,
    most_used_items,
    slot_item,
    slot_sentences,
    spelling_examples,
    terms_phrase,
    value_phrase,
    values_said,
)


@pytest.fixture(scope="module")
def invented():
    return make_ledger()


@pytest.fixture(scope="module")
def labels(invented):
    return Labels.from_ledger(invented)


@pytest.fixture(scope="module")
def result(invented):
    return comparison(invented)


def claim(**fields: str) -> pd.Series:
    base = {"value": "", "qualifier": "", "unit": "", "object": "", "scope": ""}
    return pd.Series(base | fields)


# ---------------------------------------------------------------------------- labels


def test_codes_become_words():
    assert words("weapon_condition") == "weapon condition"
    assert attribute_label("tanks_handed_over") == "tanks handed over"
    assert kind_label("different_things") == "different things counted"
    assert kind_label("categorical_contradiction") == "contradiction"
    assert grade_label(5) == "contradicted"
    assert category_label("government_forces") == "government and its forces"
    assert category_label("unlisted") == "unlisted"
    assert short_name("Amber Brigade (invented)") == "Amber Brigade"
    assert (yes_no(True), yes_no(False)) == ("yes", "no")


def test_labels_of_a_ledger(labels, result):
    assert labels.source_ids == ("courier", "agency", "herald")
    assert labels.outlet("agency") == "Agency Press"
    assert labels.name("t72") == "T-72" and labels.name("north_guard") == "north guard"
    assert labels.event("handover") == "The Ardel handover"
    assert labels.event("elsewhere") == "elsewhere"
    # Without a labels table: codes as words, the vocabulary's words for its own codes.
    assert labels.attribute("weapon_condition") == "weapon condition"
    assert labels.category("weapon_condition", "not_destroyed") == "not destroyed"
    assert labels.category("fighters_destination", "guard") == "North Guard"
    assert labels.kind("categorical_contradiction") == "contradiction"
    assert labels.outlet_short("all sources") == "all sources"
    assert labels.generic == {"tank"}
    slot = result.slots.set_index("slot_id", drop=False).loc["handover:weapon_condition"]
    assert labels.slot_title(slot) == "The Ardel handover: weapon condition"


def test_a_labels_table_words_the_codes(invented):
    table = pd.DataFrame(
        {
            "kind": ["attribute", "category:weapon_condition", "origin_group", "event", "camp"],
            "code": ["weapon_condition", "intact", "activists", "handover", "opposition_media"],
            "label_en": ["condition at handover", "handed over intact", "the activists",
                         "Ardel", "opposition media"],
            "label_ar": ["حالة السلاح", "", "", "", ""],
        }
    )  # fmt: skip
    labels = Labels.from_ledger(dataclasses.replace(invented, labels=table))
    assert labels.attribute("weapon_condition") == "condition at handover"
    assert labels.arabic("attribute", "weapon_condition") == "حالة السلاح"
    assert labels.arabic("category:weapon_condition", "intact") == ""
    assert labels.category("weapon_condition", "intact") == "handed over intact"
    assert labels.origin("activists") == "the activists"
    assert (labels.event_label("handover"), labels.event("handover")) == (
        "Ardel",
        "The Ardel handover",
    )
    assert labels.camp("opposition_media") == "opposition media"
    assert value_phrase(claim(attribute="weapon_condition", value="intact"), labels) == (
        "handed over intact"
    )


# ---------------------------------------------------------------------------- numbers


def test_numbers_and_shares_for_prose():
    assert format_number(1700.0) == "1,700"
    assert format_number(49.5) == "49.5"
    assert format_share(0.8149) == "81%"
    assert format_share(float("nan")) == "n/a" and format_share(None) == "n/a"
    assert (count_phrase(1, "slot"), count_phrase(2, "slot")) == ("1 slot", "2 slots")
    assert estimate_phrase(14.0, 14.0, 16.0) == "low 14, best 14, high 16"
    assert estimate_phrase(math.nan, 1.0, 2.0) == "no estimate can be made from the wording"


# ---------------------------------------------------------------------------- a claim's value


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"value": "37", "unit": "tanks", "object": "t72"}, "37 tanks (T-72)"),
        ({"value": "15", "qualifier": "more_than", "unit": "rockets"}, "more than 15 rockets"),
        ({"value": "1", "unit": "tanks", "object": "tank"}, "1 tank"),  # generic: no name
        ({"value": "20", "qualifier": "most", "unit": "fighters"}, "most of 20 fighters"),
        ({"value": "2500", "qualifier": "about", "unit": "fighters"}, "about 2,500 fighters"),
        ({"qualifier": "dozens", "unit": "tanks"}, "dozens of tanks"),
        ({"qualifier": "dozens", "object": "t55"}, "dozens of T-55"),
        ({"qualifier": "exact", "unit": "tanks"}, "an unstated number of tanks"),
        ({"value": "intact"}, "intact"),
        ({"value": "guard"}, "North Guard"),
        ({"value": "northern_syria", "qualifier": "most"}, "northern syria (most of them)"),
        ({"value": "intact", "object": "t72"}, "intact (T-72)"),
        ({"value": "t72", "object": "t72"}, "T-72"),
        ({"value": "2", "unit": "fighters", "object": "fighter"}, "2 fighters"),
        (
            {"value": "8", "unit": "tanks", "scope": "share:brigade"},
            "8 tanks as Amber Brigade (invented)'s share",
        ),
    ],
)
def test_value_phrase(labels, fields, expected):
    assert value_phrase(claim(**fields), labels) == expected


def test_attribution_phrase(labels):
    own = claim(source_id="herald", attributed_to="herald")
    relayed = claim(source_id="courier", attributed_to="officer")
    assert attribution_phrase(own, labels) == "on its own word"
    assert attribution_phrase(relayed, labels) == "citing An army officer"
    relayed["value"], relayed["unit"] = "37", "tanks"
    assert claim_phrase(relayed, labels) == "37 tanks (citing An army officer)"
    # A claim the labels know is linked to its quote in the source viewer.
    relayed["claim_id"] = "courier-001"
    linked = claim_phrase(relayed, labels)
    assert 'href="../sources/courier.html#claim-courier-001"' in linked
    assert BeautifulSoup(linked, "html.parser").get_text() == "37 tanks (citing An army officer)"
    assert "href" not in claim_phrase(relayed, labels, base=None)


# ---------------------------------------------------------------------------- slots


def test_slot_sentences_follow_the_sources_order_and_name_the_outlets(labels, result):
    sentences = slot_sentences("handover:weapon_condition", result.claims, labels)
    assert [text(s) for s in sentences] == [
        "The Courier reports intact (Tank) (citing An army officer).",
        "Agency Press reports disabled (Tank) (citing Local activists).",
    ]
    # Each value links to its quote: one click from the words to the quote.
    links = BeautifulSoup("".join(sentences), "html.parser").find_all("a")
    assert [a["href"].split("#")[1] for a in links] == ["claim-courier-002", "claim-agency-002"]


def test_a_sources_repeated_wording_is_given_once(labels, result):
    doubled = pd.concat([result.claims, result.claims[result.claims["claim_id"] == "agency-002"]])
    sentences = slot_sentences("handover:weapon_condition", doubled, labels)
    assert text(sentences[1]) == "Agency Press reports disabled (Tank) (citing Local activists)."
    assert slot_sentences("handover:nothing", result.claims, labels) == []


def text(fragment: str) -> str:
    """The visible text of an HTML fragment."""
    return BeautifulSoup(fragment, "html.parser").get_text()


def texts(fragment: str) -> list[str]:
    """The visible text of each item of an HTML list."""
    return [li.get_text() for li in BeautifulSoup(fragment, "html.parser").find_all("li")]


def headings(fragment: str) -> list[str]:
    """The bold heading of each item of an HTML list."""
    return [b.get_text() for b in BeautifulSoup(fragment, "html.parser").find_all("strong")]


def test_slot_items():
    assert texts(item_list([slot_item("Heading", ["A says x.", "B says y."])], "None.")) == [
        "Heading: A says x. B says y."
    ]
    fragment = item_list([slot_item("H", ["A."], note="n", after=" Then.")], "None.")
    assert (
        fragment
        == '<ul class="simple cc-items">\n<li><p><strong>H</strong> (n): A. Then.</p></li>\n</ul>'
    )
    assert texts(item_list([], "None.")) == ["None."]
    assert texts(item_list([Item("a"), Item("b")], "None.")) == ["a", "b"]


def test_items_escape_every_string():
    """A heading, a note or a sentence from the data is text, never markup: HTML, Markdown
    and MyST come out as written."""
    hostile = '<img src=x onerror="alert(1)"> **bold** {download}`/etc/passwd` ```'
    fragment = item_list([slot_item(hostile, [hostile], note=hostile)], "None.")
    assert "<img" not in fragment and "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in fragment
    assert texts(fragment) == [f"{hostile} ({hostile}): {hostile}"]
    assert headings(fragment) == [hostile]


def test_count_items_set_slots_of_one_question_side_by_side(labels, result):
    slots = result.slots[result.slots["attribute"] == "tanks_handed_over"]
    fragment = count_items(slots, result.claims, labels)
    assert texts(fragment) == [
        "tanks handed over (not comparable: different systems, part and whole):"
        " T-55: The Herald reports more than 40 tanks (T-55) (on its own word). Estimate:"
        " low 41, best 41, no high (a claim sets no upper bound). T-72: The Courier reports"
        " 37 tanks (T-72) (citing An army officer). Estimate: low 37, best 37, high 37."
        " Tank: Agency Press reports dozens of tanks (citing Local"
        " activists). Estimate: low 12, best 12, high 99. No combined estimate."
    ]
    assert headings(fragment) == ["tanks handed over"]
    assert "<em>T-55</em>" in fragment
    one = texts(count_items(slots.iloc[:1], result.claims, labels))
    assert one[0].startswith("tanks handed over: The Herald reports more than 40 tanks")
    assert one[0].endswith("Kind: different things counted. Estimate: low 41, best 41,"
                           " no high (a claim sets no upper bound).")  # fmt: skip
    assert texts(count_items(slots.iloc[:0], result.claims, labels)) == [
        "No counts are recorded for this event."
    ]


def test_estimate_phrase_says_what_is_missing():
    assert estimate_phrase(14, 14, 16) == "low 14, best 14, high 16"
    assert estimate_phrase(8, math.nan, 8, "none: the figure rests on one origin") == (
        "low 8, no best estimate (the figure rests on one origin), high 8"
    )
    assert estimate_phrase(math.nan, math.nan, math.nan) == (
        "no estimate can be made from the wording"
    )


def test_key_phrases_and_titles_name_what_sets_a_slot_apart(labels):
    slot = pd.Series(
        {"object": "t72", "unit": "tank", "as_of": "2020-03-01/2020-03-02",
         "scope": "share:brigade", "modality": "forecast"}
    )  # fmt: skip
    assert key_phrase(slot, labels) == (
        "T-72; 2020-03-01 to 2020-03-02; Amber Brigade (invented)'s share; forecast"
    )
    assert key_phrase(slot, labels, ["modality"]) == "forecast"
    whole = pd.Series(
        {"object": "", "unit": "", "as_of": "", "scope": "total", "modality": "outcome"}
    )
    assert key_phrase(whole, labels) == "as a whole"


def test_contradiction_items(labels, result):
    slots = result.slots[result.slots["kind"] == "categorical_contradiction"]
    lines = texts(contradiction_items(slots, result.claims, labels))
    assert lines[0].startswith("The Ardel handover: fighters destination: The Courier reports")
    assert lines[1].startswith(
        "The Ardel handover: weapon condition: The Courier reports intact (Tank)"
    )
    assert texts(contradiction_items(slots.iloc[:0], result.claims, labels)) == ["None."]


def test_key_findings(labels, result):
    fragment = key_findings(result, labels)
    lines = texts(fragment)
    assert lines[:4] == [
        "Of 8 slots, 2 are reported by more than one source and 6 (75%) by one source only.",
        "0 slots are confirmed (agreed across opposing camps); 0 slots are reported by"
        " several outlets that rest on a single origin.",
        "1 question holds claims that are not comparable (different systems, units, moments,"
        " scopes or modalities): they are set side by side and never estimated together.",
        "5 slots are contested (reported by more than one source, or set against another slot"
        " by a difference of kind, silence or scope): none has a written assessment yet.",
    ]
    # No slot dumps: without written assessments, the contested slots by title, each a
    # link to its row, the slots of the most sources first.
    assert headings(fragment) == []
    assert lines[4].startswith("Not yet assessed: The Ardel handover: ") and lines[4].endswith(".")
    assert lines[4].count("; ") == 4
    links = BeautifulSoup(str(fragment), "html.parser").select("a.cc-ref")
    assert len(links) == 5 and all("#slot-" in a["href"] for a in links)


def test_key_findings_count_only_agreement_across_camps_as_confirmed():
    agreeing = [
        ("courier", "The tanks were intact", "weapon_condition", "intact", {}),
        ("agency", "they were disabled", "weapon_condition", "intact", {}),
    ]
    invented = make_ledger(agreeing)
    lines = texts(key_findings(comparison(invented), Labels.from_ledger(invented)))
    assert lines[:3] == [
        "Of 1 slot, 1 is reported by more than one source and 0 (0%) by one source only.",
        "0 slots are confirmed (agreed across opposing camps); 0 slots are reported by"
        " several outlets that rest on a single origin.",
        "1 slot is contested (reported by more than one source, or set against another slot"
        " by a difference of kind, silence or scope): it has no written assessment yet.",
    ]
    camps = {"courier": "opposition_media", "agency": "pro_government_media"}
    actors = [a | {"camp": camps.get(a["actor_id"], "")} for a in ACTORS]
    across = make_ledger(agreeing, actors=actors)
    lines = texts(key_findings(comparison(across), Labels.from_ledger(across)))
    assert lines[1].startswith("1 slot is confirmed (agreed across opposing camps)")


# ---------------------------------------------------------------------------- terms, places


def test_terms_and_spellings():
    gloss = pd.Series({"لواء": "brigade"})
    assert terms_phrase([], gloss) == "no term of this kind"
    assert terms_phrase(["لواء"], gloss) == "لواء ('brigade')"
    assert terms_phrase(["army", "forces"], gloss) == '"army" and "forces", equally often'
    rows = pd.DataFrame({"variant": ["Ambr Brigade"], "entity_id": ["brigade"]})
    names = {"brigade": "Amber Brigade (invented)"}
    assert spelling_examples(rows, names) == '"Ambr Brigade" for Amber Brigade'
    assert fuzzy_note(0).startswith(": every spelling")
    assert fuzzy_note(2).startswith("; they are marked 'fuzzy'")


def test_most_used_items(labels):
    counts = pd.DataFrame(
        {
            "source_id": ["courier", "courier", "agency"],
            "term": ["regime", "army", "لواء"],
            "language": ["en", "en", "ar"],
            "category": ["government_forces", "government_forces", "armed_groups"],
            "count": [3, 1, 2],
        }
    )
    fragment = most_used_items(counts, pd.Series({"لواء": "brigade"}), labels, "government_forces")
    assert texts(fragment) == [
        'The Courier: "regime"',
        "Agency Press: no term of this kind",
        "The Herald: no term of this kind",
    ]


def test_distance_items(invented):
    distances = connected_distances(invented.places, [("ardel", "hills", "the road out")])
    assert texts(distance_items(distances)) == [
        "Ardel to The hills: about 72 km (approximate coordinates); the road out."
    ]
    assert texts(distance_items(distances.iloc[:0])) == [
        "No pair of places is given for this corpus."
    ]


def test_values_said_word_each_cell_of_claims(labels, invented):
    cells = ["courier-002;agency-002", "agency-002;agency-002", ""]
    assert values_said(cells, invented.claims, labels) == [
        "intact (Tank); disabled (Tank)",
        "disabled (Tank)",
        "",
    ]
