"""Write the second case study's data package and its gold file from the other modules of
this folder.

Usage, from the project folder: python3 examples/wadi-harsan/generate/build_package.py

Raw files are written once; if a raw file already exists with other content the script stops
rather than change it. Every offset (body and comment spans, claim start/end, gold start/end)
is computed here from the decoded text, in characters (code points), never typed by hand.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from claims_spec import CLAIMS, KEYS  # noqa: E402
from documents import DOCUMENTS  # noqa: E402
from gold_spec import EXTRA_MENTIONS, G  # noqa: E402
from tables import (  # noqa: E402
    ACTORS, EVENTS, EXTRA_CATEGORIES, LEXICON, NEW_ATTRIBUTES, OCEAN, PLACES, SOURCES, WEAPONS,
)

ROOT = HERE.parent
PKG = ROOT / "package"
# The project's own package: its attributes and Table Schemas are the starting point.
REAL = ROOT.parent.parent / "data"
ARABIC_PROCLITICS = "وبلفك"


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for row in rows:
        assert len(row) == len(header), (path, row)
        w.writerow(["" if v is None else str(v) for v in row])
    path.write_text(buf.getvalue(), encoding="utf-8", newline="")


def build_documents() -> dict[str, dict]:
    docs = {}
    (PKG / "raw").mkdir(parents=True, exist_ok=True)
    for source_id, (name, parts) in DOCUMENTS.items():
        text, body, comments = "", [], []
        for kind, part in parts:
            start = len(text)
            text += part
            if kind == "body":
                body.append((start, len(text)))
            elif kind == "comment":
                comments.append((start, len(text)))
        assert "\r" not in text
        path = PKG / "raw" / name
        data = text.encode("utf-8")
        if path.exists() and path.read_bytes() != data:
            sys.exit(f"{path} exists with other content: raw files are never rewritten")
        if not path.exists():
            path.write_bytes(data)
        docs[source_id] = {"file": name, "text": text, "body": body, "comments": comments}
    lines = [
        f"{hashlib.sha256((PKG / 'raw' / d['file']).read_bytes()).hexdigest()}  {d['file']}"
        for d in docs.values()
    ]
    (PKG / "raw" / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return docs


def in_body(doc: dict, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in doc["body"])


def body_occurrences(doc: dict, needle: str) -> list[int]:
    text, found, i = doc["text"], [], doc["text"].find(needle)
    while i >= 0:
        if in_body(doc, i, i + len(needle)):
            found.append(i)
        i = text.find(needle, i + 1)
    return found


def spans(pairs: list[tuple[int, int]]) -> str:
    return ";".join(f"{s}-{e}" for s, e in pairs)


def words(doc: dict) -> int:
    return sum(len(re.findall(r"\w+(?:[-'’]\w+)*", doc["text"][s:e])) for s, e in doc["body"])


def write_sources(docs: dict) -> None:
    header = ("source_id,file,outlet,outlet_basis,title,language,kind,author,translator,published,"
              "published_basis,published_evidence,published_earliest,published_latest,url,"
              "body_spans,comments_spans,notes").split(",")
    rows = []
    for sid, doc in docs.items():
        (outlet, basis, title, lang, kind, author, translator, published, pbasis, evidence,
         earliest, latest, notes) = SOURCES[sid]
        assert title in doc["text"] and not in_body(doc, doc["text"].find(title),
                                                    doc["text"].find(title) + len(title))
        rows.append([sid, f"raw/{doc['file']}", outlet, basis, title, lang, kind, author,
                     translator, published, pbasis, evidence, earliest, latest, "",
                     spans(doc["body"]), spans(doc["comments"]), notes])
    write_csv(PKG / "sources.csv", header, rows)


def write_reference_tables() -> None:
    write_csv(PKG / "actors.csv",
              "actor_id,name_en,name_ar,kind,origin_group,aliases,description".split(","),
              [[k, v[0], v[1], v[2], v[3], " | ".join(v[4]), v[5]] for k, v in ACTORS.items()])
    write_csv(PKG / "actors_extra.csv", "actor_id,camp,reliability,reliability_basis".split(","),
              [[k, v[6], v[7], v[8]] for k, v in ACTORS.items()])
    write_csv(PKG / "places.csv",
              ("place_id,name_en,name_ar,kind,governorate,latitude,longitude,coord_precision,"
               "coord_source,aliases,description").split(","),
              [[k, v[0], v[1], v[2], v[3], v[4], v[5], v[6],
                "fictional: invented coordinate in open ocean (South Atlantic)",
                " | ".join(v[7]), f"{v[8]}; {OCEAN}."] for k, v in PLACES.items()])
    write_csv(PKG / "weapons.csv",
              "weapon_id,name,class,family,generic,origin,aliases,facts,fact_source".split(","),
              [[k, *v[:5], " | ".join(v[5]), v[6], "fictional reference"]
               for k, v in WEAPONS.items()])
    write_csv(PKG / "events.csv", "event_id,name,place_id,description".split(","),
              [[k, v[0], v[1], v[2]] for k, v in EVENTS.items()])
    write_csv(PKG / "events_extra.csv", "event_id,parent_event_id,start,end,parties".split(","),
              [[k, v[3], v[4], v[5], v[6]] for k, v in EVENTS.items()])
    with open(REAL / "attributes.csv", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [list(r) for r in reader]
    for row in rows:
        if row[0] in EXTRA_CATEGORIES:
            row[3] = " | ".join([row[3], *EXTRA_CATEGORIES[row[0]]])
    rows += [list(r) for r in NEW_ATTRIBUTES]
    write_csv(PKG / "attributes.csv", header, rows)
    write_csv(PKG / "lexicon.csv", "term,language,category,referent,note".split(","),
              [list(r) for r in LEXICON])
    descriptor = json.loads((REAL / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["name"] = "contested-counts-second-case"
    descriptor["title"] = ("Contested Counts, second case study (fictional): claims in five"
                           " invented reports on the Wadi Harsan weapons handover and evacuation"
                           " convoys of April 2031")
    descriptor["description"] = (
        "A synthetic test corpus: the country (Nadiran), places, armed groups, outlets and events"
        " are invented; nothing in it happened. It exercises what the seed corpus lacks: two"
        " convoys, a plan against an outcome, weapons held against handed over, parts against a"
        " total, hours against days, Arabic dual and construct number forms, vague quantities,"
        " ranges, dates in several forms and spelling variants. The optional columns of the next"
        " release are in claims_extra.csv, events_extra.csv and actors_extra.csv (see README.md).")
    descriptor["licenses"] = [{
        "name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
        "title": "Creative Commons Attribution 4.0 (documents and annotations: all fictional,"
                 " written for the project)"}]
    (PKG / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False, indent=2)
                                          + "\n", encoding="utf-8")


def write_claims(docs: dict) -> dict[str, str]:
    located = []
    for key, spec in zip(KEYS, CLAIMS, strict=True):
        doc = docs[spec["source_id"]]
        hits = body_occurrences(doc, spec["quote"])
        if not hits:
            sys.exit(f"claim {key}: quote not found in the body of {spec['source_id']}")
        nth = spec["nth"]
        if nth is None and len(set(hits)) > 1:
            sys.exit(f"claim {key}: quote occurs {len(hits)} times; give nth")
        start = hits[nth or 0]
        located.append((spec["source_id"], start, key, spec))
    ids, counters = {}, {}
    order = {sid: i for i, sid in enumerate(DOCUMENTS)}
    # document order: by source, then start offset, then list order (stable)
    for sid, start, key, spec in sorted(located, key=lambda t: (order[t[0]], t[1])):
        counters[sid] = counters.get(sid, 0) + 1
        ids[key] = f"{sid}-{counters[sid]:03d}"
    header = ("claim_id,source_id,quote,start,end,translation_en,event_id,subject,attribute,value,"
              "unit,object,qualifier,scope,attributed_to,occurred_start,occurred_end,"
              "occurred_precision,occurred_basis,notes").split(",")
    rows, extra = [], []
    for sid, start, key, s in sorted(located, key=lambda t: (order[t[0]], t[1])):
        end = start + len(s["quote"])
        assert docs[sid]["text"][start:end] == s["quote"]
        notes = s["notes"].format(**ids)
        rows.append([ids[key], sid, s["quote"], start, end, s["translation_en"], s["event_id"],
                     s["subject"], s["attribute"], s["value"], s["unit"], s["object"],
                     s["qualifier"], s["scope"], s["attributed_to"], s["occurred_start"],
                     s["occurred_end"], s["occurred_precision"], s["occurred_basis"], notes])
        extra.append([ids[key], s["modality"], s["as_of"]])
    write_csv(PKG / "claims.csv", header, rows)
    write_csv(PKG / "claims_extra.csv", ["claim_id", "modality", "as_of"], extra)
    return ids


def is_letter(ch: str) -> bool:
    return ch.isalpha()


def alias_mentions(docs: dict) -> list[list]:
    """Every alias of actors, places and weapons in the bodies, longest first, no overlaps."""
    aliases = []
    for kind, table, col in (("actor", ACTORS, 4), ("place", PLACES, 7), ("weapon", WEAPONS, 5)):
        for ident, row in table.items():
            for alias in row[col]:
                aliases.append((alias, kind, ident))
    aliases.sort(key=lambda a: -len(a[0]))
    rows = []
    for sid, doc in docs.items():
        text, taken = doc["text"], []
        for alias, kind, ident in aliases:
            for start in body_occurrences(doc, alias):
                end = start + len(alias)
                before = text[start - 1] if start else " "
                after = text[end] if end < len(text) else " "
                if is_letter(after):
                    continue
                if is_letter(before):
                    # Arabic: up to two proclitics (و ب ل ف ك) glued to the word
                    j = start
                    while j > 0 and text[j - 1] in ARABIC_PROCLITICS and start - j < 2:
                        j -= 1
                    if j == start or (j > 0 and is_letter(text[j - 1])):
                        continue
                if any(s < end and start < e for s, e in taken):
                    continue
                taken.append((start, end))
                rows.append([sid, start, end, alias, kind, ident])
    return rows


def write_gold(docs: dict) -> list[list]:
    rows = []
    for sid, anchor, target, kind, value, unit, qualifier, notes in G:
        doc = docs[sid]
        hits = body_occurrences(doc, anchor)
        if len(hits) != 1:
            sys.exit(f"gold anchor {anchor!r} in {sid}: {len(hits)} body occurrences, expected 1")
        offset = anchor.find(target)
        assert offset >= 0, (anchor, target)
        start = hits[0] + offset
        rows.append([sid, start, start + len(target), target, kind, value, unit, qualifier, notes])
    variant_note = {
        "Jabhat al-Nasr": "spelling variant of Jabhat an-Nasr (article not assimilated)",
        "Dayr Rafan": "spelling variant: the ʿayn of «رعفان» dropped",
        "Dayr Ra'fan": "spelling variant: straight apostrophe for the ʿayn",
        "Deir Ra’fan": "spelling variant: Deir for Dayr, curly apostrophe (U+2019) for the ʿayn",
        "QARMUZ": "upper case in the dateline",
        "الجبهة": "'the Front': short form of جبهة النصر",
        "قوات النظام": "'the regime's forces': the outlet's term for the Nadirani Army",
        "الإرهابيين": "'the terrorists': the agency's term for the armed groups",
        "فالدورية": "adjective/nisba form after برعاية ('under Valdorian sponsorship')",
    }
    for sid, start, end, alias, kind, ident in alias_mentions(docs):
        rows.append([sid, start, end, alias, kind, ident, "", "", variant_note.get(alias, "")])
    for sid, anchor, target, kind, ident, notes in EXTRA_MENTIONS:
        doc = docs[sid]
        hits = body_occurrences(doc, anchor)
        assert len(hits) == 1, anchor
        start = hits[0] + anchor.find(target)
        rows.append([sid, start, start + len(target), target, kind, ident, "", "", notes])
    order = {sid: i for i, sid in enumerate(DOCUMENTS)}
    rows.sort(key=lambda r: (order[r[0]], r[1], r[2]))
    for r in rows:
        assert docs[r[0]]["text"][r[1]:r[2]] == r[3]
        assert in_body(docs[r[0]], r[1], r[2]), r
    write_csv(PKG / "gold.csv",
              "source_id,start,end,text,kind,value,unit_or_noun,qualifier,notes".split(","), rows)
    return rows


def main() -> None:
    docs = build_documents()
    write_sources(docs)
    write_reference_tables()
    ids = write_claims(docs)
    gold = write_gold(docs)
    for sid, doc in docs.items():
        print(f"{sid}: {len(doc['text'])} chars, body words {words(doc)},"
              f" {len(doc['comments'])} comments")
    print(f"{len(ids)} claims, {len(gold)} gold rows")


if __name__ == "__main__":
    main()
