"""What applications add to the main window, for the person open in the registration form
or selected in the participant list:

- Participants > Apply to a program... (Ctrl+Shift+A): the apply dialog with the verdict;
- Participants > Applications and history... (Ctrl+H): every application, interview and
  class of the person, with the interview screen and (supervisors) the decisions.

Dialogs are window-modal without blocking the event loop (``QDialog.open``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from enrollment_app.services.context import ServiceContext
from enrollment_app.services.data_subject import Subject
from enrollment_app.services.permissions import Permission, allowed
from enrollment_app.ui.applications.apply_dialog import ApplyDialog
from enrollment_app.ui.applications.history_dialog import ParticipantHistoryDialog
from enrollment_app.ui.applications.open_dialog import open_kept

if TYPE_CHECKING:
    from enrollment_app.ui.main_window import MainWindow

STATUS_MESSAGE_MS = 6000


class ApplicationFeatures(QObject):
    def __init__(self, window: MainWindow, ctx: ServiceContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self.dialog: QDialog | None = None  # the dialog opened last, while it is open
        self.apply_action = self._action(self.tr("Apply to a pro&gram..."), self.open_apply,
                                         "Ctrl+Shift+A", Permission.REGISTER)
        self.history_action = self._action(self.tr("Applications and &history..."),
                                           self.open_history, "Ctrl+H",
                                           Permission.VIEW_PARTICIPANTS)
        offered = [a for a in (self.apply_action, self.history_action) if a is not None]
        if offered:
            menu = window.participants_menu
            menu.addSeparator()
            for action in offered:
                menu.addAction(action)
            menu.menuAction().setVisible(True)

    def _action(self, text: str, slot: Callable[[], object], shortcut: str,
                permission: Permission) -> QAction | None:
        if not allowed(self._ctx.actor.role, permission):
            return None
        action = QAction(text, self._window)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def current_subject(self) -> Subject | None:
        """The person open in the form or selected in the list (the status bar says so
        when there is none)."""
        return self._window.account_features.current_subject()

    def open_apply(self) -> ApplyDialog | None:
        subject = self.current_subject()
        if subject is None:
            return None
        dialog = ApplyDialog(self._ctx, subject, changes=self._window.changes,
                             parent=self._window)
        dialog.accepted.connect(lambda: self._window.statusBar().showMessage(self.tr(
            "{name} applied to the program.").format(name=subject.full_name),
            STATUS_MESSAGE_MS))
        return open_kept(dialog, self, "dialog")

    def open_history(self) -> ParticipantHistoryDialog | None:
        subject = self.current_subject()
        if subject is None:
            return None
        dialog = ParticipantHistoryDialog(self._ctx, subject, changes=self._window.changes,
                                          parent=self._window)
        return open_kept(dialog, self, "dialog")
