"""Counts of a dry run or an import, and the rows that need attention, line by line."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.i18n import tr
from enrollment_app.services.people_import import (
    ImportReport,
    Outcome,
    RowResult,
    describe_problem,
)

ROWS_SHOWN = 500  # the refused rows file holds them all


class ReportView(QWidget):
    """Three counts above a table of refused and already registered rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        counts = QGridLayout()
        counts.setHorizontalSpacing(48)
        counts.setColumnStretch(3, 1)
        self.accepted_label = QLabel(self)
        self.accepted = QLabel(self)
        self.duplicates = QLabel(self)
        self.refused = QLabel(self)
        big = "QLabel { font-size: 15pt; font-weight: bold; }"
        for column, (caption, value) in enumerate((
                (self.accepted_label, self.accepted),
                (QLabel(self.tr("Already registered"), self), self.duplicates),
                (QLabel(self.tr("Refused"), self), self.refused))):
            value.setStyleSheet(big)
            counts.addWidget(caption, 0, column)
            counts.addWidget(value, 1, column)
        layout.addLayout(counts)
        self.rows_title = QLabel(self)
        self.rows_title.setWordWrap(True)
        layout.addWidget(self.rows_title)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Result"),
                                              self.tr("NIK"), self.tr("Name"),
                                              self.tr("Reason")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # takes the room of the table while it is hidden

    def show_report(self, report: ImportReport, summary: str) -> None:
        locale = QLocale()
        self.summary.setText(summary)
        self._label_accepted(report.dry_run)
        self.show_counts(report.accepted, report.duplicates, report.refused)
        rows = report.rows[:ROWS_SHOWN]
        if not report.rows:
            self.rows_title.setText(self.tr("Every row read could be saved."))
        elif len(rows) < len(report.rows):
            self.rows_title.setText(self.tr(
                "The first {shown} of {count} rows that were not saved:").format(
                shown=locale.toString(len(rows)), count=locale.toString(len(report.rows))))
        else:
            self.rows_title.setText(self.tr("Rows that were not saved:"))
        self.table.setRowCount(len(rows))
        self.table.setVisible(bool(rows))
        for index, row in enumerate(rows):
            for column, text in enumerate(self._cells(row)):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()

    def show_counts(self, accepted: int, duplicates: int, refused: int) -> None:
        locale = QLocale()
        self.accepted.setText(locale.toString(accepted))
        self.duplicates.setText(locale.toString(duplicates))
        self.refused.setText(locale.toString(refused))

    def show_report_placeholder(self, summary: str, *, dry_run: bool) -> None:
        """No report yet (running) or none at all (the file was refused)."""
        self.summary.setText(summary)
        self._label_accepted(dry_run)
        for label in (self.accepted, self.duplicates, self.refused):
            label.setText("-")
        self.rows_title.clear()
        self.table.setRowCount(0)
        self.table.hide()

    def _label_accepted(self, dry_run: bool) -> None:
        self.accepted_label.setText(self.tr("Would be saved") if dry_run
                                    else self.tr("Saved"))

    def _cells(self, row: RowResult) -> tuple[str, ...]:
        result = (self.tr("Already registered") if row.outcome is Outcome.DUPLICATE
                  else self.tr("Refused"))
        reasons = "; ".join(describe_problem(problem, tr) for problem in row.problems)
        return str(row.line), result, row.nik, row.full_name, reasons

    def reason_at(self, line: int) -> str:
        """The reason shown for spreadsheet line ``line`` ("" when it is not listed)."""
        for index in range(self.table.rowCount()):
            if self.table.item(index, 0).text() == str(line):
                return self.table.item(index, 4).text()
        return ""
