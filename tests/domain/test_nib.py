"""NIB (OSS business identification number): optional, 13 digits."""

from __future__ import annotations

import pytest

from enrollment_app.domain.nib import check_nib


@pytest.mark.parametrize(("text", "value", "problem_codes"), [
    ("1234567890123", "1234567890123", []),
    ("1234 5678 9012 3", "1234567890123", []),
    ("'1234567890123", "1234567890123", []),
    ("", None, []),
    ("   ", None, []),
    ("123456789012", None, ["nib.length"]),
    ("12345678901234", None, ["nib.length"]),
    ("12345678901A3", None, ["nib.not_digits"]),
    ("1.23456789E+12", None, ["nib.scientific"]),
    ("1234567890123.0", None, ["nib.number_cell"]),
])
def test_check_nib(text: str, value: str | None, problem_codes: list[str]) -> None:
    result = check_nib(text)
    assert result.value == value
    assert [p.code for p in result.problems] == problem_codes
    assert all(p.field == "business_nib" for p in result.problems)


def test_nib_length_message() -> None:
    (problem,) = check_nib("123456789012").problems
    assert problem.render() == "NIB must have exactly 13 digits; you typed 12."
