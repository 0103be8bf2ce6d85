"""Cell values from office spreadsheets, cleaned into what the registration form takes.

A cell arrives as text (CSV, or an XLSX text cell), as a number, as a date/datetime (an
XLSX date cell), or as one of the two markers below for a broken formula. Each parser
returns the form value or raises ``CellRefused`` carrying a ``Problem`` that says why; it
never raises anything else. Identifiers that went through a number cell are refused,
never "repaired": Excel keeps 15 significant digits, a NIK has 16. What the form's own
validators already clean (quotes, spaces and dots around NIK/KK/phone digits, RT "5.0",
a phone that lost its leading 0) is passed on to them unchanged.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Literal

from enrollment_app.domain.birth_date import format_date
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.participant_checks import check_desil
from enrollment_app.domain.validation import Problem

DateOrder = Literal["dmy", "mdy"]
EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 once Excel's 29-02-1900 is skipped
MAX_EXCEL_SERIAL = 2958465  # 9999-12-31
MAX_NUMBER_DIGITS = 15  # significant digits a spreadsheet number cell keeps
MAX_CELL_NUMBER = 10**300  # beyond any spreadsheet number (their limit is about 1e308)


class FormulaWithoutValue:
    """A formula cell saved without its computed value (the file was never recalculated)."""

    def __repr__(self) -> str:
        return "FormulaWithoutValue()"


FORMULA_WITHOUT_VALUE = FormulaWithoutValue()


class CellError(str):
    """A spreadsheet error value such as ``#REF!`` or ``#N/A`` left by a formula."""

    __slots__ = ()


class CellRefused(ValueError):
    """A cell that cannot become a form value; ``problem`` says why, for the user."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.render())
        self.problem = problem


CellValue = object  # str | int | float | date | datetime | time | None | markers


def _refuse(field: str, code: str, message: str, **params: object) -> CellRefused:
    return CellRefused(Problem(field, code, message, params=params))


def refuse_broken_formula(value: CellValue, field: str) -> None:
    """Raise for a formula without a value or a formula error value in any column."""
    if isinstance(value, FormulaWithoutValue):
        raise _refuse(field, "cell.formula_without_value", QT_TRANSLATE_NOOP(
            "validation",
            "This cell holds a formula without a value (the file was saved without "
            "calculating it). Open the file in a spreadsheet program, save it again, or "
            "replace the formula by its value."))
    if isinstance(value, CellError):
        raise _refuse(field, "cell.formula_error", QT_TRANSLATE_NOOP(
            "validation", "This cell holds the spreadsheet error {value}: fix the formula or "
                          "type the value."), value=str(value))


def is_blank(value: CellValue) -> bool:
    """True for an empty cell: None, or text of only spaces (non-breaking ones too)."""
    return value is None or (isinstance(value, str) and not value.strip())


def plain_text(value: CellValue, field: str) -> str:
    """Any cell as text: numbers without a ".0", dates as dd-mm-yyyy."""
    refuse_broken_formula(value, field)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int) and abs(value) >= MAX_CELL_NUMBER:
        raise _refuse(field, "cell.number_too_long", QT_TRANSLATE_NOOP(
            "validation", "This cell holds a number far too long for this list."))
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime | date):
        return format_date(value)
    return str(value).strip()


def id_text(value: CellValue, field: str, label: str) -> str:
    """A NIK or KK cell as text for the form's check.

    A number cell is refused: digits beyond 15 were lost. ``0`` stays "0" (some systems
    write it for "no number yet"; the check treats it as empty).
    """
    refuse_broken_formula(value, field)
    if isinstance(value, int | float) and not isinstance(value, bool) and value != 0:
        shown = plain_text(value, field) if isinstance(value, int) else f"{value:.6g}"
        raise _refuse(field, f"{field}.number_cell", QT_TRANSLATE_NOOP(
            "validation",
            "This {label} ({value}) is stored as a number in the spreadsheet, which keeps "
            "only 15 digits, so the last digits may be lost. Format the column as Text and "
            "type the {label} from the card again."), label=label, value=shown)
    return plain_text(value, field)


def phone_text(value: CellValue, field: str = "phone") -> str:
    """A phone cell as text; a number cell gives its digits (the check adds a lost 0)."""
    refuse_broken_formula(value, field)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
            return repr(value)
        digits = plain_text(value, field)
        if len(digits.lstrip("-")) > MAX_NUMBER_DIGITS:
            raise _refuse(field, "phone.number_cell", QT_TRANSLATE_NOOP(
                "validation", "This phone number ({value}) is too long for a number cell; "
                              "digits were lost. Type it again."), value=digits)
        return digits
    return plain_text(value, field)


# ---- dates ---------------------------------------------------------------------------

_MONTHS = {
    **dict.fromkeys(("januari", "january", "jan"), 1),
    **dict.fromkeys(("februari", "pebruari", "february", "feb", "peb"), 2),
    **dict.fromkeys(("maret", "march", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("mei", "may"), 5),
    **dict.fromkeys(("juni", "june", "jun"), 6),
    **dict.fromkeys(("juli", "july", "jul"), 7),
    **dict.fromkeys(("agustus", "august", "agu", "agt", "ags", "aug"), 8),
    **dict.fromkeys(("september", "sept", "sep"), 9),
    **dict.fromkeys(("oktober", "october", "okt", "oct"), 10),
    **dict.fromkeys(("november", "nopember", "nov", "nop"), 11),
    **dict.fromkeys(("desember", "december", "des", "dec"), 12),
}
_TIME_TAIL = r"(?:[ T]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?)?"
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME_TAIL + r"$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})" + _TIME_TAIL + r"$")
_NAMED = re.compile(r"^(\d{1,2})[\s\-/.]*([^\W\d_]+)\.?[\s\-/.,]*(\d{2}|\d{4})$")
_SERIAL = re.compile(r"^\d{1,7}(?:[.,]\d+)?$")
_AM_PM = re.compile(r"[AaPp]\.?[Mm]\.?$")


def detect_date_order(samples: Iterable[CellValue]) -> DateOrder:
    """Decide day-first or month-first for a whole column from its text dates.

    A first number above 12 proves day-first, a second number above 12 month-first;
    AM/PM times (P3KE extracts) hint month-first. Without evidence: day-first, the
    Indonesian way. Day-first wins when a column shows both (the rest are refused).
    """
    day_first = month_first = am_pm = False
    for value in samples:
        if not isinstance(value, str):
            continue
        match = _NUMERIC.match(value.strip())
        if not match:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        day_first |= first > 12
        month_first |= second > 12
        am_pm |= bool(_AM_PM.search(value.strip()))
    if day_first:
        return "dmy"
    return "mdy" if month_first or am_pm else "dmy"


def parse_date_cell(value: CellValue, *, today: date, order: DateOrder = "dmy",
                    field: str = "birth_date") -> date | None:
    """A birth-date cell as a date (None when empty).

    Accepts date cells, Excel serial numbers (as numbers or digits), ISO ``yyyy-mm-dd``,
    ``dd/mm/yyyy``/``d-m-yy`` (or month-first with ``order="mdy"``) and month names in
    Indonesian or English (``1 Februari 1990``, ``1 Feb 1990``). A two-digit year is put
    in the latest century that does not make the date lie in the future.
    """
    refuse_broken_formula(value, field)
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_serial(value, field)
    if isinstance(value, time | timedelta):
        raise _not_a_date(field, str(value))
    text = str(value).strip()
    if text in {"-", "0"}:
        return None
    if _SERIAL.match(text):
        return _from_serial(float(text.replace(",", ".")), field)
    parts = _date_parts(text, order)
    if parts is None:
        raise _not_a_date(field, text)
    day, month, year = parts
    if year < 100:
        year = _pivot_year(year, month, day, today)
    try:
        return date(year, month, day)
    except ValueError:
        raise _not_a_date(field, text) from None


def _date_parts(text: str, order: DateOrder) -> tuple[int, int, int] | None:
    """(day, month, year) from a text date, or None when it has no known shape."""
    if match := _ISO.match(text):
        return int(match.group(3)), int(match.group(2)), int(match.group(1))
    if match := _NUMERIC.match(text):
        first, second, year = (int(g) for g in match.groups())
        return (first, second, year) if order == "dmy" else (second, first, year)
    if match := _NAMED.match(text):
        month = _MONTHS.get(match.group(2).casefold())
        if month is None:
            return None
        return int(match.group(1)), month, int(match.group(3))
    return None


def _pivot_year(two_digits: int, month: int, day: int, today: date) -> int:
    year = 2000 + two_digits
    try:
        future = date(year, month, day) > today
    except ValueError:
        future = year > today.year
    return year - 100 if future else year


def _from_serial(number: float, field: str) -> date:
    # NaN and infinities fail the range test too.
    if not 1 <= number <= MAX_EXCEL_SERIAL or int(number) == 60:
        raise _not_a_date(field, plain_text(number, field))
    days = int(number)
    # Excel counts a 29 February 1900 that never was; serials before it are one day off.
    return EXCEL_EPOCH + timedelta(days=days if days > 60 else days + 1)


def _not_a_date(field: str, shown: str) -> CellRefused:
    return _refuse(field, f"{field}.not_a_date", QT_TRANSLATE_NOOP(
        "validation",
        "{value} is not a date in a form this import knows. Write it as dd/mm/yyyy, for "
        "example 15/02/1990."), value=f'"{shown}"')


# ---- coded answers ---------------------------------------------------------------------

_SEX_WORDS = {
    **dict.fromkeys(("l", "lk", "laki", "lakilaki", "pria", "m", "male", "1"), "L"),
    **dict.fromkeys(("p", "pr", "pr.", "perempuan", "wanita", "w", "f", "female", "2"), "P"),
}
_NOT_REGISTERED = frozenset({
    "-", "tidak", "tidakterdaftar", "belumterdaftar", "bukan", "non", "none", "no", "n",
    "0", "false", "tidakada",
})
_REGISTERED = frozenset({"ya", "y", "yes", "terdaftar", "1", "true", "v"})
_REGISTRY_WORDS = ("dtsen", "dtks", "regsosek", "p3ke")
_NEGATIONS = ("non", "bukan", "tidak", "belum")
_ASSISTANCE_WORDS = {"pkh": "pkh", "bpnt": "bpnt", "sembako": "bpnt"}
_NO_ASSISTANCE = frozenset({"", "-", "tidak", "tidakada", "none", "no", "0"})


def _word_key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum() or ch == ".").rstrip(".")


def parse_sex(value: CellValue, field: str = "sex") -> str:
    """``L``/``P`` from L/P, Lk/Pr, Laki-laki/Perempuan, M/F, 1/2; other text unchanged
    (the form's check then refuses it as not one of the options)."""
    text = plain_text(value, field)
    return _SEX_WORDS.get(_word_key(text).replace(".", ""), text)


def parse_desil(value: CellValue, field: str = "desil") -> int | None:
    """A desil as a number (``3``, ``3.0``, ``Desil 3``, ``D3``); None when empty."""
    text = plain_text(value, field)
    digits = re.sub(r"^(?:desil|d)\s*", "", text, flags=re.IGNORECASE).strip()
    if not digits or digits == "-":
        return None
    checked = check_desil(digits, "dtsen")  # the form's own rule and message
    if not checked.ok:
        raise CellRefused(next(p for p in checked.problems if p.is_error))
    return int(checked.value)


def parse_registry_status(value: CellValue, *, column_hint: str | None = None,
                          field: str = "registry_status") -> str:
    """A registry code (dtsen, dtks, regsosek, p3ke, none) from the words lists use.

    "Ya"/"Terdaftar" in a column headed e.g. "Status DTKS" gives that column's registry
    (``column_hint``). Unknown text comes back unchanged for the form's check to refuse.
    """
    text = plain_text(value, field)
    key = _word_key(text).replace(".", "")
    if not key or key in _NOT_REGISTERED or key.startswith(_NEGATIONS):
        return "none"
    for word in _REGISTRY_WORDS:
        if word in key:
            return word
    if key in _REGISTERED and column_hint:
        return column_hint
    return text


def registry_hint(header: str) -> str | None:
    """The registry a column heading names ("Status DTKS" -> "dtks"), if exactly one."""
    key = _word_key(header)
    named = [word for word in _REGISTRY_WORDS if word in key]
    return named[0] if len(named) == 1 else None


def parse_assistance(value: CellValue, field: str = "assistance") -> frozenset[str]:
    """Assistance codes from "PKH", "BPNT/Sembako", "PKH, BPNT"; unknown words are kept
    (the form's check refuses them by name)."""
    text = plain_text(value, field)
    codes: set[str] = set()
    for word in re.split(r"[,;/+&]|\s+dan\s+|\s+", text.casefold()):
        key = _word_key(word).replace(".", "")
        if key in _NO_ASSISTANCE:
            continue
        codes.add(_ASSISTANCE_WORDS.get(key, word.strip()))
    return frozenset(codes)
