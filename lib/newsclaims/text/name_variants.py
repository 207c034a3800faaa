"""The name variants each source uses, counted; the sources that name one entity in more
than one way; and how much of the fuzzy step's work it does on its own.

The mentions come from :func:`newsclaims.text.names.find_mentions`; the rules are stated
there.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping

import pandas as pd

from newsclaims.data.corpus import Document
from newsclaims.data.package import Ledger
from newsclaims.text.names import find_mentions, reference_names
from newsclaims.text.normalize import fold

# The columns of the exported name_variants.csv, in order.
EXPORT_COLUMNS = ["entity_id", "variant", "source_id", "count"]


def variant_counts(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions counted per entity, verbatim variant and source, sorted by entity, variant,
    source; columns as in ``EXPORT_COLUMNS`` plus ``entity_type``, ``method`` and
    ``n_forms`` (the number of distinct verbatim variants the source uses for the entity)."""
    counts = (
        mentions.groupby(["entity_id", "variant", "source_id"], sort=True)
        .agg(
            count=("start", "size"),
            entity_type=("entity_type", "first"),
            method=("method", lambda m: "fuzzy" if (m == "fuzzy").all() else "listed"),
        )
        .reset_index()
    )
    counts["n_forms"] = counts.groupby(["entity_id", "source_id"])["variant"].transform("nunique")
    return counts.sort_values(["entity_id", "variant", "source_id"], ignore_index=True)


def find_variants(ledger: Ledger) -> pd.DataFrame:
    """:func:`variant_counts` over the ledger's bodies with its actors and places."""
    references = reference_names(ledger.actors, ledger.places)
    return variant_counts(find_mentions(ledger.documents, references))


def inconsistencies(counts: pd.DataFrame) -> pd.DataFrame:
    """Sources that name one entity in more than one way: columns ``entity_id``,
    ``source_id``, ``variants`` (``variant (count)`` joined by " | "), ``n_forms`` and
    ``difference``: "case only" when the forms differ only in capitals, else "spelling"."""
    rows = []
    for (entity_id, source_id), group in counts.groupby(["entity_id", "source_id"], sort=True):
        if group["variant"].nunique() < 2:
            continue
        folded = {fold(v) for v in group["variant"]}
        rows.append(
            {
                "entity_id": entity_id,
                "source_id": source_id,
                "variants": " | ".join(
                    f"{v} ({n})" for v, n in zip(group["variant"], group["count"], strict=True)
                ),
                "n_forms": group["variant"].nunique(),
                "difference": "case only" if len(folded) == 1 else "spelling",
            }
        )
    return pd.DataFrame(
        rows, columns=["entity_id", "source_id", "variants", "n_forms", "difference"]
    )


def recovery_check(
    documents: Mapping[str, Document], actors: pd.DataFrame, places: pd.DataFrame
) -> pd.DataFrame:
    """How well the fuzzy step does on its own: the aliases are withheld, the bodies are
    searched again with the names alone, and every mention found with the full reference
    is classed by what the reduced search made of the same words: ``name`` (an English or
    Arabic name matched it exactly), ``recovered`` (the fuzzy step found the same entity),
    ``other entity`` (the fuzzy step named another entity: a false match) or ``missed``.
    Fuzzy matches where the full reference finds no mention at all are classed
    ``spurious``. Columns: ``source_id``, ``entity_id``, ``variant``, ``outcome``,
    ``found_as`` (the entity the reduced search gave, if any)."""
    full = find_mentions(documents, reference_names(actors, places))
    reduced = find_mentions(documents, reference_names(actors, places, with_aliases=False))
    # The reduced mentions of each source and kind, sorted by start, with the longest
    # span among them: the mentions touching [start, end) start in [start - longest, end),
    # found by bisection, so the check is linear in the length of the corpus.
    groups: dict[tuple[str, str], list[tuple[int, int, int]]] = {}
    hits_of = list(reduced.itertuples(index=False))
    for position, hit in enumerate(hits_of):
        groups.setdefault((hit.source_id, hit.entity_type), []).append(
            (hit.start, hit.end, position)
        )
    index = {}
    for key, spans in groups.items():
        spans.sort(key=lambda span: (span[0], span[2]))
        index[key] = ([s[0] for s in spans], spans, max(e - s for s, e, _ in spans))
    rows, used = [], set()
    for m in full.itertuples(index=False):
        starts, spans, longest = index.get((m.source_id, m.entity_type), ([], [], 0))
        lo, hi = bisect_left(starts, m.start - longest), bisect_left(starts, m.end)
        hits = [hits_of[p] for s, e, p in spans[lo:hi] if e > m.start]
        used.update(p for s, e, p in spans[lo:hi] if e > m.start)
        same = [h for h in hits if h.entity_id == m.entity_id]
        wrong = [h for h in hits if h.entity_id != m.entity_id and h.method == "fuzzy"]
        if same:
            outcome = "name" if any(h.method == "listed" for h in same) else "recovered"
            found_as = m.entity_id
        elif wrong:
            outcome, found_as = "other entity", wrong[0].entity_id
        else:
            # Nothing, or only the exact name of another entity inside these words
            # ("Syria" inside "north Syria"): not a fuzzy error, a spelling not found.
            outcome, found_as = "missed", ""
        rows.append((m.source_id, m.entity_id, m.variant, outcome, found_as))
    for position, hit in enumerate(hits_of):
        if position not in used and hit.method == "fuzzy":
            rows.append((hit.source_id, "", hit.variant, "spurious", hit.entity_id))
    return pd.DataFrame(rows, columns=["source_id", "entity_id", "variant", "outcome", "found_as"])


def variants_by_source(
    counts: pd.DataFrame, order: list[str], names: Mapping[str, str]
) -> pd.DataFrame:
    """One row per entity, one column per source: the variants that source uses, written
    ``variant (count)`` and joined by "; " (empty where the source does not name it).
    ``names`` gives each entity's display name (column ``entity``)."""
    rows = []
    for entity_id, group in counts.groupby("entity_id", sort=True):
        row = {"entity_id": entity_id, "entity": names.get(entity_id, entity_id)}
        for source_id in order:
            own = group[group["source_id"] == source_id]
            row[source_id] = "; ".join(
                f"{v} ({n})" for v, n in zip(own["variant"], own["count"], strict=True)
            )
        row["n_variants"] = group["variant"].nunique()
        rows.append(row)
    return pd.DataFrame(rows, columns=["entity_id", "entity", *order, "n_variants"])


def entity_names(actors: pd.DataFrame, places: pd.DataFrame) -> pd.Series:
    """The English name of every actor and place, by id."""
    return pd.concat(
        [actors.set_index("actor_id")["name_en"], places.set_index("place_id")["name_en"]]
    )


def recovered_examples(check: pd.DataFrame, actors: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """Up to ``n`` mentions the fuzzy step recovered in :func:`recovery_check`, one per
    entity, outlets left out (an outlet's name says little about spelling)."""
    outlets = set(actors.loc[actors["kind"] == "outlet", "actor_id"])
    recovered = check[(check["outcome"] == "recovered") & ~check["entity_id"].isin(outlets)]
    return recovered.drop_duplicates("entity_id").head(n)


def missed_spellings(check: pd.DataFrame) -> pd.Series:
    """The spellings of several words the fuzzy step missed in :func:`recovery_check`,
    counted by ``(variant, entity_id)``, most frequent first."""
    missed = check[(check["outcome"] == "missed") & check["variant"].str.contains(" ")]
    return missed.groupby(["variant", "entity_id"]).size().sort_values(ascending=False)


def flag_table(counts: pd.DataFrame, names: Mapping[str, str]) -> pd.DataFrame:
    """:func:`inconsistencies` with each entity's name (column ``entity``) after its id."""
    flags = inconsistencies(counts)
    flags.insert(1, "entity", flags["entity_id"].map(names))
    return flags


def mention_table(mentions: pd.DataFrame, names: Mapping[str, str]) -> pd.DataFrame:
    """The mentions of :func:`newsclaims.text.names.find_mentions` with each entity's name."""
    named = mentions.assign(entity=mentions["entity_id"].map(names))
    return named[["source_id", "entity_id", "entity", "variant", "start", "end", "method"]]
