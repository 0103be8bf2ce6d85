"""Step 1: the list file to import (typed, pasted or chosen)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

FileChooser = Callable[[QWidget, str], str]


class FilePage(QWidget):
    def __init__(self, parent: QWidget | None = None, *, path: str = "",
                 choose_file: FileChooser | None = None) -> None:
        super().__init__(parent)
        self._choose_file = choose_file or self._ask_file
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr(
            "Import people from a list in a CSV file or an Excel workbook (.xlsx): registry "
            "extracts (DTSEN/Regsosek, DTKS) or lists from kelurahan offices and community "
            "groups.\n\nThe list needs a heading row with column names such as NIK, Nama, "
            "Jenis Kelamin, Tanggal Lahir, RT, RW and Kelurahan. Every row is checked like "
            "a registration typed into the form. Before anything is saved you can check "
            "which column feeds which field and see which rows would be refused."), self)
        intro.setWordWrap(True)
        self.path = QLineEdit(path, self)
        self.path.setPlaceholderText(self.tr("for example E:\\daftar-kelurahan.xlsx"))
        self.choose_button = QPushButton(self.tr("Choose..."), self)
        self.choose_button.clicked.connect(self.choose)
        label = QLabel(self.tr("&List file"), self)
        label.setBuddy(self.path)
        grid.addWidget(intro, 0, 0, 1, 3)
        grid.addWidget(label, 1, 0)
        grid.addWidget(self.path, 1, 1)
        grid.addWidget(self.choose_button, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)

    def choose(self) -> None:
        chosen = self._choose_file(self, self.path.text())
        if chosen:
            self.path.setText(chosen)

    def _ask_file(self, parent: QWidget, current: str) -> str:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent, self.tr("List of people to import"), current,
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)"))
        return chosen
