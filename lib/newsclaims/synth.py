"""Generate a valid synthetic data package of any size, for timing the library and the book.

:func:`generate_package` writes ``n_documents`` short documents built from a small
vocabulary, each with page chrome, an article body and one reader comment, and about three
claims per document about a realistic number of events (one event per five documents). The
output depends only on ``n_documents`` and ``seed``: the same arguments give the same bytes.
Rows are streamed to the CSV files as they are made, so memory stays flat whatever the size.

Every document says in its chrome that it is synthetic, and every table's descriptions say
that its rows are invented: nothing in a generated package describes real events.

``python -m newsclaims.synth FOLDER N_DOCUMENTS [SEED]`` does the same from the shell.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import random
import shutil
import sys
from pathlib import Path

from newsclaims.paths import resolve
from newsclaims.scaffold import ScaffoldError
from newsclaims.schema import DESCRIPTOR
from newsclaims.validate import CHECKSUMS

TEMPLATE = "data"
DOCS_PER_EVENT = 5
N_OUTLETS = 40
FIRST_DAY = dt.date(2020, 1, 1)
SYNTHETIC = "Synthetic, generated for scale tests; fictional."

GROUPS = [("grp_" + c, f"{c.title()} Brigade (synthetic)") for c in ("amber", "cobalt", "olive")]
FORCES = [("force_" + c, f"{c.title()} Guard (synthetic)") for c in ("north", "south")]
INNER = [
    ("src_officer", "An officer (synthetic)"),
    ("src_activists", "Local activists (synthetic)"),
]
PLACES = [
    ("plc_" + name.lower(), f"{name} (synthetic)", lat, lon)
    for name, lat, lon in (
        ("Ardel", 33.5, 36.5),
        ("Berim", 34.2, 37.1),
        ("Casta", 35.0, 38.0),
        ("Dunor", 35.8, 39.2),
        ("Elvan", 36.3, 40.1),
        ("Farsi", 34.8, 36.9),
    )
]
WEAPONS = [
    ("tank", "Tank (model not specified)", "tank_unspecified", "tanks"),
    ("truck", "Truck", "support_vehicle", "support_vehicles"),
]
CONDITIONS = ("intact", "disabled", "destroyed")
FILLER = (
    "the talks went on for hours",
    "residents watched from the road",
    "the convoy moved slowly",
    "officials gave no further details",
    "the weather was cold",
    "a statement followed later",
)
COMMENT_WORDS = ("good", "news", "finally", "doubt", "this", "again", "peace", "why", "now")


def _writer(path: Path, header: list[str]):
    handle = path.open("w", encoding="utf-8", newline="")
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(header)
    return handle, writer


def _row(header: list[str], values: dict[str, object]) -> list[str]:
    return ["" if values.get(name) is None else str(values.get(name)) for name in header]


class _Body:
    """An article body built piece by piece, remembering where each claim's quote lies."""

    def __init__(self, offset: int):
        self.offset = offset
        self.parts: list[str] = []
        self.length = 0

    def add(self, text: str) -> tuple[int, int]:
        """Append text; returns its raw offsets in the document."""
        start = self.offset + self.length
        self.parts.append(text)
        self.length += len(text)
        return start, start + len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _event_facts(rng: random.Random, n_events: int) -> list[dict[str, object]]:
    return [
        {
            "place": rng.randrange(len(PLACES)),
            "group": rng.randrange(len(GROUPS)),
            "recipient": rng.randrange(len(FORCES)),
            "tanks": rng.randint(3, 60),
            "trucks": rng.randint(5, 120),
            "fighters": rng.randint(10, 40) * 50,
            "condition": rng.randrange(len(CONDITIONS)),
        }
        for _ in range(n_events)
    ]


def _reported(rng: random.Random, true_value: int) -> tuple[int, str]:
    """A source's figure: mostly the event's own, sometimes rounded, hedged or different."""
    roll = rng.random()
    if roll < 0.6:
        return true_value, "exact"
    if roll < 0.8:
        return max(1, round(true_value, -1)), "about"
    if roll < 0.9:
        return max(1, true_value - rng.randint(1, 3)), "more_than"
    return max(1, true_value + rng.randint(2, 20)), "exact"


def generate_package(folder: str | Path, n_documents: int, seed: int = 0) -> Path:
    """Write a synthetic data package with ``n_documents`` documents to ``folder`` (which
    must not exist or be empty); returns the folder."""
    if n_documents < 0:
        raise ValueError(f"n_documents must be 0 or more; got {n_documents}")
    root = resolve(folder)
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise ScaffoldError(f"{root}: exists and is not an empty folder; choose a new folder")
    template = resolve(TEMPLATE)
    descriptor = json.loads((template / DESCRIPTOR).read_text(encoding="utf-8"))
    headers = {
        r["name"]: [f["name"] for f in r["schema"]["fields"]] for r in descriptor["resources"]
    }
    (root / "raw").mkdir(parents=True, exist_ok=True)
    synthetic = dict(descriptor)
    synthetic["name"] = f"synthetic-{n_documents}-{seed}"
    synthetic["title"] = f"Synthetic package: {n_documents} generated documents (seed {seed})"
    (root / DESCRIPTOR).write_text(
        json.dumps(synthetic, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    shutil.copyfile(template / "attributes.csv", root / "attributes.csv")
    rng = random.Random(seed)
    n_events = max(1, n_documents // DOCS_PER_EVENT)
    events = _event_facts(rng, n_events)
    _write_vocabulary(root, headers, events)

    sources_handle, sources = _writer(root / "sources.csv", headers["sources"])
    claims_handle, claims = _writer(root / "claims.csv", headers["claims"])
    with sources_handle, claims_handle, (root / CHECKSUMS).open("w", encoding="utf-8") as sums:
        for index in range(n_documents):
            source_id = f"s{index + 1:06d}"
            event_index = rng.randrange(n_events)
            text, source_row, claim_rows = _document(rng, index, source_id, event_index, events)
            name = f"{source_id}.txt"
            data = text.encode("utf-8")
            (root / "raw" / name).write_bytes(data)
            sums.write(f"{hashlib.sha256(data).hexdigest()}  {name}\n")
            sources.writerow(_row(headers["sources"], source_row))
            for claim in claim_rows:
                claims.writerow(_row(headers["claims"], claim))
    return root


def _write_vocabulary(root: Path, headers: dict[str, list[str]], events: list[dict]) -> None:
    handle, actors = _writer(root / "actors.csv", headers["actors"])
    with handle:
        for number in range(N_OUTLETS):
            actor_id = f"outlet_{number + 1:02d}"
            actors.writerow(
                _row(
                    headers["actors"],
                    {
                        "actor_id": actor_id,
                        "name_en": f"Outlet {number + 1} (synthetic)",
                        "kind": "outlet",
                        "origin_group": actor_id,
                        "description": SYNTHETIC,
                    },
                )
            )
        for actor_id, name in GROUPS + FORCES + INNER:
            kind = {"grp": "armed_group", "for": "state_force", "src": "inner_source"}[actor_id[:3]]
            actors.writerow(
                _row(
                    headers["actors"],
                    {
                        "actor_id": actor_id,
                        "name_en": name,
                        "kind": kind,
                        "origin_group": actor_id,
                        "aliases": name.removesuffix(" (synthetic)"),
                        "description": SYNTHETIC,
                    },
                )
            )
    handle, places = _writer(root / "places.csv", headers["places"])
    with handle:
        for place_id, name, lat, lon in PLACES:
            places.writerow(
                _row(
                    headers["places"],
                    {
                        "place_id": place_id,
                        "name_en": name,
                        "kind": "town",
                        "latitude": lat,
                        "longitude": lon,
                        "coord_precision": "approximate",
                        "coord_source": "generated: a point inside Syria's bounding box",
                        "description": SYNTHETIC + " The name and point stand for no real place.",
                    },
                )
            )
    handle, weapons = _writer(root / "weapons.csv", headers["weapons"])
    with handle:
        for weapon_id, name, klass, family in WEAPONS:
            weapons.writerow(
                _row(
                    headers["weapons"],
                    {
                        "weapon_id": weapon_id,
                        "name": name,
                        "class": klass,
                        "family": family,
                        "generic": "yes",
                        "aliases": weapon_id + "s",
                    },
                )
            )
    handle, lexicon = _writer(root / "lexicon.csv", headers["lexicon"])
    with handle:
        lexicon.writerow(
            _row(
                headers["lexicon"],
                {
                    "term": "handed over",
                    "language": "en",
                    "category": "handover",
                    "referent": "handover",
                    "note": SYNTHETIC,
                },
            )
        )
    handle, table = _writer(root / "events.csv", headers["events"])
    with handle:
        for number, facts in enumerate(events):
            table.writerow(
                _row(
                    headers["events"],
                    {
                        "event_id": f"e{number + 1:06d}",
                        "name": f"Synthetic handover {number + 1}",
                        "place_id": PLACES[facts["place"]][0],
                        "description": SYNTHETIC,
                    },
                )
            )


def _document(
    rng: random.Random, index: int, source_id: str, event_index: int, events: list[dict]
) -> tuple[str, dict[str, object], list[dict[str, object]]]:
    """One document's raw text, its sources.csv row and its claims."""
    facts = events[event_index]
    outlet = f"outlet_{rng.randrange(N_OUTLETS) + 1:02d}"
    published = FIRST_DAY + dt.timedelta(days=event_index % 1500 + rng.randint(0, 3))
    chrome = f"SYNTHETIC DOCUMENT {index + 1} | Home | Donate 10 $\n{SYNTHETIC}\n\n"
    body = _Body(len(chrome))
    group_id, group = GROUPS[facts["group"]]
    force_id, force = FORCES[facts["recipient"]]
    place = PLACES[facts["place"]][1].removesuffix(" (synthetic)")
    inner_id = INNER[rng.randrange(len(INNER))][0] if rng.random() < 0.5 else outlet
    base = {
        "source_id": source_id,
        "event_id": f"e{event_index + 1:06d}",
        "subject": group_id,
        "attributed_to": inner_id,
        "occurred_end": published.isoformat(),
        "occurred_precision": "approximate",
        "occurred_basis": f"inferred: before publication {published.isoformat()}",
    }
    claims: list[dict[str, object]] = []

    def claim(span: tuple[int, int], quote: str, **fields: object) -> None:
        claims.append(
            base
            | {
                "claim_id": f"{source_id}-{len(claims) + 1:03d}",
                "quote": quote,
                "start": span[0],
                "end": span[1],
            }
            | fields
        )

    short = group.removesuffix(" (synthetic)")
    body.add(f"In {place}, the {short} ")
    tanks, qualifier = _reported(rng, facts["tanks"])
    words = {"exact": "", "about": "about ", "more_than": "more than "}[qualifier]
    quote = f"handed over {words}{tanks} tanks"
    claim(
        body.add(quote),
        quote,
        attribute="tanks_handed_over",
        value=tanks,
        unit="tanks",
        object="tank",
        qualifier=qualifier,
        scope="total",
    )
    quote = f"to the {force.removesuffix(' (synthetic)')}"
    span = body.add(" " + quote)
    if rng.random() < 0.5:
        claim((span[0] + 1, span[1]), quote, attribute="recipient", value=force_id)
    body.add(f", and {rng.choice(FILLER)}. ")
    if rng.random() < 0.3:
        trucks, qualifier = _reported(rng, facts["trucks"])
        words = {"exact": "", "about": "about ", "more_than": "more than "}[qualifier]
        quote = f"{words}{trucks} trucks"
        body.add("They also gave up ")
        claim(
            body.add(quote),
            quote,
            attribute="vehicles_handed_over",
            value=trucks,
            unit="vehicles",
            object="truck",
            qualifier=qualifier,
            scope="total",
        )
        body.add(". ")
    condition = CONDITIONS[facts["condition"]]
    if rng.random() < 0.15:
        condition = rng.choice(CONDITIONS)
    quote = f"The tanks were {condition}"
    claim(body.add(quote), quote, attribute="weapon_condition", value=condition, object="tank")
    body.add(f". {rng.choice(FILLER).capitalize()}.")
    if rng.random() < 0.3:
        fighters, qualifier = _reported(rng, facts["fighters"])
        words = {"exact": "", "about": "About ", "more_than": "More than "}[qualifier]
        body.add(" ")
        quote = f"{words}{fighters} fighters left the area"
        claim(
            body.add(quote),
            quote,
            attribute="fighters_count",
            value=fighters,
            unit="fighters",
            object="fighters",
            qualifier=qualifier,
            scope="total",
        )
        body.add(".")
    body_start, body_end = body.offset, body.offset + body.length
    separator = "\n\nComments (1)\n\n"
    comment = f"Reader {rng.randint(1, 999)}\n" + " ".join(
        rng.choice(COMMENT_WORDS) for _ in range(rng.randint(3, 12))
    )
    comment_start = body_end + len(separator)
    text = chrome + body.text + separator + comment + "\n"
    source_row = {
        "source_id": source_id,
        "file": f"raw/{source_id}.txt",
        "outlet": f"Outlet {int(outlet[7:])} (synthetic)",
        "outlet_basis": "generated",
        "title": f"Synthetic document {index + 1}",
        "language": "en",
        "kind": "news report",
        "published": published.isoformat(),
        "published_basis": "stated",
        "published_evidence": "generated",
        "published_earliest": published.isoformat(),
        "published_latest": published.isoformat(),
        "body_spans": f"{body_start}-{body_end}",
        "comments_spans": f"{comment_start}-{comment_start + len(comment)}",
        "notes": SYNTHETIC,
    }
    return text, source_row, claims


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (2, 3):
        print("usage: python -m newsclaims.synth FOLDER N_DOCUMENTS [SEED]", file=sys.stderr)
        return 2
    seed = int(args[2]) if len(args) == 3 else 0
    try:
        folder = generate_package(args[0], int(args[1]), seed)
    except ScaffoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{folder}: {args[1]} synthetic documents (seed {seed})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
