"""Keeping personal data out of the log file: identity numbers, phone numbers and the
values a database error quotes are replaced before a line is written."""

from __future__ import annotations

import re

# SQLAlchemy's error text quotes the statement's values: names, NIKs, addresses.
_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\n|$)", re.DOTALL)
_ID_NUMBER = re.compile(r"(?<!\d)\d{16}(?!\d)")  # NIK, KK
_PHONE = re.compile(r"(?<![\d+])(?:\+62|62|0)8\d{7,12}(?!\d)")
PARAMETERS_REMOVED = "[parameters removed]"
ID_REMOVED = "[id removed]"
PHONE_REMOVED = "[phone removed]"


def scrub(text: str) -> str:
    """``text`` without the values a database error quotes, NIK/KK or phone numbers."""
    text = _PARAMETERS.sub(PARAMETERS_REMOVED, text)
    text = _ID_NUMBER.sub(ID_REMOVED, text)
    return _PHONE.sub(PHONE_REMOVED, text)
