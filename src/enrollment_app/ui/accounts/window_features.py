"""What accounts and roles add to the main window.

- Screens and actions a role may not use are not offered (the services refuse them
  anyway; see services.permissions).
- Supervisors get the Users and Audit trail screens (Administration menu).
- The screen locks after the configured idle time or with Ctrl+L.
- File > Change my password; Participants > personal data requests (UU PDP) for the
  person open in the form or selected in the list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMenu

from enrollment_app.services import data_subject, lock_settings
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.data_subject import Subject
from enrollment_app.services.errors import ServiceError
from enrollment_app.services.permissions import Permission, allowed
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.accounts.dialogs import ChangePasswordDialog
from enrollment_app.ui.accounts.users_view import UsersView
from enrollment_app.ui.audit.audit_view import AuditTrailView
from enrollment_app.ui.data_subject.correction_dialog import CorrectionRequestDialog
from enrollment_app.ui.data_subject.export_dialog import SubjectExportDialog
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.lock.screen_lock import ScreenLock

if TYPE_CHECKING:
    from enrollment_app.ui.main_window import MainWindow

STATUS_MESSAGE_MS = 6000


def run_dialog(dialog: QDialog) -> int:
    return dialog.exec()


class AccountFeatures(QObject):
    def __init__(self, window: MainWindow, ctx: ServiceContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self.run_dialog: Callable[[QDialog], int] = run_dialog  # tests answer dialogs
        self.users_view: UsersView | None = None
        self.audit_view: AuditTrailView | None = None
        self.users_page = self.audit_page = -1
        self._hide_what_the_role_cannot_use()
        self._add_supervisor_pages()
        self.screen_lock = ScreenLock(window, ctx,
                                      idle_minutes=lock_settings.idle_lock_minutes(ctx.db))
        self._build_actions()

    def may(self, permission: Permission) -> bool:
        return allowed(self._ctx.actor.role, permission)

    # -- building ---------------------------------------------------------------------

    def _hide_what_the_role_cannot_use(self) -> None:
        window = self._window
        for page, action, permission in (
                (window.PARTICIPANTS_PAGE, window.find_action, Permission.VIEW_PARTICIPANTS),
                (window.REGISTRATION_PAGE, window.new_action, Permission.REGISTER)):
            if not self.may(permission):
                window.navigation.item(page).setHidden(True)
                action.setVisible(False)
                action.setEnabled(False)

    def _add_supervisor_pages(self) -> None:
        window = self._window
        if self.may(Permission.MANAGE_USERS):
            self.users_view = UsersView(self._ctx)
            self.users_page = window.add_page(self.tr("Users"), self.users_view,
                                              Permission.MANAGE_USERS)
        if self.may(Permission.VIEW_AUDIT):
            self.audit_view = AuditTrailView(self._ctx)
            self.audit_page = window.add_page(self.tr("Audit trail"), self.audit_view,
                                              Permission.VIEW_AUDIT)

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        window = self._window
        self.lock_action = self._action(self.tr("&Lock screen"), self.screen_lock.lock,
                                        "Ctrl+L")
        self.change_password_action = self._action(self.tr("&Change my password..."),
                                                    self.change_own_password)
        first = window.file_menu.actions()[0] if window.file_menu.actions() else None
        window.file_menu.insertAction(first, self.lock_action)
        window.file_menu.insertAction(first, self.change_password_action)
        window.file_menu.insertSeparator(first)
        self.export_data_action = self._action(
            self.tr("Export personal &data (UU PDP)..."), self.export_personal_data,
            "Ctrl+Shift+D")
        self.correction_action = self._action(
            self.tr("Record &correction request..."), self.record_correction,
            "Ctrl+Shift+R")
        requests = [a for a, p in ((self.export_data_action, Permission.EXPORT_SUBJECT_DATA),
                                   (self.correction_action, Permission.RECORD_CORRECTION))
                    if self.may(p)]
        if requests:
            window.participants_menu.addSeparator()
            for action in requests:
                window.participants_menu.addAction(action)
            self._attach_to_form(requests)
        menu_actions = [a for a in window.participants_menu.actions() if not a.isSeparator()]
        if not any(a.isVisible() for a in menu_actions):
            window.participants_menu.menuAction().setVisible(False)
        pages = [(self.tr("&Users"), self.users_page, "Ctrl+Shift+U"),
                 (self.tr("&Audit trail"), self.audit_page, "Ctrl+Shift+T")]
        pages = [p for p in pages if p[1] >= 0]
        if pages:
            menu = window.menuBar().addMenu(self.tr("&Administration"))
            for text, page, shortcut in pages:
                menu.addAction(self._action(text, lambda p=page: self.show_page(p), shortcut))

    def _attach_to_form(self, actions: list[QAction]) -> None:
        """The registration form's "Personal data request" button offers the same actions
        for the person being corrected."""
        button = getattr(self._window.registration_form, "data_request_button", None)
        if button is None:
            return
        menu = QMenu(button)
        for action in actions:
            menu.addAction(action)
        button.setMenu(menu)

    def explain_when_nothing_is_offered(self) -> None:
        """Called by the window once every feature has added its pages."""
        window = self._window
        if any(not window.navigation.item(r).isHidden()
               for r in range(window.navigation.count())):
            return
        window.navigation.hide()
        window.pages.hide()
        notice = QLabel(self.tr("There is no screen for your role in this version of the "
                                "application yet; attendance marking for your classes will "
                                "appear here. File > Lock screen, or Quit."), window)
        notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        notice.setWordWrap(True)
        window.centralWidget().layout().addWidget(notice)
        self.nothing_offered = notice

    # -- actions ----------------------------------------------------------------------

    def show_page(self, page: int) -> None:
        self._window.navigation.setCurrentRow(page)

    def change_own_password(self) -> None:
        dialog = ChangePasswordDialog(self._ctx, parent=self._window)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self._window.statusBar().showMessage(self.tr("Your new password is saved."),
                                                 STATUS_MESSAGE_MS)

    def current_subject(self) -> Subject | None:
        """The person open in the registration form, or selected in the list."""
        window = self._window
        page = window.pages.currentWidget()
        participant_id: str | None = None
        if page is window.registration_form:
            participant_id = window.registration_form.editing_id
        elif page is window.participant_list:
            index = window.participant_list.table.currentIndex()
            if index.isValid():
                participant_id = window.participant_list.model.participant_id(index.row())
        if participant_id is None:
            window.statusBar().showMessage(self.tr(
                "Open a person's record, or select them in the participant list, first."),
                STATUS_MESSAGE_MS)
            return None
        try:
            return data_subject.find_subject(self._ctx, participant_id)
        except (ServiceError, StorageError) as exc:
            window.statusBar().showMessage(user_message(exc), STATUS_MESSAGE_MS)
            return None

    def export_personal_data(self) -> None:
        subject = self.current_subject()
        if subject is not None:
            self.run_dialog(SubjectExportDialog(self._ctx, subject, self._window))

    def record_correction(self) -> None:
        subject = self.current_subject()
        if subject is None:
            return
        dialog = CorrectionRequestDialog(self._ctx, subject, self._window)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self._window.statusBar().showMessage(self.tr(
                "The correction request of {name} is recorded.").format(
                    name=subject.full_name), STATUS_MESSAGE_MS)
