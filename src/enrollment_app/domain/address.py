"""RT and RW, the neighbourhood numbers of an address, kept as three digits ("001")."""

from __future__ import annotations

import re

from enrollment_app.domain.digits import clean_digits, describe_char, first_non_digit
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.validation import FieldResult, Problem

RT_RW_DIGITS = 3
_LABELS = {"rt": "RT", "rw": "RW"}
# "5.0": a number cell rendered as text; the integer part is the value (no digits lost).
_FLOAT_TAIL = re.compile(r"^(\d+)[.,]0+$")


def check_rt_rw(text: str | None, field: str, *, required: bool = False) -> FieldResult:
    """Check an RT or RW number (``field`` is "rt" or "rw"); the value is e.g. "001".

    1 to 3 digits, padded with leading zeros; "000" is refused. A leading "RT"/"RW" label
    and the ".0" of a spreadsheet number are accepted. Empty is allowed unless
    ``required`` (RT and RW are required for addresses in Kota Tangerang).
    """
    label = _LABELS.get(field, field.upper())
    prefix = rf"^\s*{re.escape(label)}(?![^\W\d_])\.?"
    raw = re.sub(prefix, "", (text or "").strip(), flags=re.IGNORECASE)
    float_tail = _FLOAT_TAIL.match(raw.strip())
    digits = float_tail.group(1) if float_tail else clean_digits(raw)
    if not digits:
        if not required:
            return FieldResult(None)
        return _error(field, "required", QT_TRANSLATE_NOOP(
            "validation", "Type the {label} number (for example 003)."
        ), label=label)
    bad = first_non_digit(digits)
    if bad is not None:
        return _error(field, "not_digits", QT_TRANSLATE_NOOP(
            "validation",
            "{label} may contain only digits (for example 003); the character {char} is "
            "not allowed.",
        ), label=label, char=describe_char(bad))
    significant = digits.lstrip("0")
    if not significant:
        return _error(field, "zero", QT_TRANSLATE_NOOP(
            "validation", "{label} 000 does not exist; type the number, for example 001."
        ), label=label)
    if len(significant) > RT_RW_DIGITS:
        return _error(field, "length", QT_TRANSLATE_NOOP(
            "validation", "{label} has at most 3 digits; you typed {count}."
        ), label=label, count=len(significant))
    return FieldResult(significant.zfill(RT_RW_DIGITS))


def _error(field: str, kind: str, message: str, **params: object) -> FieldResult:
    return FieldResult(None, (Problem(field, f"{field}.{kind}", message, params=params),))
