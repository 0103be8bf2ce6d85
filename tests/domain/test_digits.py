"""Cleaning digit strings as people type them and spreadsheets deliver them."""

from __future__ import annotations

import pytest

from enrollment_app.domain.digits import (
    clean_digits,
    describe_char,
    looks_like_number_cell,
    looks_scientific,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("3671015502900001", "3671015502900001"),
    ("3671 0155 0290 0001", "3671015502900001"),
    ("3671\u00a00155\u00a00290\u00a00001", "3671015502900001"),  # non-breaking spaces
    ("36.71.01.550290.0001", "3671015502900001"),
    ("3671-0155-0290-0001", "3671015502900001"),
    ("'3671015502900001", "3671015502900001"),  # spreadsheet text marker
    ("\u20193671015502900001", "3671015502900001"),  # curly apostrophe
    ('"3671015502900001"', "3671015502900001"),  # CSV quotes
    ("\ufeff3671015502900001", "3671015502900001"),  # byte order mark
    ("  3671015502900001\t", "3671015502900001"),
    ("36710155O2900001", "36710155O2900001"),  # letter O kept so callers refuse it
    ("3671/0155", "3671/0155"),
    ("", ""),
    ("-", ""),
])
def test_clean_digits(text: str, expected: str) -> None:
    assert clean_digits(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("3.67101E+15", True),
    ("3,67101E+15", True),  # Indonesian decimal comma
    ("3.67101550290000e15", True),
    ("'3.67101E+15", True),
    ("3671015502900001", False),
    ("36.71.01.550290.0001", False),
    ("", False),
    ("E+15", False),
])
def test_looks_scientific(text: str, expected: bool) -> None:
    assert looks_scientific(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("3671015502900001.0", True),
    ("3671015502900001,00", True),
    ("3,671,015,502,900,001", True),
    ("3671015502900001", False),
    ("36.71.01.550290.0001", False),
    ("5.0", False),  # too short to be an identifier
])
def test_looks_like_number_cell(text: str, expected: bool) -> None:
    assert looks_like_number_cell(text) is expected


@pytest.mark.parametrize(("char", "expected"), [
    ("X", '"X"'),
    ("😀", '"😀"'),
    ("\x07", "U+0007"),
    ("\u00a0", "U+00A0"),
])
def test_describe_char(char: str, expected: str) -> None:
    assert describe_char(char) == expected
