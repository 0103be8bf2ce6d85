"""The attendance table's keyboard: one key (H, I, S, A, T) marks the selected row.

A USB scanner types like a keyboard, and a card code starts with "T". Should the table
have the focus when a card is scanned, its keys would mark the row T; so a code key waits
a moment (``KEY_PAUSE_MS``) and only counts when nothing else follows it. Keys that come
faster than anyone types, or end with Enter, are handed over as scanned text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from enrollment_app.domain.attendance_codes import normalized_code

KEY_PAUSE_MS = 80
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RosterTable(QTableView):
    code_pressed = Signal(str)  # a code key on its own: mark the current row
    text_typed = Signal(str)  # several keys in a burst (a scanner), Enter-terminated or not

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(KEY_PAUSE_MS)
        self._pause.timeout.connect(self._flush)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 6)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if event.key() in _ENTER and self._typed:
            self._pause.stop()
            typed, self._typed = self._typed, ""
            self.text_typed.emit(typed)
            return
        if text and text.isprintable() and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self._typed += text
            self._pause.start()
            return
        super().keyPressEvent(event)

    def _flush(self) -> None:
        typed, self._typed = self._typed, ""
        code = normalized_code(typed) if len(typed) == 1 else None
        if code:
            self.code_pressed.emit(code)
        elif typed.strip():
            self.text_typed.emit(typed)

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model().rowCount():
            self.setCurrentIndex(self.model().index(row, 1))
            self.scrollTo(self.model().index(row, 1))
