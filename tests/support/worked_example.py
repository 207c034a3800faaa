"""The scaffold README's worked example as a package: what a new user builds by following
it (used by a unit test, which checks the offsets and validation, and by a book test,
which builds the whole book on it)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from newsclaims.data.anchor_ledger import anchor_ledger
from newsclaims.data.checksums import CHECKSUMS, manifest_line, sha256
from newsclaims.data.scaffold import scaffold


def _blocks(readme: str) -> list[str]:
    return re.findall(r"```\n(.*?)\n```", readme, flags=re.S)


def _append(path, row: dict[str, str]) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    with path.open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow([row.get(c, "") for c in header])


def make_worked_example(folder: Path) -> tuple[Path, list[tuple[str, str]]]:
    """The scaffold README's worked example, done as a new user would, in ``folder``: the
    package scaffolded, its document, actors, event, weapons, added attribute and three
    claims written, and ``make anchor`` run. Returns the package and the offsets the README
    prints for the three claims."""
    package = scaffold(folder)
    readme = (package / "README.md").read_text(encoding="utf-8")
    example = readme[readme.index("## A worked example") :]
    blocks = _blocks(example)
    text = blocks[0] + "\n"
    (package / "raw" / "000_example.txt").write_text(text, encoding="utf-8", newline="")
    (package / CHECKSUMS).write_text(
        manifest_line(sha256(package / "raw" / "000_example.txt"), "000_example.txt"),
        encoding="utf-8",
    )
    body = re.search(r"body is characters `(\d+)-(\d+)`", example)
    _append(
        package / "sources.csv",
        {
            "source_id": "example",
            "file": "raw/000_example.txt",
            "outlet": "Example News",
            "outlet_basis": "stated: the page header",
            "title": "Fighters hand over weapons in Lakeside",
            "language": "en",
            "kind": "news report",
            "published": "2030-03-03",
            "published_basis": "stated",
            "published_evidence": "the dateline",
            "published_earliest": "2030-03-03",
            "published_latest": "2030-03-03",
            "body_spans": f"{body.group(1)}-{body.group(2)}",
        },
    )
    for actor_id, name, kind, origin in (
        ("example", "Example News", "outlet", "example"),
        ("blue_brigade", "Blue Brigade", "armed_group", "blue_brigade"),
        ("army", "Army", "state_force", "government"),
        ("army_spokesman", "Army spokesman", "inner_source", "government"),
    ):
        _append(
            package / "actors.csv",
            {
                "actor_id": actor_id,
                "name_en": name,
                "kind": kind,
                "origin_group": origin,
                "description": "example",
            },
        )
    _append(
        package / "events.csv",
        {"event_id": "lakeside_handover", "name": "Lakeside handover", "description": "example"},
    )
    _append(
        package / "weapons.csv",
        {
            "weapon_id": "tank",
            "name": "Tank",
            "class": "tank_unspecified",
            "family": "tanks",
            "generic": "yes",
            "origin": "not specified",
            "facts": "example",
            "fact_source": "example",
        },
    )
    _append(
        package / "weapons.csv",
        {
            "weapon_id": "truck",
            "name": "Truck",
            "class": "support_vehicle",
            "family": "vehicles",
            "generic": "yes",
            "origin": "not specified",
            "facts": "example",
            "fact_source": "example",
        },
    )
    attribute = next(b for b in blocks if b.startswith("departure_deadline,"))
    with (package / "attributes.csv").open("a", encoding="utf-8", newline="") as handle:
        handle.write(attribute + "\n")
    table = [line for line in example.splitlines() if line.startswith("| example-")]
    if len(table) != 3:
        raise ValueError(f"the README's worked example has {len(table)} claims; expected 3")
    columns = [
        "claim_id",
        "quote",
        "start",
        "end",
        "subject",
        "attribute",
        "value",
        "unit",
        "object",
        "qualifier",
        "scope",
        "attributed_to",
    ]
    printed = []
    for line in table:
        cells = dict(zip(columns, [c.strip() for c in line.strip("|").split("|")], strict=True))
        printed.append((cells["start"], cells["end"]))
        cells.update(start="", end="", source_id="example", event_id="lakeside_handover")
        cells.update(
            occurred_start="2030-03-03", occurred_end="2030-03-03", occurred_precision="day"
        )
        cells["occurred_basis"] = 'stated: "on Sunday", the day of the dateline'
        _append(package / "claims.csv", cells)
    anchor_ledger(package, write=True)
    return package, printed
