"""Count the lexicon's terms in the article bodies and show them in context.

Only the body spans of each document are searched (``corpus.Document.body``): page chrome
and reader comments never contribute a count. Each body span is folded on its own with
:func:`newsclaims.text.normalize.fold_with_offsets`, so matching ignores case, Arabic diacritics,
tatweel and alef variants, and every match maps back to raw character offsets.

Matching rules, shared by every module that looks for names in text
(:func:`find_terms`):

- *Whole words.* A match may not begin or end inside a word: the characters on either side
  must not be letters or digits. Hyphens and apostrophes count as word edges, so
  ``opposition`` is found in "opposition-held" and ``Syria`` in "Syria's", but ``Russia``
  is not found in "Russian" nor ``militant`` in "militants".
- *Longest match first.* Where matches of several terms overlap, the longest term wins and
  the others are dropped, so "regime army" is counted once, as ``regime army``, and not
  also as ``regime``; "reconciliation agreement" is not also an ``agreement``.
- *Arabic clitics.* Arabic writes some particles as part of the next word. An Arabic term
  may therefore be preceded, inside the same written word, by the conjunction و or ف, then
  one of the prepositions ب, ك or ل, then the article ال (in that order, each optional).
  ل followed by the article is written لل (the alef drops), so الفصائل is also found in
  للفصائل. A term that itself begins with ال must keep the article in one of these forms.
  After the term, one pronoun suffix (ه ها هم هما هن كم نا ي) or one sound plural or dual
  ending (ين ون ان) may be attached, so تسليم is found in تسليمها and مقاتل in
  للمقاتلين. The feminine plural ات is *not* accepted, because it changes some words'
  meaning (مقاتلات, fighter jets, is not a plural of مقاتل, fighter).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from newsclaims.data.corpus import Document, composition, is_arabic
from newsclaims.text.normalize import fold, fold_with_offsets
from newsclaims.text.spans import DisjointSpans
from newsclaims.vocabulary import CATEGORY_WORDS, LEXICON_CATEGORIES

# A letter or digit: the characters a match may not touch on either side.
_EDGE_BEFORE = r"(?<![^\W_])"
_EDGE_AFTER = r"(?![^\W_])"
# For names: not the first part of a hyphenated compound either ("the regime" is not a name
# in "the regime-run media").
_EDGE_AFTER_NAME = r"(?![^\W_])(?!-[^\W_])"
ARTICLE = "ال"
# Conjunction, then preposition or article (ل + ال is written لل).
_PREFIX_FREE = "(?P<prefix>[وف]?(?:[بك]?ال|لل|[بكل])?)"
_PREFIX_ARTICLE = "(?P<prefix>[وف]?(?:[بك]?ال|لل))"
ARABIC_SUFFIXES = ("هما", "ها", "هم", "هن", "كم", "نا", "ين", "ون", "ان", "ه", "ي")
_SUFFIX = "(?P<suffix>" + "|".join(ARABIC_SUFFIXES) + ")?"


@dataclass(frozen=True)
class TermMatch:
    """One match in a folded text: ``start``-``end`` is the whole written form, ``name_start``
    where the name itself begins once clitic particles are set aside."""

    term: str  # the folded term that matched
    start: int
    end: int
    name_start: int


@lru_cache(maxsize=4096)
def term_pattern(folded_term: str, names: bool = False) -> re.Pattern[str]:
    """The regular expression for one folded term (see the module docstring); with
    ``names``, a match may also not be followed by a hyphen and a letter."""
    if not folded_term:
        raise ValueError("empty term: every term must contain at least one character")
    edge = _EDGE_AFTER_NAME if names else _EDGE_AFTER
    if not is_arabic(folded_term):
        return re.compile(_EDGE_BEFORE + re.escape(folded_term) + edge)
    if folded_term.startswith(ARTICLE):
        core, prefix = folded_term[len(ARTICLE) :], _PREFIX_ARTICLE
    else:
        core, prefix = folded_term, _PREFIX_FREE
    # ة becomes ت before a suffix, so a term ending in ة takes no suffix here.
    suffix = "" if folded_term.endswith("ة") else _SUFFIX
    return re.compile(_EDGE_BEFORE + prefix + re.escape(core) + suffix + edge)


def _name_start(match: re.Match[str], start: int) -> int:
    """Where the name begins: after a conjunction or preposition, at the article if there is
    one; the whole word when ل and the article are fused (لل), which cannot be split."""
    prefix = match.groupdict().get("prefix") or ""
    if prefix.endswith("لل"):
        return start
    if prefix.endswith(ARTICLE):
        return start + len(prefix) - len(ARTICLE)
    return start + len(prefix)


def find_terms(
    folded_text: str, folded_terms: Iterable[str], names: bool = False
) -> list[TermMatch]:
    """Non-overlapping matches of the terms in an already folded text, in text order.

    Overlaps are resolved longest term first (then longest written form, then earliest).
    ``names`` applies the stricter end rule for names (:func:`term_pattern`)."""
    candidates = []
    for term in set(folded_terms):
        for m in term_pattern(term, names).finditer(folded_text):
            candidates.append(TermMatch(term, m.start(), m.end(), _name_start(m, m.start())))
    candidates.sort(key=lambda c: (-len(c.term), -(c.end - c.start), c.start, c.term))
    kept = DisjointSpans()
    taken = [cand for cand in candidates if kept.add(cand.start, cand.end)]
    return sorted(taken, key=lambda c: c.start)


def body_matches(documents: Mapping[str, Document], terms: Iterable[str]) -> pd.DataFrame:
    """Every match of the terms in every document's body spans, with raw offsets.

    ``terms`` are written as in the lexicon; they are folded here. Columns: ``source_id``,
    ``term`` (as given), ``start``/``end`` (raw offsets of the written form), ``name_start``
    (raw offset where the name begins without clitics), ``span_start``/``span_end`` (the body
    span holding the match). Sorted by source order, then offset."""
    by_fold: dict[str, str] = {}
    for term in terms:
        key = fold(term)
        if key in by_fold and by_fold[key] != term:
            raise ValueError(
                f"terms {by_fold[key]!r} and {term!r} fold to the same text {key!r};"
                " list each spelling once"
            )
        by_fold[key] = term
    rows = []
    for source_id, doc in documents.items():
        for span in doc.body:
            folded, origin = fold_with_offsets(doc.text[span.start : span.end])
            for m in find_terms(folded, by_fold):
                rows.append(
                    {
                        "source_id": source_id,
                        "term": by_fold[m.term],
                        "start": span.start + origin[m.start],
                        "end": span.start + origin[m.end - 1] + 1,
                        "name_start": span.start + origin[m.name_start],
                        "span_start": span.start,
                        "span_end": span.end,
                    }
                )
    columns = ["source_id", "term", "start", "end", "name_start", "span_start", "span_end"]
    return pd.DataFrame(rows, columns=columns).astype({c: "int64" for c in columns[2:]})


def lexicon_matches(documents: Mapping[str, Document], lexicon: pd.DataFrame) -> pd.DataFrame:
    """:func:`body_matches` for the lexicon's terms, with each term's language and category."""
    matches = body_matches(documents, lexicon["term"])
    info = lexicon.set_index("term")[["language", "category"]]
    return matches.join(info, on="term")


def term_counts(documents: Mapping[str, Document], lexicon: pd.DataFrame) -> pd.DataFrame:
    """Matches per source and term (terms never matched are left out)."""
    matches = lexicon_matches(documents, lexicon)
    counts = (
        matches.groupby(["source_id", "term", "language", "category"], sort=False)
        .size()
        .rename("count")
        .reset_index()
    )
    order = {sid: i for i, sid in enumerate(documents)}
    counts["_order"] = counts["source_id"].map(order)
    return (
        counts.sort_values(["_order", "category", "count", "term"], ascending=[1, 1, 0, 1])
        .drop(columns="_order")
        .reset_index(drop=True)
    )


def body_words(documents: Mapping[str, Document]) -> pd.Series:
    """Words (white-space separated) in each source's body, as counted in
    :func:`newsclaims.data.corpus.composition`."""
    parts = composition(dict(documents))
    words = parts[parts["section"] == "body"].set_index("source_id")["words"]
    return words.reindex(list(documents)).astype("int64").rename("body_words")


def category_rates(documents: Mapping[str, Document], lexicon: pd.DataFrame) -> pd.DataFrame:
    """Matches per source and category and their rate per 1,000 body words.

    Every source-category pair is present (zero where nothing matched). Columns:
    ``source_id``, ``category``, ``count``, ``body_words``, ``per_1000_words``."""
    counts = term_counts(documents, lexicon).groupby(["source_id", "category"])["count"].sum()
    words = body_words(documents)
    categories = [c for c in LEXICON_CATEGORIES if c in set(lexicon["category"])] + sorted(
        set(lexicon["category"]) - set(LEXICON_CATEGORIES)
    )
    grid = pd.MultiIndex.from_product(
        [list(documents), categories], names=["source_id", "category"]
    )
    frame = counts.reindex(grid, fill_value=0).astype("int64").reset_index()
    frame["body_words"] = frame["source_id"].map(words).astype("int64")
    frame["per_1000_words"] = (1000 * frame["count"] / frame["body_words"]).round(2)
    return frame


def kwic(documents: Mapping[str, Document], lexicon: pd.DataFrame, width: int = 40) -> pd.DataFrame:
    """Keyword in context: one row per match, with up to ``width`` characters of context on
    each side, taken verbatim from the raw text and cut at the edges of the body span (so a
    context never reaches into chrome or comments); ``left + match + right`` is exactly the
    raw text from ``start - len(left)`` to ``end + len(right)``. Columns: ``source_id``, ``term``, ``category``, ``start``, ``end``, ``left``,
    ``match``, ``right``."""
    rows = []
    for m in lexicon_matches(documents, lexicon).itertuples(index=False):
        text = documents[m.source_id].text
        left = text[max(m.span_start, m.start - width) : m.start]
        right = text[m.end : min(m.span_end, m.end + width)]
        rows.append(
            {
                "source_id": m.source_id,
                "term": m.term,
                "category": m.category,
                "start": m.start,
                "end": m.end,
                "left": left,
                "match": text[m.start : m.end],
                "right": right,
            }
        )
    columns = ["source_id", "term", "category", "start", "end", "left", "match", "right"]
    return pd.DataFrame(rows, columns=columns)


def terms_by_source(
    counts: pd.DataFrame, categories: Iterable[str], order: list[str]
) -> pd.DataFrame:
    """For each category, the terms each source uses, most frequent first, written
    ``term (count)``; one row per category, one column per source (empty where none)."""
    table = {}
    for category in categories:
        chosen = counts[counts["category"] == category]
        row = {}
        for source_id in order:
            own = chosen[chosen["source_id"] == source_id].sort_values(
                ["count", "term"], ascending=[False, True]
            )
            row[source_id] = "; ".join(
                f"{t} ({n})" for t, n in zip(own["term"], own["count"], strict=True)
            )
        table[category] = row
    return (
        pd.DataFrame.from_dict(table, orient="index", columns=order)
        .rename_axis("category")
        .reset_index()
    )


_LITERALLY = re.compile(r'literally "([^"]+)"')


def glosses(lexicon: pd.DataFrame) -> pd.Series:
    """The literal English gloss the lexicon's note gives for a term (``literally "..."``),
    by term; terms whose note gives none are left out."""
    found = lexicon["note"].fillna("").str.extract(_LITERALLY, expand=False)
    return found.set_axis(lexicon["term"]).dropna().rename("gloss")


def top_terms(counts: pd.DataFrame, source_id: str, category: str) -> list[str]:
    """The terms a source uses most often in a category: several when tied (alphabetical),
    none when the source uses no term of the category."""
    own = counts[(counts["source_id"] == source_id) & (counts["category"] == category)]
    if own.empty:
        return []
    return sorted(own.loc[own["count"] == own["count"].max(), "term"])


def gloss_term(term: str, gloss: Mapping[str, str], quote: bool = False) -> str:
    """A term as the book shows it: a term the lexicon glosses with its literal gloss,
    ``القوات ('the forces')``; any other term as written, in double quotes when ``quote``."""
    if term in gloss:
        return f"{term} ('{gloss[term]}')"
    return f'"{term}"' if quote else term


def _categories_in(frame: pd.DataFrame) -> list[str]:
    return [c for c in LEXICON_CATEGORIES if c in set(frame["category"])]


def rates_table(rates: pd.DataFrame, order: list[str]) -> pd.DataFrame:
    """:func:`category_rates` as a table: one row per source in ``order`` with its body
    words, one column of rates per category (headed in words)."""
    table = rates.pivot(index="source_id", columns="category", values="per_1000_words").reindex(
        index=order, columns=_categories_in(rates)
    )
    table.columns = [CATEGORY_WORDS[c] for c in table.columns]
    table = table.reset_index()
    words = rates.drop_duplicates("source_id").set_index("source_id")["body_words"]
    table.insert(1, "body words", words.reindex(order).to_numpy())
    return table


def first_contexts(contexts: pd.DataFrame, order: list[str]) -> pd.DataFrame:
    """From :func:`kwic`, the first occurrence of a term of each category in each source
    (categories in the vocabulary's order, sources in ``order``): columns ``category`` (in
    words), ``source_id``, ``left``, ``match`` and ``right``."""
    examples = (
        contexts.assign(
            category=pd.Categorical(contexts["category"], LEXICON_CATEGORIES, ordered=True),
            source_id=pd.Categorical(contexts["source_id"], order, ordered=True),
        )
        .sort_values(["category", "source_id", "start"])
        .drop_duplicates(["category", "source_id"])
    )
    examples = examples.assign(category=examples["category"].map(CATEGORY_WORDS))
    return examples[["category", "source_id", "left", "match", "right"]]


def glossed_terms_by_source(
    counts: pd.DataFrame, gloss: Mapping[str, str], order: list[str]
) -> pd.DataFrame:
    """:func:`terms_by_source` for every category found, the terms glossed
    (:func:`gloss_term`) and the categories in words."""
    glossed = counts.assign(term=[gloss_term(t, gloss) for t in counts["term"]])
    table = terms_by_source(glossed, _categories_in(counts), order)
    table["category"] = table["category"].map(CATEGORY_WORDS)
    return table
