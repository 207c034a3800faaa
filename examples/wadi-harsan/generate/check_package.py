"""Independent checks of the second case study, read from the written files only.

- every claim quote equals text[start:end] of the decoded raw file and lies in a body span;
- every gold row's text equals text[start:end] and lies in a body span; kinds are known;
- raw files are UTF-8 with LF line endings and match raw/SHA256SUMS;
- the optional columns (claims_extra, events_extra, actors_extra) name known ids and use the
  codes of DESIGN.md section 2;
- places lie in the open-ocean box (latitude -32..-30, longitude -20..-17).
Exit status 1 on any problem.
"""

import csv
import datetime as dt
import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "package"
problems = []


def table(name, base=PKG):
    with open(base / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def spans(value):
    return [tuple(map(int, p.split("-"))) for p in value.split(";") if p]


def iso(value):
    try:
        dt.date.fromisoformat(value)
        return True
    except ValueError:
        return False


sources = {r["source_id"]: r for r in table("sources.csv")}
texts, bodies = {}, {}
sums = dict(reversed(line.split("  ", 1)) for line in
            (PKG / "raw/SHA256SUMS").read_text(encoding="utf-8").splitlines())
for sid, row in sources.items():
    path = PKG / row["file"]
    data = path.read_bytes()
    if b"\r" in data:
        problems.append(f"{path.name}: CR characters; expected LF line endings")
    if hashlib.sha256(data).hexdigest() != sums.get(path.name):
        problems.append(f"{path.name}: checksum differs from raw/SHA256SUMS")
    texts[sid] = data.decode("utf-8")
    bodies[sid] = spans(row["body_spans"])


def in_body(sid, start, end):
    return any(s <= start and end <= e for s, e in bodies[sid])


claims = table("claims.csv")
for line, r in enumerate(claims, start=2):
    s, e = int(r["start"]), int(r["end"])
    if texts[r["source_id"]][s:e] != r["quote"]:
        problems.append(f"claims.csv line {line} {r['claim_id']}: quote != text[{s}:{e}]")
    if not in_body(r["source_id"], s, e):
        problems.append(f"claims.csv line {line} {r['claim_id']}: quote outside the body")
claim_ids = {r["claim_id"] for r in claims}

extra = table("claims_extra.csv")
AS_OF = re.compile(r"^(|\d{4}-\d{2}-\d{2}(/\d{4}-\d{2}-\d{2})?|[a-z][a-z0-9_]*)$")
MODALITIES = {"", "outcome", "plan", "forecast", "allegation", "denial", "question"}
if [r["claim_id"] for r in extra] != [r["claim_id"] for r in claims]:
    problems.append("claims_extra.csv: claim ids differ from claims.csv (same rows, same order)")
for line, r in enumerate(extra, start=2):
    if r["modality"] not in MODALITIES:
        problems.append(f"claims_extra.csv line {line} {r['claim_id']}: modality {r['modality']!r}")
    if not AS_OF.match(r["as_of"]) or (r["as_of"][:1].isdigit()
                                       and not all(iso(d) for d in r["as_of"].split("/"))):
        problems.append(f"claims_extra.csv line {line} {r['claim_id']}: as_of {r['as_of']!r}")

events = {r["event_id"]: r for r in table("events.csv")}
CAMPS = {"government_side", "opposition_armed", "opposition_media", "russia", "israel",
         "independent", "unknown", "valdoria"}
ev_extra = table("events_extra.csv")
if {r["event_id"] for r in ev_extra} != set(events):
    problems.append("events_extra.csv: event ids differ from events.csv")
parents = {r["event_id"]: r["parent_event_id"] for r in ev_extra}
for line, r in enumerate(ev_extra, start=2):
    if r["parent_event_id"] and r["parent_event_id"] not in events:
        problems.append(f"events_extra.csv line {line}: unknown parent {r['parent_event_id']}")
    for name in ("start", "end"):
        if r[name] and not iso(r[name]):
            problems.append(f"events_extra.csv line {line}: {name} {r[name]!r} is not ISO")
    if r["start"] and r["end"] and r["end"] < r["start"]:
        problems.append(f"events_extra.csv line {line}: end before start")
    for camp in filter(None, r["parties"].split(";")):
        if camp not in CAMPS:
            problems.append(f"events_extra.csv line {line}: unknown camp {camp!r}")
for event in parents:  # no cycles
    seen, node = set(), event
    while node:
        if node in seen:
            problems.append(f"events_extra.csv: cycle through {event}")
            break
        seen.add(node)
        node = parents.get(node, "")

actors = {r["actor_id"]: r for r in table("actors.csv")}
ac_extra = table("actors_extra.csv")
if {r["actor_id"] for r in ac_extra} != set(actors):
    problems.append("actors_extra.csv: actor ids differ from actors.csv")
for line, r in enumerate(ac_extra, start=2):
    if r["camp"] not in CAMPS:
        problems.append(f"actors_extra.csv line {line}: unknown camp {r['camp']!r}")
    if r["reliability"] not in {"", *"ABCDEF"}:
        problems.append(f"actors_extra.csv line {line}: reliability {r['reliability']!r}")
    if r["reliability"] and not r["reliability_basis"]:
        problems.append(f"actors_extra.csv line {line}: reliability without a basis")
    if actors[r["actor_id"]]["kind"] in ("outlet", "inner_source") and not r["reliability"]:
        problems.append(f"actors_extra.csv line {line}: a source without a reliability grade")

for r in table("places.csv"):
    lat, lon = float(r["latitude"]), float(r["longitude"])
    if not (-32 <= lat <= -30 and -20 <= lon <= -17):
        problems.append(f"places.csv {r['place_id']}: ({lat}, {lon}) outside the ocean box")

KINDS = {"count", "vague", "range", "date", "duration", "actor", "place", "weapon", "not_a_count"}
ids = {"actor": set(actors), "place": {r["place_id"] for r in table("places.csv")},
       "weapon": {r["weapon_id"] for r in table("weapons.csv")}}
for line, r in enumerate(table("gold.csv", PKG), start=2):
    s, e = int(r["start"]), int(r["end"])
    if texts[r["source_id"]][s:e] != r["text"]:
        problems.append(f"gold.csv line {line}: text != text[{s}:{e}]")
    if not in_body(r["source_id"], s, e):
        problems.append(f"gold.csv line {line}: outside the body")
    if r["kind"] not in KINDS:
        problems.append(f"gold.csv line {line}: kind {r['kind']!r}")
    if r["kind"] in ids and r["value"] not in ids[r["kind"]]:
        problems.append(f"gold.csv line {line}: unknown {r['kind']} {r['value']!r}")
    if r["kind"] == "date" and not iso(r["value"]):
        problems.append(f"gold.csv line {line}: date value {r['value']!r} is not ISO")
    if r["kind"] in ("count", "duration") and not re.fullmatch(r"\d+(\.\d+)?", r["value"]):
        problems.append(f"gold.csv line {line}: {r['kind']} value {r['value']!r}")

for p in problems:
    print(p)
print(f"{len(claims)} claims, {len(claim_ids)} ids; {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
