"""The invented world of synthetic packages: outlets, groups, places and weapons, and the
documents written about it (see :mod:`newsclaims.data.synth`).

Every name carries "(synthetic)" and every document says in its chrome that it is
synthetic: nothing here describes real events.
"""

from __future__ import annotations

import datetime as dt
import random

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
        """The body written so far."""
        return "".join(self.parts)


def event_facts(rng: random.Random, n_events: int) -> list[dict[str, object]]:
    """The facts of each invented event, which its documents report (mostly) faithfully:
    indices into ``PLACES``, ``GROUPS``, ``FORCES`` and ``CONDITIONS``, and true counts."""
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


def reported(rng: random.Random, true_value: int) -> tuple[int, str]:
    """A source's figure: mostly the event's own, sometimes rounded, hedged or different."""
    roll = rng.random()
    if roll < 0.6:
        return true_value, "exact"
    if roll < 0.8:
        return max(1, round(true_value, -1)), "about"
    if roll < 0.9:
        return max(1, true_value - rng.randint(1, 3)), "more_than"
    return max(1, true_value + rng.randint(2, 20)), "exact"


def document(
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
    tanks, qualifier = reported(rng, facts["tanks"])
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
        trucks, qualifier = reported(rng, facts["trucks"])
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
        fighters, qualifier = reported(rng, facts["fighters"])
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
