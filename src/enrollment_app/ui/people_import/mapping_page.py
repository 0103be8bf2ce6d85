"""Step 2: which column of the list feeds which field, and the first rows as mapped.

Each field has a combo box of the list's headings, pre-filled from the automatic
matching; required fields are marked with *. Choosing a column for one field takes it
from any other field (the mapping allows one field per column).
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.i18n import tr
from enrollment_app.services.import_columns import FIELD_LABELS, REQUIRED_FIELDS, HeaderMapping
from enrollment_app.services.spreadsheet_reader import SheetRow
from enrollment_app.ui.people_import.list_preview import cell_at

FIELD_COLUMNS = 3  # fields side by side, so all of them fit at 1366x768
REQUIRED_MARK = " *"


def field_label(name: str) -> str:
    return tr("import", FIELD_LABELS[name])


class MappingPage(QWidget):
    """Edits the ``HeaderMapping`` it is given; ``changed`` after every choice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mapping: HeaderMapping | None = None
        self._preview: list[SheetRow] = []
        self.combos: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addWidget(self._build_fields())
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("QLabel { color: #8c1d18; font-weight: bold; }")
        layout.addWidget(self.missing)
        box = QGroupBox(self.tr("First rows of the list, as they will be read"), self)
        box_layout = QVBoxLayout(box)
        self.preview = QTableWidget(0, 0, box)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        box_layout.addWidget(self.preview)
        layout.addWidget(box, 1)

    def _build_fields(self) -> QWidget:
        box = QGroupBox(self.tr("Columns (* required)"), self)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        rows = -(-len(FIELD_LABELS) // FIELD_COLUMNS)
        for index, name in enumerate(FIELD_LABELS):
            row, column = index % rows, 2 * (index // rows)
            text = field_label(name) + (REQUIRED_MARK if name in REQUIRED_FIELDS else "")
            label = QLabel(text, box)
            combo = QComboBox(box)
            combo.setObjectName(f"column_{name}")
            combo.setMinimumContentsLength(16)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(
                lambda _index, field=name: self._choose(field))
            if name in ("rt", "rw", "rt_rw"):
                combo.setToolTip(self.tr("RT and RW are required: as two columns, or as one "
                                         "RT/RW column such as 003/007."))
            label.setBuddy(combo)
            grid.addWidget(label, row, column)
            grid.addWidget(combo, row, column + 1)
            grid.setColumnStretch(column + 1, 1)
            self.combos[name] = combo
        return box

    # -- content ----------------------------------------------------------------------
    def set_list(self, file_name: str, mapping: HeaderMapping,
                 preview: list[SheetRow]) -> None:
        self._mapping, self._preview = mapping, preview
        self.intro.setText(self.tr(
            "The heading row of {name} is row {line}. Check which column holds each field "
            "and choose the ones that were not recognised. Columns that feed no field are "
            "ignored.").format(name=file_name, line=mapping.header_line))
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in this list)"), None)
            for column, heading in enumerate(mapping.headers):
                letter = get_column_letter(column + 1)
                combo.addItem(self.tr("{heading} (column {letter})").format(
                    heading=heading or self.tr("no heading"), letter=letter), column)
            combo.blockSignals(False)
        self._show_mapping()

    def mapping(self) -> HeaderMapping | None:
        return self._mapping

    def missing_fields(self) -> list[str]:
        return self._mapping.missing_required() if self._mapping is not None else []

    def _choose(self, field: str) -> None:
        if self._mapping is None:
            return
        column = self.combos[field].currentData()
        self._mapping.assign(field, column if isinstance(column, int) else None)
        self._show_mapping()
        self.changed.emit()

    def _show_mapping(self) -> None:
        assert self._mapping is not None
        for name, combo in self.combos.items():
            column = self._mapping.columns.get(name)
            combo.blockSignals(True)
            combo.setCurrentIndex(0 if column is None else column + 1)
            combo.blockSignals(False)
        missing = self.missing_fields()
        self.missing.setText(self.tr("Choose a column for: {fields}").format(
            fields=", ".join(field_label(name) for name in missing)) if missing else "")
        self.missing.setVisible(bool(missing))
        self._fill_preview()

    def _fill_preview(self) -> None:
        assert self._mapping is not None
        fields = [name for name in FIELD_LABELS if name in self._mapping.columns]
        self.preview.clear()
        self.preview.setColumnCount(len(fields))
        self.preview.setRowCount(len(self._preview))
        self.preview.setHorizontalHeaderLabels([field_label(name) for name in fields])
        self.preview.setVerticalHeaderLabels([str(row.line) for row in self._preview])
        for row_index, row in enumerate(self._preview):
            for column_index, name in enumerate(fields):
                self.preview.setItem(row_index, column_index, QTableWidgetItem(
                    cell_at(row, self._mapping.columns[name])))
