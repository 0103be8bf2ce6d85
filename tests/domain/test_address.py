"""RT/RW: up to three digits, stored with leading zeros."""

from __future__ import annotations

import pytest

from enrollment_app.domain.address import check_rt_rw


@pytest.mark.parametrize(("text", "field", "expected"), [
    ("1", "rt", "001"),
    ("01", "rt", "001"),
    ("001", "rt", "001"),
    ("12", "rw", "012"),
    ("123", "rw", "123"),
    (" 7 ", "rt", "007"),
    ("'005", "rt", "005"),
    ("5.0", "rt", "005"),  # a number cell; no digit is lost in a small number
    ("0005", "rt", "005"),
    ("RT 05", "rt", "005"),
    ("rt.3", "rt", "003"),
    ("RW05", "rw", "005"),
])
def test_rt_rw_accepted(text: str, field: str, expected: str) -> None:
    result = check_rt_rw(text, field)
    assert result.problems == ()
    assert result.value == expected


@pytest.mark.parametrize(("text", "field", "required", "code"), [
    ("", "rt", True, "rt.required"),
    ("  ", "rw", True, "rw.required"),
    ("0", "rt", False, "rt.zero"),
    ("000", "rw", False, "rw.zero"),
    ("1234", "rt", False, "rt.length"),
    ("5a", "rt", False, "rt.not_digits"),
    ("RW 05", "rt", False, "rt.not_digits"),
    ("003/007", "rt", False, "rt.not_digits"),
])
def test_rt_rw_refused(text: str, field: str, required: bool, code: str) -> None:
    result = check_rt_rw(text, field, required=required)
    assert result.value is None
    (problem,) = result.problems
    assert (problem.field, problem.code) == (field, code)


def test_empty_rt_allowed_when_not_required() -> None:
    assert check_rt_rw("", "rt").problems == ()


@pytest.mark.parametrize(("text", "field", "message"), [
    ("1234", "rt", "RT has at most 3 digits; you typed 4."),
    ("000", "rw", "RW 000 does not exist; type the number, for example 001."),
])
def test_rt_rw_messages(text: str, field: str, message: str) -> None:
    (problem,) = check_rt_rw(text, field).problems
    assert problem.render() == message
