"""The sentences a chapter says about its corpus, written from the package's tables: counts
with the right singular or plural ("1 document", "no reader comments"), names in reader
words (outlets, not ids), and nothing said of what the corpus does not hold (no
"0 reader comments make up 0%").

Each function returns plain text for :func:`newsclaims.report.tables.glue_facts`; the
chapters cite it as ``{glue:text}`name```, so Jupyter Book sets it as text, never as markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

from newsclaims.report.labels import short_name

NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def count(n: int, singular: str, plural: str | None = None, words: bool = False) -> str:
    """``n`` things in words: ``count(0, "document")`` -> ``no documents``, ``count(1,
    "document")`` -> ``1 document``; ``words`` spells out numbers below ten."""
    noun = singular if n == 1 else (plural or singular + "s")
    number = NUMBER_WORDS[n] if (words or n == 0) and 0 <= n < len(NUMBER_WORDS) else str(n)
    return f"{number} {noun}"


def listing(items: Iterable[str], conjunction: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def outlet_names(sources: pd.DataFrame, source_ids: Iterable[str]) -> list[str]:
    """The outlets of ``source_ids`` in reader words (their names without the parenthesis)."""
    outlets = dict(zip(sources["source_id"], sources["outlet"], strict=True))
    return [short_name(outlets[s]) for s in source_ids]


def _languages(sources: pd.DataFrame) -> list[list[str]]:
    return [tags.split(";") for tags in sources["language"]]


# ---------------------------------------------------------------------------- chapter 1


def corpus_sentence(sources: pd.DataFrame) -> str:
    """What the corpus holds: documents, outlets and languages."""
    languages = {tag for tags in _languages(sources) for tag in tags}
    return (
        f"The corpus holds {count(len(sources), 'document')} from"
        f" {count(sources['outlet'].nunique(), 'outlet')}, in {count(len(languages), 'language')}."
    )


def dating_sentence(sources: pd.DataFrame) -> str:
    """How the publication dates were established, leaving out the ways no date was."""
    basis = sources["published_basis"].value_counts()
    parts = [
        (int(basis.get("stated", 0)), "printed on the page"),
        (int(basis.get("inferred", 0)), "inferred from the text"),
        (int(basis.get("unknown", 0)), "unknown"),
    ]
    shown = [f"{words} ({count(n, 'document')})" for n, words in parts if n]
    if not shown:
        return "The corpus holds no documents yet."
    return f"Publication dates are {listing(shown, 'or')}."


def undated_sentence(sources: pd.DataFrame) -> str:
    """Which pages print no date of their own, in outlet names."""
    undated = sources[sources["published_basis"] != "stated"]
    if undated.empty:
        return "Every page prints its publication date."
    names = outlet_names(sources, undated["source_id"])
    verb = "prints" if len(undated) == 1 else "print"
    return (
        f"{listing(names)} {verb} no publication date of {'its' if len(undated) == 1 else 'their'}"
        " own; the table gives the evidence for each date in the page's own words."
    )


def comments_sentence(parts: pd.DataFrame, sources: pd.DataFrame) -> str:
    """The page with the largest share of reader comments and the page with the smallest
    share of article body (``parts``: :func:`newsclaims.data.corpus.composition`)."""
    comments = parts[parts["section"] == "comments"].set_index("source_id")
    body = parts[parts["section"] == "body"].set_index("source_id")
    if body.empty:
        return "The corpus holds no documents yet."
    thinnest = body["share"].idxmin()
    tail = (
        f"The smallest share of article body is {body.loc[thinnest, 'share']:.0%}, on the page"
        f" of {outlet_names(sources, [thinnest])[0]}."
    )
    if comments["spans"].sum() == 0:
        return f"No page carries reader comments. {tail}"
    most = comments["share"].idxmax()
    n = int(comments.loc[most, "spans"])
    return (
        f"The page of {outlet_names(sources, [most])[0]} carries the most reader comments:"
        f" its {count(n, 'reader comment')} make{'s' if n == 1 else ''} up"
        f" {comments.loc[most, 'share']:.0%} of its characters. {tail}"
    )


def _how_many(n: int, singular: str, plural: str) -> str:
    if n == 0:
        return f"none {singular}"
    number = NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)
    return f"{number} {singular if n == 1 else plural}"


def translation_sentence(sources: pd.DataFrame) -> str:
    """How many documents are translations and how many bodies are in Arabic, and what
    follows for the comparison of their words."""
    translated = int((sources["kind"] == "translation").sum())
    arabic = sum(tags[0] == "ar" for tags in _languages(sources))
    sentence = (
        f"Of the documents, {_how_many(translated, 'is a translation', 'are translations')}"
        f" and {_how_many(arabic, 'is written in Arabic', 'are written in Arabic')}"
    )
    if translated:
        return (
            sentence
            + ": wording differences may come from translation, which the chapter on language examines."
        )
    if arabic:
        return (
            sentence
            + ": the chapter on language sets their words beside those of the English texts."
        )
    return sentence + "."


# ---------------------------------------------------------------------------- chapters 5-6


def relative_dates_sentence(n_dated: int, n_relative: int, sources: pd.DataFrame) -> str:
    """How much of the dating rests on publication dates, and how firm those are."""
    if n_dated == 0:
        return "No claim of the corpus is dated."
    undated = int((sources["published_basis"] != "stated").sum())
    anchor = (
        "every page states its publication date"
        if undated == 0
        else f"{count(undated, 'page does', 'pages do', True)} not state it"
    )
    return (
        f"{n_relative} of the {count(n_dated, 'dated claim')} were dated from a relative"
        f" expression against the publication date of their document, and {anchor}; such"
        " dates are only as firm as that anchor."
    )


def translation_paragraph(sources: pd.DataFrame) -> str:
    """Which documents are in Arabic, which are translations and who signs them, and which
    name no translator, in outlet names."""
    arabic = [
        s
        for s, tags in zip(sources["source_id"], _languages(sources), strict=True)
        if tags[0] == "ar"
    ]
    translated = sources[sources["kind"] == "translation"]
    english = sources[[tags[0] == "en" for tags in _languages(sources)]]
    unsigned = english[
        (english["kind"] != "translation") & (english["translator"].fillna("") == "")
    ]
    parts = []
    if arabic:
        names = outlet_names(sources, arabic)
        parts.append(f"{listing(names)} {'writes' if len(names) == 1 else 'write'} in Arabic.")
    if not translated.empty:
        names = outlet_names(sources, translated["source_id"])
        one = len(names) == 1
        parts.append(
            f"The English {'text' if one else 'texts'} of {listing(names)}"
            f" {'is a translation' if one else 'are translations'}; the"
            f" {'original is' if one else 'originals are'} not part of the corpus."
        )
    if not unsigned.empty:
        names = outlet_names(sources, unsigned["source_id"])
        parts.append(f"{listing(names)} {'names' if len(names) == 1 else 'name'} no translator.")
    return " ".join(parts) or "The corpus holds no documents yet."


def term_examples(lexicon: pd.DataFrame, category: str, limit: int = 3) -> str:
    """A few of the lexicon's terms of one category, quoted ("a", "b" and "c"), for the
    sentence that opens the chapter on words; empty when the category has none."""
    terms = lexicon.loc[lexicon["category"] == category, "term"].head(limit)
    return listing(f"“{t}”" for t in terms)


def point_of_view_sentence(lexicon: pd.DataFrame, category: str = "government_forces") -> str:
    """ "Words carry a point of view", with the corpus's own example terms."""
    examples = term_examples(lexicon, category)
    if lexicon.loc[lexicon["category"] == category].shape[0] < 2:
        return (
            "Words carry a point of view: different sources can name the same people differently."
        )
    return f"Words carry a point of view: {examples} can name the same people."


# ---------------------------------------------------------------------------- chapter 7


def map_sentence(n_mapped: int, region: str | None, detail: str | None, n_in_detail: int) -> str:
    """What the maps show: the places with coordinates, and the enlarged area if any."""
    if n_mapped == 0:
        return "No place of the gazetteer has coordinates, so there is no map."
    where = f" in and around {region}" if region else ""
    first = (
        f"The first map shows the {count(n_mapped, 'place')} with coordinates{where} and, beside"
        " the map, which sources name each."
    )
    if not detail:
        return first
    return f"{first} The second enlarges {detail} (the dotted rectangle), where {count(n_in_detail, 'place')} lie."


def places_sentences(facts: Mapping[str, object]) -> dict[str, str]:
    """How many places are named by one source only, and how many coordinates are
    approximate, said without "0 of them (0%)" (``facts``:
    :func:`newsclaims.report.facts.place_facts`)."""
    n_single, n_approx = int(facts["n_single"]), int(facts["n_approx"])
    single = (
        "Every place named is named by more than one source."
        if n_single == 0
        else f"{_how_many(n_single, 'of them is', 'of them are').capitalize()} named by one"
        f" source only ({facts['single_share']}), and for {'it' if n_single == 1 else 'these'}"
        " the geography of the story rests on a single report."
    )
    approx = (
        "Every coordinate of the gazetteer is taken from a reference (coord_source in the"
        " data names it)."
        if n_approx == 0
        else f"{count(n_approx, 'coordinate', words=True).capitalize()} of the gazetteer"
        f" {'is' if n_approx == 1 else 'are'} approximate, estimated from descriptions or"
        " standing for a region as a whole; coord_source in the data says how each was obtained."
    )
    return {"places_single_sentence": single, "places_approx_sentence": approx}


def distance_note(pairs: Mapping | list) -> str:
    """The sentence under the distances when the package names no pairs."""
    return "" if len(pairs) else "The package names no pairs of places whose distance matters."


# ---------------------------------------------------------------------------- chapter 9


def extraction_sentences(
    candidates: pd.DataFrame, named: pd.DataFrame, scores: pd.DataFrame | None
) -> dict[str, str]:
    """What the extractor finds, by kind (``ex_kinds_sentence``), the mentions of the
    package's names (``ex_names_sentence``) and, given :func:`newsclaims.extract.gold.score`,
    how it scores against the package's gold standard (``ex_gold_sentence``)."""
    kinds = candidates["kind"].value_counts()
    numbers = [
        count(int(kinds.get("count", 0)), "count"),
        count(int(kinds.get("vague", 0)), "vague quantity", "vague quantities"),
        count(int(kinds.get("range", 0)), "range"),
        count(int(kinds.get("duration", 0)), "duration"),
    ]
    dates = candidates[candidates["kind"] == "date"]
    resolved = int(dates["resolved"].map(lambda v: isinstance(v, str) and bool(v)).sum())
    kinds_sentence = (
        f"In the article bodies the rule finds {listing(numbers)}; {count(len(dates), 'date')}"
        f" ({resolved} resolved to a day or a month); and it sets aside"
        f" {count(int(kinds.get('not_a_count', 0)), 'expression')} that are not counts."
    )
    found = named["kind"].value_counts() if not named.empty else pd.Series(dtype=int)
    names_sentence = (
        "By the spellings the package lists, it finds "
        + listing(
            [
                count(int(found.get("actor", 0)), "mention") + " of actors",
                count(int(found.get("place", 0)), "mention") + " of places",
                count(int(found.get("weapon", 0)), "mention") + " of weapons",
            ]
        )
        + "."
    )
    if scores is None:
        gold_sentence = (
            "The package has no gold standard (a gold.csv of the proposals expected), so its"
            " dates and names are counted here, not scored."
        )
    else:
        total = scores.set_index("kind").loc["all"]
        gold_sentence = (
            f"Against the package's gold standard of {count(int(total['gold']), 'expected proposal')},"
            f" the rule finds {total['found']} (recall {total['recall']:.0%}), and {total['right']}"
            f" of its {count(int(total['proposed']), 'proposal')} of those kinds are right"
            f" (precision {total['precision']:.0%}). The table gives both, kind by kind."
        )
    return {
        "ex_kinds_sentence": kinds_sentence,
        "ex_names_sentence": names_sentence,
        "ex_gold_sentence": gold_sentence,
    }
