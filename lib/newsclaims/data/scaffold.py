"""Start a new, empty data package to run the book on another corpus.

``python -m newsclaims.data.scaffold PATH`` (or ``make new-data NEW=PATH``) creates PATH
with:

- ``datapackage.json``: the project's descriptor as shipped with the library
  (:func:`newsclaims.data.schema.project_descriptor`), so the tables keep the schemas every
  chapter relies on, with a neutral name and title for the new corpus;
- one CSV per resource holding only its header, except ``attributes.csv``, which is
  copied in full from the project's ``data/`` folder: it is the controlled vocabulary of
  what a claim can be about, and the chapters compare claims attribute by attribute;
- ``raw/`` with an empty ``SHA256SUMS`` manifest;
- ``assessments/`` with a ``README.md`` on writing assessments (the folder is optional);
- ``README.md``: how to fill the package, step by step, with a worked example of three
  claims; ``book.yml``: the settings of the book, every key commented;
  ``references.bib``: the corpus's bibliography, empty (all three from
  ``data/templates/``).

An empty package breaks no rule but one: validation reports its empty tables, since the
book needs rows to be built from. The scaffold never overwrites: a folder that
exists and holds anything is refused.
"""

from __future__ import annotations

import csv
import json
import shutil
import sys
from pathlib import Path

from newsclaims.data.assessments import FOLDER as ASSESSMENTS
from newsclaims.data.assessments import README as ASSESSMENTS_README
from newsclaims.data.checksums import CHECKSUMS, write_manifest
from newsclaims.data.schema import DESCRIPTOR, headers, project_descriptor
from newsclaims.paths import resolve

# Where the tables copied in full come from.
TEMPLATE = "data"
# Resources copied with their rows: the vocabulary a new corpus is annotated with.
COPIED_IN_FULL = ("attributes",)
# The labels table: only the labels of the copied vocabulary come along.
LABELS = "labels"

# The files every new package starts with, shipped with the library (data/templates/).
TEMPLATES = Path(__file__).resolve().parent / "templates"
STARTERS = ("README.md", "book.yml", "references.bib")
# A new package's descriptor says nothing of the project's own study.
NEUTRAL_NAME = "my-corpus"
NEUTRAL_TITLE = "A new corpus for Contested Counts: claims in the documents of this package"


class ScaffoldError(ValueError):
    """The new package cannot be created where asked."""


def _header_only(path: Path, fields: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow(fields)


def _vocabulary_labels(template: Path, path: Path) -> None:
    """The template's labels of the vocabulary copied in full (attributes and their
    category values), none of its corpus's own (events, origin groups, camps...)."""
    with template.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    kept = [r for r in rows[1:] if r and (r[0] == "attribute" or r[0].startswith("category:"))]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows([rows[0], *kept])


def write_descriptor(descriptor: dict, folder: Path) -> Path:
    """Write ``datapackage.json`` into ``folder`` as the project writes it (UTF-8, indented)."""
    path = folder / DESCRIPTOR
    path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def scaffold(target: str | Path, template: str | Path = TEMPLATE) -> Path:
    """Create an empty data package at ``target`` with the project's descriptor and the
    vocabulary tables of ``template``; returns the folder. Raises :class:`ScaffoldError` if
    ``target`` is a file or a folder that is not empty."""
    folder = resolve(target)
    source = resolve(template)
    if folder.exists() and not folder.is_dir():
        raise ScaffoldError(f"{folder}: exists and is a file; expected a new or empty folder")
    if folder.is_dir():
        present = sorted(p.name for p in folder.iterdir())
        if present:
            shown = ", ".join(present[:5]) + (", ..." if len(present) > 5 else "")
            raise ScaffoldError(
                f"{folder}: the folder is not empty ({len(present)} entries: {shown});"
                " the scaffold never overwrites, so choose a new or empty folder"
            )
    descriptor = {**project_descriptor(), "name": NEUTRAL_NAME, "title": NEUTRAL_TITLE}
    columns = headers(descriptor)
    for resource in descriptor["resources"]:
        if resource["name"] in COPIED_IN_FULL and not (source / resource["path"]).is_file():
            raise ScaffoldError(f"{source / resource['path']}: no vocabulary table to copy")
    folder.mkdir(parents=True, exist_ok=True)
    write_descriptor(descriptor, folder)
    for resource in descriptor["resources"]:
        path = folder / resource["path"]
        if resource["name"] in COPIED_IN_FULL:
            shutil.copyfile(source / resource["path"], path)
        elif resource["name"] == LABELS and (source / resource["path"]).is_file():
            _vocabulary_labels(source / resource["path"], path)
        else:
            _header_only(path, columns[resource["name"]])
    write_manifest(folder / CHECKSUMS, [])
    for name in STARTERS:
        shutil.copyfile(TEMPLATES / name, folder / name)
    (folder / ASSESSMENTS).mkdir()
    shutil.copyfile(TEMPLATES / "assessments-README.md", folder / ASSESSMENTS / ASSESSMENTS_README)
    return folder


def main(argv: list[str] | None = None) -> int:
    """The command line: ``python -m newsclaims.data.scaffold PATH``; exit status 1 when
    the folder cannot be used."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m newsclaims.data.scaffold PATH", file=sys.stderr)
        return 2
    try:
        folder = scaffold(args[0])
    except ScaffoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{folder}: empty data package created; read {folder / 'README.md'} to fill it")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
