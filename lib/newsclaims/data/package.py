"""The validated data package as data frames: the entry point for every chapter."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from newsclaims.data.assessments import Assessment, read_assessments
from newsclaims.data.corpus import Document
from newsclaims.data.schema import project_descriptor
from newsclaims.data.validate import frames, require_valid
from newsclaims.paths import resolve


@dataclass(frozen=True)
class Ledger:
    """Every table of a valid package, typed by its schema (see
    :meth:`newsclaims.data.schema.Table.frame`), and its documents by ``source_id``.
    ``labels`` is the optional labels table (empty, with its columns, when the package has
    none); ``assessments`` the written assessments of its ``assessments/`` folder
    (:mod:`newsclaims.data.assessments`), in file-name order."""

    data_dir: Path
    sources: pd.DataFrame
    claims: pd.DataFrame
    events: pd.DataFrame
    actors: pd.DataFrame
    weapons: pd.DataFrame
    places: pd.DataFrame
    attributes: pd.DataFrame
    lexicon: pd.DataFrame
    documents: dict[str, Document]
    labels: pd.DataFrame = field(default_factory=lambda: empty_table("labels"))
    assessments: tuple[Assessment, ...] = ()

    @property
    def source_ids(self) -> list[str]:
        """The sources in ``sources.csv`` order (the order of every table and figure)."""
        return list(self.sources["source_id"])


def load_ledger(data_dir: str | Path = "data") -> Ledger:
    """Validate the package and return its tables; raises ``ValidationError`` naming every
    problem rather than returning partial data."""
    return _load(resolve(data_dir).resolve())


@lru_cache(maxsize=4)
def _load(root: Path) -> Ledger:
    report = require_valid(root)
    tables = with_optional_columns(frames(report))
    return Ledger(
        data_dir=root,
        sources=tables["sources"],
        claims=tables["claims"],
        events=tables["events"],
        actors=tables["actors"],
        weapons=tables["weapons"],
        places=tables["places"],
        attributes=tables["attributes"],
        lexicon=tables["lexicon"],
        documents=report.documents,
        labels=tables.get("labels", empty_table("labels")),
        assessments=tuple(read_assessments(root, report.tables)[0]),
    )


def empty_table(resource: str) -> pd.DataFrame:
    """A table of the project's schema with its columns and no row (an optional table a
    package leaves out)."""
    columns = [f["name"] for f in project_descriptor_resource(resource)["schema"]["fields"]]
    return pd.DataFrame({c: pd.Series(dtype="string") for c in columns})


def project_descriptor_resource(resource: str) -> dict:
    """The project's description of one table."""
    return next(r for r in project_descriptor()["resources"] if r["name"] == resource)


def with_optional_columns(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """``tables`` (data frames by resource name) with every optional column of the project's
    schema that a table lacks added, empty: a package described by an older descriptor
    reads as one whose optional columns are blank. Columns already there are kept as read."""
    for resource in project_descriptor()["resources"]:
        frame = tables.get(resource["name"])
        if frame is None:
            continue
        missing = [
            f["name"]
            for f in resource["schema"]["fields"]
            if f.get("optional") and f["name"] not in frame.columns
        ]
        if missing:
            tables[resource["name"]] = frame.assign(**dict.fromkeys(missing, ""))
    return tables
