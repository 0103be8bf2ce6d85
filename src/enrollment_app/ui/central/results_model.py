"""The bundle files chosen on the import screen, one row each, with what happened to them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from enrollment_app.i18n import tr
from enrollment_app.services.central import STATUS_TEXTS, BundleResult, Status

Index = QModelIndex | QPersistentModelIndex
STATUS_COLOURS = {
    Status.ACCEPTED: "#14532d", Status.VERIFIED: "#1a3e72",
    Status.ALREADY_IMPORTED: "#555555", Status.REJECTED: "#8c1d18",
    Status.CANCELLED: "#7a4b00",
}


@dataclass
class BundleRow:
    path: Path
    result: BundleResult | None = None
    busy: bool = False


class BundleResultsModel(QAbstractTableModel):
    FILE, DEVICE, SEQUENCE, STATUS, RECORDS, NEW, UPDATED, CONFLICTS, DUPLICATES, DETAILS = (
        range(10))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BundleRow] = []
        self._headers = [
            self.tr("File"), self.tr("Device"), self.tr("Bundle no."), self.tr("Status"),
            self.tr("Records"), self.tr("New"), self.tr("Updated"), self.tr("Conflicts"),
            self.tr("Possible duplicates"), self.tr("Details"),
        ]

    # -- editing the list -------------------------------------------------------------
    def add_files(self, paths: list[Path]) -> int:
        """Add files not listed yet; return how many were added."""
        known = {row.path for row in self.rows}
        new = [path for path in dict.fromkeys(paths) if path not in known]
        if new:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self.rows += [BundleRow(path) for path in new]
            self.endInsertRows()
        return len(new)

    def remove_rows(self, numbers: list[int]) -> None:
        for number in sorted(set(numbers), reverse=True):
            self.beginRemoveRows(QModelIndex(), number, number)
            del self.rows[number]
            self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows.clear()
        self.endResetModel()

    def paths(self) -> list[Path]:
        return [row.path for row in self.rows]

    def reset_results(self) -> None:
        for row in self.rows:
            row.result, row.busy = None, False
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, self.DETAILS))

    def set_busy(self, path: Path) -> None:
        for number, row in enumerate(self.rows):
            row.busy = row.path == path
            self._changed(number)

    def set_result(self, result: BundleResult) -> None:
        for number, row in enumerate(self.rows):
            if str(row.path) == result.file:
                row.result = result
                row.busy = False
                self._changed(number)

    def _changed(self, number: int) -> None:
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.DETAILS))

    # -- the model --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FILE:
                return str(row.path)
            if column == self.DETAILS:
                return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS and row.result:
            return QBrush(QColor(STATUS_COLOURS[row.result.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and self.SEQUENCE <= column <= (
                self.DUPLICATES) and column != self.STATUS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: BundleRow, column: int) -> str:
        result = row.result
        if column == self.FILE:
            return row.path.name
        if column == self.STATUS:
            if row.busy:
                return self.tr("working...")
            return tr("sync", STATUS_TEXTS[result.status]) if result else self.tr("waiting")
        if result is None:
            return ""
        merged = result.merged.values()
        values = {
            self.DEVICE: result.device_name,
            self.SEQUENCE: "" if result.sequence is None else str(result.sequence),
            self.RECORDS: str(sum(result.counts.values())) if result.counts else "",
            self.NEW: str(sum(c["inserted"] for c in merged)) if result.merged else "",
            self.UPDATED: str(sum(c["updated"] for c in merged)) if result.merged else "",
            self.CONFLICTS: str(result.conflicts) if result.merged else "",
            self.DUPLICATES: str(result.possible_duplicates) if result.merged else "",
            self.DETAILS: " ".join([result.reason(tr), *result.warning_texts(tr)]).strip(),
        }
        return values.get(column, "")

    def summary(self) -> dict[Status, int]:
        counts: dict[Status, int] = {}
        for row in self.rows:
            if row.result is not None:
                counts[row.result.status] = counts.get(row.result.status, 0) + 1
        return counts
