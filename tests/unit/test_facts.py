"""The figures the chapters glue into their prose, on a hand-made ledger. Every value must
be a plain Python number or text: a numpy number would be glued as ``np.int64(5)``."""

from __future__ import annotations

import pandas as pd
import pytest
from support.ledgers import make_ledger

from newsclaims.analysis.attribution import attribution_graph, cited_sources
from newsclaims.analysis.compare import comparison
from newsclaims.analysis.places import mention_grid, place_overview
from newsclaims.analysis.summaries import causes_by_origin, origin_shares, single_source_table
from newsclaims.analysis.timeline import occurrences, relative_dates
from newsclaims.data.corpus import composition
from newsclaims.extract.evaluate import evaluate, explain_misses, section_counts
from newsclaims.extract.rules import extract_corpus
from newsclaims.report import facts
from newsclaims.text.lexicon import category_rates, term_counts
from newsclaims.text.name_variants import (
    entity_names,
    find_variants,
    flag_table,
    recovery_check,
    variants_by_source,
)
from newsclaims.text.names import find_mentions, reference_names


@pytest.fixture(scope="module")
def invented():
    return make_ledger()


def plain(values: dict) -> dict:
    for name, value in values.items():
        assert type(value) in (int, str), f"{name}: {type(value).__name__} {value!r}"
    return values


def test_corpus_composition_and_citations(invented):
    assert plain(facts.corpus_facts(invented.sources)) == {
        "n_sources": 3,
        "n_outlets": 3,
        "n_languages": 2,
        "n_translations": 1,
        "n_arabic_body": 1,
        "n_stated": 1,
        "n_inferred": 1,
        "n_unknown": 1,
    }
    parts = composition(invented.documents)
    composed = plain(facts.composition_facts(parts, invented.source_ids))
    assert composed["n_comments"] == 3
    assert composed["min_body_source"] == "herald"
    assert composed["comments_share"].endswith("%")
    cited = cited_sources(invented.claims, invented.actors)
    assert plain(facts.citation_facts(cited, invented.claims, invented.source_ids)) == {
        "n_inner_sources": 2,
        "attributed_share": "60%",
    }


def test_claims_slots_and_grades(invented):
    result = comparison(invented)
    counted = plain(facts.claim_count_facts(invented.claims, invented.source_ids))
    assert counted["most_claims_source"] == "courier" and counted["most_claims_n"] == 4
    shares = origin_shares(invented.claims, invented.actors, invented.source_ids)
    assert plain(facts.own_reporting_facts(shares)) == {
        "top_own_source": "herald",
        "top_own_share": "100%",
    }
    single = single_source_table(result.slots)
    assert plain(facts.single_source_facts(result.slots, single)) == {
        "n_slots": 8,
        "n_single": 3,
        "single_share": "38%",
    }
    graded = plain(facts.slot_facts(result.slots, invented.sources))
    assert graded["n_multi"] == 2 and graded["n_grade_5"] == 2
    assert graded["n_categorical_contradiction"] == 2 and graded["n_agreement"] == 0
    # The three tank counts name three things (two systems and the generic tank).
    assert graded["n_different_things"] == 2 and graded["n_with_part_and_whole"] == 3
    assert plain(facts.graph_facts(attribution_graph(invented.claims, invented.actors))) == {
        "n_inner": 2,
        "n_origins": 2,
    }


def test_dates_places_and_identification(invented):
    occurred = occurrences(invented.claims)
    dated = plain(facts.dating_facts(invented.claims, occurred, relative_dates(invented.claims)))
    assert dated == {"n_claims": 10, "n_dated": 1, "n_day": 1, "n_relative": 0}
    window = facts.window_facts(pd.Timestamp("2020-03-01"), pd.Timestamp("2020-03-12"), 0)
    assert plain(window)["window_start"] == "1 March 2020"
    mentions = pd.DataFrame(
        [("ardel", "courier", 1, 0), ("ardel", "agency", 1, 0), ("hills", "agency", 0, 1)],
        columns=["place_id", "source_id", "in_body", "in_claims"],
    )
    overview = place_overview(
        mention_grid(mentions, invented.places, invented.source_ids), invented.places
    )
    assert plain(facts.place_facts(invented.places, overview)) == {
        "n_places": 2,
        "n_named": 2,
        "n_single": 1,
        "single_share": "50%",
        "most_named": "Ardel",
        "most_named_n": 2,
        "n_approx": 1,
    }
    assert facts.systems_facts([]) == {
        "n_different_systems": 0,
        "different_systems_phrase": "0 weapon families are",
        "different_systems_families": "none",
    }
    assert facts.systems_facts(["tanks"])["different_systems_phrase"] == "1 weapon family is"
    assert facts.systems_facts(["tanks", "unguided_rockets"])["different_systems_families"] == (
        "tanks, unguided rockets"
    )


def test_extraction(invented):
    candidates = extract_corpus(invented.documents)
    counted = plain(facts.candidate_facts(candidates, invented.source_ids))
    assert counted["ex_n_sources"] == 3
    assert counted["ex_n_proposals"] + counted["ex_n_set_aside"] == counted["ex_n_all"]
    sections = plain(facts.section_facts(section_counts(invented.documents)))
    assert sections["ex_n_comments"] == 6  # "Reader 7: 99 problems" on each page: 7 and 99
    result = evaluate(candidates, invented.claims, invented.attributes, invented.source_ids)
    evaluated = plain(facts.evaluation_facts(result, explain_misses(candidates, result.misses)))
    assert evaluated["ex_n_number_claims"] == 3
    assert evaluated["ex_recall"] == "100%"


def test_language_and_names(invented):
    lexicon = invented.lexicon
    counts = term_counts(invented.documents, lexicon)
    assert plain(facts.lexicon_facts(lexicon, counts)) == {
        "n_terms": 4,
        "n_terms_en": 3,
        "n_terms_ar": 1,
        "n_matched": 4,
        "n_categories": 3,
        "n_matches": int(counts["count"].sum()),
    }
    rates = plain(facts.top_rate_facts(category_rates(invented.documents, lexicon)))
    assert rates["top_government_forces"] == "courier"
    assert rates["top_foreign_forces"] == "no source" and rates["top_foreign_forces_rate"] == "0.0"
    assert rates["shortest_body"] == "herald" and rates["longest_body"] == "courier"
    mentions = find_mentions(invented.documents, reference_names(invented.actors, invented.places))
    names = entity_names(invented.actors, invented.places)
    per_entity = variants_by_source(find_variants(invented), invented.source_ids, names.to_dict())
    variants = plain(facts.variant_facts(mentions, per_entity))
    assert variants["threshold"] == "85" and variants["n_multi"] == 1
    assert variants["fuzzy_note"].startswith(": every spelling")
    check = recovery_check(invented.documents, invented.actors, invented.places)
    recovered = plain(facts.recovery_facts(check, names, invented.actors))
    assert recovered["n_check"] == recovered["n_by_name"] + recovered["n_not_by_name"]
    assert recovered["missed_example"] == "none"
    flags = flag_table(find_variants(invented), names)
    assert plain(facts.flag_facts(flags)) == {"n_flags": 0, "n_flag_sources": 0, "n_flags_case": 0}


def test_causes_and_checksums(invented):
    causes = causes_by_origin(invented.claims, invented.actors)
    assert plain(facts.cause_facts(causes)) == {"n_causes": 1, "n_cause_origins": 1}
    checksums = pd.DataFrame({"file": ["a.txt", "b.txt"], "matches": [True, False]})
    assert plain(facts.checksum_facts(checksums)) == {"n_raw": 2, "n_raw_match": 1}
