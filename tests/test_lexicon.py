"""Counting lexicon terms in article bodies: matching rules, offsets, body-only, rates."""

from __future__ import annotations

import pandas as pd

from newsclaims.corpus import Document, Span, composition
from newsclaims.lexicon import (
    body_matches,
    body_words,
    category_rates,
    find_terms,
    glosses,
    kwic,
    term_counts,
)
from newsclaims.normalize import fold


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


def test_southfront_chrome_and_comments_are_not_counted(ledger):
    # On the SouthFront page "militants" occurs only in the chrome (the headline and the
    # captions that repeat it) and "rebels" only in reader comments: neither is counted.
    document = ledger.documents["southfront"]
    sections = document.sections
    occurrences = {}
    for kind in ("body", "chrome", "comments"):
        text = " ".join(sections.loc[sections["section"] == kind, "text"])
        occurrences[kind] = {
            term: len(find_terms(fold(text), [fold(term)])) for term in ("militants", "rebels")
        }
    assert occurrences["body"] == {"militants": 0, "rebels": 0}
    assert occurrences["chrome"]["militants"] > 0
    assert occurrences["comments"]["rebels"] > 0
    counts = term_counts({"southfront": document}, ledger.lexicon)
    assert not counts["term"].isin(["militants", "rebels"]).any()
    assert counts.set_index("term").loc["SAA", "count"] == 7


def test_real_counts(ledger):
    counts = term_counts(ledger.documents, ledger.lexicon).set_index(["source_id", "term"])["count"]
    # "regime army" once in Zaman al-Wasl; the other "regime"s are counted as "regime"
    assert counts[("zamanalwasl", "regime army")] == 1
    assert counts[("zamanalwasl", "regime")] == 7
    # "deal" only occurs inside "evacuation deal"
    assert ("southfront", "deal") not in counts.index
    assert counts[("southfront", "evacuation deal")] == 1
    # ANA Press: قوات النظام twice as لقوات النظام and once before السوري
    assert counts[("anapress", "قوات النظام")] == 3
    assert counts[("anapress", "النظام")] == 3


def test_rates_per_thousand_words():
    text = " ".join(["word"] * 197 + ["regime", "factions", "الفصائل"])
    rates = category_rates({"x": doc(text)}, LEXICON).set_index("category")
    assert rates.loc["government_forces", "count"] == 1
    assert rates.loc["armed_groups", "count"] == 2
    assert rates.loc["armed_groups", "body_words"] == 200
    assert rates.loc["armed_groups", "per_1000_words"] == 10.0
    assert rates.loc["government_forces", "per_1000_words"] == 5.0


def test_real_rates_are_consistent(ledger):
    rates = category_rates(ledger.documents, ledger.lexicon)
    assert len(rates) == len(ledger.source_ids) * ledger.lexicon["category"].nunique()
    parts = composition(ledger.documents)
    words = parts[parts["section"] == "body"].set_index("source_id")["words"]
    assert body_words(ledger.documents).to_dict() == words.to_dict()
    expected = (1000 * rates["count"] / rates["source_id"].map(words)).round(2)
    assert (rates["per_1000_words"] == expected).all()
    assert rates["count"].sum() == len(kwic(ledger.documents, ledger.lexicon))


def test_kwic_contexts_are_verbatim_and_inside_the_body(ledger):
    rows = kwic(ledger.documents, ledger.lexicon, width=30)
    assert not rows.empty
    for row in rows.itertuples(index=False):
        document = ledger.documents[row.source_id]
        text = document.text
        assert text[row.start : row.end] == row.match
        assert document.section_at(row.start, row.end) == "body"
        left_start, right_end = row.start - len(row.left), row.end + len(row.right)
        assert document.section_at(left_start, right_end) == "body"
        assert text[left_start:right_end] == row.left + row.match + row.right
        assert len(row.left) <= 30 and len(row.right) <= 30
    prefixed = rows[(rows["source_id"] == "anapress") & (rows["term"] == "قوات النظام")]
    assert "لقوات النظام" in set(prefixed["match"])


def test_glosses_come_from_the_notes(ledger):
    gloss = glosses(ledger.lexicon)
    assert gloss["قوات النظام"] == "the regime's forces"
    assert "regime" not in gloss.index
