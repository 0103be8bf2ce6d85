"""Indonesian mobile numbers, kept in the national form field staff know: ``08…``.

Accepted as typed: ``0812…``, ``812…`` (a spreadsheet dropped the 0), ``+62 812…``,
``62812…``, ``0062 812…`` and ``+62 (0)812…``, with spaces, dashes, dots or parentheses.
"""

from __future__ import annotations

from enrollment_app.domain.digits import clean_digits, describe_char, looks_scientific
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.validation import FieldResult, Problem

FIELD = "phone"
MIN_DIGITS = 10
MAX_DIGITS = 13
COUNTRY_CODE = "62"

_ALLOWED_MARKS = frozenset("()+")


def normalize_phone(text: str | None) -> str | None:
    """Return the number as ``08…``, or None when it is empty or not a valid mobile number."""
    return check_phone(text).value


def check_phone(text: str | None, *, required: bool = False) -> FieldResult:
    """Check a mobile number; the value is its ``08…`` form, or None.

    Letters, landlines, numbers of other countries, and lengths outside 10-13 digits
    (after normalisation) are refused. Empty is allowed unless ``required``.
    """
    raw = (text or "").strip()
    if looks_scientific(raw):
        return _error(
            "phone.scientific",
            QT_TRANSLATE_NOOP(
                "validation",
                "This phone number was stored as a number in a spreadsheet and shown in "
                "scientific notation ({value}), so digits were lost. Type it again.",
            ),
            value=raw,
        )
    cleaned = clean_digits(raw)
    if not any(ch.isdigit() for ch in cleaned) and _first_refused_char(cleaned) is None:
        return FieldResult(None, (_required(),) if required else ())
    bad = _first_refused_char(cleaned)
    if bad is not None:
        return _error(
            "phone.not_digits",
            QT_TRANSLATE_NOOP(
                "validation",
                "A phone number may contain only digits, spaces, dashes, dots, parentheses "
                "and a leading +; the character {char} is not allowed.",
            ),
            char=describe_char(bad),
        )
    return _check_national(cleaned)


def _first_refused_char(cleaned: str) -> str | None:
    for index, char in enumerate(cleaned):
        if char in "0123456789" or char in "()":
            continue
        if char == "+" and index == 0:
            continue
        return char
    return None


def _national_digits(cleaned: str) -> str | None:
    """Return the number without country code and leading 0, or None for another country."""
    digits = "".join(ch for ch in cleaned if ch.isdigit())
    if cleaned.startswith("+"):
        national = digits[2:] if digits.startswith(COUNTRY_CODE) else None
    elif digits.startswith("00"):
        national = digits[4:] if digits.startswith("00" + COUNTRY_CODE) else None
    elif digits.startswith(COUNTRY_CODE):
        national = digits[2:]
    else:
        national = digits
    # "+62 (0)812…" and "0812…" both carry a trunk 0 before the operator prefix.
    return national[1:] if national and national.startswith("0") else national


def _check_national(cleaned: str) -> FieldResult:
    national = _national_digits(cleaned)
    if national is None:
        return _error(
            "phone.foreign",
            QT_TRANSLATE_NOOP(
                "validation",
                "Only Indonesian mobile numbers (+62) can be recorded; {phone} has another "
                "country code.",
            ),
            phone=cleaned,
        )
    if not national.startswith("8"):
        return _error(
            "phone.not_mobile",
            QT_TRANSLATE_NOOP(
                "validation",
                "{phone} is not a mobile number: mobile numbers start with 08 (or +62 8). "
                "Landline numbers cannot be recorded here.",
            ),
            phone="0" + national,
        )
    number = "0" + national
    if not MIN_DIGITS <= len(number) <= MAX_DIGITS:
        return _error(
            "phone.length",
            QT_TRANSLATE_NOOP(
                "validation",
                "A mobile number has {min} to {max} digits starting with 08; {phone} has "
                "{count}.",
            ),
            phone=number,
            count=len(number),
            min=MIN_DIGITS,
            max=MAX_DIGITS,
        )
    return FieldResult(number)


def _required() -> Problem:
    return Problem(
        field=FIELD,
        code="phone.required",
        message=QT_TRANSLATE_NOOP("validation", "Type a mobile number (starting with 08)."),
    )


def _error(code: str, message: str, **params: object) -> FieldResult:
    return FieldResult(None, (Problem(FIELD, code, message, params=params),))
