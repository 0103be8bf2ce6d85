"""The supervisors' screen for the accounts on this laptop (the screen-lock time is in
File > Settings, ui/settings)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.services import user_admin
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError
from enrollment_app.services.user_admin import UserSummary
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.accounts.dialogs import AddUserDialog, ResetPasswordDialog
from enrollment_app.ui.accounts.users_model import UsersTableModel
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.rows_model import rows_table_view, table_with_buttons
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.page_title import page_title

Confirm = Callable[[QWidget, str], bool]
DialogFactory = Callable[[QDialog], int]


def ask_yes_no(parent: QWidget, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def run_dialog(dialog: QDialog) -> int:
    return dialog.exec()


class UsersView(QWidget):
    """Add, disable, enable and reset accounts."""

    def __init__(self, ctx: ServiceContext, *, confirm: Confirm = ask_yes_no,
                 run: DialogFactory = run_dialog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._confirm = confirm
        self._run = run
        self.model = UsersTableModel(self)
        self._build()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def _build(self) -> None:
        title = page_title(self.tr("Users of this laptop"), self)
        self.banner = Banner(self)
        self.table = rows_table_view(self, self.model)
        self.add_button = QPushButton(self.tr("Add user..."), self)
        self.reset_button = QPushButton(self.tr("Reset password..."), self)
        self.disable_button = QPushButton(self.tr("Disable"), self)
        self.enable_button = QPushButton(self.tr("Enable"), self)
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.disable_button.clicked.connect(self.disable_user)
        self.enable_button.clicked.connect(self.enable_user)
        middle = table_with_buttons(self.table, (self.add_button, self.reset_button,
                                                 self.disable_button, self.enable_button))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(title)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 1)
        hint = QLabel(self.tr(
            "Accounts are never deleted: the audit trail names who did what. A disabled "
            "account cannot sign in or unlock the screen. After 5 wrong passwords in a row "
            "an account waits 1 minute, then 2, 4, ... up to 30; resetting the password "
            "lifts the wait."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #505050;")
        layout.addWidget(hint)

    # -- public -----------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_user()
        try:
            self.model.set_users(user_admin.list_users(self._ctx))
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return
        if selected is not None:
            self.select(selected.username)
        self._update_buttons()

    def select(self, username: str) -> None:
        row = self.model.row_of(username)
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def selected_user(self) -> UserSummary | None:
        index = self.table.currentIndex()
        return self.model.user_at(index.row()) if index.isValid() else None

    def add_user(self) -> None:
        dialog = AddUserDialog(self._ctx, self)
        if self._run(dialog) == QDialog.DialogCode.Accepted and dialog.added is not None:
            self.refresh()
            self.select(dialog.added.username)
            self.banner.show_message(BannerKind.SUCCESS, self.tr(
                "{username} can now sign in on this laptop.").format(
                    username=dialog.added.username))

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = ResetPasswordDialog(self._ctx, user.username, self)
        if self._run(dialog) == QDialog.DialogCode.Accepted:
            self.refresh()
            self.banner.show_message(BannerKind.SUCCESS, self.tr(
                "Password of {username} reset. They choose their own at the next sign-in.")
                .format(username=user.username))

    def disable_user(self) -> None:
        user = self.selected_user()
        if user is None or not self._confirm(self, self.tr(
                "Disable {username}? They will not be able to sign in until a supervisor "
                "enables the account again.").format(username=user.username)):
            return
        self._change(lambda: user_admin.disable_user(self._ctx, user.username),
                     self.tr("{username} is disabled.").format(username=user.username))

    def enable_user(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        self._change(lambda: user_admin.enable_user(self._ctx, user.username),
                     self.tr("{username} can sign in again.").format(username=user.username))

    # -- internals --------------------------------------------------------------------

    def _change(self, call: Callable[[], object], success: str) -> None:
        try:
            call()
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return
        self.refresh()
        self.banner.show_message(BannerKind.SUCCESS, success)

    def _update_buttons(self) -> None:
        user = self.selected_user()
        mine = user is not None and user.id == self._ctx.actor.user_id
        self.reset_button.setEnabled(user is not None)
        self.disable_button.setEnabled(user is not None and user.active and not mine)
        self.enable_button.setEnabled(user is not None and (
            not user.active or user.is_locked()))
