"""What sync adds to the main window: a Sync menu for the people who may sync.

Sync > Export for the central office (Ctrl+E) opens the export dialog; Sync > Apply an
update from the central office opens the update dialog, and the participant screens
refresh after an update brought new people. Sync > Load receipts from the central office
shows each bundle as confirmed or not and loads receipts; Sync > Remove personal data no
longer needed opens retention. Both dialogs are window-modal but do not
block the event loop (``QDialog.open``). The dialogs (and the cryptography behind them)
are imported when first opened, not at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from enrollment_app.services.context import ServiceContext
from enrollment_app.services.permissions import Permission, allowed

if TYPE_CHECKING:
    from enrollment_app.ui.main_window import MainWindow
    from enrollment_app.ui.sync.apply_update_dialog import ApplyUpdateDialog
    from enrollment_app.ui.sync.export_dialog import ExportDialog
    from enrollment_app.ui.sync.receipts_dialog import ReceiptsDialog
    from enrollment_app.ui.sync.retention_dialog import RetentionDialog


class SyncFeatures(QObject):
    def __init__(self, window: MainWindow, ctx: ServiceContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self.export_action: QAction | None = None
        self.apply_action: QAction | None = None
        self.receipts_action: QAction | None = None
        self.retention_action: QAction | None = None
        if allowed(ctx.actor.role, Permission.EXPORT_BUNDLES):
            self._build_menu()

    def _build_menu(self) -> None:
        window = self._window
        menu = window.menuBar().addMenu(self.tr("&Sync"))
        self.export_action = QAction(self.tr("&Export for the central office..."), window)
        self.export_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.export_action.triggered.connect(self.open_export)
        self.apply_action = QAction(self.tr("&Apply an update from the central office..."),
                                    window)
        self.apply_action.triggered.connect(self.open_apply_update)
        for action in (self.export_action, self.apply_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            menu.addAction(action)
        menu.addSeparator()
        self.receipts_action = QAction(self.tr("&Load receipts from the central office..."),
                                       window)
        self.receipts_action.triggered.connect(self.open_receipts)
        menu.addAction(self.receipts_action)
        if allowed(self._ctx.actor.role, Permission.REMOVE_PERSONAL_DATA):
            self.retention_action = QAction(
                self.tr("&Remove personal data no longer needed..."), window)
            self.retention_action.triggered.connect(self.open_retention)
            menu.addAction(self.retention_action)
        self.menu = menu

    def open_receipts(self) -> ReceiptsDialog:
        from enrollment_app.ui.sync.receipts_dialog import ReceiptsDialog

        dialog = ReceiptsDialog(self._ctx, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_retention(self) -> RetentionDialog:
        from enrollment_app.ui.sync.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self._ctx, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.removed.connect(lambda _result: self._window.changes.participants_changed
                               .emit(""))
        dialog.open()
        return dialog

    def open_export(self) -> ExportDialog:
        from enrollment_app.ui.sync.export_dialog import ExportDialog

        dialog = ExportDialog(self._ctx, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_apply_update(self) -> ApplyUpdateDialog:
        from enrollment_app.ui.sync.apply_update_dialog import ApplyUpdateDialog

        dialog = ApplyUpdateDialog(self._ctx, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(lambda _result: self._window.changes.participants_changed
                               .emit(""))
        dialog.open()
        return dialog
