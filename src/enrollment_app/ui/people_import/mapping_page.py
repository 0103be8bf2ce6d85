"""Step 2: which column of the list feeds which field, and the first rows as mapped.

Each field has a combo box of the list's headings, pre-filled from the automatic
matching; required fields are marked with *. A column feeds one field at most: a
column chosen twice is pointed out and the check waits until it is resolved.
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

from enrollment_app.i18n import translate
from enrollment_app.services.import_columns import FIELD_LABELS, REQUIRED_FIELDS, HeaderMapping
from enrollment_app.services.spreadsheet_reader import SheetRow
from enrollment_app.ui.people_import.list_preview import cell_at

FIELD_COLUMNS = 3  # fields side by side, so all of them fit at 1366x768
REQUIRED_MARK = " *"


def field_label(name: str) -> str:
    return translate("import", FIELD_LABELS[name])


class MappingPage(QWidget):
    """Edits the ``HeaderMapping`` it is given; ``changed`` after every choice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mapping: HeaderMapping | None = None
        self._preview: list[SheetRow] = []
        self._intro = ""
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
            combo.currentIndexChanged.connect(lambda _index: self._choose())
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
        self._intro = self.tr(
            "The heading row of {name} is row {line}. Check which column holds each field "
            "and choose the ones that were not recognised. Columns that feed no field are "
            "ignored.").format(name=file_name, line=mapping.header_line)
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

    def chosen(self) -> HeaderMapping | None:
        """The mapping as the combo boxes show it (applied to ``mapping()`` only when no
        column is chosen twice)."""
        if self._mapping is None:
            return None
        columns = {name: combo.currentData() for name, combo in self.combos.items()
                   if isinstance(combo.currentData(), int)}
        return HeaderMapping(self._mapping.header_line, self._mapping.headers, columns)

    def missing_fields(self) -> list[str]:
        chosen = self.chosen()
        return chosen.missing_required() if chosen is not None else []

    def doubled_columns(self) -> dict[int, list[str]]:
        """Columns chosen for more than one field -> those fields."""
        chosen = self.chosen()
        fields: dict[int, list[str]] = {}
        for name, column in (chosen.columns.items() if chosen is not None else ()):
            fields.setdefault(column, []).append(name)
        return {column: names for column, names in fields.items() if len(names) > 1}

    def is_complete(self) -> bool:
        return not self.missing_fields() and not self.doubled_columns()

    def _choose(self) -> None:
        """Browsing a combo box with the keyboard passes over other fields' columns: a
        column chosen twice is pointed out, never taken away from the other field."""
        chosen = self.chosen()
        if self._mapping is None or chosen is None:
            return
        if not self.doubled_columns():
            for name in FIELD_LABELS:
                self._mapping.assign(name, chosen.columns.get(name))
        self._show_problems()
        self._fill_preview()
        self.changed.emit()

    def _show_mapping(self) -> None:
        assert self._mapping is not None
        for name, combo in self.combos.items():
            column = self._mapping.columns.get(name)
            combo.blockSignals(True)
            combo.setCurrentIndex(0 if column is None else column + 1)
            combo.blockSignals(False)
        self._show_problems()
        self._fill_preview()

    def _show_problems(self) -> None:
        lines = [self.tr("Column {heading} is chosen for more than one field: {fields}")
                 .format(heading=self._mapping.headers[column] if self._mapping else "",
                         fields=", ".join(field_label(name) for name in names))
                 for column, names in self.doubled_columns().items()]
        missing = self.missing_fields()
        if missing:
            lines.append(self.tr("Choose a column for: {fields}").format(
                fields=", ".join(field_label(name) for name in missing)))
        chosen = self.chosen()
        ignored = chosen.unmapped_headers() if chosen is not None else []
        self.intro.setText(self._intro + ("\n" + self.tr("Ignored columns: {headings}").format(
            headings=", ".join(ignored)) if ignored else ""))
        self.missing.setText("\n".join(lines))
        self.missing.setVisible(bool(lines))

    def _fill_preview(self) -> None:
        mapping = self.chosen()
        assert mapping is not None
        fields = [name for name in FIELD_LABELS if name in mapping.columns]
        self.preview.clear()
        self.preview.setColumnCount(len(fields))
        self.preview.setRowCount(len(self._preview))
        self.preview.setHorizontalHeaderLabels([field_label(name) for name in fields])
        self.preview.setVerticalHeaderLabels([str(row.line) for row in self._preview])
        for row_index, row in enumerate(self._preview):
            for column_index, name in enumerate(fields):
                self.preview.setItem(row_index, column_index, QTableWidgetItem(
                    cell_at(row, mapping.columns[name])))
