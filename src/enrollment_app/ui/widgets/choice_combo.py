"""A combo box over coded answers (domain.choices), showing translated labels."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QComboBox, QWidget

from enrollment_app.domain.choices import CHOICES_CONTEXT
from enrollment_app.i18n import tr


class ChoiceCombo(QComboBox):
    """Items carry their code as user data; an optional first item stands for "not chosen"
    (code ""). Typing a letter jumps to the matching label, as in any combo box."""

    def __init__(self, choices: Mapping[str, str] | None = None, *,
                 placeholder: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = placeholder
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        if choices is not None:
            self.set_items((code, tr(CHOICES_CONTEXT, label)) for code, label in choices.items())

    def set_placeholder(self, text: str) -> None:
        """Change the "not chosen" label; takes effect with the next ``set_items``."""
        self._placeholder = text

    def set_items(self, items: Iterable[tuple[str, str]]) -> None:
        """Replace the items with (code, already translated label) pairs."""
        self.blockSignals(True)
        self.clear()
        if self._placeholder is not None:
            self.addItem(self._placeholder, "")
        for code, label in items:
            self.addItem(label, code)
        self.blockSignals(False)
        self.setCurrentIndex(0 if self.count() else -1)

    def code(self) -> str:
        value = self.currentData()
        return "" if value is None else str(value)

    def set_code(self, code: str | None) -> None:
        index = self.findData(code or "")
        self.setCurrentIndex(max(index, 0))
