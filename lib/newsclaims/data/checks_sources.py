"""The checks of the raw documents: each source's file is inside the package, no larger
than :data:`newsclaims.data.corpus.MAX_DOCUMENT_BYTES`, listed with the right checksum in
``raw/SHA256SUMS`` and valid UTF-8; its spans cut it into sections; its publication dates
agree.

Files are read only through :mod:`newsclaims.data.files`: a name that leaves the package
or a symbolic link is refused, and no message says anything about a file outside it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from newsclaims.data.checksums import CHECKSUMS, parse_manifest
from newsclaims.data.corpus import (
    MAX_DOCUMENT_BYTES,
    CorpusError,
    Document,
    decode_text,
    parse_spans,
)
from newsclaims.data.files import PackageFileError, read_package_file
from newsclaims.data.schema import Problem, Table


def _line(row: dict[str, str]) -> int:
    return int(row["__line__"])


def check_sources(
    root: Path,
    tables: dict[str, Table],
    documents: dict[str, Document],
    changed: set[str] | None = None,
) -> list[Problem]:
    """Raw files exist inside the package, match their checksums and decode; spans cut each
    document into sections; publication dates agree. Every readable document is added to
    ``documents``; the source id of a document whose file does not match its checksum is
    added to ``changed``, so that its quotes are not also reported one by one."""
    sources = tables.get("sources")
    if sources is None or not sources.readable:
        return []
    problems = []
    listed = _read_checksums(root, problems)
    for row in sources.rows:
        where = ("sources.csv", _line(row), row["source_id"])
        try:
            data = read_package_file(root, row["file"], MAX_DOCUMENT_BYTES)
        except FileNotFoundError:
            problems.append(Problem(*where, "file", f"raw file {row['file']} does not exist"))
            continue
        except PackageFileError as exc:
            problems.append(Problem(*where, "file", str(exc)))
            continue
        name = row["file"].rsplit("/", 1)[-1]
        is_changed = False
        if listed is not None:
            expected = listed.get(name)
            if expected is None:
                problems.append(
                    Problem(*where, "file", f"{row['file']} is not listed in {CHECKSUMS}")
                )
            elif expected != hashlib.sha256(data).hexdigest():
                is_changed = True
                problems.append(
                    Problem(
                        *where,
                        "file",
                        f"{row['file']} does not match its checksum in"
                        f" {CHECKSUMS}: raw files must never change (the quotes of this"
                        " document are not checked until it is restored)",
                    )
                )
        try:
            text = decode_text(data, row["file"])
        except CorpusError as exc:
            problems.append(Problem(*where, "file", str(exc)))
            continue
        try:
            body = parse_spans(row["body_spans"])
            comments = parse_spans(row["comments_spans"])
            doc = Document(row["source_id"], root / row["file"], text, body, comments)
            doc.sections  # noqa: B018 -- cutting the sections checks overlaps and bounds
        except CorpusError as exc:
            problems.append(Problem(*where, "body_spans/comments_spans", str(exc)))
            continue
        documents[row["source_id"]] = doc
        if is_changed and changed is not None:
            changed.add(row["source_id"])
        problems.extend(_check_published(row, where))
    if listed is not None:
        files = {r["file"].rsplit("/", 1)[-1] for r in sources.rows}
        for name in sorted(set(listed) - files):
            problems.append(
                Problem(CHECKSUMS, None, name, "", "listed but no source in sources.csv uses it")
            )
    return problems


def _check_published(row: dict[str, str], where: tuple) -> list[Problem]:
    problems = []
    for name in ("published_earliest", "published_latest"):
        if row["published"] and row[name] and row[name] != row["published"]:
            problems.append(
                Problem(
                    *where,
                    name,
                    f"expected {row['published']} (the published date); found {row[name]}",
                )
            )
    if (
        row["published_earliest"]
        and row["published_latest"]
        and (row["published_latest"] < row["published_earliest"])
    ):
        problems.append(Problem(*where, "published_latest", "is before published_earliest"))
    if row["published_basis"] == "unknown" and row["published"]:
        problems.append(Problem(*where, "published", "a date is given but the basis says unknown"))
    return problems


def _read_checksums(root: Path, problems: list[Problem]) -> dict[str, str] | None:
    try:
        data = read_package_file(root, CHECKSUMS, MAX_DOCUMENT_BYTES)
    except FileNotFoundError:
        problems.append(Problem(CHECKSUMS, None, "", "", "checksum manifest is missing"))
        return None
    except PackageFileError as exc:
        problems.append(Problem(CHECKSUMS, None, "", "", str(exc)))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem(CHECKSUMS, None, "", "", f"not valid UTF-8 at byte {exc.start}"))
        return None
    listed, errors = parse_manifest(text)
    problems.extend(Problem(CHECKSUMS, number, "", "", message) for number, message in errors)
    return listed
