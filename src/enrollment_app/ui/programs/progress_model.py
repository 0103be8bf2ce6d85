"""A program's figures per kecamatan as a table: quota, places taken, percent, waitlist,
awaiting a decision, rejected, dropped; a row for applications outside the kecamatan
when there are any, and a total row. Copied as tab-separated text (``as_text``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.services.program_dashboard import KecamatanProgress, ProgramDashboard

ModelIndex = QModelIndex | QPersistentModelIndex
CONTEXT = "ProgressModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("ProgressModel", "Kecamatan"),
    QT_TRANSLATE_NOOP("ProgressModel", "Quota"),
    QT_TRANSLATE_NOOP("ProgressModel", "Taken"),
    "%",
    QT_TRANSLATE_NOOP("ProgressModel", "Waitlist"),
    QT_TRANSLATE_NOOP("ProgressModel", "Awaiting"),
    QT_TRANSLATE_NOOP("ProgressModel", "Rejected"),
    QT_TRANSLATE_NOOP("ProgressModel", "Dropped"),
)
# What each short column title means (the header's tooltip).
COLUMN_TIPS = (
    QT_TRANSLATE_NOOP("ProgressModel", "Kecamatan of the application (the quota bucket)"),
    QT_TRANSLATE_NOOP("ProgressModel", "Places for this kecamatan in the program"),
    QT_TRANSLATE_NOOP("ProgressModel", "Places taken: accepted, assigned to a class or "
                                       "completed"),
    QT_TRANSLATE_NOOP("ProgressModel", "Places taken as a percentage of the quota"),
    QT_TRANSLATE_NOOP("ProgressModel", "Waitlisted, in order, for a place that frees"),
    QT_TRANSLATE_NOOP("ProgressModel", "Registered or interviewed, no decision yet"),
    QT_TRANSLATE_NOOP("ProgressModel", "Rejected"),
    QT_TRANSLATE_NOOP("ProgressModel", "Dropped out after acceptance or in class"),
)
(KECAMATAN, QUOTA, PLACES_TAKEN, PERCENT, WAITLISTED, AWAITING, REJECTED,
 DROPPED) = range(len(COLUMNS))
ELSEWHERE = QT_TRANSLATE_NOOP("ProgressModel", "Outside the 13 kecamatan")
TOTAL = QT_TRANSLATE_NOOP("ProgressModel", "Total")


def percent_text(value: float | None) -> str:
    """"47%" in the interface's number format; "–" without a quota."""
    if value is None:
        return "–"
    decimals = 1 if 0 < value < 9.95 else 0  # "1,5%" but "12%"
    return QLocale().toString(value, "f", decimals) + "%"


class ProgressModel(QAbstractTableModel):
    """Read-only rows of a ``ProgramDashboard``; replaced whole on every refresh."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[KecamatanProgress] = []
        self._total: KecamatanProgress | None = None

    def set_dashboard(self, dashboard: ProgramDashboard | None) -> None:
        self.beginResetModel()
        if dashboard is None:
            self._rows, self._total = [], None
        else:
            self._rows = list(dashboard.kecamatan)
            if dashboard.elsewhere is not None:
                self._rows.append(dashboard.elsewhere)
            self._total = _summed(self._rows)
        self.endResetModel()

    # -- Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) + (1 if self._total is not None else 0)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(CONTEXT, COLUMN_TIPS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._row(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != KECAMATAN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row is self._total:
            font = QFont()
            font.setBold(True)
            return font
        return None

    # -- reading ----------------------------------------------------------------------
    def cell(self, row: int, column: int) -> str:
        """The text shown in a cell (for copying and for tests)."""
        return self._text(self._row(row), column)

    def as_text(self, rows: Sequence[int] | None = None) -> str:
        """The header and the given rows (all by default) as tab-separated lines, for
        pasting into a spreadsheet."""
        chosen = range(self.rowCount()) if rows is None else rows
        lines = ["\t".join(QCoreApplication.translate(CONTEXT, title) for title in COLUMNS)]
        lines += ["\t".join(self.cell(row, column) for column in range(len(COLUMNS)))
                  for row in chosen]
        return "\n".join(lines)

    def _row(self, row: int) -> KecamatanProgress:
        if row < len(self._rows):
            return self._rows[row]
        assert self._total is not None
        return self._total

    def _text(self, row: KecamatanProgress, column: int) -> str:
        if column == KECAMATAN:
            if row is self._total:
                return QCoreApplication.translate(CONTEXT, TOTAL)
            return row.name or QCoreApplication.translate(CONTEXT, ELSEWHERE)
        if column == PERCENT:
            return percent_text(row.percent)
        values = {QUOTA: row.quota, PLACES_TAKEN: row.places_taken,
                  WAITLISTED: row.waitlisted, AWAITING: row.awaiting,
                  REJECTED: row.rejected, DROPPED: row.dropped}
        return QLocale().toString(values[column])


def _summed(rows: Sequence[KecamatanProgress]) -> KecamatanProgress:
    return KecamatanProgress(
        code="", name="", quota=sum(r.quota for r in rows),
        places_taken=sum(r.places_taken for r in rows),
        waitlisted=sum(r.waitlisted for r in rows), awaiting=sum(r.awaiting for r in rows),
        rejected=sum(r.rejected for r in rows), dropped=sum(r.dropped for r in rows))
