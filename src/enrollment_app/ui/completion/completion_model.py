"""The table of a class's people with their attendance and completion."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from enrollment_app.domain.application_status import STATUS_CONTEXT, STATUS_LABELS
from enrollment_app.i18n import tr
from enrollment_app.services.completion import CompletionRow

Index = QModelIndex | QPersistentModelIndex
NAME, ATTENDED, PRESENT, LATE, EXCUSED, SICK, ABSENT, UNMARKED, RATE, COMPLETES, STATUS, \
    STARTER = range(12)
COMPLETES_COLOUR = QColor("#e3f4e6")
BELOW_COLOUR = QColor("#fdecea")


class CompletionModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CompletionRow] = []
        self._starter: Mapping[str, bool] = {}  # participant id -> signed for the kit

    def set_rows(self, rows: list[CompletionRow], starter: Mapping[str, bool]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._starter = dict(starter)
        self.endResetModel()

    def row_at(self, row: int) -> CompletionRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else STARTER + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Attended"), self.tr("H"), self.tr("T"),
                self.tr("I"), self.tr("S"), self.tr("A"), self.tr("Unmarked"),
                self.tr("Rate"), self.tr("Completes?"), self.tr("Status"),
                self.tr("Starter package"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and NAME < column < STATUS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == COMPLETES:
            return QBrush(COMPLETES_COLOUR if row.completes else BELOW_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == ATTENDED:
            return self.tr("H and T count as attended; I, S, A and unmarked sessions do "
                           "not.")
        return None

    def _text(self, row: CompletionRow, column: int) -> str:
        counts = row.tally
        if column == NAME:
            return row.full_name
        if column == ATTENDED:
            return self.tr("{attended} of {held}").format(attended=counts.attended,
                                                         held=counts.held)
        numbers = {PRESENT: counts.present, LATE: counts.late, EXCUSED: counts.excused,
                   SICK: counts.sick, ABSENT: counts.absent, UNMARKED: counts.unmarked}
        if column in numbers:
            return str(numbers[column])
        if column == RATE:
            return QLocale().toString(counts.rate_percent, "f", 1) + "%"
        if column == COMPLETES:
            return self.tr("Yes") if row.completes else self.tr("No")
        if column == STATUS:
            return tr(STATUS_CONTEXT, STATUS_LABELS.get(row.status, row.status))
        if row.participant_id not in self._starter:
            return ""
        return (self.tr("Chosen, kit received") if self._starter[row.participant_id]
                else self.tr("Chosen"))
