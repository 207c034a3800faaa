"""A package's settings for its book: ``book.yml`` beside ``datapackage.json``.

Every sentence of the book that is about one corpus comes from the package: the numbers
and names from its tables, the rest from this file. All keys are optional; a package
without the file gets a book titled after its descriptor. The keys (``README.md`` of a
scaffolded package shows a full example):

``title``, ``subtitle``
    plain text: the study's title and one line under it on the landing page;
``introduction``, ``corpus``
    restricted Markdown (paragraphs, ``*emphasis*``, ``**strong**``, lists of ``- `` items;
    nothing else is markup, everything is escaped): the landing page's question and its
    paragraph on the corpus;
``authors``, ``citation_note``, ``keywords``
    how to cite the book built on this package (a list of names, a sentence, a list);
``bibliography``
    a BibTeX file in the package (default ``references.bib`` when present) with an entry per
    document; ``documents`` maps each ``source_id`` to its entry's key;
``region``
    ``name`` and ``bounds`` (``lat: [min, max]``, ``lon: [min, max]``, degrees): where the
    places lie; a place outside must say "outside <name>" in its description;
``timeline``
    ``window: [YYYY-MM-DD, YYYY-MM-DD]``: the calendar window of the timeline;
``places``
    ``frame`` (bounds of the main map; default: around the places), ``boundaries`` (a
    GeoJSON file of outlines in the package), ``detail`` (``name`` and bounds of an
    enlarged map; none by default), ``distance_pairs`` (a list of ``[from, to, why]``:
    place ids and why their distance matters);
``weapons``
    ``event``: the event in focus (an ``event_id``);
``gold``
    a gold standard of the proposals the extractor should make, a CSV file in the package
    (default ``gold.csv`` when present; columns in :mod:`newsclaims.extract.gold`).

:func:`settings_problems` lists every departure (file, line, key, what was expected), as
the validator reports the tables' problems; :func:`load_settings` raises on any.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from newsclaims.data.files import PackageFileError, read_package_file
from newsclaims.data.settings_keys import (
    DEFAULT_BIBLIOGRAPHY,
    DEFAULT_GOLD,
    Bounds,
    parse_keys,
)
from newsclaims.paths import resolve

if TYPE_CHECKING:
    from newsclaims.data.schema import Problem

SETTINGS = "book.yml"


class SettingsError(ValueError):
    """``book.yml`` has problems; ``problems`` lists them all."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Settings:
    """A package's settings, with defaults filled in (see the module docstring)."""

    title: str
    subtitle: str = ""
    introduction: str = ""
    corpus: str = ""
    authors: tuple[str, ...] = ()
    citation_note: str = ""
    keywords: tuple[str, ...] = ()
    bibliography: Path | None = None
    documents: dict[str, str] = field(default_factory=dict)
    region_name: str | None = None
    region_bounds: Bounds | None = None
    timeline_window: tuple[str, str] | None = None
    map_frame: Bounds | None = None
    boundaries: Path | None = None
    detail_name: str | None = None
    detail_frame: Bounds | None = None
    distance_pairs: tuple[tuple[str, str, str], ...] = ()
    focus_event: str | None = None
    gold: Path | None = None


def _descriptor_title(root: Path) -> str:
    try:
        descriptor = json.loads(read_package_file(root, "datapackage.json").decode("utf-8"))
        title = descriptor.get("title", "") if isinstance(descriptor, dict) else ""
    except (OSError, ValueError, PackageFileError):
        title = ""
    title = title if isinstance(title, str) else ""
    return title or root.name


def _lines(node: yaml.Node, prefix: str = "") -> dict[str, int]:
    """The line (1-based) of every key path in a YAML mapping, for messages."""
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            path = f"{prefix}.{key.value}" if prefix else str(key.value)
            lines[path] = key.start_mark.line + 1
            lines.update(_lines(value, path))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            path = f"{prefix}[{index}]"
            lines[path] = item.start_mark.line + 1
            lines.update(_lines(item, path))
    return lines


def read_settings(data_dir: str | Path) -> tuple[Settings, list[Problem]]:
    """The package's settings and the problems found reading them (an absent file is no
    problem: every key has a default)."""
    # Imported here: the build reads the settings without loading pandas.
    from newsclaims.data.schema import Problem

    root = resolve(data_dir)
    path = root / SETTINGS
    problems: list[Problem] = []
    default_title = _descriptor_title(root)
    if not path.is_file():
        kwargs = {
            key: root / name
            for key, name in (("bibliography", DEFAULT_BIBLIOGRAPHY), ("gold", DEFAULT_GOLD))
            if (root / name).is_file()
        }
        return Settings(title=default_title, **kwargs), problems
    try:
        text = read_package_file(root, SETTINGS).decode("utf-8")
    except (OSError, ValueError, PackageFileError) as exc:
        reason = exc if isinstance(exc, PackageFileError) else "cannot be read as UTF-8 text"
        return Settings(title=default_title), [Problem(SETTINGS, None, "", "", str(reason))]
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        return Settings(title=default_title), [
            Problem(SETTINGS, line, "", "", f"not valid YAML: {exc}")
        ]
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return Settings(title=default_title), [
            Problem(SETTINGS, 1, "", "", "expected a mapping of keys to values")
        ]
    lines = _lines(node) if node is not None else {}

    def problem(key: str, message: str) -> None:
        top = key.split(".")[0].split("[")[0]
        problems.append(Problem(SETTINGS, lines.get(key) or lines.get(top), "", key, message))

    kwargs = parse_keys(root, data, problem)
    kwargs.setdefault("title", default_title)
    return Settings(**{k: v for k, v in kwargs.items() if v is not None}), problems


def settings_problems(data_dir: str | Path, tables: dict | None = None) -> list[Problem]:
    """Every problem of ``book.yml``, and, given the package's tables as read by the
    validator, every id it names that the tables do not hold (places of distance pairs,
    the event in focus, sources of ``documents``)."""
    from newsclaims.data.schema import Problem

    settings, problems = read_settings(data_dir)
    if not tables:
        return problems

    def ids(name: str, key: str) -> set[str]:
        table = tables.get(name)
        return {row[key] for row in table.rows} if table is not None and table.readable else set()

    places, events, sources = (
        ids("places", "place_id"),
        ids("events", "event_id"),
        ids("sources", "source_id"),
    )
    for a, b, _ in settings.distance_pairs:
        for place in (a, b):
            if places and place not in places:
                problems.append(
                    Problem(
                        SETTINGS,
                        None,
                        "",
                        f"places.distance_pairs ({a} to {b})",
                        f"unknown place {place!r}; expected a place_id of places.csv",
                    )
                )
    if settings.focus_event and events and settings.focus_event not in events:
        problems.append(
            Problem(
                SETTINGS,
                None,
                "",
                "weapons.event",
                f"unknown event {settings.focus_event!r}; expected an event_id of events.csv",
            )
        )
    problems.extend(bibliography_problems(settings.bibliography))
    keys = bibliography_keys(settings.bibliography)
    for source_id, key in settings.documents.items():
        if key not in keys:
            problems.append(
                Problem(
                    SETTINGS,
                    None,
                    "",
                    f"documents.{source_id}",
                    f"no entry {key!r} in the bibliography",
                )
            )
        if sources and source_id not in sources:
            problems.append(
                Problem(
                    SETTINGS,
                    None,
                    "",
                    f"documents.{source_id}",
                    "unknown source; expected a source_id of sources.csv",
                )
            )
    return problems


def map_frame(settings: Settings, latitudes, longitudes, margin: float = 0.15) -> Bounds | None:
    """The frame of the main map: the settings' ``places.frame``, else the places'
    coordinates with ``margin`` (a share of their extent, at least 0.5 degree) around them;
    ``None`` when no place has coordinates."""
    if settings.map_frame:
        return settings.map_frame
    points = [
        (float(lat), float(lon))
        for lat, lon in zip(latitudes, longitudes, strict=True)
        if lat == lat and lon == lon and lat is not None and lon is not None
    ]
    if not points:
        return None
    frame = {}
    for axis, values in (("lat", [p[0] for p in points]), ("lon", [p[1] for p in points])):
        low, high = min(values), max(values)
        pad = max((high - low) * margin, 0.5)
        frame[axis] = (low - pad, high + pad)
    return frame


def scale_km(frame: Bounds) -> float:
    """A round length (1, 2 or 5 times a power of ten, in km) near a fifth of the frame's
    width, for the map's scale bar."""
    import math

    middle = math.radians(sum(frame["lat"]) / 2)
    width = (frame["lon"][1] - frame["lon"][0]) * 111.32 * max(math.cos(middle), 0.01)
    target = max(width / 5, 0.001)
    power = 10 ** math.floor(math.log10(target))
    return max(step * power for step in (1, 2, 5) if step * power <= target)


# A BibTeX url is shown as a link: only a web address may be there.
_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)


def bibliography_problems(path: Path | None) -> list[Problem]:
    """Problems of the package's BibTeX file, found with the parser the book uses
    (pybtex, through sphinxcontrib-bibtex): a syntax error with its line, a repeated key,
    and a ``url`` that is not a web address (a ``javascript:`` link would run in the page).
    Nothing when there is no file."""
    from pybtex.database import parse_string
    from pybtex.exceptions import PybtexError

    from newsclaims.data.schema import Problem

    if path is None or not path.is_file():
        return []
    shown = path.name
    try:
        text = read_package_file(path.parent, path.name).decode("utf-8")
    except (OSError, ValueError, PackageFileError) as exc:
        reason = exc if isinstance(exc, PackageFileError) else "cannot be read as UTF-8 text"
        return [Problem(shown, None, "", "", str(reason))]
    try:
        data = parse_string(text, "bibtex")
    except PybtexError as exc:
        line = getattr(exc, "lineno", None)
        return [
            Problem(
                shown,
                line,
                "",
                "",
                f"not valid BibTeX ({exc}); a '@' starts an entry even after '%'",
            )
        ]
    problems = []
    for key, entry in data.entries.items():
        url = entry.fields.get("url", "").strip()
        if url and not _WEB_ADDRESS.fullmatch(url):
            problems.append(
                Problem(shown, None, key, "url", f"expected an http(s) address; found {url!r}")
            )
    return problems


def bibliography_keys(path: Path | None) -> set[str]:
    """The entry keys of a BibTeX file (``@type{key,``); empty without a file."""
    if path is None or not path.is_file():
        return set()
    try:
        text = read_package_file(path.parent, path.name).decode("utf-8")
    except (OSError, ValueError, PackageFileError):
        return set()
    return set(re.findall(r"@\w+\s*\{\s*([^,\s]+)\s*,", text))


def load_settings(data_dir: str | Path) -> Settings:
    """The package's settings; :class:`SettingsError` listing every problem of the file."""
    settings, problems = read_settings(data_dir)
    if problems:
        raise SettingsError(problems)
    return settings
