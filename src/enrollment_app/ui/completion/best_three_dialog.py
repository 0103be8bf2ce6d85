"""Choosing who of a class receives the starter packages, and why (supervisors).

The people who meet the completion threshold are listed best first (attendance rate and
interview score, services.starter_packages); the suggested ones are ticked, or the
earlier choice when there is one. The reason is required.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.services import starter_packages
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError
from enrollment_app.services.starter_packages import StarterPackages
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.completion.paper_sheet_dialog import error_text
from enrollment_app.ui.widgets.banner import Banner, BannerKind

DIALOG_SIZE = (640, 520)


class BestThreeDialog(QDialog):
    def __init__(self, ctx: ServiceContext, class_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._class_id = class_id
        self.packages: StarterPackages = starter_packages.suggestions(ctx, class_id)
        self.setWindowTitle(self.tr("Choose the best participants"))
        self.resize(*DIALOG_SIZE)
        self.banner = Banner(self)
        intro = QLabel(self.tr(
            "The program gives {n} starter package(s) per class. Suggested by attendance "
            "rate and interview score (their mean; the rate alone without an interview). "
            "Tick who receives one and write why.").format(n=self.packages.top_n), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Rate"),
                                              self.tr("Interview"), self.tr("Merit")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemActivated.connect(self._toggle)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("Why these people (required)"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.save_button = QPushButton(self.tr("&Save choice"), self)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Reason:"), self))
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        self._fill()

    def _fill(self) -> None:
        candidates = self.packages.candidates
        already = bool(self.packages.chosen)
        self.table.setRowCount(len(candidates))
        for row, candidate in enumerate(candidates):
            name = QTableWidgetItem(candidate.full_name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = candidate.chosen if already else row < self.packages.top_n
            name.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, name)
            score = "-" if candidate.interview_score is None else str(candidate.interview_score)
            locale = QLocale()
            rate = locale.toString(candidate.rate_percent, "f", 1) + "%"
            merit = locale.toString(candidate.merit, "f", 1)
            for column, text in ((1, rate), (2, score), (3, merit)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        reasons = {c.reason for c in self.packages.chosen}
        if len(reasons) == 1:
            self.reason.setPlainText(reasons.pop())
        if not candidates:
            self.banner.show_message(BannerKind.INFO, self.tr(
                "Nobody meets the completion threshold yet."))
            self.save_button.setEnabled(False)

    def _toggle(self, item: QTableWidgetItem) -> None:
        name = self.table.item(item.row(), 0)
        name.setCheckState(Qt.CheckState.Unchecked if name.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)

    def ticked_ids(self) -> list[str]:
        return [candidate.participant_id
                for row, candidate in enumerate(self.packages.candidates)
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        try:
            starter_packages.choose(self._ctx, self._class_id, self.ticked_ids(),
                                    self.reason.toPlainText())
        except (ServiceError, StorageError) as error:
            self.banner.show_message(BannerKind.ERROR, error_text(error))
            return
        self.accept()
