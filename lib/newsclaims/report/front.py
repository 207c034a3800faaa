"""The parts of the landing page and of "How to cite" that come from the package's settings
(:mod:`newsclaims.data.settings`), as HTML that never passes through MyST.

Every string from the package is escaped by Jinja2's autoescaping; the only markup is the
templates' own and that of :func:`restricted_markdown`, which reads a small subset of
Markdown (paragraphs separated by a blank line, ``- `` list items, ``*emphasis*`` and
``**strong**``) from escaped text, so that nothing in the package can become markup. The
pages include these files with the ``raw`` directive's ``:file:`` option; the files are
written by :func:`newsclaims.build.assemble.assemble` into ``_generated/``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import yaml
from jinja2 import Environment
from markupsafe import Markup, escape

from newsclaims.data.settings import Settings, load_settings

BOOK_NAME = "Contested Counts"
GENERATED = "_generated"
CORPUS_BIB = "corpus.bib"
_ENV = Environment(autoescape=True, keep_trailing_newline=True)
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_EMPHASIS = re.compile(r"(?<![*\w])\*(?=\S)(.+?)(?<=\S)\*(?![*\w])")


def _inline(text: str) -> Markup:
    escaped = str(escape(" ".join(text.split())))
    escaped = _STRONG.sub(r"<strong>\1</strong>", escaped)
    return Markup(_EMPHASIS.sub(r"<em>\1</em>", escaped))


def restricted_markdown(text: str) -> Markup:
    """``text`` as HTML: blank lines separate paragraphs, a block of lines starting with
    ``- `` is a list, ``**strong**`` and ``*emphasis*`` are the only inline markup; every
    character of the text is escaped first."""
    blocks = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        if all(line.startswith("- ") for line in lines):
            items = "".join(f"<li>{_inline(line[2:])}</li>" for line in lines)
            blocks.append(f"<ul>{items}</ul>")
        else:
            blocks.append(f"<p>{_inline(' '.join(lines))}</p>")
    return Markup("\n".join(blocks))


_LEAD = _ENV.from_string(
    '<div class="cc-lead">\n<p class="cc-title">{{ title }}</p>\n'
    "{% if subtitle %}<p><em>{{ subtitle }}</em></p>\n{% endif %}</div>\n"
)
_BLOCK = _ENV.from_string('<div class="cc-settings">\n{{ body }}\n</div>\n')
_CITATION = _ENV.from_string(
    '<blockquote class="cc-citation"><p>{{ authors }} ({{ year }}). <em>{{ title }}</em>'
    " (version {{ version }}) [Computer software]. Released {{ released }}.</p></blockquote>\n"
    "<p>The code is released under the {{ code_licence }}{% if data_licence %} and the"
    " annotations under {{ data_licence }}{% endif %}.</p>\n"
)


def lead_html(settings: Settings) -> str:
    """The study's title and subtitle, for the top of the landing page."""
    return _LEAD.render(title=settings.title, subtitle=settings.subtitle)


def block_html(text: str, fallback: str) -> str:
    """A restricted-Markdown setting as an HTML block, or ``fallback`` (plain text) when
    the setting is empty."""
    body = restricted_markdown(text) if text.strip() else Markup(f"<p>{escape(fallback)}</p>")
    return _BLOCK.render(body=body)


def book_title(settings: Settings) -> str:
    """The title the book is cited under: the project's name and the study's title."""
    return f"{BOOK_NAME}: {settings.title}" if settings.title != BOOK_NAME else BOOK_NAME


def _authors(settings: Settings) -> str:
    return "; ".join(settings.authors) or "The authors of the data package"


def citation_html(settings: Settings, cff: dict, data_licence: str = "") -> str:
    """The sentence to cite the book by: the package's authors and title with the
    project's version and release date (``cff``: the project's ``CITATION.cff``)."""
    released = str(cff.get("date-released", ""))
    return _CITATION.render(
        authors=_authors(settings),
        year=released[:4],
        title=book_title(settings),
        version=cff.get("version", ""),
        released=_long_date(released),
        code_licence=f"{cff.get('license', 'MIT')} License",
        data_licence=data_licence,
    )


def _long_date(iso: str) -> str:
    try:
        return dt.date.fromisoformat(iso).strftime("%-d %B %Y")
    except ValueError:
        return iso


def _bib_text(value: str) -> str:
    """A value for a BibTeX field: braces balanced, nothing that would open a command."""
    cleaned = value.replace("\\", "").replace("{", "(").replace("}", ")")
    return " ".join(cleaned.split())


def citation_bibtex(settings: Settings, cff: dict) -> str:
    """The book's BibTeX entry (shown as a literal block, never parsed as markup)."""
    released = str(cff.get("date-released", ""))
    authors = " and ".join("{" + _bib_text(a) + "}" for a in settings.authors) or "{The authors}"
    lines = [
        f"@software{{contested_counts_{released[:4]},",
        f"  author  = {{{authors}}},",
        f"  title   = {{{_bib_text(book_title(settings))}}},",
        f"  version = {{{_bib_text(str(cff.get('version', '')))}}},",
        f"  year    = {{{released[:4]}}},",
        f"  date    = {{{released}}},",
    ]
    if settings.citation_note:
        lines.append(f"  note    = {{{_bib_text(settings.citation_note)}}}")
    return "\n".join(lines).rstrip(",") + "\n}\n"


def citation_cff(settings: Settings, cff: dict) -> str:
    """The Citation File Format record of the book built on this package: the project's
    record with the package's title, authors, abstract and keywords."""
    record = dict(cff)
    record["title"] = book_title(settings)
    if settings.authors:
        record["authors"] = [{"name": name} for name in settings.authors]
    if settings.citation_note:
        record["abstract"] = settings.citation_note.rstrip(".") + "."
    if settings.keywords:
        record["keywords"] = list(settings.keywords)
    return yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=88)


def _data_licence(data_dir: Path) -> str:
    try:
        descriptor = json.loads((data_dir / "datapackage.json").read_text(encoding="utf-8"))
        licence = descriptor.get("licenses", [{}])[0]
    except (OSError, ValueError, IndexError):
        return ""
    return str(licence.get("name") or licence.get("title") or "")


def front_files(data_dir: Path, project_root: Path) -> dict[str, bytes]:
    """The files the landing page and "How to cite" include, by path in the scratch book:
    ``_generated/lead.html``, ``introduction.html``, ``corpus.html``, ``citation.html``,
    ``citation.bib``, ``CITATION.cff`` and ``corpus.bib`` (the package's bibliography, or
    an empty one). ``SettingsError`` when ``book.yml`` has problems."""
    settings = load_settings(data_dir)
    cff_path = project_root / "CITATION.cff"
    cff = yaml.safe_load(cff_path.read_text(encoding="utf-8")) if cff_path.is_file() else {}
    bib = settings.bibliography.read_bytes() if settings.bibliography else b""
    files = {
        "lead.html": lead_html(settings),
        "introduction.html": block_html(
            settings.introduction,
            "What do the documents claim, and where do their accounts agree or differ?",
        ),
        "corpus.html": block_html(
            settings.corpus, "The package describes its documents in sources.csv."
        ),
        "citation.html": citation_html(settings, cff, _data_licence(data_dir)),
        "citation.bib": citation_bibtex(settings, cff),
        "CITATION.cff": citation_cff(settings, cff),
    }
    out = {f"{GENERATED}/{name}": text.encode("utf-8") for name, text in files.items()}
    out[f"{GENERATED}/{CORPUS_BIB}"] = bib or b"% The data package has no bibliography.\n"
    return out


def with_corpus_bibliography(config: bytes) -> bytes:
    """The book's ``_config.yml`` with the package's bibliography added to
    ``bibtex_bibfiles`` (the project's own references stay first)."""
    data = _with_bibfile(yaml.safe_load(config.decode("utf-8")))
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


def _with_bibfile(data: dict) -> dict:
    files = list(data.get("bibtex_bibfiles") or [])
    if f"{GENERATED}/{CORPUS_BIB}" not in files:
        files.append(f"{GENERATED}/{CORPUS_BIB}")
    data["bibtex_bibfiles"] = files
    return data


def with_package_settings(config: bytes, data_dir: Path) -> bytes:
    """The book's ``_config.yml`` for the package in ``data_dir``: its bibliography added
    (:func:`with_corpus_bibliography`), ``author`` from ``book.yml``'s ``authors`` and the
    footer's licence of the annotations from ``datapackage.json`` (none stated: said so).
    The theme writes both into every page without escaping them, so they are escaped here.
    A ``book.yml`` with problems leaves them as they are (its problems are reported by
    :func:`front_files`)."""
    from newsclaims.data.settings import SettingsError

    data = _with_bibfile(yaml.safe_load(config.decode("utf-8")))
    try:
        settings = load_settings(data_dir)
    except SettingsError:
        settings = None
    if settings is not None and settings.authors:
        data["author"] = str(escape(", ".join(settings.authors)))
    licence = _data_licence(data_dir)
    annotations = (
        f"Annotations under {licence}" if licence else "No licence stated for the annotations"
    )
    data.setdefault("html", {})["extra_footer"] = str(
        escape(f"Contested Counts: every number traced to a quote. {annotations}; code under MIT.")
    )
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")
