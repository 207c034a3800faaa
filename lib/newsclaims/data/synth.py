"""Generate a valid synthetic data package of any size, for timing the library and the book.

:func:`generate_package` writes ``n_documents`` short documents built from a small
vocabulary, each with page chrome, an article body and one reader comment, and about three
claims per document about a realistic number of events (one event per five documents). The
output depends only on ``n_documents`` and ``seed``: the same arguments give the same bytes.
Rows are streamed to the CSV files as they are made, so memory stays flat whatever the size.

Every document says in its chrome that it is synthetic, and every table's descriptions say
that its rows are invented: nothing in a generated package describes real events.

``python -m newsclaims.data.synth FOLDER N_DOCUMENTS [SEED]`` does the same from the shell.
"""

from __future__ import annotations

import csv
import hashlib
import random
import shutil
import sys
from pathlib import Path

from newsclaims.data.checksums import CHECKSUMS, manifest_line
from newsclaims.data.scaffold import ScaffoldError, write_descriptor
from newsclaims.data.schema import headers as schema_headers
from newsclaims.data.schema import project_descriptor
from newsclaims.data.synth_documents import (
    DOCS_PER_EVENT,
    FORCES,
    GROUPS,
    INNER,
    N_OUTLETS,
    PLACES,
    SYNTHETIC,
    WEAPONS,
    document,
    event_facts,
)
from newsclaims.paths import resolve

# Where the vocabulary tables copied in full come from.
TEMPLATE = "data"


def _writer(path: Path, header: list[str]):
    handle = path.open("w", encoding="utf-8", newline="")
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(header)
    return handle, writer


def _row(header: list[str], values: dict[str, object]) -> list[str]:
    return ["" if values.get(name) is None else str(values.get(name)) for name in header]


def generate_package(folder: str | Path, n_documents: int, seed: int = 0) -> Path:
    """Write a synthetic data package with ``n_documents`` documents to ``folder`` (which
    must not exist or be empty); returns the folder."""
    if n_documents < 0:
        raise ValueError(f"n_documents must be 0 or more; got {n_documents}")
    root = resolve(folder)
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise ScaffoldError(f"{root}: exists and is not an empty folder; choose a new folder")
    template = resolve(TEMPLATE)
    descriptor = project_descriptor()
    headers = schema_headers(descriptor)
    (root / "raw").mkdir(parents=True, exist_ok=True)
    synthetic = dict(descriptor)
    # The optional tables (labels) are left out: a synthetic package shows codes as words.
    synthetic["resources"] = [r for r in descriptor["resources"] if not r.get("optional")]
    synthetic["name"] = f"synthetic-{n_documents}-{seed}"
    synthetic["title"] = f"Synthetic package: {n_documents} generated documents (seed {seed})"
    write_descriptor(synthetic, root)
    shutil.copyfile(template / "attributes.csv", root / "attributes.csv")
    rng = random.Random(seed)
    n_events = max(1, n_documents // DOCS_PER_EVENT)
    events = event_facts(rng, n_events)
    _write_vocabulary(root, headers, events)

    sources_handle, sources = _writer(root / "sources.csv", headers["sources"])
    claims_handle, claims = _writer(root / "claims.csv", headers["claims"])
    with sources_handle, claims_handle, (root / CHECKSUMS).open("w", encoding="utf-8") as sums:
        for index in range(n_documents):
            source_id = f"s{index + 1:06d}"
            event_index = rng.randrange(n_events)
            text, source_row, claim_rows = document(rng, index, source_id, event_index, events)
            name = f"{source_id}.txt"
            data = text.encode("utf-8")
            (root / "raw" / name).write_bytes(data)
            sums.write(manifest_line(hashlib.sha256(data).hexdigest(), name))
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


def main(argv: list[str] | None = None) -> int:
    """The command line: ``python -m newsclaims.data.synth FOLDER N_DOCUMENTS [SEED]``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (2, 3):
        print("usage: python -m newsclaims.data.synth FOLDER N_DOCUMENTS [SEED]", file=sys.stderr)
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
