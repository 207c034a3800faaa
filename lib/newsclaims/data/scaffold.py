"""Start a new, empty data package to run the book on another corpus.

``python -m newsclaims.data.scaffold PATH`` (or ``make new-data NEW=PATH``) creates PATH
with:

- ``datapackage.json``: a copy of the project's descriptor as shipped with the library
  (:func:`newsclaims.data.schema.project_descriptor`), so the tables keep the schemas every
  chapter relies on;
- one CSV per resource holding only its header, except ``attributes.csv``, which is
  copied in full from the project's ``data/`` folder: it is the controlled vocabulary of
  what a claim can be about, and the chapters compare claims attribute by attribute;
- ``raw/`` with an empty ``SHA256SUMS`` manifest;
- ``README.md``: how to fill the package, step by step.

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

from newsclaims.data.checksums import CHECKSUMS, write_manifest
from newsclaims.data.schema import DESCRIPTOR, headers, project_descriptor
from newsclaims.paths import resolve

# Where the tables copied in full come from.
TEMPLATE = "data"
# Resources copied with their rows: the vocabulary a new corpus is annotated with.
COPIED_IN_FULL = ("attributes",)

README = """\
# A new data package for Contested Counts

This folder is an empty data package with the same tables and schemas as the book's own
`data/` folder. Fill it with your documents and their claims, and the book's chapters will
run on it. Every table is a CSV file encoded as UTF-8; `datapackage.json` describes each
column (its type, whether it is required, the values it allows). Edit the package's `name`
and `title` in `datapackage.json`; leave the schemas alone.

`attributes.csv` is not empty: it is copied in full from the book's package because it is
the controlled vocabulary of what a claim can be about (a number of tanks handed over, the
condition of the weapons, a term of an agreement...), and the chapters compare claims
attribute by attribute. Add an attribute only when none fits, and describe it there.

## Step by step

1. **Add the raw documents.** Save each page as UTF-8 text in `raw/` (for example
   `raw/000_outlet.txt`). Never edit a raw file afterwards: every offset in the ledger
   counts characters of the file exactly as stored.
2. **Checksum them.** From this folder, run

       (cd raw && sha256sum *.txt > SHA256SUMS)

   The manifest lists one `<sha256>  <file name>` line per raw file; validation fails if a
   raw file changes or is missing from it.
3. **Describe each document in `sources.csv`:** its id, file (`raw/...`), outlet, title,
   language, kind, publication date and how you know it (`published_basis`,
   `published_evidence`). Record where the article body lies as character spans
   `START-END` in `body_spans` (several spans separated by `;`), and one span per reader
   comment in `comments_spans`. Everything outside body and comments is page chrome
   (menus, donation widgets, captions, related headlines); only body text makes claims.
   To find a span, open the file in Python with
   `open(path, encoding="utf-8", newline="").read()` and use `text.find(...)`.
4. **Name the things the claims refer to:** `actors.csv` (outlets, inner sources, armed
   groups, governments, with every alias seen in the bodies), `places.csv` (with
   coordinates and where they come from), `weapons.csv` (one row per system, plus generic
   rows such as "tank, model not specified"), `events.csv` (the events the claims are
   about) and `lexicon.csv` (the terms the sources use for the same actors and acts).
5. **Record the claims in `claims.csv`,** one row per atomic claim: the verbatim `quote`
   from the body, its offsets `start` and `end` (so that `text[start:end] == quote`), an
   English `translation_en` when the quote is not in English, the event, the subject,
   the attribute and its value (numbers written plainly: `400000`, not `400,000`), the
   qualifier (`exact`, `more_than`, `about`, `dozens`...), the scope, whom the article
   relies on (`attributed_to`), and when the claimed thing happened. Claim ids are the
   source id, a hyphen and a three-digit number in document order (`mysource-001`).
6. **Validate,** from the project folder:

       make validate DATA=PATH/TO/THIS/FOLDER

   Every problem is listed with its file, line, id and field, and what was expected. Fix
   them all and run it again until it prints `valid`.
7. **Build the book** on your package:

       make book DATA=PATH/TO/THIS/FOLDER

   The pages are written to `_build/books/<folder name>/_build/html`.
"""


class ScaffoldError(ValueError):
    """The new package cannot be created where asked."""


def _header_only(path: Path, fields: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow(fields)


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
    descriptor = project_descriptor()
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
        else:
            _header_only(path, columns[resource["name"]])
    write_manifest(folder / CHECKSUMS, [])
    (folder / "README.md").write_text(README, encoding="utf-8")
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
