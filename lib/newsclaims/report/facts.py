"""The figures each chapter cites in its prose, computed from the analysis.

Each function returns ``{name: value}`` for :func:`newsclaims.report.tables.glue_facts`:
counts as Python integers, shares as whole percentages ("42%"), names as text. The prose
of a chapter cites them as ``{glue:text}`name```, so a name here is part of the chapter's
text: rename it in both places.
"""

from __future__ import annotations

from collections.abc import Mapping

import networkx as nx
import pandas as pd

from newsclaims.analysis.places import is_approximate
from newsclaims.analysis.summaries import claims_per_source, own_reporting
from newsclaims.extract.evaluate import Evaluation
from newsclaims.extract.rules import PROPOSAL_KINDS
from newsclaims.report.prose import format_share, fuzzy_note, spelling_examples
from newsclaims.text.name_variants import missed_spellings, recovered_examples
from newsclaims.text.names import MARGIN, THRESHOLD, WORD_THRESHOLD
from newsclaims.vocabulary import GRADES, KINDS, LEXICON_CATEGORIES, PUBLISHED_BASES

Facts = dict[str, object]


def percent(share: float) -> str:
    """A share in [0, 1] as a whole percentage: ``0.417`` -> ``42%``."""
    return f"{share:.0%}"


def translations(sources: pd.DataFrame) -> int:
    """How many of the documents are translations."""
    return int((sources["kind"] == "translation").sum())


# ---------------------------------------------------------------------------- chapter 1


def corpus_facts(sources: pd.DataFrame) -> Facts:
    """Documents, outlets, languages, translations, Arabic bodies, and how many
    publication dates are stated, inferred or unknown (``n_stated`` ...)."""
    languages = {tag for tags in sources["language"] for tag in tags.split(";")}
    facts: Facts = {
        "n_sources": len(sources),
        "n_outlets": sources["outlet"].nunique(),
        "n_languages": len(languages),
        "n_translations": translations(sources),
        "n_arabic_body": int(sources["language"].str.startswith("ar").sum()),
    }
    for basis in PUBLISHED_BASES:
        facts[f"n_{basis}"] = int((sources["published_basis"] == basis).sum())
    return facts


def _named(source_id: str, outlets: Mapping[str, str] | None) -> str:
    """A source as a reader reads it: its outlet's name without the parenthesis, or the
    id when no names are given."""
    return (outlets or {}).get(source_id, source_id).split(" (", 1)[0]


def composition_facts(
    parts: pd.DataFrame, source_ids: list[str], outlets: Mapping[str, str] | None = None
) -> Facts:
    """From :func:`newsclaims.data.corpus.composition`: the page with the largest share of
    reader comments, that share and its number of comments, and the smallest share of
    article body and its page (pages named by ``outlets``, source id to outlet)."""
    shares = parts.pivot(index="source_id", columns="section", values="share").reindex(source_ids)
    comments = parts[parts["section"] == "comments"].set_index("source_id")
    most_comments = shares["comments"].idxmax()
    return {
        "comments_source": _named(most_comments, outlets),
        "comments_share": percent(shares.loc[most_comments, "comments"]),
        "n_comments": int(comments["spans"].sum()),
        "min_body_share": percent(shares["body"].min()),
        "min_body_source": _named(shares["body"].idxmin(), outlets),
    }


def citation_facts(cited: pd.DataFrame, claims: pd.DataFrame, source_ids: list[str]) -> Facts:
    """From :func:`newsclaims.analysis.attribution.cited_sources`: the number of distinct
    inner sources and the share of claims that rest on one of them."""
    own = (
        cited[cited["own_reporting"]]
        .set_index("source_id")["claims"]
        .reindex(source_ids, fill_value=0)
    )
    total = claims_per_source(claims, source_ids)
    return {
        "n_inner_sources": cited.loc[~cited["own_reporting"], "attributed_to"].nunique(),
        "attributed_share": percent(1 - own.sum() / max(total.sum(), 1)),
    }


# ---------------------------------------------------------------------------- chapter 2


def claim_count_facts(
    claims: pd.DataFrame, source_ids: list[str], outlets: Mapping[str, str] | None = None
) -> Facts:
    """Claims, attributes, and the sources with the most and the fewest claims (named by
    ``outlets``)."""
    per_source = claims_per_source(claims, source_ids)
    return {
        "n_claims": len(claims),
        "n_attributes": claims["attribute"].nunique(),
        "most_claims_source": _named(per_source.idxmax(), outlets),
        "most_claims_n": int(per_source.max()),
        "fewest_claims_source": _named(per_source.idxmin(), outlets),
        "fewest_claims_n": int(per_source.min()),
    }


def own_reporting_facts(shares: pd.DataFrame, outlets: Mapping[str, str] | None = None) -> Facts:
    """The source that asserts the largest share of its claims on its own word (named by
    ``outlets``), and that share (from :func:`newsclaims.analysis.summaries.origin_shares`)."""
    own = own_reporting(shares)
    return {"top_own_source": _named(own.idxmax(), outlets), "top_own_share": percent(own.max())}


def single_source_facts(slots: pd.DataFrame, single: pd.DataFrame) -> Facts:
    """Slots, slots resting on one source, and their share."""
    return {
        "n_slots": len(slots),
        "n_single": len(single),
        "single_share": percent(len(single) / max(len(slots), 1)),
    }


# ---------------------------------------------------------------------------- chapters 3-5


def systems_facts(families: list[str], name=None) -> Facts:
    """The weapon families in whose lists sources name different systems and none in
    common: their number, ``different_systems_phrase`` ("1 weapon family is", "2 weapon
    families are") and their names, each worded by ``name`` (a code to words, such as
    ``lambda f: labels.code("weapon_family", f)``; underscores as spaces without it)."""
    name = name or (lambda family: family.replace("_", " "))
    n = len(families)
    return {
        "n_different_systems": n,
        "different_systems_phrase": f"{n} weapon famil{'y is' if n == 1 else 'ies are'}",
        "different_systems_families": ", ".join(name(f) for f in families) or "none",
    }


def cause_facts(causes: pd.DataFrame) -> Facts:
    """Distinct causes and origins in :func:`newsclaims.analysis.summaries.causes_by_origin`."""
    return {"n_causes": causes["cause"].nunique(), "n_cause_origins": causes["origin"].nunique()}


def dating_facts(claims: pd.DataFrame, occurred: pd.DataFrame, relative: pd.DataFrame) -> Facts:
    """Claims, dated claims, claims dated to the day, and dates resolved from a relative
    expression."""
    return {
        "n_claims": len(claims),
        "n_dated": len(occurred),
        "n_day": int((occurred["occurred_precision"] == "day").sum()),
        "n_relative": len(relative),
    }


def window_facts(start: pd.Timestamp, end: pd.Timestamp, n_outside: int) -> Facts:
    """The timeline's window in words ("1 April 2018") and the dated claims outside it."""
    return {
        "window_start": start.strftime("%-d %B %Y"),
        "window_end": end.strftime("%-d %B %Y"),
        "n_outside": n_outside,
    }


# ---------------------------------------------------------------------------- chapter 6


def lexicon_facts(lexicon: pd.DataFrame, counts: pd.DataFrame) -> Facts:
    """Terms of the lexicon (all, English, Arabic), its categories, the terms found and
    how often (``counts``: :func:`newsclaims.text.lexicon.term_counts`)."""
    return {
        "n_terms": len(lexicon),
        "n_terms_en": int((lexicon["language"] == "en").sum()),
        "n_terms_ar": int((lexicon["language"] == "ar").sum()),
        "n_matched": counts["term"].nunique(),
        "n_categories": lexicon["category"].nunique(),
        "n_matches": int(counts["count"].sum()),
    }


def top_rate_facts(rates: pd.DataFrame, outlets: Mapping[str, str] | None = None) -> Facts:
    """For each category, the source with the highest rate per 1,000 words (named by
    ``outlets``) and that rate (``top_<category>``, ``top_<category>_rate``), and the
    shortest and longest bodies."""
    by_category = rates.set_index(["category", "source_id"])["per_1000_words"]
    found = set(by_category.index.get_level_values(0))
    facts: Facts = {}
    for category in LEXICON_CATEGORIES:
        rate = by_category[category] if category in found else None
        top = _named(rate.idxmax(), outlets) if rate is not None and rate.max() > 0 else "no source"
        facts[f"top_{category}"] = top
        facts[f"top_{category}_rate"] = f"{rate.max():.1f}" if rate is not None else "0.0"
    words = rates.drop_duplicates("source_id").set_index("source_id")["body_words"]
    if words.empty:  # a lexicon without terms has no rates to read the bodies from
        return facts | {
            "shortest_body": "no source",
            "shortest_words": 0,
            "longest_body": "no source",
            "longest_words": 0,
        }
    facts |= {
        "shortest_body": _named(words.idxmin(), outlets),
        "shortest_words": int(words.min()),
        "longest_body": _named(words.idxmax(), outlets),
        "longest_words": int(words.max()),
    }
    return facts


def variant_facts(mentions: pd.DataFrame, per_entity: pd.DataFrame) -> Facts:
    """The thresholds of the fuzzy step, the entities named and their mentions, the
    spellings found by the fuzzy step and the entities named in more than one way."""
    n_fuzzy = int((mentions["method"] == "fuzzy").sum())
    return {
        "threshold": f"{THRESHOLD:g}",
        "word_threshold": f"{WORD_THRESHOLD:g}",
        "margin": f"{MARGIN:g}",
        "n_entities": len(per_entity),
        "n_mentions": len(mentions),
        "n_fuzzy": n_fuzzy,
        "n_multi": int((per_entity["n_variants"] > 1).sum()),
        "fuzzy_note": fuzzy_note(n_fuzzy),
    }


def recovery_facts(check: pd.DataFrame, names: Mapping[str, str], actors: pd.DataFrame) -> Facts:
    """What the fuzzy step does on its own (:func:`newsclaims.text.name_variants.recovery_check`):
    mentions found by name, recovered, missed, wrongly assigned and spurious, with examples."""
    outcome = check["outcome"].value_counts()
    missed = missed_spellings(check)
    return {
        "n_check": len(check[check["outcome"] != "spurious"]),
        "n_by_name": int(outcome.get("name", 0)),
        "n_not_by_name": int(
            outcome.get("recovered", 0) + outcome.get("missed", 0) + outcome.get("other entity", 0)
        ),
        "n_recovered": int(outcome.get("recovered", 0)),
        "n_missed": int(outcome.get("missed", 0)),
        "n_wrong": int(outcome.get("other entity", 0)),
        "n_spurious": int(outcome.get("spurious", 0)),
        "recovered_examples": spelling_examples(recovered_examples(check, actors), names),
        "missed_example": (
            spelling_examples(missed.index[:1].to_frame(index=False), names)
            if len(missed)
            else "none"
        ),
    }


def flag_facts(flags: pd.DataFrame) -> Facts:
    """Entity-source pairs named in more than one way, their sources, and those that
    differ in capitals only."""
    return {
        "n_flags": len(flags),
        "n_flag_sources": flags["source_id"].nunique(),
        "n_flags_case": int((flags["difference"] == "case only").sum()),
    }


# ---------------------------------------------------------------------------- chapters 7-9


def place_facts(places: pd.DataFrame, overview: pd.DataFrame) -> Facts:
    """Places in the gazetteer, named, named by one source only (and their share), the
    places named by most sources, and the approximate coordinates (``overview``:
    :func:`newsclaims.analysis.places.place_overview`)."""
    named_by = overview.set_index("place_id")["sources"]
    top = named_by[named_by == named_by.max()].index
    return {
        "n_places": len(places),
        "n_named": len(overview),
        "n_single": int((named_by == 1).sum()),
        "single_share": percent((named_by == 1).mean()) if len(named_by) else percent(0),
        "most_named": ", ".join(places.set_index("place_id").loc[top, "name_en"]) or "none",
        "most_named_n": int(named_by.max()) if len(named_by) else 0,
        "n_approx": int(is_approximate(places).sum()),
    }


def graph_facts(graph: nx.DiGraph) -> Facts:
    """Inner sources and origin groups of the attribution graph."""
    layers = [d["layer"] for _, d in graph.nodes(data=True)]
    return {"n_inner": layers.count("inner_source"), "n_origins": layers.count("origin")}


def slot_facts(slots: pd.DataFrame, sources: pd.DataFrame) -> Facts:
    """Slots, documents, translations, slots with more than one source, slots of each main
    kind (``n_<kind>``), slots that have a kind at all, as main kind or also
    (``n_with_<kind>``), and slots of each grade (``n_grade_<grade>``)."""
    facts: Facts = {
        "n_slots": len(slots),
        "n_documents": len(sources),
        "n_translations": translations(sources),
        "n_multi": int((slots["n_sources"] > 1).sum()),
    }
    for kind in KINDS:
        facts[f"n_{kind}"] = int((slots["kind"] == kind).sum())
        also = slots["also"].str.split(";")
        has = (slots["kind"] == kind) | also.map(lambda found, kind=kind: kind in found)
        facts[f"n_with_{kind}"] = int(has.sum())
    for grade in GRADES:
        facts[f"n_grade_{grade}"] = int((slots["credibility"] == grade).sum())
    return facts


def candidate_facts(candidates: pd.DataFrame, source_ids: list[str]) -> Facts:
    """Number expressions found, documents read, proposals and expressions set aside."""
    proposals = candidates["kind"].isin(PROPOSAL_KINDS)
    return {
        "ex_n_all": len(candidates),
        "ex_n_sources": len(source_ids),
        "ex_n_proposals": int(proposals.sum()),
        "ex_n_set_aside": int((~proposals).sum()),
    }


def section_facts(sections: pd.DataFrame) -> Facts:
    """Expressions in the page chrome (and how many would pass for proposals) and in the
    reader comments (``sections``: :func:`newsclaims.extract.evaluate.section_counts`)."""
    by_section = (
        sections.groupby("section")[["expressions", "proposals"]]
        .sum()
        .reindex(["body", "chrome", "comments"], fill_value=0)
    )
    return {
        "ex_n_chrome": int(by_section.loc["chrome", "expressions"]),
        "ex_n_chrome_proposals": int(by_section.loc["chrome", "proposals"]),
        "ex_n_comments": int(by_section.loc["comments", "expressions"]),
    }


def evaluation_facts(result: Evaluation, misses: pd.DataFrame) -> Facts:
    """Number claims, precision and recall over all sources, agreeing qualifiers, matches,
    misses (and those with no number in the quote) and false alarms (``misses``:
    :func:`newsclaims.extract.evaluate.explain_misses`)."""
    overall = result.per_source.set_index("source_id").loc["all sources"]
    return {
        "ex_n_number_claims": int(overall["number_claims"]),
        "ex_precision": format_share(overall["precision"]),
        "ex_recall": format_share(overall["recall"]),
        "ex_qualifier_agrees": int(result.matches["qualifier_agrees"].sum()),
        "ex_n_matches": len(result.matches),
        "ex_n_misses": len(misses),
        "ex_n_no_number": int((misses["reason"] == "no number expression in the quote").sum()),
        "ex_n_false_alarms": len(result.false_alarms),
    }


def checksum_facts(checksums: pd.DataFrame) -> Facts:
    """Raw files, and those matching their recorded digests."""
    return {"n_raw": len(checksums), "n_raw_match": int(checksums["matches"].sum())}
