"""Places per kecamatan: a two-column table a supervisor edits in place.

Every cell is checked as it is typed (a whole number of places, or empty for "no quota"),
the wrong cells turn red and the message under the table says which kecamatan to fix.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from enrollment_app.services.programs import MAX_QUOTA

BAD_CELL = QColor("#fdecea")
CHANGED_CELL = QColor("#fff6d6")
KECAMATAN_COLUMN, PLACES_COLUMN = 0, 1


class QuotaTable(QTableWidget):
    """Kecamatan and places; ``edited()`` gives what differs from the saved quotas."""

    validity_changed = Signal()

    def __init__(self, kecamatan_names: Mapping[str, str], parent: QWidget | None = None
                 ) -> None:
        super().__init__(len(kecamatan_names), 2, parent)
        self._codes = sorted(kecamatan_names)
        self._saved: dict[str, int] = {}
        self._editable = False
        self.setHorizontalHeaderLabels([self.tr("Kecamatan"), self.tr("Places")])
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(KECAMATAN_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PLACES_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        for row, code in enumerate(self._codes):
            name = QTableWidgetItem(kecamatan_names[code])
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            name.setData(Qt.ItemDataRole.UserRole, code)
            self.setItem(row, KECAMATAN_COLUMN, name)
            places = QTableWidgetItem("")
            places.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, PLACES_COLUMN, places)
        self.itemChanged.connect(self._cell_changed)
        self.set_editable(False)

    # -- public -----------------------------------------------------------------------
    def set_quotas(self, quotas: Mapping[str, int]) -> None:
        """Show the saved quotas (an empty cell: no quota for that kecamatan)."""
        self._saved = dict(quotas)
        self.blockSignals(True)
        for row, code in enumerate(self._codes):
            quota = quotas.get(code)
            self.item(row, PLACES_COLUMN).setText("" if quota is None else str(quota))
            self._paint(row)
        self.blockSignals(False)
        self.validity_changed.emit()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        self.blockSignals(True)
        for row in range(self.rowCount()):
            self.item(row, PLACES_COLUMN).setFlags(flags)
        self.blockSignals(False)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers)

    def row_of(self, kecamatan_code: str) -> int:
        return self._codes.index(kecamatan_code)

    def typed(self) -> dict[str, int | str | None]:
        """Every kecamatan's cell: a number, None when empty, the text when unreadable."""
        return {code: _read(self.item(row, PLACES_COLUMN).text())
                for row, code in enumerate(self._codes)}

    def unreadable(self) -> list[str]:
        """Names of the kecamatan whose cell is not a whole number of places."""
        return [self.item(self.row_of(code), KECAMATAN_COLUMN).text()
                for code, value in self.typed().items() if isinstance(value, str)]

    def edited(self) -> dict[str, int | None]:
        """The readable cells that differ from the saved quotas."""
        return {code: value for code, value in self.typed().items()
                if not isinstance(value, str) and value != self._saved.get(code)}

    def total(self) -> int:
        return sum(v for v in self.typed().values() if isinstance(v, int))

    # -- internals --------------------------------------------------------------------
    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != PLACES_COLUMN:
            return
        self.blockSignals(True)
        self._paint(item.row())
        self.blockSignals(False)
        self.validity_changed.emit()

    def _paint(self, row: int) -> None:
        code = self._codes[row]
        value = _read(self.item(row, PLACES_COLUMN).text())
        if isinstance(value, str):
            color: QColor | None = BAD_CELL
        elif value != self._saved.get(code):
            color = CHANGED_CELL
        else:
            color = None
        for column in (KECAMATAN_COLUMN, PLACES_COLUMN):
            self.item(row, column).setBackground(QBrush(color) if color else QBrush())


def _read(text: str) -> int | str | None:
    """A cell as places: None when empty, the text itself when it is not 0..MAX_QUOTA."""
    cleaned = text.strip().replace(".", "").replace(",", "")  # "2.600" as typed in Indonesia
    if not cleaned:
        return None
    if cleaned.isdigit() and int(cleaned) <= MAX_QUOTA:
        return int(cleaned)
    return text
