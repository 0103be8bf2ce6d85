"""The eligibility verdict as a list: every rule checked, passed in green, failed in red."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from enrollment_app.domain.eligibility import Verdict
from enrollment_app.i18n import translate

PASSED_COLOR = "#14532d"
FAILED_COLOR = "#b3261e"
PASSED_MARK = "\u2713"  # check mark
FAILED_MARK = "\u2717"  # ballot x


def check_line(passed: bool, text: str) -> str:
    return f"{PASSED_MARK if passed else FAILED_MARK}  {text}"


class VerdictView(QListWidget):
    """Read-only; failed checks first so the reason a person is refused is seen at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_verdict(self, verdict: Verdict | None) -> None:
        self.clear()
        if verdict is None:
            return
        checks = sorted(verdict.checks, key=lambda c: c.passed)
        for check in checks:
            item = QListWidgetItem(check_line(check.passed, check.text(translate)), self)
            item.setForeground(QBrush(QColor(PASSED_COLOR if check.passed else FAILED_COLOR)))
        if not checks:
            self.addItem(self.tr("This program sets no conditions."))

    def lines(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]
