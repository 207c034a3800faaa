"""Validation of the data package: the real data passes, and every kind of bad input fails
with a message that names the place and what was expected.

Each bad fixture is a copy of ``data/`` (see the ``package`` fixture) with one change.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from newsclaims.data.schema import Problem
from newsclaims.data.validate import ValidationError, require_valid, validate

ZAMAN_RAW = "raw/000_b8b949e9e7d52454.txt"


def problems_in(data_dir: Path) -> list[Problem]:
    report = validate(data_dir)
    assert not report.ok, "expected the package to fail validation"
    return report.problems


def only(problems: list[Problem], **where: object) -> Problem:
    """The single problem whose fields equal ``where``."""
    matches = [p for p in problems if all(getattr(p, k) == v for k, v in where.items())]
    assert len(matches) == 1, f"expected one problem with {where}; got {problems}"
    return matches[0]


def claim_row(data_dir: Path, claim_id: str) -> tuple[int, dict[str, str]]:
    """The line and the cells of a claim, read with the csv module."""
    with (data_dir / "claims.csv").open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            if row["claim_id"] == claim_id:
                return line, row
    raise AssertionError(f"no claim {claim_id}")


def claim_line(data_dir: Path, claim_id: str) -> int:
    return claim_row(data_dir, claim_id)[0]


# ----------------------------------------------------------------------- the real data


def test_real_data_is_valid(data_dir):
    report = validate(data_dir)
    assert report.problems == []
    assert report.ok
    assert set(report.documents) == {
        "zamanalwasl",
        "southfront",
        "anapress",
        "eldorar",
        "smart",
    }
    assert require_valid(data_dir) is not None


def test_every_quote_sits_at_its_offsets_in_the_body(data_dir):
    """Checked with the csv module and the raw bytes, independently of the library."""
    with (data_dir / "sources.csv").open(encoding="utf-8", newline="") as handle:
        sources = {row["source_id"]: row for row in csv.DictReader(handle)}
    texts = {
        sid: (data_dir / row["file"]).read_bytes().decode("utf-8") for sid, row in sources.items()
    }
    bodies = {
        sid: [tuple(int(x) for x in span.split("-")) for span in row["body_spans"].split(";")]
        for sid, row in sources.items()
    }
    with (data_dir / "claims.csv").open(encoding="utf-8", newline="") as handle:
        claims = list(csv.DictReader(handle))
    assert len(claims) >= 100
    for claim in claims:
        text = texts[claim["source_id"]]
        start, end = int(claim["start"]), int(claim["end"])
        assert text[start:end] == claim["quote"], claim["claim_id"]
        assert any(s <= start and end <= e for s, e in bodies[claim["source_id"]]), claim[
            "claim_id"
        ]
        assert claim["claim_id"].startswith(claim["source_id"] + "-")


def test_a_rewritten_copy_is_still_valid(package, edit_row):
    """The fixture machinery itself introduces no problem (so each failure below comes from
    the one change it makes)."""
    edit_row(package / "claims.csv", "claim_id", "zamanalwasl-002")
    edit_row(package / "sources.csv", "source_id", "smart")
    assert validate(package).problems == []


# ------------------------------------------------------------------- one kind per test


def test_wrong_offsets(package, edit_row):
    _, row = claim_row(package, "zamanalwasl-002")
    start, end = int(row["start"]), int(row["end"])
    line = edit_row(
        package / "claims.csv",
        "claim_id",
        "zamanalwasl-002",
        start=str(start + 1),
        end=str(end + 1),
    )
    problem = only(problems_in(package))
    assert (problem.file, problem.line, problem.key, problem.field) == (
        "claims.csv",
        line,
        "zamanalwasl-002",
        "start",
    )
    assert f"expected text[{start + 1}:{end + 1}] == quote" in problem.message
    assert f"the quote is at {start}-{end}" in problem.message
    assert str(problem).startswith(f"claims.csv:{line} [zamanalwasl-002] start:")


def test_quote_not_in_source(package, edit_row):
    line = edit_row(
        package / "claims.csv",
        "claim_id",
        "zamanalwasl-002",
        quote="Jaish al-Islam did destroy its arsenal",
    )
    problem = only(problems_in(package))
    assert (problem.file, problem.line, problem.key, problem.field) == (
        "claims.csv",
        line,
        "zamanalwasl-002",
        "quote",
    )
    assert "not found in 000_b8b949e9e7d52454.txt" in problem.message
    assert "expected verbatim text" in problem.message


def test_unknown_source_id(package, edit_row):
    line = edit_row(package / "claims.csv", "claim_id", "zamanalwasl-002", source_id="nosuch")
    problems = problems_in(package)
    problem = only(problems, field="source_id")
    assert (problem.file, problem.line, problem.key) == ("claims.csv", line, "zamanalwasl-002")
    assert "unknown 'nosuch'" in problem.message
    assert "source_id in sources.csv" in problem.message
    assert all(p.key == "zamanalwasl-002" for p in problems)


@pytest.mark.parametrize("column", ["subject", "attributed_to"])
def test_unknown_actor(package, edit_row, column):
    line = edit_row(package / "claims.csv", "claim_id", "southfront-003", **{column: "nobody"})
    problem = only(problems_in(package))
    assert (problem.file, problem.line, problem.key, problem.field) == (
        "claims.csv",
        line,
        "southfront-003",
        column,
    )
    assert "unknown 'nobody'" in problem.message
    assert "no such actor_id in actors.csv" in problem.message


def test_arabic_quote_without_translation(package, edit_row):
    line = edit_row(package / "claims.csv", "claim_id", "anapress-002", translation_en="")
    problem = only(problems_in(package))
    assert (problem.file, problem.line, problem.key, problem.field) == (
        "claims.csv",
        line,
        "anapress-002",
        "translation_en",
    )
    assert "is required" in problem.message


def test_duplicate_claim_id(package, edit_row):
    first = claim_line(package, "zamanalwasl-002")
    line = edit_row(
        package / "claims.csv", "claim_id", "zamanalwasl-003", claim_id="zamanalwasl-002"
    )
    problem = only(problems_in(package))
    assert (problem.file, problem.line, problem.key, problem.field) == (
        "claims.csv",
        line,
        "zamanalwasl-002",
        "claim_id",
    )
    assert f"duplicate id 'zamanalwasl-002'; first used on line {first}" in problem.message


def test_claim_inside_reader_comments(package, edit_row, data_dir):
    with (data_dir / "sources.csv").open(encoding="utf-8", newline="") as handle:
        southfront = next(r for r in csv.DictReader(handle) if r["source_id"] == "southfront")
    start, end = (int(x) for x in southfront["comments_spans"].split(";")[1].split("-"))
    text = (data_dir / southfront["file"]).read_bytes().decode("utf-8")
    comment = text[start:end]
    line = edit_row(
        package / "claims.csv",
        "claim_id",
        "southfront-001",
        quote=comment,
        start=str(start),
        end=str(end),
    )
    problem = only(problems_in(package))
    assert (problem.file, problem.line, problem.key, problem.field) == (
        "claims.csv",
        line,
        "southfront-001",
        "start",
    )
    assert f"the page's comments ({start}-{end})" in problem.message
    assert "not in the article body" in problem.message


def test_claim_inside_page_chrome(package, edit_row):
    headline = "جيش الإسلام يبرر انسحابه من القلمون"  # glued to the body at offset 1333
    line = edit_row(
        package / "claims.csv",
        "claim_id",
        "anapress-002",
        quote=headline,
        start="1333",
        end=str(1333 + len(headline)),
    )
    problem = only(problems_in(package))
    assert (problem.file, problem.line, problem.key, problem.field) == (
        "claims.csv",
        line,
        "anapress-002",
        "start",
    )
    assert f"the page's chrome (1333-{1333 + len(headline)})" in problem.message


def test_impossible_date(package, edit_row):
    line = edit_row(
        package / "claims.csv", "claim_id", "zamanalwasl-002", occurred_end="2018-02-30"
    )
    problems = problems_in(package)
    problem = only(problems, field="occurred_end")
    assert (problem.file, problem.line, problem.key) == ("claims.csv", line, "zamanalwasl-002")
    assert "expected an ISO date YYYY-MM-DD; found '2018-02-30'" in problem.message


def test_impossible_date_is_not_also_reported_as_missing(package, edit_row):
    edit_row(package / "claims.csv", "claim_id", "zamanalwasl-002", occurred_end="2018-02-30")
    problems = problems_in(package)
    assert not [p for p in problems if "no date is given" in p.message]


def test_occurrence_decades_after_publication(package, edit_row):
    line = edit_row(
        package / "claims.csv", "claim_id", "zamanalwasl-002", occurred_end="2048-04-22"
    )
    problem = only(problems_in(package))
    assert (problem.file, problem.line, problem.key, problem.field) == (
        "claims.csv",
        line,
        "zamanalwasl-002",
        "occurred_end",
    )
    # The source was published on 2018-04-22; plans may reach a year beyond.
    assert "2048-04-22 is out of range" in problem.message
    assert "expected between 1900-01-01 and 2019-04-22" in problem.message


def test_renamed_column(package):
    path = package / "claims.csv"
    raw = path.read_bytes()
    header, rest = raw.split(b"\n", 1)
    path.write_bytes(header.replace(b",quote,", b",quotation,") + b"\n" + rest)
    problem = only(problems_in(package))
    assert (problem.file, problem.line) == ("claims.csv", 1)
    assert "header does not match the schema" in problem.message
    assert "missing quote" in problem.message
    assert "unexpected quotation" in problem.message
    assert "expected claim_id,source_id,quote,start,end," in problem.message


def test_columns_in_another_order(package):
    path = package / "events.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[0] = lines[0].replace("event_id,name", "name,event_id")
    path.write_text("".join(lines), encoding="utf-8", newline="")
    problems = problems_in(package)
    problem = only(problems, file="events.csv")
    assert problem.line == 1
    assert "same columns in another order" in problem.message


def test_non_utf8_claims_file(package):
    path = package / "claims.csv"
    lines = path.read_bytes().split(b"\n")
    line = claim_line(package, "zamanalwasl-002")
    lines[line - 1] = lines[line - 1].replace(b"its arsenal", "its arsenal café".encode("latin-1"))
    path.write_bytes(b"\n".join(lines))
    problem = only(problems_in(package))
    assert (problem.file, problem.line) == ("claims.csv", line)
    assert "not valid UTF-8 (byte 0xe9" in problem.message
    assert "save the file as UTF-8" in problem.message


def test_non_utf8_raw_file(package):
    path = package / ZAMAN_RAW
    text = path.read_bytes().decode("utf-8")
    # One byte per character: the no-break space becomes byte 0xa0 at its own offset.
    path.write_bytes(text.encode("latin-1", errors="replace"))
    at = text.index("\xa0")
    problems = problems_in(package)
    assert len(problems) == 2
    for problem in problems:
        assert (problem.file, problem.line, problem.key, problem.field) == (
            "sources.csv",
            2,
            "zamanalwasl",
            "file",
        )
    decoding = next(p for p in problems if "UTF-8" in p.message)
    assert "000_b8b949e9e7d52454.txt" in decoding.message
    assert f"not valid UTF-8 at byte {at} (byte 0xa0)" in decoding.message
    # Changing the encoding changed the bytes: the checksum fails too.
    checksum = next(p for p in problems if "checksum" in p.message)
    assert f"{ZAMAN_RAW} does not match its checksum in raw/SHA256SUMS" in checksum.message


def test_row_with_wrong_number_of_cells(package):
    path = package / "claims.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    line = claim_line(package, "zamanalwasl-003")
    lines[line - 1] += ",one cell too many"
    path.write_text("\n".join(lines), encoding="utf-8")
    problem = only(problems_in(package))
    assert (problem.file, problem.line) == ("claims.csv", line)
    assert "row has 23 cells; expected 22" in problem.message
    assert "(claim_id,source_id,quote," in problem.message


def test_unknown_category_value(package, edit_row):
    line = edit_row(package / "claims.csv", "claim_id", "zamanalwasl-002", value="melted")
    problem = only(problems_in(package))
    assert (problem.file, problem.line, problem.key, problem.field) == (
        "claims.csv",
        line,
        "zamanalwasl-002",
        "value",
    )
    assert (
        "expected one of intact, disabled, destroyed, unknown, not_destroyed; found 'melted'"
        in problem.message
    )


def test_raw_file_changed(package):
    path = package / ZAMAN_RAW
    text = path.read_bytes().decode("utf-8")
    assert "Special Reports" in text  # chrome: no offset of the ledger moves
    path.write_bytes(text.replace("Special Reports", "Special reports").encode("utf-8"))
    problem = only(problems_in(package))
    assert (problem.file, problem.line, problem.key, problem.field) == (
        "sources.csv",
        2,
        "zamanalwasl",
        "file",
    )
    assert f"{ZAMAN_RAW} does not match its checksum in raw/SHA256SUMS" in problem.message


def test_require_valid_raises_listing_every_problem(package, edit_row):
    edit_row(package / "claims.csv", "claim_id", "zamanalwasl-002", value="melted")
    edit_row(package / "claims.csv", "claim_id", "southfront-003", subject="nobody")
    with pytest.raises(ValidationError) as caught:
        require_valid(package)
    assert len(caught.value.problems) == 2
    message = str(caught.value)
    assert "2 problem(s)" in message
    assert "[zamanalwasl-002] value:" in message
    assert "[southfront-003] subject:" in message


def test_line_numbers_count_lines_after_a_multiline_cell(package, edit_row):
    # A line break inside a quoted cell is valid CSV (spreadsheet programs write them).
    edit_row(package / "claims.csv", "claim_id", "zamanalwasl-001", notes="first line\nsecond")
    edit_row(package / "claims.csv", "claim_id", "zamanalwasl-003", value="melted")
    lines = (package / "claims.csv").read_text(encoding="utf-8").split("\n")
    line = next(i for i, text in enumerate(lines, 1) if text.startswith("zamanalwasl-003,"))
    problem = only(problems_in(package), key="zamanalwasl-003")
    assert problem.line == line


# ---------------------------------------------------------------- the command line


def run_cli(folder: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsclaims.data.validate", str(folder)],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


def test_cli_fails_on_a_bad_package(package, edit_row, root):
    line = edit_row(package / "claims.csv", "claim_id", "zamanalwasl-002", value="melted")
    result = run_cli(package, root)
    assert result.returncode == 1
    assert f"claims.csv:{line} [zamanalwasl-002] value: expected one of" in result.stdout
    assert "1 problem(s); nothing was changed" in result.stderr


def test_cli_passes_on_the_real_data(data_dir, root):
    result = run_cli(data_dir, root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "valid (" in result.stdout
    assert "problem" not in result.stdout + result.stderr


def test_validation_never_modifies_files(package, edit_row, root, digest, data_dir):
    edit_row(package / "claims.csv", "claim_id", "zamanalwasl-002", value="melted")
    raw = package / ZAMAN_RAW
    raw.write_bytes(raw.read_bytes().decode("utf-8").encode("latin-1", errors="replace"))
    before = digest(package)
    assert not validate(package).ok
    assert run_cli(package, root).returncode == 1
    assert digest(package) == before

    real = digest(data_dir)
    assert validate(data_dir).ok
    assert digest(data_dir) == real
