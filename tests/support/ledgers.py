"""Small hand-made ledgers, built in code, for the unit tests.

:func:`make_ledger` returns a :class:`newsclaims.data.package.Ledger` of three invented
outlets reporting on one invented handover: the tables are typed exactly as a validated
package's (each built with :meth:`newsclaims.data.schema.Table.frame` from the project's
schema), and every claim's offsets point at its quote in its document. Nothing here depends
on the project's ``data/`` folder, so editing the real corpus never breaks a unit test.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from newsclaims.data.corpus import Document, Span
from newsclaims.data.package import Ledger
from newsclaims.data.schema import Table, project_descriptor

SCHEMAS = {r["name"]: r["schema"] for r in project_descriptor()["resources"]}


def table(resource: str, rows: list[dict[str, object]]) -> pd.DataFrame:
    """A table of the project's schema from rows of values (missing cells are blank),
    typed as a validated package types it."""
    columns = [f["name"] for f in SCHEMAS[resource]["fields"]]
    cells = [{c: "" if row.get(c) is None else str(row.get(c)) for c in columns} for row in rows]
    return Table(resource, Path(f"{resource}.csv"), SCHEMAS[resource], cells, True).frame()


CHROME = "Home | News | Donate 10 $\n\n"
COMMENTS = "\n\nComments (1)\n\nReader 7: 99 problems.\n"
BODIES = {
    "courier": (
        "An officer said the Amber Brigade handed over 37 tanks to the North Guard."
        " The tanks were intact. Most fighters left for the north."
    ),
    "agency": (
        "سلّم لواء العنبر عشرات الدبابات. Local activists said dozens of tanks were handed"
        " over and that they were disabled. Fighters went to the hills."
    ),
    "herald": (
        "The Amber Brigade gave up more than 40 T-55 tanks on 1 March 2020, because of the siege."
    ),
}
SOURCES = [
    {
        "source_id": "courier",
        "outlet": "The Courier",
        "title": "Brigade hands over its tanks",
        "language": "en",
        "kind": "news report",
        "published": "2020-03-02",
        "published_basis": "stated",
        "published_evidence": "2 March 2020",
        "published_earliest": "2020-03-02",
        "published_latest": "2020-03-02",
    },
    {
        "source_id": "agency",
        "outlet": "Agency Press",
        "title": "تسليم الدبابات",
        "language": "ar;en",
        "kind": "statement relay",
        "published": "",
        "published_basis": "unknown",
        "published_earliest": "2020-03-01",
    },
    {
        "source_id": "herald",
        "outlet": "The Herald",
        "title": "More than 40 tanks",
        "language": "en",
        "kind": "translation",
        "translator": "A. Translator",
        "published": "2020-03-05",
        "published_basis": "inferred",
        "published_evidence": "three days after the handover",
        "published_earliest": "2020-03-05",
        "published_latest": "2020-03-05",
    },
]
ACTORS = [
    {"actor_id": "courier", "name_en": "The Courier", "kind": "outlet", "origin_group": "courier"},
    {"actor_id": "agency", "name_en": "Agency Press", "kind": "outlet", "origin_group": "agency"},
    {"actor_id": "herald", "name_en": "The Herald", "kind": "outlet", "origin_group": "herald"},
    {
        "actor_id": "officer",
        "name_en": "An army officer",
        "kind": "inner_source",
        "origin_group": "government_side",
    },
    {
        "actor_id": "activists",
        "name_en": "Local activists",
        "kind": "inner_source",
        "origin_group": "opposition_side",
    },
    {
        "actor_id": "brigade",
        "name_en": "Amber Brigade (invented)",
        "name_ar": "لواء العنبر",
        "kind": "armed_group",
        "origin_group": "brigade",
        "aliases": "Amber Brigade",
    },
    {
        "actor_id": "guard",
        "name_en": "North Guard",
        "kind": "state_force",
        "origin_group": "government_side",
    },
]
WEAPONS = [
    {
        "weapon_id": "tank",
        "name": "Tank (model not specified)",
        "class": "tank_unspecified",
        "family": "tanks",
        "generic": "yes",
    },
    {
        "weapon_id": "t55",
        "name": "T-55",
        "class": "main_battle_tank",
        "family": "tanks",
        "generic": "no",
        "origin": "Soviet Union",
        "facts": "A tank of the 1950s.",
        "fact_source": "an invented reference",
    },
    {
        "weapon_id": "t72",
        "name": "T-72",
        "class": "main_battle_tank",
        "family": "tanks",
        "generic": "no",
        "origin": "Soviet Union",
        "facts": "A tank of the 1970s.",
        "fact_source": "an invented reference",
    },
]
PLACES = [
    {
        "place_id": "ardel",
        "name_en": "Ardel",
        "kind": "town",
        "latitude": 34.0,
        "longitude": 37.0,
        "coord_precision": "point",
        "coord_source": "invented",
    },
    {
        "place_id": "hills",
        "name_en": "The hills",
        "kind": "area",
        "latitude": 34.5,
        "longitude": 37.5,
        "coord_precision": "approximate",
        "coord_source": "approximate: invented",
    },
]
EVENTS = [{"event_id": "handover", "name": "The Ardel handover", "place_id": "ardel"}]
ATTRIBUTES = [
    {"attribute": "tanks_handed_over", "value_type": "number", "cardinality": "one"},
    {
        "attribute": "weapon_condition",
        "value_type": "category",
        "cardinality": "one",
        "categories": "intact | disabled | destroyed",
        "broader": "destroyed>disabled",
    },
    {"attribute": "recipient", "value_type": "actor", "cardinality": "one"},
    {
        "attribute": "fighters_destination",
        "value_type": "category",
        "cardinality": "one",
        "categories": "northern_syria | mountains | leave_area",
        "broader": "northern_syria>leave_area | mountains>leave_area",
    },
    {
        "attribute": "withdrawal_cause",
        "value_type": "category",
        "cardinality": "many",
        "categories": "siege_pressure | attrition",
    },
    {"attribute": "event_date", "value_type": "date", "cardinality": "one"},
]
for _row in ATTRIBUTES:
    _row.setdefault("object_type", "any")
    _row.setdefault("description", f"Invented attribute {_row['attribute']}.")
LEXICON = [
    {"term": "handed over", "language": "en", "category": "handover", "referent": "handover"},
    {"term": "North Guard", "language": "en", "category": "government_forces"},
    {"term": "brigade", "language": "en", "category": "armed_groups"},
    {
        "term": "لواء",
        "language": "ar",
        "category": "armed_groups",
        "note": 'literally "brigade"',
    },
]
# (source, quote, attribute, value, fields): the claims of the default ledger.
CLAIMS = [
    ("courier", "handed over 37 tanks", "tanks_handed_over", "37",
     {"unit": "tanks", "object": "t72", "qualifier": "exact", "attributed_to": "officer"}),
    ("courier", "The tanks were intact", "weapon_condition", "intact",
     {"object": "tank", "attributed_to": "officer"}),
    ("courier", "to the North Guard", "recipient", "guard", {"attributed_to": "officer"}),
    ("courier", "Most fighters left for the north", "fighters_destination", "northern_syria",
     {"qualifier": "most", "attributed_to": "courier"}),
    ("agency", "dozens of tanks were handed over", "tanks_handed_over", "",
     {"unit": "tanks", "object": "tank", "qualifier": "dozens", "attributed_to": "activists"}),
    ("agency", "they were disabled", "weapon_condition", "disabled",
     {"object": "tank", "attributed_to": "activists"}),
    ("agency", "Fighters went to the hills", "fighters_destination", "mountains",
     {"attributed_to": "activists"}),
    ("herald", "more than 40 T-55 tanks", "tanks_handed_over", "40",
     {"unit": "tanks", "object": "t55", "qualifier": "more_than", "attributed_to": "herald"}),
    ("herald", "on 1 March 2020", "event_date", "2020-03-01",
     {"attributed_to": "herald", "occurred_start": "2020-03-01", "occurred_end": "2020-03-01",
      "occurred_precision": "day", "occurred_basis": "stated: on 1 March 2020"}),
    ("herald", "because of the siege", "withdrawal_cause", "siege_pressure",
     {"attributed_to": "herald"}),
]  # fmt: skip


def document(source_id: str, body: str) -> Document:
    """A document of page chrome, one body span and one reader comment."""
    text = CHROME + body + COMMENTS
    body_span = Span(len(CHROME), len(CHROME) + len(body))
    comment = text.index("Reader 7")
    return Document(
        source_id, Path(f"raw/{source_id}.txt"), text, [body_span], [Span(comment, len(text) - 1)]
    )


def claim_rows(claims: list[tuple], documents: dict[str, Document]) -> list[dict[str, object]]:
    """Claims rows from ``(source, quote, attribute, value, fields)`` tuples: ids numbered
    per source, offsets found in the source's document, the handover as event and the
    brigade as subject unless ``fields`` say otherwise."""
    rows, numbers = [], {}
    for source_id, quote, attribute, value, fields in claims:
        numbers[source_id] = numbers.get(source_id, 0) + 1
        start = documents[source_id].text.find(quote)
        assert start >= 0, f"{quote!r} is not in the document of {source_id}"
        rows.append(
            {
                "claim_id": f"{source_id}-{numbers[source_id]:03d}",
                "source_id": source_id,
                "quote": quote,
                "start": start,
                "end": start + len(quote),
                "event_id": "handover",
                "subject": "brigade",
                "attribute": attribute,
                "value": value,
                "attributed_to": source_id,
                "occurred_precision": "unknown",
            }
            | fields
        )
    return rows


def make_ledger(claims: list[tuple] | None = None, **tables: list[dict]) -> Ledger:
    """The invented ledger; ``claims`` (tuples as in :data:`CLAIMS`) and any table given by
    name (``sources=[...]``) replace the defaults."""
    documents = {sid: document(sid, body) for sid, body in BODIES.items()}
    rows = {
        "sources": SOURCES,
        "actors": ACTORS,
        "weapons": WEAPONS,
        "places": PLACES,
        "events": EVENTS,
        "attributes": ATTRIBUTES,
        "lexicon": LEXICON,
    } | tables
    sources = [s | {"file": f"raw/{s['source_id']}.txt"} for s in rows["sources"]]
    return Ledger(
        data_dir=Path("invented"),
        sources=table("sources", sources),
        claims=table("claims", claim_rows(CLAIMS if claims is None else claims, documents)),
        events=table("events", rows["events"]),
        actors=table("actors", rows["actors"]),
        weapons=table("weapons", rows["weapons"]),
        places=table("places", rows["places"]),
        attributes=table("attributes", rows["attributes"]),
        lexicon=table("lexicon", rows["lexicon"]),
        documents={s["source_id"]: documents[s["source_id"]] for s in rows["sources"]},
    )
