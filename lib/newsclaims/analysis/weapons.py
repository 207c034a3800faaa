"""The weapon systems the sources name, lined up by family, and the sources' descriptions
of them set against the reference facts of ``weapons.csv``."""

from __future__ import annotations

import pandas as pd

from newsclaims.analysis.kinds import Relations, compatible
from newsclaims.vocabulary import REFERENCE_CHECKS


def named_systems(
    claims: pd.DataFrame, weapons: pd.DataFrame, source_ids: list[str], event_id: str
) -> pd.DataFrame:
    """For one event: per weapon family (rows) the systems each source names as handed
    over (columns), from weapon-type claims and from the objects of counts. Needs the
    ``slot_id`` column of :func:`newsclaims.analysis.slots.with_slots`."""
    info = weapons.set_index("weapon_id")
    chosen = claims[
        (claims["event_id"] == event_id) & claims["attribute"].str.endswith("handed_over")
    ]
    named = pd.concat(
        [
            chosen.loc[chosen["value"].isin(info.index), ["source_id", "value", "slot_id"]].rename(
                columns={"value": "weapon_id"}
            ),
            chosen.loc[chosen["object"].isin(info.index), ["source_id", "object"]].rename(
                columns={"object": "weapon_id"}
            ),
        ]
    )
    named["family"] = named["weapon_id"].map(info["family"])
    named["name"] = named["weapon_id"].map(info["name"])
    # A family's slot of listed types; its slot of the whole (the shortest id) where a
    # share or a modality makes several.
    typed = named.dropna(subset=["slot_id"]).sort_values("slot_id")
    type_slots = typed.groupby("family")["slot_id"].first()
    table = (
        named.groupby(["family", "source_id"])["name"]
        .agg(lambda s: ", ".join(sorted(set(s))))
        .unstack("source_id")
        .reindex(columns=[s for s in source_ids if s in set(named["source_id"])])
        .fillna("")
        .reset_index()
    )
    table.insert(1, "slot_id", table["family"].map(type_slots).fillna(""))
    return table


def event_counts(
    numbers: pd.DataFrame, slots: pd.DataFrame, event_id: str
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The counts of weapons handed over in one event: the claims (rows of
    :func:`newsclaims.analysis.compare.numeric_claims`) and their slots."""
    counted = numbers[
        numbers["slot_id"].str.startswith(event_id + ":")
        & numbers["slot_id"].str.contains("handed_over")
    ]
    chosen = slots[slots["slot_id"].isin(counted["slot_id"])].reset_index(drop=True)
    return counted, chosen


def with_slot_kinds(systems: pd.DataFrame, slots: pd.DataFrame) -> pd.DataFrame:
    """:func:`named_systems` with the kind of each family's slot (``slot_kind``; NaN when
    the family has no slot of weapon types)."""
    kinds = slots.set_index("slot_id")["kind"]
    return systems.assign(slot_kind=systems["slot_id"].map(kinds))


def different_systems(systems: pd.DataFrame) -> list[str]:
    """The families of :func:`with_slot_kinds` whose list names different systems and none
    in common (``slot_kind`` ``different_things``), in table order."""
    chosen = systems[systems["slot_kind"] == "different_things"]
    return list(chosen["family"].unique())


# The facts shown about the systems named.
FACT_COLUMNS = ["weapon_id", "name", "class", "origin", "facts", "fact_source"]


def named_system_facts(claims: pd.DataFrame, weapons: pd.DataFrame, event_id: str) -> pd.DataFrame:
    """The reference facts of ``weapons.csv`` about the specific (not generic) systems the
    claims of one event name, as value or as object."""
    mine = claims[claims["event_id"] == event_id]
    named = set(mine["value"]) | set(mine["object"])
    chosen = weapons[weapons["weapon_id"].isin(sorted(named)) & (weapons["generic"] == "no")]
    return chosen[FACT_COLUMNS]


# A reference fact whose source is one of the corpus's own documents cannot check a claim.
CORPUS_SOURCE = "document"
VERDICTS = ("misdescription", "consistent", "not checkable")


def misdescriptions(
    claims: pd.DataFrame, weapons: pd.DataFrame, attributes: pd.DataFrame
) -> pd.DataFrame:
    """Every claim that describes a weapon system (an attribute of
    :data:`newsclaims.vocabulary.REFERENCE_CHECKS`, the system in ``object``) against the
    system's reference fact in ``weapons.csv``: ``stated``, ``reference``, and the
    ``verdict``: *misdescription* when the stated value is neither the reference nor
    compatible with it (``broader`` and ``compatible`` of ``attributes.csv``);
    *consistent* when it is; *not checkable* when the system has no reference fact or
    the fact rests on the corpus itself (``fact_source`` citing its documents), so that
    agreeing with it would be circular (``why`` says which)."""
    info = weapons.set_index("weapon_id")
    specs = attributes.set_index("attribute")
    chosen = claims[claims["attribute"].isin(REFERENCE_CHECKS)]
    rows = []
    for claim in chosen.itertuples(index=False):
        column = REFERENCE_CHECKS[claim.attribute]
        reference = info[column].get(claim.object, "") if column in info else ""
        source = str(info["fact_source"].get(claim.object, ""))
        if not reference:
            verdict, why = "not checkable", "no reference fact for the system"
        elif source.startswith(CORPUS_SOURCE):
            verdict, why = "not checkable", "the reference rests on the corpus itself"
        elif compatible(claim.value, reference, Relations.of(specs.loc[claim.attribute])):
            verdict, why = "consistent", "the stated class is the reference's or compatible with it"
        else:
            verdict, why = (
                "misdescription",
                "the stated class is neither the reference's nor compatible with it",
            )
        rows.append(
            (claim.claim_id, claim.source_id, claim.object, claim.value, reference, verdict, why)
        )
    columns = ["claim_id", "source_id", "object", "stated", "reference", "verdict", "why"]
    return pd.DataFrame(rows, columns=columns)
