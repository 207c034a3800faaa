"""The candidate extractor on the real corpus: its documents, and the evaluation against
the ledger."""

from __future__ import annotations

import pytest

from newsclaims.data.corpus import load_documents
from newsclaims.extract.evaluate import evaluate, explain_misses, kind_counts, section_counts
from newsclaims.extract.rules import CANDIDATE_COLUMNS, KINDS, extract, extract_corpus


@pytest.fixture(scope="module")
def documents(data_dir):
    return load_documents(data_dir)


@pytest.fixture(scope="module")
def corpus(documents):
    return extract_corpus(documents)


def test_approximately_across_a_no_break_space(documents):
    doc = documents["smart"]
    found = extract(doc)
    c = found[found["text"] == "45"].iloc[0]
    assert doc.text[c["start"] : c["end"]] == "45"
    assert (c["qualifier"], c["noun"], c["value"]) == ("about", "barrels", 45.0)


def test_chrome_and_comments_are_never_read(documents):
    doc = documents["southfront"]
    found = extract(doc)
    assert not found.empty
    for start, end in zip(found["start"], found["end"], strict=True):
        assert doc.section_at(start, end) == "body"
    # The chrome holds the donation widget and the headline's "37 Battle Tanks".
    chrome = extract(doc, sections=("chrome",))
    assert {"2,500 $", "MARCH 2025", "37"} <= set(chrome["text"])
    # A comment mentions "2014 Gaza": a year, and not part of the body's candidates.
    comments = extract(doc, sections=("comments",))
    year = comments[comments["text"] == "2014"]
    assert (year["kind"] == "not_a_count").all() and year["rule"].str.startswith("year").all()
    body_spans = set(zip(found["start"], found["end"], strict=True))
    assert not set(zip(comments["start"], comments["end"], strict=True)) & body_spans


def test_offsets_point_at_the_raw_text(documents, corpus):
    assert list(corpus.columns) == CANDIDATE_COLUMNS
    for row in corpus.itertuples():
        text = documents[row.source_id].text
        assert text[row.start : row.end] == row.text
        assert row.text in row.sentence


def test_evaluate_on_the_corpus(corpus, ledger):
    result = evaluate(corpus, ledger.claims, ledger.attributes, ledger.source_ids)
    numeric = set(ledger.attributes.loc[ledger.attributes["value_type"] == "number", "attribute"])
    assert set(result.misses["attribute"]) <= numeric
    matched = set(result.matches["claim_id"])
    for claim_id in ("zamanalwasl-017", "southfront-006", "anapress-004", "smart-018"):
        assert claim_id in matched
    totals = result.per_source.set_index("source_id").loc["all sources"]
    assert totals["matched_claims"] + totals["misses"] == totals["number_claims"]
    assert totals["matched_candidates"] + totals["false_alarms"] == totals["candidates"]
    assert len(result.false_alarms) == totals["false_alarms"]
    assert set(result.false_alarms["kind"]) <= {"count", "vague"}


def test_reasons_for_the_misses(corpus, ledger):
    result = evaluate(corpus, ledger.claims, ledger.attributes, ledger.source_ids)
    reasons = explain_misses(corpus, result.misses).set_index("claim_id")["reason"]
    assert reasons["southfront-015"] == "no number expression in the quote"  # "a launcher"
    # "no casualty figure available": a statement that the number is unknown, with no number.
    assert reasons["smart-009"] == "no number expression in the quote"


def test_kind_and_section_counts(documents, corpus):
    kinds = kind_counts(corpus, ["smart", "nowhere"]).set_index("source_id")
    assert list(kinds.columns) == [*KINDS, "total"]
    assert kinds.loc["nowhere"].sum() == 0
    assert kinds.loc["smart", "total"] == (corpus["source_id"] == "smart").sum()
    sections = section_counts({"southfront": documents["southfront"]}).set_index("section")
    assert sections.loc["body", "expressions"] == kinds_total(corpus, "southfront")
    assert sections.loc["chrome", "proposals"] > 0  # the headline's "37 Battle Tanks"
    assert sections.loc["comments", "expressions"] > 0


def kinds_total(corpus, source_id):
    return int((corpus["source_id"] == source_id).sum())
