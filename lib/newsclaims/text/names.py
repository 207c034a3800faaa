"""The spellings under which each person, group and place appears in the article bodies.

The reference is the data package: every actor and place has an English name, an Arabic
name and the aliases seen in the bodies (``" | "``-separated). Bodies are searched in two
steps.

1. *Listed spellings.* Every reference spelling is looked for with the rules of
   :func:`newsclaims.text.lexicon.find_terms` (folded text, whole words, Arabic clitics, longest
   match first), except that a name may not be the first part of a hyphenated compound
   ("the regime" is not taken from "the regime-run media"). Actors and places are searched
   separately, so that a longer name blocks the shorter ones of its own kind inside it
   ("Jaysh Tahrir al-Sham" is not also "Tahrir al-Sham", "Eastern Qalamun" not also
   "Qalamun") while a place named inside a group's name still counts ("Rastan Operations
   Room" names al-Rastan). Only *names* are searched: the references of inner sources (an
   unnamed officer, "a statement"), of civilians and generic references (``name_en`` ending
   in "(generic)") are descriptions, not names, and a name inside such a description still
   counts ("SAA" in "An officer of the SAA", جيش الإسلام in بيان جيش الإسلام).
2. *Unlisted spellings.* The words left over are compared with the reference spellings
   (:func:`name_similarity`) to find typing errors and other transliterations. A stretch of
   words is taken as a spelling of an entity only when all of these hold:

   - it has as many words as the reference spelling once articles (al-, el-, the, ال) are set
     aside, and each word resembles its counterpart, in order, with a score of at least
     ``WORD_THRESHOLD`` (so "Ahrar" never passes for "Tahrir");
   - the whole spelling scores at least ``THRESHOLD``;
   - it is not the reference plus or minus an ending ("Syrian" is a word derived from
     "Syria", not a spelling of it);
   - the reference has at least ``MIN_LENGTH`` letters, ``MIN_LENGTH_ARABIC`` in Arabic
     script, articles aside (short acronyms such as SAA or NDF are too easily confused to
     be matched loosely);
   - in English, it contains a capital letter (names do; common words do not);
   - the entity it resembles most scores at least ``MARGIN`` points above any other entity.

   Scores are rapidfuzz's normalised Indel similarity (0-100) of the two spellings reduced
   to a skeleton (:func:`skeleton`) that evens out common transliteration differences.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd
from rapidfuzz import fuzz

from newsclaims.data.corpus import Document, is_arabic
from newsclaims.text.lexicon import find_terms
from newsclaims.text.normalize import fold, fold_with_offsets
from newsclaims.text.spans import DisjointSpans

THRESHOLD = 85.0
WORD_THRESHOLD = 75.0
MARGIN = 10.0
MIN_LENGTH = 5
# Arabic script leaves short vowels unwritten: the same name takes fewer letters.
MIN_LENGTH_ARABIC = 4
MAX_WORDS = 6
# Actor kinds whose references describe rather than name.
UNNAMED_KINDS = frozenset({"inner_source", "civilians"})
GENERIC_MARK = "(generic)"
LATIN_ARTICLES = frozenset({"al", "el", "the"})
ARABIC_ARTICLE = "ال"

# A word for the fuzzy step: letters and digits, hyphenated parts kept together
# ("al-Qalamun"); an apostrophe ends the word, so "Jaish al-Islam's" yields "al-Islam".
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
# The article assimilated to a sun letter (an-Nusra, ash-Sham, ad-Dawla) is still al-.
_ASSIMILATED = re.compile(r"(?<!\S)(?:a[lnrstdz]|ash|adh|ath|el|ul)-(?=\w)")
# Apostrophes and the half rings stand for ʿayn or hamza inside a word (Ma'arrat, Nu'man).
_APOSTROPHE = re.compile(r"(?<=\w)['’‘ʿʾ`](?=\w)")
_LATIN_RULES = [
    (re.compile(r"(.)\1+"), r"\1"),  # doubled letters: Ussud/Usud, Aal/al
    (re.compile(r"o[ou]"), "u"),  # Qalamoun/Qalamun, Douma/Duma
    (re.compile(r"[ae]i"), "ay"),  # Jairud/Jayrud, Dumeir/Dumayr
    (re.compile(r"ee"), "i"),
    (re.compile(r"(?<=[aeiou])h$"), ""),  # final -ah/-eh: Sharqiah/Sharqia
]


def _split_names(value: str) -> list[str]:
    """The names a ``name_en``/``name_ar`` cell holds: the part before a parenthesis,
    alternatives separated by " / "."""
    head = value.split("(")[0]
    return [part.strip() for part in head.split(" / ") if part.strip()]


def reference_names(
    actors: pd.DataFrame, places: pd.DataFrame, with_aliases: bool = True
) -> pd.DataFrame:
    """Every reference spelling: columns ``entity_id``, ``entity_type`` (actor / place),
    ``reference`` (as written in the data), ``folded`` and ``named`` (whether the entity is
    reported as a name, see the module docstring). One row per entity and folded spelling.
    Without aliases only the English and Arabic names are references (used to check how
    much the fuzzy step recovers on its own,
    :func:`newsclaims.text.name_variants.recovery_check`)."""
    rows = []
    for entity_type, table, key in (("actor", actors, "actor_id"), ("place", places, "place_id")):
        for row in table.itertuples(index=False):
            entity_id = getattr(row, key)
            named = entity_type == "place" or (
                row.kind not in UNNAMED_KINDS and GENERIC_MARK not in row.name_en
            )
            spellings = [
                *_split_names(row.name_en),
                *_split_names(row.name_ar or ""),
            ]
            if with_aliases:
                spellings += [a.strip() for a in (row.aliases or "").split("|") if a.strip()]
            for spelling in spellings:
                rows.append((entity_id, entity_type, spelling, fold(spelling), named))
    frame = pd.DataFrame(rows, columns=["entity_id", "entity_type", "reference", "folded", "named"])
    return frame.drop_duplicates(["entity_id", "folded"], ignore_index=True)


def ambiguous_references(references: pd.DataFrame) -> pd.DataFrame:
    """Reference spellings that belong to more than one entity (they cannot identify one)."""
    owners = references.groupby("folded")["entity_id"].nunique()
    return references[references["folded"].isin(owners[owners > 1].index)].sort_values(
        ["folded", "entity_id"], ignore_index=True
    )


def skeleton(name: str) -> str:
    """A folded spelling with articles dropped and common transliteration differences
    evened out (Latin: doubled letters, ou/oo, ai/ei, final -ah; Arabic: ى/ي, ة/ه).
    Words are joined by single spaces; hyphens separate words; an assimilated article
    (an-, ash-, ad-...) is an article, and an apostrophe inside a word (for ʿayn or hamza)
    is dropped."""
    return " ".join(_skeleton_words(_POSSESSIVE.sub("", fold(name))))


def _skeleton_words(folded: str) -> list[str]:
    """The words of :func:`skeleton` for an already folded text without a possessive."""
    words = []
    bare = _APOSTROPHE.sub("", _ASSIMILATED.sub("", folded))
    for word in re.split(r"[\s\-'’]+", bare):
        if not word:
            continue
        if is_arabic(word):
            word = word.replace("ى", "ي").replace("ة", "ه")
            if word.startswith(ARABIC_ARTICLE) and len(word) > len(ARABIC_ARTICLE) + 1:
                word = word[len(ARABIC_ARTICLE) :]
        else:
            for pattern, repl in _LATIN_RULES:
                word = pattern.sub(repl, word)
            if word in LATIN_ARTICLES:
                continue
        words.append(word)
    return words


def name_similarity(candidate: str, reference: str) -> float:
    """How much a candidate spelling resembles a reference spelling, 0-100; 0 when the
    rules of the module docstring rule the pair out (different scripts, another number of
    words, a word below ``WORD_THRESHOLD``, a derived word, a reference too short)."""
    if is_arabic(candidate) != is_arabic(reference):
        return 0.0
    if fold(candidate) == fold(reference):
        return 100.0  # identical names match whatever their length
    return _skeleton_similarity(skeleton(candidate), skeleton(reference))


def _skeleton_similarity(a: str, b: str) -> float:
    minimum = MIN_LENGTH_ARABIC if is_arabic(b) else MIN_LENGTH
    if len(b.replace(" ", "")) < minimum or len(a.replace(" ", "")) < minimum:
        return 0.0
    if a == b:
        return 100.0
    if a.startswith(b) or b.startswith(a):
        return 0.0
    words_a, words_b = a.split(" "), b.split(" ")
    if len(words_a) != len(words_b):
        return 0.0
    if any(fuzz.ratio(x, y) < WORD_THRESHOLD for x, y in zip(words_a, words_b, strict=True)):
        return 0.0
    return float(fuzz.ratio(a, b))


def names_match(a: str, b: str) -> bool:
    """Whether two spellings are close enough to be taken as one name."""
    return name_similarity(a, b) >= THRESHOLD


def match_name(candidate: str, references: pd.DataFrame) -> str | None:
    """The entity a spelling names: the owner of an identical reference spelling if there is
    exactly one, else the entity it resembles clearly best (score at least ``THRESHOLD``
    and ``MARGIN`` points above every other entity), else ``None``."""
    folded = fold(candidate)
    owners = set(references.loc[references["folded"] == folded, "entity_id"])
    if owners:
        return owners.pop() if len(owners) == 1 else None
    return _best_entity(candidate, references)[0]


def _prepared(references: pd.DataFrame) -> dict[tuple[bool, int], list[tuple[str, str]]]:
    """Reference skeletons grouped by script and number of words: a candidate is only ever
    compared with references of its own script and length in words."""
    groups: dict[tuple[bool, int], list[tuple[str, str]]] = {}
    for entity_id, reference in zip(references["entity_id"], references["reference"], strict=True):
        shape = skeleton(reference)
        groups.setdefault((is_arabic(reference), shape.count(" ") + 1), []).append(
            (entity_id, shape)
        )
    return groups


def _best_entity(
    candidate: str,
    references: pd.DataFrame,
    prepared: dict[tuple[bool, int], list[tuple[str, str]]] | None = None,
) -> tuple[str | None, float]:
    groups = _prepared(references) if prepared is None else prepared
    return _best_for_shape(skeleton(candidate), is_arabic(candidate), groups)


def _best_for_shape(
    shape: str, arabic: bool, groups: dict[tuple[bool, int], list[tuple[str, str]]]
) -> tuple[str | None, float]:
    """The entity whose reference skeletons the skeleton ``shape`` resembles clearly best
    (see :func:`match_name`), with its score, or ``(None, 0.0)``."""
    scores: dict[str, float] = {}
    for entity_id, reference in groups.get((arabic, shape.count(" ") + 1), []):
        score = _skeleton_similarity(shape, reference)
        if score > scores.get(entity_id, 0.0):
            scores[entity_id] = score
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    if not ranked or ranked[0][1] < THRESHOLD:
        return None, 0.0
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if ranked[0][1] - runner_up < MARGIN:
        return None, 0.0
    return ranked[0]


def _capitalised(raw: str) -> bool:
    # Any capital will do: "al-Qalamun" is a name although it begins in lower case.
    return any(c.isupper() for c in raw)


def find_mentions(
    documents: Mapping[str, Document], references: pd.DataFrame, fuzzy: bool = True
) -> pd.DataFrame:
    """Every mention of a named entity in the bodies: columns ``source_id``, ``entity_id``,
    ``entity_type``, ``variant`` (verbatim, without clitic particles), ``start``, ``end``
    (raw offsets of the variant), ``method`` (listed / fuzzy) and ``score``."""
    named = references[references["named"].astype(bool)]
    named = named[~named["folded"].isin(ambiguous_references(named)["folded"])]
    layers = [
        named[named["entity_type"] == kind].set_index("folded")["entity_id"]
        for kind in sorted(set(named["entity_type"]))
    ]
    kinds = references.drop_duplicates("entity_id").set_index("entity_id")["entity_type"]
    rows = []
    for source_id, doc in documents.items():
        for span in doc.body:
            raw = doc.text[span.start : span.end]
            folded, origin = fold_with_offsets(raw)
            # Actors and places are matched separately: a place inside a group's name
            # ("Rastan Operations Room") is still a spelling of the place.
            for owner in layers:
                covered = []
                for m in find_terms(folded, owner.index, names=True):
                    covered.append((m.start, m.end))
                    start = span.start + origin[m.name_start]
                    end = span.start + origin[m.end - 1] + 1
                    rows.append((source_id, owner[m.term], start, end, "listed", 100.0))
                if not fuzzy:
                    continue
                candidates = named[named["entity_id"].isin(set(owner))]
                for start, end, entity_id, score in _fuzzy_windows(
                    folded, raw, origin, covered, candidates
                ):
                    rows.append(
                        (
                            source_id,
                            entity_id,
                            span.start + origin[start],
                            span.start + origin[end - 1] + 1,
                            "fuzzy",
                            round(score, 1),
                        )
                    )
    frame = pd.DataFrame(
        rows, columns=["source_id", "entity_id", "start", "end", "method", "score"]
    )
    frame["variant"] = [
        documents[s].text[a:b]
        for s, a, b in zip(frame["source_id"], frame["start"], frame["end"], strict=True)
    ]
    frame["entity_type"] = frame["entity_id"].map(kinds)
    order = {sid: i for i, sid in enumerate(documents)}
    frame = frame.sort_values(
        ["source_id", "start"], key=lambda col: col.map(order) if col.name == "source_id" else col
    )
    columns = [
        "source_id",
        "entity_id",
        "entity_type",
        "variant",
        "start",
        "end",
        "method",
        "score",
    ]
    return frame[columns].reset_index(drop=True)


def _fuzzy_windows(
    folded: str,
    raw: str,
    origin: list[int],
    covered: list[tuple[int, int]],
    references: pd.DataFrame,
) -> list[tuple[int, int, str, float]]:
    """Stretches of uncovered words that name an entity clearly (folded offsets).

    Linear in the length of the text: each word is reduced to its skeleton once, a
    stretch's skeleton is its words' joined, and a skeleton already scored is not scored
    again."""
    prepared = _prepared(references)
    taken_by_names = DisjointSpans()
    for a, b in covered:
        taken_by_names.add(a, b)
    free = [w for w in _WORD.finditer(folded) if not taken_by_names.overlaps(w.start(), w.end())]
    shapes = [_skeleton_words(w.group()) for w in free]
    arabic = [is_arabic(w.group()) for w in free]
    # Capitalisation is lost in folding: look at the raw words.
    capital = [_capitalised(raw[origin[w.start()] : origin[w.end() - 1] + 1]) for w in free]
    scored: dict[tuple[str, bool], tuple[str | None, float]] = {}
    found = []
    for i in range(len(free)):
        for n in range(1, MAX_WORDS + 1):
            group = free[i : i + n]
            if len(group) < n:
                break
            # Only words separated by plain spaces form a name (no punctuation between).
            if n > 1 and folded[group[-2].end() : group[-1].start()] != " ":
                break
            start, end = group[0].start(), group[-1].end()
            in_arabic = any(arabic[i : i + n])
            if not in_arabic and not any(capital[i : i + n]):
                continue
            key = (" ".join(w for words in shapes[i : i + n] for w in words), in_arabic)
            if key not in scored:
                scored[key] = _best_for_shape(*key, prepared)
            entity_id, score = scored[key]
            if entity_id is not None:
                found.append((start, end, entity_id, score))
    found.sort(key=lambda f: (-f[3], -(f[1] - f[0]), f[0]))
    kept = DisjointSpans()
    return sorted(f for f in found if kept.add(f[0], f[1]))
