"""What settings add to the main window: File > Settings... (Ctrl+,) for every role.

The dialog is window-modal but does not block the event loop (``QDialog.open``). A new
screen-lock time reaches the running screen lock at once; a new language is confirmed in
the status bar, since it applies from the next start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from enrollment_app.services.context import ServiceContext
from enrollment_app.ui.settings.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from enrollment_app.ui.main_window import MainWindow

STATUS_MESSAGE_MS = 8000


class SettingsFeatures(QObject):
    def __init__(self, window: MainWindow, ctx: ServiceContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self.dialog: SettingsDialog | None = None
        self.settings_action = QAction(self.tr("&Settings..."), window)
        self.settings_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma))
        self.settings_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.settings_action.triggered.connect(self.open_settings)
        actions = window.file_menu.actions()
        quit_action = actions[-1] if actions else None  # Quit stays the last entry
        window.file_menu.insertAction(quit_action, self.settings_action)
        window.file_menu.insertSeparator(quit_action)

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self._ctx, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.language_saved.connect(self._language_saved)
        dialog.idle_minutes_saved.connect(
            self._window.account_features.screen_lock.set_idle_minutes)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _language_saved(self, language: str) -> None:
        self._window.statusBar().showMessage(self.tr(
            "Language saved. It is used from the next start of the application."),
            STATUS_MESSAGE_MS)
