"""The claims ledger as W3C Web Annotations: ``make annotations DATA=dir``.

``python -m newsclaims.data.webanno DIR [--out FILE]`` writes the package's claims as one
JSON-LD ``AnnotationCollection`` (the W3C Web Annotation Data Model, 2017), by default to
``claims.annotations.jsonld`` in the package. Each claim is one ``Annotation``:

- ``target``: the document (``source``: ``urn:contested-counts:document:<source_id>``, with
  the page's ``url`` as ``cc:url`` where known and its raw file as ``cc:file``) and two
  selectors of the quote: a ``TextQuoteSelector`` (``exact``, and up to
  :data:`CONTEXT` characters of ``prefix`` and ``suffix``) and a ``TextPositionSelector``
  (``start``, ``end``: code points of the raw file decoded as UTF-8, as the ledger counts
  them);
- ``body``: the claim as a structured resource (``type`` ``cc:Claim``): its attribute,
  value, unit, object, qualifier, scope, subject, event, the inner source it is attributed
  to, when it occurred, and the English translation of the quote as a ``TextualBody``;
- ``motivation``: ``describing``.

The ``cc:`` terms are the project's, defined in the collection's ``@context``. The package
must be valid (:func:`newsclaims.data.package.load_ledger`). Nothing in the package is
changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from newsclaims.data.package import Ledger, load_ledger

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
VOCABULARY = "urn:contested-counts:vocabulary:"
CONTEXT = 32
OUTPUT = "claims.annotations.jsonld"
BODY_FIELDS = {
    "attribute": "cc:attribute",
    "value": "cc:value",
    "unit": "cc:unit",
    "object": "cc:object",
    "qualifier": "cc:qualifier",
    "scope": "cc:scope",
    "subject": "cc:subject",
    "event_id": "cc:event",
    "attributed_to": "cc:attributedTo",
    "occurred_start": "cc:occurredStart",
    "occurred_end": "cc:occurredEnd",
    "occurred_precision": "cc:occurredPrecision",
    "modality": "cc:modality",
    "as_of": "cc:asOf",
}


def _text(value: object) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    text = str(value)
    return text or None


def annotation(claim: pd.Series, text: str, source: pd.Series) -> dict:
    """One claim as a Web Annotation (module docstring); ``text`` is its document's raw
    text and ``source`` its row of ``sources.csv``."""
    start, end = int(claim["start"]), int(claim["end"])
    body: dict = {"type": "cc:Claim", "id": f"urn:contested-counts:claim:{claim['claim_id']}"}
    for column, term in BODY_FIELDS.items():
        value = _text(claim.get(column))
        if value is not None:
            body[term] = value
    translation = _text(claim.get("translation_en"))
    if translation:
        body["cc:translation"] = {
            "type": "TextualBody",
            "value": translation,
            "language": "en",
            "format": "text/plain",
        }
    target: dict = {
        "source": f"urn:contested-counts:document:{claim['source_id']}",
        "cc:file": str(source["file"]),
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": claim["quote"],
                "prefix": text[max(0, start - CONTEXT) : start],
                "suffix": text[end : end + CONTEXT],
            },
            {"type": "TextPositionSelector", "start": start, "end": end},
        ],
    }
    url = _text(source.get("url"))
    if url:
        target["cc:url"] = url
    return {
        "id": f"urn:contested-counts:annotation:{claim['claim_id']}",
        "type": "Annotation",
        "motivation": "describing",
        "body": body,
        "target": target,
    }


def collection(ledger: Ledger, label: str = "") -> dict:
    """Every claim of the ledger, in ledger order, as one ``AnnotationCollection``."""
    sources = ledger.sources.set_index("source_id")
    items = [
        annotation(
            claim, ledger.documents[claim["source_id"]].text, sources.loc[claim["source_id"]]
        )
        for _, claim in ledger.claims.iterrows()
    ]
    return {
        "@context": [W3C_CONTEXT, {"cc": VOCABULARY}],
        "id": f"urn:contested-counts:collection:{ledger.data_dir.name}",
        "type": "AnnotationCollection",
        "label": label or f"The claims of the data package {ledger.data_dir.name}",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def export(data_dir: str | Path, out: str | Path | None = None) -> Path:
    """Write the collection of the package in ``data_dir`` (UTF-8 JSON, indented); returns
    the path written."""
    ledger = load_ledger(data_dir)
    target = Path(out) if out else ledger.data_dir / OUTPUT
    document = collection(ledger)
    target.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    """The command line (module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default="data")
    parser.add_argument("--out", help=f"output file (default: {OUTPUT} in the package)")
    args = parser.parse_args(argv)
    try:
        target = export(args.data_dir, args.out)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
