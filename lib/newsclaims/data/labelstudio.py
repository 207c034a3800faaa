"""Spans labelled in Label Studio as draft claim rows, and the package's documents as
Label Studio tasks: ``make labelstudio DATA=dir FILE=export.json``.

``python -m newsclaims.data.labelstudio tasks DIR [--out FILE]`` writes one task per
document (``data``: ``text``, the raw text as stored, and ``source_id``), to import into a
Label Studio project for text spans (a ``Labels`` tag over a ``Text`` tag).

``python -m newsclaims.data.labelstudio import EXPORT DIR [--out FILE]`` reads Label
Studio's JSON export (a list of tasks, each with ``data`` and ``annotations``, each
annotation with a ``result`` list whose span items carry ``value.start``, ``value.end``,
``value.text`` and ``value.labels``) and writes one draft row per labelled span, in the
columns of ``claims.csv``, to ``claims.labelstudio.csv`` in the package: a draft, never the
ledger. Each row has its quote and offsets in the raw document; its ``attribute`` is the
span's label when the label is an attribute of ``attributes.csv``; ``notes`` names the task,
the annotation and every label.

A task is matched to its document by ``data.source_id``, else by its text: the raw text
itself, or a stretch found once in one raw text (the offsets are shifted accordingly).
Label Studio counts offsets in UTF-16 code units, as JavaScript does; they are converted
to code points, and every span is checked against ``value.text`` (then anchored by it
when the offsets disagree). A task or a span that cannot be placed is reported, never
skipped in silence: :class:`ImportProblem` lists them all.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from newsclaims.data.anchor import locate
from newsclaims.data.corpus import load_documents, load_sources
from newsclaims.paths import resolve

OUTPUT = "claims.labelstudio.csv"
TASKS = "labelstudio_tasks.json"


class ImportProblem(ValueError):
    """The export cannot be read as described; ``problems`` lists every task and span."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


def tasks(data_dir: str | Path) -> list[dict]:
    """One Label Studio task per document: ``{"data": {"text", "source_id", "outlet"}}``."""
    sources = load_sources(data_dir).set_index("source_id")
    return [
        {"data": {"text": doc.text, "source_id": sid, "outlet": str(sources.loc[sid, "outlet"])}}
        for sid, doc in load_documents(data_dir).items()
    ]


def code_points(text: str, utf16: int) -> int:
    """The code-point offset of a UTF-16 offset into ``text``."""
    units = 0
    for index, char in enumerate(text):
        if units >= utf16:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def _task_text(task: dict) -> str:
    data = task.get("data") or {}
    if isinstance(data.get("text"), str):
        return data["text"]
    texts = [v for v in data.values() if isinstance(v, str)]
    return max(texts, key=len) if texts else ""


def _place(task: dict, texts: dict[str, str]) -> tuple[str, int] | None:
    """The task's document and the offset of the task's text in it."""
    data = task.get("data") or {}
    source_id = data.get("source_id")
    text = _task_text(task)
    if source_id in texts:
        found = texts[source_id].find(text)
        return (source_id, max(found, 0))
    for sid, raw in texts.items():
        if raw == text:
            return sid, 0
    hits = [(sid, raw.find(text)) for sid, raw in texts.items() if text and raw.count(text) == 1]
    return hits[0] if len(hits) == 1 else None


def draft_rows(export: list[dict], data_dir: str | Path) -> list[dict[str, str]]:
    """The draft rows of the module docstring; :class:`ImportProblem` for tasks or spans
    that cannot be placed."""
    root = resolve(data_dir)
    documents = load_documents(root)
    texts = {sid: doc.text for sid, doc in documents.items()}
    attributes = _attributes(root)
    problems: list[str] = []
    rows: list[dict[str, str]] = []
    numbers: dict[str, int] = {}
    for t_index, task in enumerate(export):
        where = f"task {task.get('id', t_index)}"
        placed = _place(task, texts)
        if placed is None:
            problems.append(f"{where}: its text is not the text of any document of the package")
            continue
        source_id, shift = placed
        task_text = _task_text(task)
        for annotation in task.get("annotations") or []:
            for item in annotation.get("result") or []:
                value = item.get("value") or {}
                if "start" not in value or "end" not in value:
                    continue  # not a text span (a choice, a rating...)
                span = (
                    f"{where}, annotation {annotation.get('id', '?')}, result {item.get('id', '?')}"
                )
                start, end = _offsets(task_text, value)
                quote = value.get("text", task_text[start:end])
                raw = texts[source_id]
                anchor = locate(raw, quote, start=shift + start, name=source_id)
                if not anchor.found:
                    problems.append(
                        f"{span}: {quote!r} not at {value['start']}-{value['end']}: {anchor.detail}"
                    )
                    continue
                labels = [str(label) for label in value.get("labels") or []]
                attribute = next((label for label in labels if label in attributes), "")
                section = documents[source_id].section_at(anchor.start, anchor.end)
                note = f"Label Studio {span}: labels {', '.join(labels) or 'none'}"
                if section != "body":
                    note += f"; the span lies in the page's {section}, not in the article body"
                numbers[source_id] = numbers.get(source_id, 0) + 1
                rows.append(
                    {
                        "claim_id": f"{source_id}-ls{numbers[source_id]:03d}",
                        "source_id": source_id,
                        "quote": quote,
                        "start": str(anchor.start),
                        "end": str(anchor.end),
                        "attribute": attribute,
                        "notes": note,
                    }
                )
    if problems:
        raise ImportProblem(problems)
    return rows


def _offsets(text: str, value: dict) -> tuple[int, int]:
    start, end = int(value["start"]), int(value["end"])
    if text[start:end] == value.get("text", text[start:end]):
        return start, end
    return code_points(text, start), code_points(text, end)


def _attributes(root: Path) -> set[str]:
    path = root / "attributes.csv"
    if not path.is_file():
        return set()
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["attribute"] for row in csv.DictReader(handle)}


def write_rows(rows: list[dict[str, str]], data_dir: str | Path, out: str | Path | None) -> Path:
    """Write draft rows in the columns of the package's ``claims.csv``."""
    root = resolve(data_dir)
    with (root / "claims.csv").open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    target = Path(out) if out else root / OUTPUT
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=header, extrasaction="ignore", lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows({c: row.get(c, "") for c in header} for row in rows)
    return target


def main(argv: list[str] | None = None) -> int:
    """The command line (module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("tasks", help="write the documents as Label Studio tasks")
    make.add_argument("data_dir")
    make.add_argument("--out")
    read = commands.add_parser("import", help="read a Label Studio JSON export into draft rows")
    read.add_argument("export")
    read.add_argument("data_dir")
    read.add_argument("--out")
    args = parser.parse_args(argv)
    if args.command == "tasks":
        target = Path(args.out) if args.out else resolve(args.data_dir) / TASKS
        target.write_text(
            json.dumps(tasks(args.data_dir), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"wrote {target}: import it into a Label Studio project for text spans")
        return 0
    try:
        export = json.loads(Path(args.export).read_text(encoding="utf-8"))
        rows = draft_rows(export if isinstance(export, list) else [export], args.data_dir)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    target = write_rows(rows, args.data_dir, args.out)
    print(f"wrote {len(rows)} draft row(s) to {target}; the ledger (claims.csv) was not changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
