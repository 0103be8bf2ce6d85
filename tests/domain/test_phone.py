"""Mobile numbers: every way people write them becomes the national 08… form."""

from __future__ import annotations

import pytest

from enrollment_app.domain.phone import check_phone, normalize_phone


@pytest.mark.parametrize(("text", "expected"), [
    ("081234567890", "081234567890"),
    ("0812-3456-7890", "081234567890"),
    ("0812 3456 7890", "081234567890"),
    ("0812.3456.7890", "081234567890"),
    ("(0812) 3456 7890", "081234567890"),
    ("81234567890", "081234567890"),  # a spreadsheet dropped the leading 0
    ("+6281234567890", "081234567890"),
    ("+62 812-3456-7890", "081234567890"),
    ("+62 (0)812 3456 7890", "081234567890"),
    ("6281234567890", "081234567890"),
    ("0062 812 3456 7890", "081234567890"),
    ("'081234567890", "081234567890"),
    ("0812\u00a03456\u00a07890", "081234567890"),
    ("0812345678", "0812345678"),  # 10 digits, the shortest
    ("0812345678901", "0812345678901"),  # 13 digits, the longest
    ("+62 895 1234 5678", "089512345678"),
])
def test_normalize_phone(text: str, expected: str) -> None:
    assert normalize_phone(text) == expected
    assert check_phone(text).problems == ()


@pytest.mark.parametrize(("text", "code"), [
    ("021 5551 2345", "phone.not_mobile"),  # Jakarta/Tangerang landline
    ("(021) 55512345", "phone.not_mobile"),
    ("+62 21 5551 2345", "phone.not_mobile"),
    ("112", "phone.not_mobile"),
    ("+65 9123 4567", "phone.foreign"),  # Singapore
    ("+1 202 555 0143", "phone.foreign"),
    ("0065 9123 4567", "phone.foreign"),
    ("081234567", "phone.length"),  # 9 digits
    ("08123456789012", "phone.length"),  # 14 digits
    ("+62 812 345", "phone.length"),
    ("0812-3456-789O", "phone.not_digits"),  # letter O
    ("0812 3456 7890 / 0813 1111 2222", "phone.not_digits"),
    ("tidak punya", "phone.not_digits"),
    ("0812+34567890", "phone.not_digits"),
    ("8.12346E+10", "phone.scientific"),
])
def test_check_phone_refuses(text: str, code: str) -> None:
    result = check_phone(text)
    assert result.value is None
    assert [p.code for p in result.problems] == [code]
    assert normalize_phone(text) is None


@pytest.mark.parametrize(("text", "required", "problem_codes"), [
    ("", False, []),
    ("  ", False, []),
    ("", True, ["phone.required"]),
    ("-", True, ["phone.required"]),
])
def test_empty_phone(text: str, required: bool, problem_codes: list[str]) -> None:
    result = check_phone(text, required=required)
    assert result.value is None
    assert [p.code for p in result.problems] == problem_codes


def test_length_message_shows_the_number_and_count() -> None:
    (problem,) = check_phone("081234567").problems
    assert problem.render() == (
        "A mobile number has 10 to 13 digits starting with 08; 081234567 has 9."
    )


def test_landline_message_says_why() -> None:
    (problem,) = check_phone("021 5551 2345").problems
    assert "Landline" in problem.render()
