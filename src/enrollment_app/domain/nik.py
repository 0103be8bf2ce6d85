"""NIK, the 16-digit national ID number: ``PP KK CC DDMMYY SSSS``.

PP KK CC is the kecamatan of first registration, DDMMYY the birth date (women: day + 40)
and SSSS a serial from 0001. A NIK never changes, even when the recorded birth date was
wrong, so disagreement with the stated birth date or sex is a warning to confirm, and so
is a region code that is no longer in the code list (regions are split and renumbered).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from enrollment_app.domain.birth_date import format_date
from enrollment_app.domain.digits import check_id_digits
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.regions import RegionCatalog, load_regions, nik_prefix_code
from enrollment_app.domain.validation import FieldResult, Problem, Severity

FIELD = "nik"
NIK_LENGTH = 16
WOMAN_DAY_OFFSET = 40


@dataclass(frozen=True)
class ParsedNik:
    """The parts of a well-formed NIK."""

    nik: str
    region_prefix: str  # "PP.KK.CC"
    birth_date: date
    sex: str  # "L" or "P"
    serial: int


def parse_nik(
    text: str, *, birth_date: date | None = None, today: date | None = None
) -> ParsedNik | None:
    """Return the parts of a NIK, or None when it is not a well-formed NIK.

    The NIK holds a two-digit year: the century is the one closest to ``birth_date``
    when given, else the latest that does not put the birth after ``today``.
    """
    digits, problem = check_id_digits(
        text, field=FIELD, code="nik", label="NIK", length=NIK_LENGTH
    )
    if problem is not None or not digits:
        return None
    decoded = _decode(digits, birth_date, today or date.today())
    return decoded if isinstance(decoded, ParsedNik) else None


def check_nik(
    text: str | None,
    *,
    birth_date: date | None = None,
    sex: str | None = None,
    regions: RegionCatalog | None = None,
    today: date | None = None,
) -> FieldResult:
    """Check a NIK as typed; the value is the 16 digits, or None when refused.

    Errors: empty (or only zeros), not digits, wrong length, spreadsheet damage,
    impossible birth date, serial 0000. Warnings: unknown region prefix, and a birth
    date or sex that differs from the stated ``birth_date``/``sex``.
    """
    digits, problem = check_id_digits(
        text, field=FIELD, code="nik", label="NIK", length=NIK_LENGTH
    )
    if problem is not None:
        return FieldResult(None, (problem,))
    if not digits:
        return FieldResult(None, (_required(),))
    decoded = _decode(digits, birth_date, today or date.today())
    if not isinstance(decoded, ParsedNik):
        return FieldResult(None, tuple(decoded))
    warnings = _region_warning(decoded, regions or load_regions())
    warnings += _birth_date_warning(decoded, birth_date)
    warnings += _sex_warning(decoded, sex)
    return FieldResult(digits, tuple(warnings))


def make_nik(region_prefix: str, birth_date: date, sex: str, serial: int) -> str:
    """Build a NIK from its parts (for demo data and tests).

    ``region_prefix`` is "PP.KK.CC" or "PPKKCC"; ``sex`` is "L" or "P"; ``serial`` 1-9999.
    """
    region = "".join(ch for ch in region_prefix if ch.isdigit())
    if len(region) != 6:
        raise ValueError(f"region prefix must have 6 digits: {region_prefix!r}")
    if sex not in ("L", "P"):
        raise ValueError(f"sex must be 'L' or 'P': {sex!r}")
    if not 1 <= serial <= 9999:
        raise ValueError(f"serial must be 1-9999: {serial}")
    day = birth_date.day + (WOMAN_DAY_OFFSET if sex == "P" else 0)
    return f"{region}{day:02d}{birth_date.month:02d}{birth_date.year % 100:02d}{serial:04d}"


def _birth_year(two_digits: int, month: int, day: int, stated: date | None, today: date) -> int:
    if stated is not None:
        base = stated.year - stated.year % 100 + two_digits
        return min((base - 100, base, base + 100), key=lambda year: abs(year - stated.year))
    year = today.year - today.year % 100 + two_digits
    return year - 100 if (year, month, day) > (today.year, today.month, today.day) else year


def _decode(digits: str, stated: date | None, today: date) -> ParsedNik | list[Problem]:
    """Split 16 digits into a ParsedNik, or return the errors in the date and serial."""
    encoded_day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    serial = int(digits[12:16])
    sex = "P" if encoded_day > WOMAN_DAY_OFFSET else "L"
    day = encoded_day - WOMAN_DAY_OFFSET if sex == "P" else encoded_day
    problems = []
    birth = None
    if not (1 <= encoded_day <= 31 or 41 <= encoded_day <= 71):
        problems.append(_date_problem(
            QT_TRANSLATE_NOOP(
                "validation",
                "Digits 7-8 of a NIK are the day of birth: 01-31 for a man, 41-71 for a "
                "woman (day + 40). This NIK has {day}; check the number on the card.",
            ),
            day=digits[6:8],
        ))
    elif not 1 <= month <= 12:
        problems.append(_date_problem(
            QT_TRANSLATE_NOOP(
                "validation",
                "Digits 9-10 of a NIK are the month of birth (01-12). This NIK has "
                "{month}; check the number on the card.",
            ),
            month=digits[8:10],
        ))
    else:
        year = _birth_year(yy, month, day, stated, today)
        try:
            birth = date(year, month, day)
        except ValueError:
            problems.append(_date_problem(
                QT_TRANSLATE_NOOP(
                    "validation",
                    "The NIK holds the birth date {date}, which does not exist; check the "
                    "number on the card.",
                ),
                date=f"{day:02d}-{month:02d}-{yy:02d}",
            ))
    if serial == 0:
        problems.append(Problem(
            field=FIELD,
            code="nik.serial_invalid",
            message=QT_TRANSLATE_NOOP(
                "validation",
                "The last four digits of a NIK (the serial number) cannot be 0000; check "
                "the number on the card.",
            ),
        ))
    if problems or birth is None:
        return problems
    return ParsedNik(digits, nik_prefix_code(digits[:6]), birth, sex, serial)


def _date_problem(message: str, **params: object) -> Problem:
    return Problem(field=FIELD, code="nik.date_invalid", message=message, params=params)


def _required() -> Problem:
    return Problem(
        field=FIELD,
        code="nik.required",
        message=QT_TRANSLATE_NOOP(
            "validation", "Type the NIK: the 16-digit number on the KTP or family card."
        ),
    )


def _region_warning(parsed: ParsedNik, regions: RegionCatalog) -> list[Problem]:
    if regions.is_known_nik_prefix(parsed.nik[:6]):
        return []
    return [Problem(
        field=FIELD,
        code="nik.region_unknown",
        message=QT_TRANSLATE_NOOP(
            "validation",
            "The NIK starts with the region code {prefix}, which is not in today's list "
            "of kecamatan. Regions are sometimes split and renumbered, so it can be "
            "right: check the card and confirm.",
        ),
        severity=Severity.WARNING,
        params={"prefix": parsed.region_prefix},
    )]


def _birth_date_warning(parsed: ParsedNik, stated: date | None) -> list[Problem]:
    if stated is None:
        return []
    encoded = (parsed.birth_date.day, parsed.birth_date.month, parsed.birth_date.year % 100)
    if encoded == (stated.day, stated.month, stated.year % 100):
        return []
    return [Problem(
        field=FIELD,
        code="nik.birth_date_mismatch",
        message=QT_TRANSLATE_NOOP(
            "validation",
            "The NIK holds the birth date {nik_date}, but the birth date typed is "
            "{stated_date}. Check both on the card; a NIK never changes, so if both are "
            "right, confirm.",
        ),
        severity=Severity.WARNING,
        params={
            "nik_date": format_date(parsed.birth_date),
            "stated_date": format_date(stated),
        },
    )]


def _sex_warning(parsed: ParsedNik, stated: str | None) -> list[Problem]:
    stated = (stated or "").strip().upper()
    if stated not in ("L", "P") or stated == parsed.sex:
        return []
    if parsed.sex == "P":
        message = QT_TRANSLATE_NOOP(
            "validation",
            "The NIK is a woman's number (day of birth + 40), but Sex is Male. Check the "
            "card; if both are right, confirm.",
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "validation",
            "The NIK is a man's number (day of birth below 40), but Sex is Female. Check "
            "the card; if both are right, confirm.",
        )
    return [Problem(FIELD, "nik.sex_mismatch", message, Severity.WARNING)]
