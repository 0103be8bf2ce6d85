"""The attendance roster of one session as a table: number, name, code, what the code
means, arrival time. The code column is big and coloured so a trainer reads it from a
step away; a row just marked by a scan flashes green for a moment."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont

from enrollment_app.domain.attendance_codes import ATTENDANCE_CONTEXT, CODE_LABELS
from enrollment_app.i18n import tr
from enrollment_app.services.attendance import AttendanceRow, MarkResult

NUMBER, NAME, CODE, MEANING, ARRIVAL = range(5)
FLASH_MS = 1500
CODE_FONT_SCALE = 1.6
FLASH_COLOR = QColor("#7bd88f")
CODE_COLORS = {
    "H": QColor("#d7f2dc"), "T": QColor("#fff1c2"), "I": QColor("#dde8fb"),
    "S": QColor("#e9ddfb"), "A": QColor("#f9d6d3"),
}
Index = QModelIndex | QPersistentModelIndex


class AttendanceTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AttendanceRow] = []
        self._flashing: str | None = None
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self._code_font = QFont()
        self._code_font.setBold(True)
        self._code_font.setPointSizeF(self._code_font.pointSizeF() * CODE_FONT_SCALE)

    # -- the data ---------------------------------------------------------------------
    def set_rows(self, rows: list[AttendanceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._flashing = None
        self.endResetModel()

    def row_of(self, participant_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.participant_id == participant_id),
                    -1)

    def person(self, row: int) -> AttendanceRow:
        return self._rows[row]

    def apply(self, result: MarkResult, *, flash: bool = False) -> int:
        """Show a saved mark in its row (returns the row, -1 if not listed)."""
        row = self.row_of(result.participant_id)
        if row < 0:
            return row
        self._rows[row] = replace(self._rows[row], code=result.code,
                                  arrival_time=result.arrival_time)
        if flash:
            self._flash(result.participant_id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, ARRIVAL))
        return row

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for row in self._rows:
            counts[row.code] = counts.get(row.code, 0) + 1
        return counts

    def is_flashing(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].participant_id == self._flashing

    # -- Qt ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("No."), self.tr("Name"), self.tr("Code"), self.tr("Attendance"),
                self.tr("Arrived"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), row, column)
        if role == Qt.ItemDataRole.FontRole and column == CODE:
            return self._code_font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, CODE, ARRIVAL):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.participant_id == self._flashing:
                return QBrush(FLASH_COLOR)
            if column in (CODE, MEANING) and row.code in CODE_COLORS:
                return QBrush(CODE_COLORS[row.code])
        if role == Qt.ItemDataRole.UserRole:
            return row.participant_id
        return None

    def _text(self, number: int, row: AttendanceRow, column: int) -> str:
        if column == NUMBER:
            return str(number + 1)
        if column == NAME:
            return row.full_name
        if column == CODE:
            return row.code or "·"
        if column == MEANING:
            return tr(ATTENDANCE_CONTEXT, CODE_LABELS[row.code]) if row.code else ""
        return row.arrival_time.strftime("%H:%M") if row.arrival_time else ""

    def _flash(self, participant_id: str) -> None:
        previous = self._flashing
        self._flashing = participant_id
        if previous and previous != participant_id:
            self._row_changed(previous)
        self._flash_timer.start(FLASH_MS)

    def _end_flash(self) -> None:
        previous, self._flashing = self._flashing, None
        if previous:
            self._row_changed(previous)

    def _row_changed(self, participant_id: str) -> None:
        row = self.row_of(participant_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, ARRIVAL))
