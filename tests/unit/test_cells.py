"""Numbers are numbers, in ASCII digits and decimal notation; cells are bounded and hold no
control characters."""

from __future__ import annotations

import pytest

from newsclaims.data.cells import (
    MAX_CELL_CHARS,
    cell_error,
    parse_integer,
    parse_number,
    type_error,
)


@pytest.mark.parametrize("value", ["0", "12", "-3", "007"])
def test_whole_numbers(value):
    assert parse_integer(value) == int(value)


@pytest.mark.parametrize("value", ["١٢", "३४", "12.0", "1_000", " 12", "", "1" * 16, "+1", "٣١٠"])
def test_not_whole_numbers(value):
    assert parse_integer(value) is None
    assert type_error("integer", value)


@pytest.mark.parametrize("value", ["12", "-3.5", "0.25", "400"])
def test_numbers(value):
    assert parse_number(value) == float(value)


@pytest.mark.parametrize(
    "value",
    ["nan", "NaN", "inf", "-inf", "Infinity", "1e3", "1_000", "1,000", "0x10", "١٢", ".5", "5."],
)
def test_not_numbers(value):
    assert parse_number(value) is None
    assert "decimal notation" in type_error("number", value)


def test_cells_are_bounded_and_free_of_controls():
    assert cell_error("notes", "x" * MAX_CELL_CHARS) is None
    assert "20,001 characters" in cell_error("notes", "x" * (MAX_CELL_CHARS + 1))
    assert "U+202E at character 3" in cell_error("name_en", "ab\u202ecd")
    assert "U+0000" in cell_error("name_en", "a\x00")
    assert cell_error("notes", "tab\there\nand lines\r\n") is None
    # The quote must equal the raw text, whatever it holds.
    assert cell_error("quote", "ab\u202ecd") is None
