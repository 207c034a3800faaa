"""Assemble the scratch copy of the book: the book's own files, the pages generated from
the data (the source viewer, the key findings) and the result files it publishes.

Pages from the data are written as JSON under ``_generated/`` and shown by the
``generated`` directive (:mod:`newsclaims.build.generated`); the Markdown written here
holds no data, only the directive and a name."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from newsclaims.build.files import files_under, write_if_changed
from newsclaims.build.layout import Layout
from newsclaims.build.toc import toc_files
from newsclaims.paths import resolve
from newsclaims.report.front import front_files, with_package_settings

if TYPE_CHECKING:
    from newsclaims.analysis.compare import Comparison
    from newsclaims.data.package import Ledger
    from newsclaims.report.html import Page

# Files and folders of the book copied verbatim into the scratch source.
BOOK_FILES = ("_config.yml", "_toc.yml", "index.md", "references.bib", "CITATION.cff")
BOOK_FOLDERS = ("_static",)
GENERATED = Path("_generated")
KEY_FINDINGS = GENERATED / "key_findings.json"


def assemble(layout: Layout, generate: bool = True) -> None:
    """Copy the book's own files into the scratch source and, when ``generate``, write the
    pages generated from the data (source viewer, key findings)."""
    root = layout.root
    for name in BOOK_FILES:
        if (root / name).is_file():
            content = (root / name).read_bytes()
            if name == "_config.yml":
                content = with_package_settings(content, resolve(layout.data_dir))
            write_if_changed(layout.src / name, content)
    for folder in BOOK_FOLDERS:
        for path in files_under(root / folder):
            write_if_changed(layout.src / path.relative_to(root), path.read_bytes())
    for entry in toc_files(root / "_toc.yml"):
        page = root / entry
        for candidate in (page, page.with_suffix(".md")):
            if candidate.suffix == ".md" and candidate.is_file():
                write_if_changed(layout.src / candidate.relative_to(root), candidate.read_bytes())
    if generate or not (layout.src / KEY_FINDINGS).is_file():
        # Imported here: a build with unchanged data never needs pandas in this process.
        from newsclaims.data.package import load_ledger

        ledger = load_ledger(layout.data_dir)
        # What the landing page and "How to cite" say of this corpus: the package's settings.
        for name, content in front_files(resolve(layout.data_dir), root).items():
            write_if_changed(layout.src / name, content)
        from newsclaims.analysis.compare import comparison

        result = comparison(ledger)
        write_source_pages(ledger, layout.src / "sources", result=result)
        findings = key_findings_page(ledger, result)
        write_if_changed(layout.src / KEY_FINDINGS, findings.to_json().encode())
    # Served as <html root>/results/ through html_extra_path.
    published = layout.src / "extra" / "results"
    expected = set()
    for path in files_under(layout.results):
        target = published / path.relative_to(layout.results)
        expected.add(target)
        write_if_changed(target, path.read_bytes())
    for stale in set(files_under(published)) - expected if published.is_dir() else ():
        stale.unlink()


def key_findings_page(ledger: Ledger, result: Comparison | None = None) -> Page:
    """The landing page's key findings, written from the results and the package's ranked
    assessments (``index.md`` shows them with the ``generated`` directive,
    :mod:`newsclaims.build.generated`). ``SystemExit`` naming the file and the selector when an
    assessment names a slot the comparison does not have."""
    from newsclaims.analysis.compare import comparison
    from newsclaims.report.html import Page, Part
    from newsclaims.report.labels import Labels
    from newsclaims.report.narrative import key_findings, selector_problems

    result = result or comparison(ledger)
    problems = selector_problems(ledger.assessments, result.slots)
    if problems:
        raise SystemExit(
            "the written assessments name slots the comparison does not have; correct the"
            " selectors (slots.csv lists every slot):\n" + "\n".join(problems)
        )
    labels = Labels.from_ledger(ledger)
    return Page("", (Part(key_findings(result, labels, ledger.assessments)),))


def stub(key: str) -> str:
    """The MyST source of a generated page: the ``generated`` directive alone, naming the
    page's JSON (``key`` is made of ids the schema restricts to ``[a-z0-9_]``)."""
    return f"```{{generated}} {key}\n```\n"


def write_source_pages(
    ledger: Ledger, folder: Path, generated: Path | None = None, result: Comparison | None = None
) -> list[Path]:
    """Write the viewer's pages into ``folder``: for each page a MyST stub (:func:`stub`)
    and its JSON under ``generated`` (default ``<folder>/../_generated/<folder name>``),
    only where the bytes changed; remove the pages of sources that are gone. With the
    comparison ``result``, each claim links to the slot it is compared in. Returns the
    stubs."""
    from newsclaims.report.labels import Labels
    from newsclaims.report.sources import source_pages, where_compared

    generated = generated or folder.parent / GENERATED / folder.name
    written, data = [], []
    places, assessed = (
        where_compared(result.slots, result.claims, ledger.assessments, Labels.from_ledger(ledger))
        if result is not None
        else (None, None)
    )
    for name, page in source_pages(ledger, places, assessed).items():
        write_if_changed(folder / f"{name}.md", stub(f"{folder.name}/{name}").encode())
        write_if_changed(generated / f"{name}.json", page.to_json().encode("utf-8"))
        written.append(folder / f"{name}.md")
        data.append(generated / f"{name}.json")
    for stale in set(folder.glob("*.md")) - set(written):
        stale.unlink()
    for stale in set(generated.glob("*.json")) - set(data):
        stale.unlink()
    return written
