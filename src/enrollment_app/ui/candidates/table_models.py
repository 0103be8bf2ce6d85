"""Table models of the Candidates page: counts per kelurahan, and the candidates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt

from enrollment_app.domain.regions import RegionCatalog, load_regions
from enrollment_app.i18n import translate
from enrollment_app.services.candidates import STATUS_LABELS, CandidateRow, KelurahanCount

Index = QModelIndex | Any  # Qt passes QPersistentModelIndex too


def place_name(regions: RegionCatalog, kelurahan_code: str, kecamatan_code: str) -> str:
    """"Kelurahan, Kecamatan" by name (codes the catalog does not know as they are)."""
    kelurahan = regions.kelurahan_name(kelurahan_code) or kelurahan_code or "-"
    kecamatan = regions.kecamatan_name(kecamatan_code) or kecamatan_code
    return f"{kelurahan}, {kecamatan}" if kecamatan else kelurahan


class KelurahanCountModel(QAbstractTableModel):
    """First row "every kelurahan" with the totals, then one row per kelurahan."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._regions = load_regions()
        self._rows: list[KelurahanCount] = []

    def set_counts(self, counts: Sequence[KelurahanCount]) -> None:
        self.beginResetModel()
        self._rows = list(counts)
        self.endResetModel()

    def kelurahan_code(self, row: int) -> str:
        """"" for the first row (every kelurahan)."""
        return self._rows[row - 1].kelurahan_code if 0 < row <= len(self._rows) else ""

    def row_of(self, kelurahan_code: str) -> int:
        for row, count in enumerate(self._rows, start=1):
            if count.kelurahan_code == kelurahan_code:
                return row
        return 0

    def to_visit(self, row: int) -> int:
        if row == 0:
            return sum(count.to_visit for count in self._rows)
        return self._rows[row - 1].to_visit

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Kelurahan"), self.tr("To visit"), self.tr("Done"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if row == 0:
            values: tuple[str, int, int] = (
                self.tr("Every kelurahan"), self.to_visit(0),
                sum(count.done for count in self._rows))
        else:
            count = self._rows[row - 1]
            values = (place_name(self._regions, count.kelurahan_code, count.kecamatan_code),
                      count.to_visit, count.done)
        value = values[column]
        return QLocale().toString(value) if isinstance(value, int) else value


class CandidateListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._regions = load_regions()
        self._rows: list[CandidateRow] = []

    def set_rows(self, rows: Sequence[CandidateRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def candidate(self, row: int) -> CandidateRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("NIK"), self.tr("Address"), self.tr("Kelurahan"),
                self.tr("Status"), self.tr("Note"), self.tr("Program"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        c = self._rows[index.row()]
        rt_rw = f"RT {c.rt}/RW {c.rw}" if c.rt or c.rw else ""
        values = (
            c.full_name, c.nik, ", ".join(part for part in (c.street, rt_rw) if part),
            place_name(self._regions, c.kelurahan_code, c.kecamatan_code),
            translate("candidates", STATUS_LABELS.get(c.status, c.status)), c.notes, c.program_name)
        return values[index.column()]
