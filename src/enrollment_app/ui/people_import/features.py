"""What the people import adds to the main window: Participants > Import people from a
spreadsheet... for the roles that may register people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from enrollment_app.services.context import ServiceContext
from enrollment_app.services.permissions import Permission, allowed
from enrollment_app.ui.people_import.dialog import PeopleImportDialog

if TYPE_CHECKING:
    from enrollment_app.ui.main_window import MainWindow


class PeopleImportFeatures(QObject):
    def __init__(self, window: MainWindow, ctx: ServiceContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self.dialog: PeopleImportDialog | None = None
        self.action: QAction | None = None
        if not allowed(ctx.actor.role, Permission.REGISTER):
            return
        self.action = QAction(self.tr("&Import people from a spreadsheet..."), window)
        self.action.setStatusTip(self.tr(
            "Add the people of a CSV or Excel list (registry extract, kelurahan list)"))
        self.action.triggered.connect(self.open_dialog)
        window.participants_menu.addAction(self.action)

    def open_dialog(self) -> PeopleImportDialog:
        """Opens the dialog (non-modal, one at a time) and returns it."""
        if self.dialog is None:
            self.dialog = PeopleImportDialog(self._ctx, self._window)
            self.dialog.imported.connect(
                lambda _report: self._window.changes.participants_changed.emit(""))
            self.dialog.finished.connect(self._forget_dialog)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _forget_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
