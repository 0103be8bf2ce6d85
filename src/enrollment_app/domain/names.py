"""Person names and free text (street, birth place, business name, notes).

A name is kept as the person spells it: no title-casing, only Unicode normalisation (NFC)
and tidy spaces. Names may use letters of any script; free text may also use digits and
common punctuation. Emoji, symbols and control characters are refused with the character
named, so the user can find it.
"""

from __future__ import annotations

import re
import unicodedata

from enrollment_app.domain.digits import describe_char
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.validation import FieldResult, Problem

NAME_PUNCTUATION = frozenset(" .,'-")
# Typographic apostrophes phones and word processors put in names like Ma'ruf.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
# Invisible characters copy-paste carries along; dropped silently.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"))
# Categories refused in free text: control, format, surrogate, private use, unassigned,
# other symbols (emoji, ©), enclosing marks (keycaps) and line/paragraph separators.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "So", "Me", "Zl", "Zp"})
_SPACES = re.compile(r"[^\S\n]+")


def _is_variation_selector(char: str) -> bool:
    code = ord(char)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def normalize_name(text: str | None) -> str:
    """Return a name in NFC with single spaces and no leading/trailing space.

    Spelling and capitalisation stay as typed; typographic apostrophes become "'".
    """
    text = unicodedata.normalize("NFC", (text or "").translate(_INVISIBLE))
    return " ".join(text.translate(_APOSTROPHES).split())


def normalize_text(text: str | None, *, multiline: bool = False) -> str:
    """Return free text in NFC with spaces collapsed and trimmed.

    With ``multiline`` line breaks are kept (spaces collapsed within each line, at most
    one empty line in a row); otherwise every whitespace run becomes one space.
    """
    text = unicodedata.normalize("NFC", (text or "").translate(_INVISIBLE))
    if not multiline:
        return " ".join(text.split())
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def search_key(name: str | None) -> str:
    """Return a key for case- and accent-insensitive search: "Sítì  NURJANAH" -> "siti nurjanah"."""
    decomposed = unicodedata.normalize("NFKD", normalize_name(name))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped.casefold())


def check_person_name(
    text: str | None, field: str = "full_name", required: bool = True, max_length: int = 100
) -> FieldResult:
    """Check a person's name; the value is the normalised name, or None.

    Letters of any script (with combining marks), spaces and . , ' - are allowed; digits,
    emoji, symbols and control characters are refused, as is a name over ``max_length``.
    """
    name = normalize_name(text)
    if not name and required:
        return _error(field, f"{field}.required", QT_TRANSLATE_NOOP(
            "validation", "Type the name as it is written on the ID card (KTP)."
        ))
    if not name:
        return FieldResult(None)
    if len(name) > max_length:
        return _too_long(field, len(name), max_length)
    for char in name:
        if unicodedata.category(char).startswith("N"):
            return _error(field, f"{field}.digits", QT_TRANSLATE_NOOP(
                "validation", "A name cannot contain digits; remove {char}."
            ), char=describe_char(char))
        if not _is_name_char(char):
            return _error(field, f"{field}.char", QT_TRANSLATE_NOOP(
                "validation",
                "A name may contain only letters, spaces, dots, commas, apostrophes (') "
                "and hyphens (-); the character {char} is not allowed.",
            ), char=describe_char(char))
    if not any(unicodedata.category(char).startswith("L") for char in name):
        return _error(field, f"{field}.no_letters", QT_TRANSLATE_NOOP(
            "validation", "A name must contain letters."
        ))
    return FieldResult(name)


def _is_name_char(char: str) -> bool:
    if char in NAME_PUNCTUATION:
        return True
    category = unicodedata.category(char)
    if category.startswith("L"):
        return True
    return category in ("Mn", "Mc") and not _is_variation_selector(char)


def check_free_text(
    text: str | None,
    field: str,
    *,
    required: bool = False,
    max_length: int,
    multiline: bool = False,
) -> FieldResult:
    """Check printable free text; the value is the normalised text, or None when empty.

    Letters, digits, spaces and punctuation are allowed; control characters, emoji and
    other symbols (Unicode So, Cs, Co, Cn ...) are refused, as is text over ``max_length``.
    """
    value = normalize_text(text, multiline=multiline)
    if not value:
        return _empty(field, required)
    if len(value) > max_length:
        return _too_long(field, len(value), max_length)
    for char in value:
        if char == "\n" and multiline:
            continue
        if unicodedata.category(char) in _REFUSED_CATEGORIES or _is_variation_selector(char):
            return _error(field, f"{field}.char", QT_TRANSLATE_NOOP(
                "validation",
                "Use letters, digits and punctuation only; the character {char} is not "
                "allowed.",
            ), char=describe_char(char))
    return FieldResult(value)


def _empty(field: str, required: bool) -> FieldResult:
    if not required:
        return FieldResult(None)
    return _error(field, f"{field}.required", QT_TRANSLATE_NOOP(
        "validation", "This field is required."
    ))


def _too_long(field: str, length: int, limit: int) -> FieldResult:
    return _error(field, f"{field}.too_long", QT_TRANSLATE_NOOP(
        "validation", "This is too long: {length} characters; the limit is {limit}."
    ), length=length, limit=limit)


def _error(field: str, code: str, message: str, **params: object) -> FieldResult:
    return FieldResult(None, (Problem(field, code, message, params=params),))
