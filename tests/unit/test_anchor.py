"""Quotes anchored in their raw text: exact occurrences, a prefix to pick one of several,
and the loose match with its first differing character when the quote is not verbatim."""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata

import pytest

from newsclaims.data.anchor import (
    describe_missing,
    difference_hints,
    first_difference,
    locate,
    loose_fold,
    loose_match,
    occurrences,
)
from newsclaims.data.anchor_ledger import ANCHORED, anchor_ledger, anchor_rows, main
from newsclaims.text.names import names_match

TEXT = (
    "On 22 April the group handed over 14 tanks. The army said 14 tanks were intact.\n"
    "«أسر مئتي مقاتل» وإطلاق سراح ٢٠ آخرين. The convoy left at 2\u00a0pm for Ma\u2019arrat."
)

AT = TEXT.index("مئتي مقاتل")


def test_a_single_occurrence_is_found_and_right_offsets_are_kept():
    anchor = locate(TEXT, "handed over 14 tanks")
    assert anchor.status == "found"
    assert TEXT[anchor.start : anchor.end] == "handed over 14 tanks"
    kept = locate(TEXT, "handed over 14 tanks", start=anchor.start)
    assert (kept.status, kept.start) == ("kept", anchor.start)


def test_several_occurrences_need_a_prefix():
    ambiguous = locate(TEXT, "14 tanks")
    assert ambiguous.status == "ambiguous" and not ambiguous.found
    assert ambiguous.occurrences == tuple(occurrences(TEXT, "14 tanks"))
    assert len(ambiguous.occurrences) == 2
    assert "give a prefix" in ambiguous.detail and "(after " in ambiguous.detail
    second = locate(TEXT, "14 tanks", prefix="The army said ")
    assert second.status == "prefix"
    assert second.start == ambiguous.occurrences[1]
    # A prefix that precedes neither occurrence decides nothing.
    assert locate(TEXT, "14 tanks", prefix="nobody said ").status == "ambiguous"
    # Wrong offsets are not kept: the occurrence the prefix picks is.
    assert locate(TEXT, "14 tanks", prefix="over ", start=3).start == ambiguous.occurrences[0]


def test_loose_fold_maps_every_character_back():
    folded, origin = loose_fold("Caf" + unicodedata.normalize("NFD", "é") + "\u00a0 «أسر»")
    assert folded == 'cafe "اسر"'
    assert len(origin) == len(folded)
    assert origin[3] == 3 and origin[4] == 5  # the combining accent is dropped


@pytest.mark.parametrize(
    ("quote", "hint"),
    [
        ("at 2 pm", "spaces differ"),
        ("Ma'arrat", "apostrophes differ"),
        ("اسر مئتي مقاتل", "hamza, alef"),
        ("\u200fأسر مئتي مقاتل", "invisible marks differ"),
        ("the Army said 14", "capitals differ"),
    ],
)
def test_a_quote_not_verbatim_gets_its_loose_match_and_the_kind_of_difference(quote, hint):
    start, end, score = loose_match(TEXT, quote)
    assert score == 100.0
    assert TEXT[start:end] != quote
    message = describe_missing(quote, TEXT, "000_test.txt")
    assert message.startswith("not found in 000_test.txt: expected verbatim text")
    assert f"text[{start}:{end}] loosely matches" in message
    assert hint in message
    assert locate(TEXT, quote).status == "loose"


def test_nfc_quote_against_nfd_raw_text():
    raw = "The mayor of " + unicodedata.normalize("NFD", "Hérault") + " said so."
    quote = unicodedata.normalize("NFC", "mayor of Hérault")
    message = describe_missing(quote, raw)
    assert "the quote is NFC, the raw text is NFD" in message
    assert "first difference at character 10" in message
    assert "U+00E9 LATIN SMALL LETTER E WITH ACUTE" in message


def test_a_typo_gets_the_nearest_stretch_and_its_first_difference():
    start, end, score = loose_match(TEXT, "The army sayd 14 tanks")
    assert TEXT[start:end] == "The army said 14 tanks"
    assert 80 <= score < 100
    message = describe_missing("The army sayd 14 tanks", TEXT)
    assert "is nearest" in message and "first difference at character 11" in message


def test_nothing_close():
    message = describe_missing("an entirely unrelated sentence about harvests", TEXT)
    assert "nothing in it resembles the quote" in message
    assert locate(TEXT, "an entirely unrelated sentence about harvests").status == "missing"


def test_first_difference_and_hints():
    assert first_difference("abc", "abc") is None
    assert first_difference("abc", "abd") == 2
    assert first_difference("ab", "abc") == 2
    assert difference_hints("same", "same") == []


# --- the ledger -------------------------------------------------------------------------


@pytest.fixture
def ledger(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "000_a.txt").write_text(TEXT, encoding="utf-8", newline="")
    (tmp_path / "sources.csv").write_text("source_id,file\na,raw/000_a.txt\n", encoding="utf-8")
    rows = [
        ["claim_id", "source_id", "quote", "start", "end", "prefix", "notes"],
        ["a-001", "a", "handed over 14 tanks", "", "", "", "blank offsets"],
        ["a-002", "a", "14 tanks", "0", "8", "The army said ", "wrong offsets, a prefix"],
        ["a-003", "a", "at 2 pm", "", "", "", "a space for a no-break space"],
        ["a-004", "a", "مئتي مقاتل", str(AT), str(AT + 10), "", "right already"],
    ]
    with (tmp_path / "claims.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    return tmp_path


def test_the_ledger_is_left_alone_and_an_anchored_copy_written(ledger):
    before = (ledger / "claims.csv").read_bytes()
    written, results = anchor_ledger(ledger)
    assert written == ledger / ANCHORED
    assert (ledger / "claims.csv").read_bytes() == before
    assert [r.anchor.status for r in results] == ["found", "prefix", "loose", "kept"]
    assert [r.changed for r in results] == [True, True, False, False]
    rows = list(csv.reader((ledger / ANCHORED).open(encoding="utf-8", newline="")))
    assert TEXT[int(rows[1][3]) : int(rows[1][4])] == "handed over 14 tanks"
    assert int(rows[2][3]) == TEXT.index("14 tanks", TEXT.index("said"))
    assert rows[3][3:5] == ["", ""]
    assert rows[4] == ["a-004", "a", "مئتي مقاتل", str(AT), str(AT + 10), "", "right already"]
    assert "claims.csv line 4, claim a-003: not anchored (loose)" in results[2].describe()


def test_write_keeps_a_backup_and_changes_only_offsets(ledger):
    before = (ledger / "claims.csv").read_text(encoding="utf-8")
    now = dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    written, _ = anchor_ledger(ledger, write=True, now=now)
    assert written == ledger / "claims.csv"
    backup = ledger / "backups" / "claims-20300102T030405Z.csv"
    assert backup.read_text(encoding="utf-8") == before
    after = list(csv.reader((ledger / "claims.csv").open(encoding="utf-8", newline="")))
    original = list(csv.reader(backup.open(encoding="utf-8", newline="")))
    for new, old in zip(after, original, strict=True):
        assert new[:3] + new[5:] == old[:3] + old[5:]
    assert after[1][3:5] != ["", ""]


def test_the_command_reports_and_fails_on_unanchored_quotes(ledger, capsys):
    assert main([str(ledger)]) == 1
    out = capsys.readouterr().out
    assert "4 claims: 1 already right, 2 filled or moved, 1 not anchored" in out
    assert "claims.csv was not changed" in out


def test_a_ledger_without_its_columns_is_refused(tmp_path):
    (tmp_path / "claims.csv").write_text("id,text\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("source_id,file\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no column 'claim_id'"):
        anchor_rows(tmp_path)


# --- names the issue lists ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Homs", "Homs"),
        ("حمص", "حمص"),
        ("Jabhat an-Nusra", "Jabhat al-Nusra"),
        ("Ma'arrat al-Nu'man", "Maarrat al-Numan"),
        ("Ma’arrat al-Nu’man", "Maarrat al-Numan"),
    ],
)
def test_names_that_match(a, b):
    assert names_match(a, b)


def test_names_that_still_differ():
    assert not names_match("Ahrar al-Sham", "Tahrir al-Sham")
    assert not names_match("Homs", "Hama")


def test_the_validator_names_the_loose_match(minipackage, tmp_path, edit_row):
    """A quote typed with a no-break space where the raw text has a space: the validator's
    message gives the loose match, the first differing character and the kind of difference."""
    import shutil

    from newsclaims.data.validate import validate

    package = tmp_path / "package"
    shutil.copytree(minipackage, package)
    edit_row(
        package / "claims.csv", "claim_id", "courier_en-001", quote="handed over\u00a012 tanks"
    )
    problems = [p for p in validate(package).problems if p.field == "quote"]
    assert len(problems) == 1
    message = problems[0].message
    assert message.startswith("not found in 000_courier_en.txt: expected verbatim text")
    assert "loosely matches: 'handed over 12 tanks'" in message
    assert "first difference at character 11" in message and "spaces differ" in message
