"""A line edit for digit identifiers (NIK, KK, NIB) that shows digits in groups of four."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLineEdit, QWidget

# Longer than any identifier, so a 17-digit NIK can be typed (and refused with a message)
# but a pasted page of text cannot flood the field.
MAX_TYPED_LENGTH = 40


class IdNumberEdit(QLineEdit):
    """Plain text entry: letters are not blocked, so the form can say what is wrong."""

    def __init__(self, digits: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.digits = digits
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF())
        self.setFont(font)
        self.setMaxLength(MAX_TYPED_LENGTH)
        self.setPlaceholderText(self.tr("{count} digits").format(count=digits))
        self.setClearButtonEnabled(True)
        width = self.fontMetrics().horizontalAdvance("0" * (digits + 4))
        self.setMinimumWidth(width)

    def looks_complete(self) -> bool:
        """True once enough characters were typed that a check is worth showing."""
        typed = "".join(ch for ch in self.text() if not ch.isspace())
        return len(typed) >= self.digits or any(
            not (ch.isdigit() or ch in ".-") for ch in typed)
