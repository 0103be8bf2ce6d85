"""Birth dates: required, not in the future, and an age that fits a training program."""

from __future__ import annotations

from datetime import date, datetime

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP, Translate, active_translator
from enrollment_app.domain.validation import FieldResult, Problem

FIELD = "birth_date"
MIN_AGE_YEARS = 15  # younger people cannot join a skills-training program
MAX_AGE_YEARS = 100  # an older birth date is a typing error in the year


def format_date(value: date) -> str:
    """Show a date the Indonesian way, dd-mm-yyyy."""
    return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"


DATES_CONTEXT = "dates"
# Month abbreviations in "1 Feb 2026"; Bahasa Indonesia spells four differently
# (Mei, Agu, Okt, Des), so they are translated like every other text.
MONTH_ABBREVIATIONS = (
    QT_TRANSLATE_NOOP("dates", "Jan"), QT_TRANSLATE_NOOP("dates", "Feb"),
    QT_TRANSLATE_NOOP("dates", "Mar"), QT_TRANSLATE_NOOP("dates", "Apr"),
    QT_TRANSLATE_NOOP("dates", "May"), QT_TRANSLATE_NOOP("dates", "Jun"),
    QT_TRANSLATE_NOOP("dates", "Jul"), QT_TRANSLATE_NOOP("dates", "Aug"),
    QT_TRANSLATE_NOOP("dates", "Sep"), QT_TRANSLATE_NOOP("dates", "Oct"),
    QT_TRANSLATE_NOOP("dates", "Nov"), QT_TRANSLATE_NOOP("dates", "Dec"),
)


def format_short_date(value: date, translate: Translate | None = None) -> str:
    """Show a date in running text, "1 Feb 2026" ("1 Agu 2026" in Bahasa Indonesia)."""
    month = (translate or active_translator())(DATES_CONTEXT,
                                               MONTH_ABBREVIATIONS[value.month - 1])
    return f"{value.day} {month} {value.year:04d}"


def age_on(birth_date: date, today: date) -> int:
    """Return the age in whole years on ``today``."""
    had_birthday = (today.month, today.day) >= (birth_date.month, birth_date.day)
    return today.year - birth_date.year - (0 if had_birthday else 1)


def years_before(day: date, years: int) -> date:
    """Return the same calendar day ``years`` earlier (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def check_birth_date(value: date | None, *, today: date) -> FieldResult:
    """Check a birth date against ``today``.

    Required; not in the future; not more than ``MAX_AGE_YEARS`` years ago; the person
    must be at least ``MIN_AGE_YEARS`` old.
    """
    if isinstance(value, datetime):
        value = value.date()
    if value is None:
        return _error(
            "birth_date.required",
            QT_TRANSLATE_NOOP("validation", "Type the birth date (day, month and year)."),
        )
    params = {"date": format_date(value), "today": format_date(today)}
    if value > today:
        return _error(
            "birth_date.future",
            QT_TRANSLATE_NOOP(
                "validation", "The birth date {date} is in the future; check the year."
            ),
            params,
        )
    age = age_on(value, today)
    if value < years_before(today, MAX_AGE_YEARS):
        return _error(
            "birth_date.too_old",
            QT_TRANSLATE_NOOP(
                "validation",
                "The birth date {date} is more than {limit} years ago; check the year.",
            ),
            {**params, "limit": MAX_AGE_YEARS},
        )
    if age < MIN_AGE_YEARS:
        return _error(
            "birth_date.too_young",
            QT_TRANSLATE_NOOP(
                "validation",
                "With the birth date {date} the person is {age} years old; participants "
                "must be at least {limit}. Check the year.",
            ),
            {**params, "age": age, "limit": MIN_AGE_YEARS},
        )
    return FieldResult(value)


def _error(code: str, message: str, params: dict[str, object] | None = None) -> FieldResult:
    return FieldResult(None, (Problem(FIELD, code, message, params=params or {}),))
