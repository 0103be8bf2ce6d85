"""Birth dates: not in the future, not more than 100 years ago, at least 15 years old."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from enrollment_app.domain.birth_date import (
    MAX_AGE_YEARS,
    MIN_AGE_YEARS,
    age_on,
    check_birth_date,
    format_date,
    years_before,
)
from tests.domain.conftest import TODAY  # 9 May 2026


@pytest.mark.parametrize(("value", "code"), [
    (None, "birth_date.required"),
    (date(2026, 5, 10), "birth_date.future"),
    (date(2030, 1, 1), "birth_date.future"),
    (date(1906, 5, 9), "birth_date.too_old"),  # 120 years ago
    (date(1926, 5, 8), "birth_date.too_old"),  # 100 years and a day
    (date(2011, 5, 10), "birth_date.too_young"),  # 15 tomorrow
    (date(2026, 5, 9), "birth_date.too_young"),  # born today
])
def test_birth_date_refused(value: date | None, code: str) -> None:
    result = check_birth_date(value, today=TODAY)
    assert result.value is None
    assert [p.code for p in result.problems] == [code]


@pytest.mark.parametrize("value", [
    date(1990, 2, 15),
    date(1926, 5, 9),  # exactly 100
    date(2011, 5, 9),  # 15 today
    date(2000, 2, 29),
])
def test_birth_date_accepted(value: date) -> None:
    result = check_birth_date(value, today=TODAY)
    assert result.value == value
    assert result.problems == ()


def test_datetime_is_taken_as_its_date() -> None:
    assert check_birth_date(datetime(1990, 2, 15, 8, 30), today=TODAY).value == date(1990, 2, 15)


def test_too_old_message() -> None:
    (problem,) = check_birth_date(date(1906, 5, 9), today=TODAY).problems
    assert problem.render() == (
        "The birth date 09-05-1906 is more than 100 years ago; check the year."
    )


def test_limits_are_named() -> None:
    assert (MIN_AGE_YEARS, MAX_AGE_YEARS) == (15, 100)


@pytest.mark.parametrize(("birth", "expected"), [
    (date(1990, 5, 9), 36),
    (date(1990, 5, 10), 35),
    (date(2000, 2, 29), 26),
])
def test_age_on(birth: date, expected: int) -> None:
    assert age_on(birth, TODAY) == expected


def test_format_date() -> None:
    assert format_date(date(1990, 2, 5)) == "05-02-1990"


@pytest.mark.parametrize(("day", "years", "expected"), [
    (date(2026, 5, 9), 100, date(1926, 5, 9)),
    (date(2028, 2, 29), 100, date(1928, 2, 29)),
    (date(2028, 2, 29), 15, date(2013, 2, 28)),
])
def test_years_before(day: date, years: int, expected: date) -> None:
    assert years_before(day, years) == expected
