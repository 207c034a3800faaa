"""A small invented world to compare claims in, for the rules of the comparison.

:func:`world_ledger` builds a :class:`newsclaims.data.package.Ledger` from short claim
specs (``{"source": "north", "attribute": "tanks_handed_over", "value": "37", ...}``): four
outlets of different camps, inner sources of both sides, an operation whose handover,
deal, attack and departures are child events, and a second operation with a handover of
its own. Each document is made of its claims' own quotes, so that offsets hold, and the
tables are typed by the project's schema, as a validated package's are.
"""

from __future__ import annotations

from pathlib import Path

from newsclaims.data.package import Ledger
from support.ledgers import LEXICON, PLACES, document, table

# Four outlets of different camps, inner sources of both sides, and an invented operation
# whose handover, deal, attack and departures are its child events; a second operation
# has a handover of its own (a related event). Published dates: West Monitor before the
# handover, so that its silence on it says nothing.
WORLD_SOURCES = {
    "north": ("The North Post", "2020-03-10"),
    "south": ("The South Wire", "2020-03-10"),
    "east": ("East Radio", "2020-03-12"),
    "west": ("West Monitor", "2020-02-20"),
}
# actor id: (camp, origin group, reliability)
WORLD_ACTORS = {
    "north": ("opposition_media", "north", "F"),
    "south": ("pro_government_media", "south", "F"),
    "east": ("unknown", "east", "F"),
    "west": ("independent", "west", "B"),
    "officer": ("government_side", "army_side", "F"),
    "tv": ("government_side", "army_side", "F"),
    "army": ("government_side", "army_side", ""),
    "government": ("government_side", "army_side", ""),
    "allies": ("russia", "allies", ""),
    "statement": ("opposition_armed", "brigade_side", "C"),
    "brigade": ("opposition_armed", "brigade_side", ""),
    "activists": ("opposition_media", "activists", "F"),
    "observers": ("unknown", "observers", "F"),
    "monitor": ("independent", "monitor", "B"),
}
PARTIES = "government_side;opposition_armed"
WORLD_EVENTS = [
    {"event_id": "op", "name": "The Ardel operation", "event_kind": "operation",
     "parties": PARTIES, "start": "2020-02-01"},
    {"event_id": "handover", "name": "The Ardel handover", "parent_event_id": "op",
     "event_kind": "handover", "start": "2020-03-01", "end": "2020-03-01"},
    {"event_id": "deal", "name": "The Ardel deal", "parent_event_id": "op",
     "event_kind": "agreement", "end": "2020-02-28"},
    {"event_id": "attack", "name": "An attack on Ardel", "parent_event_id": "op",
     "event_kind": "military_action"},
    {"event_id": "exit", "name": "The fighters' departure", "parent_event_id": "op",
     "event_kind": "departure"},
    {"event_id": "town_exit", "name": "The departure from the town", "parent_event_id": "exit",
     "event_kind": "departure"},
    {"event_id": "op2", "name": "The Bardel operation", "event_kind": "operation",
     "parties": PARTIES + ";russia"},
    {"event_id": "handover2", "name": "The Bardel handover", "parent_event_id": "op2",
     "event_kind": "handover"},
]  # fmt: skip
WORLD_ATTRIBUTES = [
    {"attribute": a, "value_type": "number", "cardinality": "one", "object_type": o}
    for a, o in (
        ("tanks_handed_over", "any"),
        ("rockets_handed_over", "weapon"),
        ("strikes_count", "any"),
        ("casualties", "any"),
        ("duration", "any"),
        ("fighters_count", "any"),
    )
] + [
    {"attribute": "weapon_condition", "value_type": "category", "cardinality": "one",
     "categories": "intact | disabled | destroyed | unknown | not_destroyed",
     "broader": "destroyed>disabled | intact>not_destroyed",
     "compatible": "not_destroyed~disabled"},
    {"attribute": "fighters_destination", "value_type": "category", "cardinality": "one",
     "categories": "north | jarabulus | leave_area | mountains | leave_towns",
     "broader": "jarabulus>north | north>leave_area | leave_area>leave_towns | mountains>leave_towns"},
    {"attribute": "recipient", "value_type": "actor", "cardinality": "one"},
    {"attribute": "weapon_type_handed_over", "value_type": "weapon", "cardinality": "many"},
    {"attribute": "event_date", "value_type": "date", "cardinality": "one"},
    {"attribute": "withdrawal_cause", "value_type": "category", "cardinality": "many",
     "categories": "siege | attrition | pressure"},
    {"attribute": "media_claim", "value_type": "category", "cardinality": "many",
     "categories": "victory_narrative | footage_published"},
    {"attribute": "weapon_described_as", "value_type": "category", "cardinality": "one",
     "object_type": "weapon",
     "categories": "anti_aircraft_missile | anti_tank_guided_missile | main_battle_tank"
     " | tank_unspecified | unguided_artillery_rocket",
     "broader": "main_battle_tank>tank_unspecified"},
]  # fmt: skip
EXTERNAL = "an invented public reference"
WORLD_WEAPONS = [
    ("tank", "tank_unspecified", "tanks", "yes", "documents (usage only)"),
    ("t-55", "main_battle_tank", "tanks", "no", EXTERNAL),
    ("t-72", "main_battle_tank", "tanks", "no", EXTERNAL),
    ("m-600", "ballistic_missile", "rockets", "no", EXTERNAL),
    ("maysalun", "unguided_artillery_rocket", "rockets", "no", "document 001 (usage only)"),
    ("tow", "anti_tank_guided_missile", "anti_tank_missiles", "no", EXTERNAL),
    ("ammunition", "ammunition", "ammunition", "yes", "documents (usage only)"),
]


def world_claim(number: int, source: str, spec: dict[str, str]) -> dict[str, object]:
    """A claims row from a short spec: ``attribute`` and ``value``, and optionally ``by``
    (the inner source; the outlet itself by default), ``event`` (``handover`` by default),
    ``unit``, ``object``, ``qualifier``, ``scope``, ``modality``, ``as_of``, ``subject``."""
    fields = {k: v for k, v in spec.items() if k not in ("by", "event", "source")}
    return {
        "claim_id": f"{source}-{number:03d}",
        "source_id": source,
        "event_id": spec.get("event", "handover"),
        "subject": "brigade",
        "attributed_to": spec.get("by", source),
        "occurred_precision": "unknown",
        **fields,
    }


def world_ledger(claims: list[dict[str, str]], **tables: list[dict]) -> Ledger:
    """A ledger of the invented world above whose claims are given as short specs
    (:func:`world_claim`, each with its ``source``). Each document's body is made of its
    claims' own quotes ("Report 3 of north."), so that offsets hold; ``tables`` given by
    name (``events=[...]``) replace the world's."""
    numbers: dict[str, int] = {}
    rows, quotes = [], {s: [] for s in WORLD_SOURCES}
    for spec in claims:
        source = spec["source"]
        numbers[source] = numbers.get(source, 0) + 1
        row = world_claim(numbers[source], source, spec)
        row["quote"] = f"Report {numbers[source]} of {source}."
        quotes[source].append(row["quote"])
        rows.append(row)
    documents = {s: document(s, " ".join(q) or "Nothing to report.") for s, q in quotes.items()}
    for row in rows:
        start = documents[row["source_id"]].text.index(row["quote"])
        row["start"], row["end"] = start, start + len(row["quote"])
    sources = [
        {"source_id": s, "file": f"raw/{s}.txt", "outlet": outlet, "title": outlet,
         "language": "en", "kind": "news report", "published": date,
         "published_basis": "stated", "published_earliest": date, "published_latest": date}
        for s, (outlet, date) in WORLD_SOURCES.items()
    ]  # fmt: skip
    actors = [
        {"actor_id": a, "name_en": a.title(), "kind": "outlet" if a in WORLD_SOURCES else "inner_source",
         "origin_group": group, "camp": camp, "reliability": letter}
        for a, (camp, group, letter) in WORLD_ACTORS.items()
    ]  # fmt: skip
    weapons = [
        {"weapon_id": w, "name": w.upper(), "class": c, "family": f, "generic": g,
         "fact_source": s}
        for w, c, f, g, s in WORLD_WEAPONS
    ]  # fmt: skip
    attributes = [{"object_type": "any", "description": "Invented."} | a for a in WORLD_ATTRIBUTES]
    given = {
        "sources": sources,
        "actors": actors,
        "weapons": weapons,
        "events": WORLD_EVENTS,
        "attributes": attributes,
    } | tables
    return Ledger(
        data_dir=Path("invented-world"),
        sources=table("sources", given["sources"]),
        claims=table("claims", rows),
        events=table("events", given["events"]),
        actors=table("actors", given["actors"]),
        weapons=table("weapons", given["weapons"]),
        places=table("places", PLACES),
        attributes=table("attributes", given["attributes"]),
        lexicon=table("lexicon", LEXICON),
        documents=documents,
    )
