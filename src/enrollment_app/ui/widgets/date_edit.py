"""A date typed the Indonesian way, dd-mm-yyyy, that may also be empty or unreadable.

QDateEdit cannot be empty and silently clamps impossible dates; field staff type dates
from an ID card, so a plain line edit that reads "15-02-1990", "15/2/1990", "15.02.1990"
or "15021990" and says when it cannot read the text serves them better.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from enrollment_app.domain.birth_date import format_date

_SEPARATED = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")


def parse_indonesian_date(text: str) -> date | None:
    """Return the date in ``text`` (day first, four-digit year), or None if unreadable."""
    stripped = text.strip()
    match = _SEPARATED.match(stripped) or _COMPACT.match(stripped)
    if not match:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


class IndonesianDateEdit(QLineEdit):
    """Line edit holding a date as dd-mm-yyyy; ``date_value()`` is None when empty or
    unreadable (tell the two apart with ``is_unreadable()``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.setMaxLength(20)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00-00-00000000"))
        self.editingFinished.connect(self._tidy)

    def date_value(self) -> date | None:
        return parse_indonesian_date(self.text())

    def set_date(self, value: date | None) -> None:
        self.setText(format_date(value) if value else "")

    def is_unreadable(self) -> bool:
        return bool(self.text().strip()) and self.date_value() is None

    def unreadable_message(self) -> str:
        return self.tr("Type the date as day-month-year, for example 15-02-1990.")

    def _tidy(self) -> None:
        value = self.date_value()
        if value is not None and self.text() != format_date(value):
            self.setText(format_date(value))
