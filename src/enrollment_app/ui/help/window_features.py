"""What help adds to the main window: the Help menu and the first-hour guide.

- Help > Getting started: the guide for the user's role (ui.help.guide_pages); the app
  also opens it after signing in until the user ticks "do not show again" (stored per
  account by services.interface_settings).
- Help > Keyboard shortcuts (F1 or Ctrl+/): the sheet made from the window's menus.
Both are window-modal without blocking the event loop (``QDialog.open``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from enrollment_app.services import interface_settings
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.help.guide_dialog import FirstHourGuide
from enrollment_app.ui.help.guide_pages import guide_pages
from enrollment_app.ui.help.shortcut_list import key_text, window_shortcuts
from enrollment_app.ui.help.shortcut_sheet import ShortcutSheet

if TYPE_CHECKING:
    from enrollment_app.ui.main_window import MainWindow

STATUS_MESSAGE_MS = 6000


class HelpFeatures(QObject):
    def __init__(self, window: MainWindow, ctx: ServiceContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self.guide: FirstHourGuide | None = None
        self.sheet: ShortcutSheet | None = None
        menu = window.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&Getting started..."), window)
        self.guide_action.triggered.connect(self.open_guide)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), window)
        self.shortcuts_action.setShortcuts([QKeySequence(Qt.Key.Key_F1),
                                            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Slash)])
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        for action in (self.guide_action, self.shortcuts_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            menu.addAction(action)
        self.menu = menu

    def offer_guide_after_sign_in(self) -> FirstHourGuide | None:
        """Open the guide unless this user asked not to see it again."""
        if not interface_settings.guide_wanted(self._ctx):
            return None
        return self.open_guide()

    def open_guide(self) -> FirstHourGuide:
        hidden = not interface_settings.guide_wanted(self._ctx)
        guide = FirstHourGuide(guide_pages(self._ctx.actor.role), self.key_texts(),
                               window_shortcuts(self._window), hidden_at_sign_in=hidden,
                               parent=self._window)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.finished.connect(lambda _result: self._guide_closed(guide, hidden))
        self.guide = guide
        guide.open()
        return guide

    def open_shortcuts(self) -> ShortcutSheet:
        sheet = ShortcutSheet(self._window)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.sheet = sheet
        sheet.open()
        return sheet

    def key_texts(self) -> dict[str, str]:
        """The keys the guide's pages name, from the actions the window really has."""
        window = self._window
        actions: dict[str, QAction | None] = {
            "new": window.new_action, "find": window.find_action,
            "lock": window.account_features.lock_action,
            "correction": window.account_features.correction_action,
            "export": window.sync_features.export_action,
            "backups": getattr(window.backup_features, "show_action", None),
            "settings": window.settings_features.settings_action,
            "shortcuts": self.shortcuts_action}
        return {name: key_text(action) for name, action in actions.items()
                if action is not None}

    def _guide_closed(self, guide: FirstHourGuide, was_hidden: bool) -> None:
        self.guide = None
        hidden = guide.hidden_at_sign_in()
        if hidden == was_hidden:
            return
        try:
            interface_settings.set_guide_wanted(self._ctx, not hidden)
        except (ServiceError, StorageError) as exc:
            self._window.statusBar().showMessage(user_message(exc), STATUS_MESSAGE_MS)
