"""What the central office adds to the main window: the bundle import screen (which
also sends updates back to the devices).

Only for roles with the central-import permission (the "central" role). The screen
works on the central database of this data folder (``central.sqlite`` with its key
folder, as ``enrollment central init`` makes them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from enrollment_app.services.central import (
    CentralOffice,
    default_central_url,
    default_keys_dir,
)
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.permissions import Permission, allowed
from enrollment_app.ui.central.import_screen import CentralImportScreen

if TYPE_CHECKING:
    from enrollment_app.ui.main_window import MainWindow


class CentralFeatures(QObject):
    def __init__(self, window: MainWindow, ctx: ServiceContext) -> None:
        super().__init__(window)
        self._window = window
        self.import_screen: CentralImportScreen | None = None
        self.page = -1
        if not allowed(ctx.actor.role, Permission.CENTRAL_IMPORT):
            return
        url = default_central_url(ctx.db.data_dir)
        self.office = CentralOffice(url, default_keys_dir(url, ctx.db.data_dir))
        self.import_screen = CentralImportScreen(self.office, operator=ctx.actor.username)
        self.import_screen.imported.connect(
            lambda: window.changes.participants_changed.emit(""))
        self.page = window.add_page(self.tr("Central import"), self.import_screen,
                                    Permission.CENTRAL_IMPORT)
        action = QAction(self.tr("&Import bundles..."), window)
        action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(self.show_import)
        window.file_menu.insertAction(window.file_menu.actions()[0], action)
        self.import_action = action
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Closing the window mid-import cancels it: that bundle is rolled back whole.
        if (event.type() == QEvent.Type.Close and self.import_screen is not None
                and self.import_screen.is_busy()):
            self.import_screen.wait()
        return False

    def show_import(self) -> None:
        self._window.navigation.setCurrentRow(self.page)
        if self.import_screen is not None:
            self.import_screen.add_button.setFocus()
