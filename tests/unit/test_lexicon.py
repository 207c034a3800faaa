"""Counting lexicon terms in article bodies: matching rules, offsets, body-only, rates."""

from __future__ import annotations

import pandas as pd
from support.ledgers import make_ledger

from newsclaims.data.corpus import Document, Span
from newsclaims.text.lexicon import (
    body_matches,
    category_rates,
    find_terms,
    first_contexts,
    gloss_term,
    glossed_terms_by_source,
    glosses,
    kwic,
    rates_table,
    term_counts,
)
from newsclaims.text.normalize import fold


def found(text: str, *terms: str) -> list[str]:
    """The folded terms matched in a text, in text order."""
    return [m.term for m in find_terms(fold(text), [fold(t) for t in terms])]


def doc(text: str, body: list[tuple[int, int]] | None = None, comments=()) -> Document:
    spans = [Span(*b) for b in (body or [(0, len(text))])]
    return Document("x", None, text, spans, [Span(*c) for c in comments])


LEXICON = pd.DataFrame(
    {
        "term": ["regime", "regime army", "factions", "الفصائل", "قوات النظام", "النظام"],
        "language": ["en", "en", "en", "ar", "ar", "ar"],
        "category": [
            "government_forces",
            "government_forces",
            "armed_groups",
            "armed_groups",
            "government_forces",
            "government_forces",
        ],
        "referent": [""] * 6,
        "note": [""] * 6,
    }
)


def test_longest_match_first():
    assert found("a series of handovers to regime army", "regime", "regime army") == ["regime army"]
    assert found("the regime and the regime army", "regime", "regime army") == [
        "regime",
        "regime army",
    ]
    assert found("a reconciliation agreement", "agreement", "reconciliation agreement") == [
        "reconciliation agreement"
    ]


def test_whole_words_only():
    assert found("Russian forces", "Russia") == []
    assert found("the militants' exit", "militant") == []
    assert found("each militant is permitted", "militant", "militants") == ["militant"]
    # hyphens and apostrophes end a word
    assert found("the opposition-held areas", "opposition") == ["opposition"]
    assert found("throughout Syria's regions", "Syria") == ["syria"]
    assert found("Regime", "regime") == ["regime"]  # case-folded


def test_names_are_not_the_first_part_of_a_compound():
    text = fold("The regime-run media surfaced footage")
    assert [m.term for m in find_terms(text, ["the regime"])] == ["the regime"]
    assert find_terms(text, ["the regime"], names=True) == []
    assert [m.term for m in find_terms(fold("the regime."), ["the regime"], names=True)] == [
        "the regime"
    ]


def test_arabic_prefixes_and_suffixes():
    assert found("النزيف المستمر للمقاتلين", "مقاتل") == ["مقاتل"]  # ل + ال fused, plural ending
    assert found("جبهات داعش والنظام", "النظام") == ["النظام"]
    assert found("لتسليم بعض السلاح", "تسليم") == ["تسليم"]
    assert found("قبل تسليمها", "تسليم") == ["تسليم"]
    assert found("بالفصائل وللفصائل", "الفصائل") == ["الفصائل", "الفصائل"]
    # the longer term wins even with a preposition attached
    assert found("الانضمام لقوات النظام", "النظام", "قوات النظام") == ["قوات النظام"]
    # not every letter is a prefix: تفصيل (detail) does not contain the word فصيل
    assert found("تفصيل", "فصيل") == []
    # ات is not accepted: مقاتلات (fighter jets) is not a plural of مقاتل (fighter)
    assert found("طائرات مقاتلات", "مقاتل") == []
    # a term that begins with the article needs it: نظام alone is not النظام
    assert found("نظام", "النظام") == []


def test_offsets_point_to_the_raw_text():
    # diacritics, tatweel and a doubled space are folded away but kept in the raw offsets
    text = "قال إن قُوّات  النظـام انسحبت"
    matches = body_matches({"x": doc(text)}, ["قوات النظام"])
    assert len(matches) == 1
    row = matches.iloc[0]
    assert text[row.start : row.end] == "قُوّات  النظـام"
    english = "  The Syrian\nregime has"
    row = body_matches({"x": doc(english)}, ["Syrian regime"]).iloc[0]
    assert english[row.start : row.end] == "Syrian\nregime"


def test_clitics_are_set_aside_for_the_name():
    text = "الانضمام لقوات النظام"
    row = body_matches({"x": doc(text)}, ["قوات النظام"]).iloc[0]
    assert text[row.start : row.end] == "لقوات النظام"
    assert text[row.name_start : row.end] == "قوات النظام"


def test_only_body_spans_are_searched():
    text = "regime menu | the regime army attacked | comment: regime factions"
    body = (text.index("the regime"), text.index(" | comment"))
    comments = [(text.index("comment"), len(text))]
    counts = term_counts({"x": doc(text, [body], comments)}, LEXICON)
    assert dict(zip(counts["term"], counts["count"], strict=True)) == {"regime army": 1}


def test_rates_per_thousand_words():
    text = " ".join(["word"] * 197 + ["regime", "factions", "الفصائل"])
    rates = category_rates({"x": doc(text)}, LEXICON).set_index("category")
    assert rates.loc["government_forces", "count"] == 1
    assert rates.loc["armed_groups", "count"] == 2
    assert rates.loc["armed_groups", "body_words"] == 200
    assert rates.loc["armed_groups", "per_1000_words"] == 10.0
    assert rates.loc["government_forces", "per_1000_words"] == 5.0


GLOSSED = pd.DataFrame(
    {
        "term": ["لواء", "brigade", "North Guard"],
        "language": ["ar", "en", "en"],
        "category": ["armed_groups", "armed_groups", "government_forces"],
        "referent": [""] * 3,
        "note": ['literally "brigade"', "", ""],
    }
)


def test_glosses_and_glossed_terms():
    gloss = glosses(GLOSSED)
    assert gloss.to_dict() == {"لواء": "brigade"}
    assert gloss_term("لواء", gloss) == "لواء ('brigade')"
    assert gloss_term("brigade", gloss) == "brigade"
    assert gloss_term("brigade", gloss, quote=True) == '"brigade"'


def test_tables_of_rates_contexts_and_terms_by_source():
    invented = make_ledger()
    order = invented.source_ids
    rates = category_rates(invented.documents, GLOSSED)
    table = rates_table(rates, order)
    assert list(table.columns) == [
        "source_id",
        "body words",
        "government and its forces",
        "armed groups",
    ]
    assert list(table["source_id"]) == order
    contexts = first_contexts(kwic(invented.documents, GLOSSED, width=10), order)
    assert list(contexts.columns) == ["category", "source_id", "left", "match", "right"]
    # One row per category and source, categories in the vocabulary's order.
    assert list(zip(contexts["category"], contexts["source_id"], strict=True)) == [
        ("government and its forces", "courier"),
        ("armed groups", "courier"),
        ("armed groups", "agency"),
        ("armed groups", "herald"),
    ]
    side = glossed_terms_by_source(
        term_counts(invented.documents, GLOSSED), glosses(GLOSSED), order
    )
    assert list(side["category"]) == ["government and its forces", "armed groups"]
    assert side.set_index("category").loc["armed groups", "agency"] == "لواء ('brigade') (1)"
