"""Remove personal data the laptop no longer needs (supervisors; services.retention).

Shows how many people qualify (programs ended, records confirmed by a central-office
receipt) and how many wait for a receipt; removing asks once more, then blanks their
personal fields in one transaction.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.services import retention
from enrollment_app.services.context import ServiceContext
from enrollment_app.ui.sync.export_dialog import error_text
from enrollment_app.ui.widgets.banner import Banner, BannerKind


class RetentionDialog(QDialog):
    """``removed`` carries the RetentionResult after personal data was removed."""

    removed = Signal(object)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today
        self.setWindowTitle(self.tr("Remove personal data no longer needed"))
        self.resize(640, 300)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "When a person's programs have ended and the central office has confirmed all "
            "their records with a receipt, their NIK, family card number, name, birth place "
            "and day, address, phone and notes can be removed from this laptop. What the "
            "counts need (kecamatan, kelurahan, sex, birth year, registry status) stays, "
            "and the central office keeps its copy."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.banner = Banner(self)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.remove_button = QPushButton(self.tr("&Remove personal data"), self)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self.remove)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        plan = retention.plan_retention(self._ctx, self._today)
        self.summary.setText(self.tr(
            "People whose personal data can be removed now: {removable}\n"
            "People whose programs ended but whose records no receipt confirms yet: "
            "{unconfirmed}").format(removable=len(plan.removable),
                                    unconfirmed=len(plan.unconfirmed)))
        self.remove_button.setEnabled(bool(plan.removable))
        self._removable = len(plan.removable)

    def remove(self) -> None:
        asked = QMessageBox.question(
            self, self.windowTitle(), self.tr(
                "Remove the personal data of {count} people from this laptop? This cannot "
                "be undone here; the central office keeps its copy.").format(
                count=self._removable),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if asked != QMessageBox.StandardButton.Yes:
            return
        try:
            result = retention.apply_retention(self._ctx, self._today)
        except Exception as error:
            self.banner.show_message(BannerKind.ERROR, error_text(error))
            self.refresh()
            return
        self.banner.show_message(BannerKind.SUCCESS, self.tr(
            "Personal data of {removed} people removed from this laptop.").format(
            removed=result.removed))
        self.refresh()
        self.removed.emit(result)
