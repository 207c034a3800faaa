"""The lexicon's terms in the real bodies: chrome and comments never count, rates add up,
contexts are verbatim."""

from __future__ import annotations

from newsclaims.data.corpus import composition
from newsclaims.text.lexicon import (
    body_words,
    category_rates,
    find_terms,
    glosses,
    kwic,
    term_counts,
)
from newsclaims.text.normalize import fold


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
    # Al-Ittihad Press: قوات النظام twice as لقوات النظام and once before السوري
    assert counts[("anapress", "قوات النظام")] == 3
    assert counts[("anapress", "النظام")] == 3


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
