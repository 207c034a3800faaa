"""What a reader of the built book sees, and the ids and codes of a package that must not
be among it.

:func:`visible_text` is the text of a page's article as a reader meets it: the words of
every element, the hover text (``title``), the alternative text of images and the labels
of controls (``alt``, ``aria-label``), hidden outputs included (a reader can open them).
Left out: scripts and styles, code cells (their input, which a reader opens to see the
code), and the link of a download (the CSV itself is for machines). Link targets are not
text.

:func:`package_codes` lists what a reader should never see: source ids, claim ids, event
ids, slot and question ids, attribute, category, origin-group, weapon-family, qualifier and
slot-kind codes. A code
that is a plain English word (``tanks``, ``intact``, ``russia``) cannot be told from the
prose that uses the word, so only codes a reader would recognise as codes are searched: any
with an underscore, a colon or a digit, and every source, claim, slot and question id.
:func:`codes_in` finds them as whole tokens, case-sensitively (``southfront``, never
``SouthFront``), and not as part of a web address (``eldorar.com``).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from bs4 import BeautifulSoup

ATTRIBUTES = ("title", "alt", "aria-label")
LEFT_OUT = "script, style, .cell_input, .cc-download"


# The appendices that teach the package's format (how claims are recorded, how candidates
# are proposed): there a code set as a literal is the thing explained, as a reader types it.
FORMAT_PAGES = ("chapters/annotation.html", "chapters/09_extraction.html")


def visible_text(page: str, literals: bool = True) -> str:
    """The reader-facing text of a built page (see the module docstring); without the
    inline literals (``<code>``) when ``literals`` is false (:data:`FORMAT_PAGES`)."""
    soup = BeautifulSoup(page, "html.parser")
    main = soup.select_one("main") or soup
    for element in main.select(LEFT_OUT if literals else f"{LEFT_OUT}, code.literal"):
        element.decompose()
    words = [main.get_text(" ")]
    for name in ATTRIBUTES:
        words += [str(e[name]) for e in main.find_all(attrs={name: True})]
    return "\n".join(words)


def _column(path: Path, name: str) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row[name] for row in csv.DictReader(handle) if row.get(name)]


def package_codes(data_dir: Path, slots_csv: Path | None = None) -> dict[str, str]:
    """The ids and codes of a package that a reader must not see, each with what it is
    (``source id``, ``claim id``...); slot and question ids from the build's ``slots.csv``
    when given."""
    found: dict[str, str] = {}

    def add(codes, what: str, always: bool = False) -> None:
        for code in codes:
            if always or re.search(r"[_:\d]", code):
                found.setdefault(code, what)

    add(_column(data_dir / "sources.csv", "source_id"), "source id", always=True)
    add(_column(data_dir / "claims.csv", "claim_id"), "claim id", always=True)
    add(_column(data_dir / "events.csv", "event_id"), "event id")
    add(_column(data_dir / "attributes.csv", "attribute"), "attribute code")
    categories = _column(data_dir / "attributes.csv", "categories")
    add([c.strip() for cell in categories for c in cell.split("|") if c.strip()], "category code")
    add(_column(data_dir / "actors.csv", "origin_group"), "origin-group code")
    add(_column(data_dir / "weapons.csv", "family"), "weapon-family code")
    add(_column(data_dir / "claims.csv", "qualifier"), "qualifier code")
    if slots_csv is not None and slots_csv.is_file():
        add(_column(slots_csv, "slot_id"), "slot id", always=True)
        add(_column(slots_csv, "question_id"), "question id", always=True)
        add(_column(slots_csv, "kind"), "slot-kind code")
    return found


def code_pattern(codes: dict[str, str]) -> re.Pattern[str]:
    """One pattern for every code, longest first, as a whole token not inside a word, an
    address or a file name."""
    alternatives = "|".join(re.escape(c) for c in sorted(codes, key=len, reverse=True))
    return re.compile(rf"(?<![\w/.#-])({alternatives})(?![\w-])(?!\.\w)")


def codes_in(text: str, pattern: re.Pattern[str], context: int = 40) -> list[tuple[str, str]]:
    """Every code found in ``text``: ``(code, the words around it)``."""
    return [
        (m.group(1), " ".join(text[max(0, m.start() - context) : m.end() + context].split()))
        for m in pattern.finditer(text)
    ]
