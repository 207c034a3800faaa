"""The scaffold README's worked example, done as a new user would: its document, its added
attribute and its three claims go into a fresh package, make anchor fills the offsets the
README prints, and the package validates."""

from __future__ import annotations

from support.worked_example import make_worked_example

from newsclaims.data.package import load_ledger
from newsclaims.data.validate import validate


def test_the_worked_example_anchors_and_validates(tmp_path):
    package, printed = make_worked_example(tmp_path / "example")
    ledger = load_ledger(package)
    anchored = list(
        zip(ledger.claims["start"].astype(str), ledger.claims["end"].astype(str), strict=True)
    )
    assert anchored == printed
    report = validate(package)
    assert report.ok, [str(p) for p in report.problems]
    # A new user's first package has no places and no lexicon terms yet: that is allowed.
    assert ledger.places.empty and ledger.lexicon.empty
