"""Digit strings as typed or as spreadsheets deliver them (NIK, KK, NIB, phone).

Cleaning removes only what people and spreadsheets add around digits: spaces (also
non-breaking ones), dots, dashes and the apostrophe or quotes a spreadsheet puts in front
of a number kept as text. Everything else stays so that callers can refuse it. A number
that went through a spreadsheet number cell (``3.67101E+15`` or ``3671015505900012.0``)
may have lost digits; it is detected and refused, never repaired.
"""

from __future__ import annotations

import re

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.validation import Problem

_QUOTES = "'\"`‘’‚“”„´"
_DASHES = "-‐‑‒–—―−"
# Invisible characters that copy-paste and CSV files carry along.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_SEPARATORS = frozenset(".·" + _DASHES + _INVISIBLE)

_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d+)?\s*[eE]\s*[+-]?\s*\d+$")
# Digits followed by ".0" (or ",0"): a float rendered as text by a spreadsheet or script.
_DECIMAL_TAIL = re.compile(r"^\d{9,}[.,]0+$")
# "3,671,015,505,900,012": a number cell formatted with thousands separators.
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3}){2,}$")


def _strip_wrapping(text: str) -> str:
    """Return ``text`` without surrounding whitespace and spreadsheet quotes."""
    return text.strip().strip(_QUOTES + _INVISIBLE).strip()


def clean_digits(text: str) -> str:
    """Return ``text`` without spaces, dots, dashes and wrapping quotes.

    Letters and other symbols are kept, so a caller can tell the user which character
    is refused. Never raises for any string.
    """
    inner = _strip_wrapping(text)
    return "".join(ch for ch in inner if not ch.isspace() and ch not in _SEPARATORS)


def looks_scientific(text: str) -> bool:
    """Return True when ``text`` is a number in scientific notation (``3.67101E+15``)."""
    return bool(_SCIENTIFIC.match(_strip_wrapping(text)))


def looks_like_number_cell(text: str) -> bool:
    """Return True when ``text`` is a long number rendered from a number cell.

    ``3671015505900012.0`` or ``3,671,015,505,900,012``: the value was a number at some
    point, and spreadsheets keep only 15 significant digits, so digits may be lost.
    """
    inner = _strip_wrapping(text)
    return bool(_DECIMAL_TAIL.match(inner) or _THOUSANDS.match(inner))


def describe_char(char: str) -> str:
    """Show one character to a user: quoted when visible, as ``U+0007`` when not."""
    if char.isprintable() and not char.isspace():
        return f'"{char}"'
    return f"U+{ord(char):04X}"


def first_non_digit(text: str) -> str | None:
    """Return the first character of ``text`` that is not an ASCII digit, if any."""
    return next((ch for ch in text if ch not in "0123456789"), None)


def check_id_digits(
    text: str | None, *, field: str, code: str, label: str, length: int
) -> tuple[str, Problem | None]:
    """Clean an identifier of ``length`` digits and refuse what is not one.

    Returns ``(digits, None)`` for a well-formed number, ``("", None)`` when nothing
    (or only zeros, which some systems use for "no number yet") was typed, and
    ``("", problem)`` otherwise. ``label`` ("NIK", "KK", "NIB") is shown to the user and
    ``code`` is the prefix of the problem codes.
    """
    raw = text or ""
    params: dict[str, object] = {"label": label, "length": length}
    if looks_scientific(raw):
        message = QT_TRANSLATE_NOOP(
            "validation",
            "This {label} was stored as a number in a spreadsheet and shown in scientific "
            "notation ({value}), so digits were lost. Type the {length} digits from the "
            "card instead.",
        )
        return "", _problem(field, f"{code}.scientific", message, params, value=raw.strip())
    if looks_like_number_cell(raw):
        message = QT_TRANSLATE_NOOP(
            "validation",
            "This {label} ({value}) went through a spreadsheet number cell, so digits may "
            "have been lost. Type the {length} digits from the card instead.",
        )
        return "", _problem(field, f"{code}.number_cell", message, params, value=raw.strip())
    digits = clean_digits(raw)
    if not digits.strip("0"):
        return "", None
    bad = first_non_digit(digits)
    if bad is not None:
        message = QT_TRANSLATE_NOOP(
            "validation",
            "{label} may contain only digits; the character {char} is not allowed.",
        )
        return "", _problem(field, f"{code}.not_digits", message, params,
                            char=describe_char(bad))
    if len(digits) != length:
        message = QT_TRANSLATE_NOOP(
            "validation", "{label} must have exactly {length} digits; you typed {count}."
        )
        return "", _problem(field, f"{code}.length", message, params, count=len(digits))
    return digits, None


def _problem(
    field: str, code: str, message: str, params: dict[str, object], **extra: object
) -> Problem:
    return Problem(field=field, code=code, message=message, params={**params, **extra})
