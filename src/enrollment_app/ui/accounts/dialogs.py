"""Dialogs for accounts: add a user, reset a password, choose your own password.

Each dialog calls its service when the user presses the main button; what the service
refuses is shown under the field it concerns and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.choices import ROLES
from enrollment_app.domain.validation import Problem
from enrollment_app.services import accounts, user_admin
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.services.user_admin import UserSummary
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.choice_combo import ChoiceCombo
from enrollment_app.ui.widgets.field_message import FieldMessage
from enrollment_app.ui.widgets.fit_to_text import fit_height

DIALOG_WIDTH = 500


def password_hint() -> str:
    return QCoreApplication.translate(
        "AccountDialogs", "At least 8 characters and not the user name. Several words "
        "with a number are easy to remember, for example: kopi-pagi-77.")


class _AccountDialog(QDialog):
    """A form of labelled fields, each with its message line, and OK/Cancel buttons."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(DIALOG_WIDTH)
        self.banner = Banner(self)
        self.form = QFormLayout()
        self.messages: dict[str, FieldMessage] = {}
        self._inputs: dict[str, QWidget] = {}
        buttons = QDialogButtonBox(self)
        self.ok_button: QPushButton = buttons.addButton(
            ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.banner)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(buttons)

    def add_field(self, name: str, label: str, widget: QWidget) -> None:
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        message = FieldMessage(cell)
        box.addWidget(message)
        self.form.addRow(label, cell)
        self.messages[name] = message
        self._inputs[name] = widget

    def password_field(self, name: str, label: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field(name, label, edit)
        return edit

    def show_problems(self, problems: Iterable[Problem]) -> None:
        by_field: dict[str, list[Problem]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem)
        for name, message in self.messages.items():
            message.show_problems(by_field.get(name, []))
        fit_height(self)
        first = next((n for n in self._inputs if n in by_field), None)
        if first is not None:
            self._inputs[first].setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_problems(self) -> None:
        for message in self.messages.values():
            message.clear_problems()
        self.banner.clear_message()

    def run_service(self, call: object) -> bool:
        """Run ``call()``; on refusal show why and return False."""
        self.clear_problems()
        try:
            call()  # type: ignore[operator]
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return False
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            fit_height(self)
            return False
        return True

    def passwords_differ(self, first: QLineEdit, second: QLineEdit, field: str) -> bool:
        if first.text() == second.text():
            return False
        self.clear_problems()
        self.messages[field].show_problems([], [QCoreApplication.translate(
            "AccountDialogs", "The two passwords differ.")])
        fit_height(self)
        second.selectAll()
        second.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def submit(self) -> None:  # pragma: no cover - every dialog overrides it
        self.accept()


class AddUserDialog(_AccountDialog):
    """``added`` holds the new account once the dialog is accepted."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("AddUserDialog", "Add a user"),
                         QCoreApplication.translate("AddUserDialog", "Add user"), parent)
        self._ctx = ctx
        self.added: UserSummary | None = None
        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("lowercase, for example: dewi.l"))
        self.full_name = QLineEdit(self)
        self.role = ChoiceCombo(ROLES, placeholder=self.tr("Choose a role"), parent=self)
        self.add_field("username", self.tr("User name"), self.username)
        self.add_field("full_name", self.tr("Full name"), self.full_name)
        self.add_field("role", self.tr("Role"), self.role)
        self.password = self.password_field("password", self.tr("Password"))
        self.password.setPlaceholderText(self.tr("the person can change it later"))
        self.password_again = self.password_field("password_again", self.tr("Password again"))
        hint = QLabel(password_hint(), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #505050;")
        self.layout_.insertWidget(2, hint)

    def submit(self) -> None:
        if self.passwords_differ(self.password, self.password_again, "password_again"):
            return

        def add() -> None:
            self.added = user_admin.add_user(
                self._ctx, username=self.username.text(), password=self.password.text(),
                role=self.role.code(), full_name=self.full_name.text())

        if self.run_service(add):
            self.accept()


class ResetPasswordDialog(_AccountDialog):
    """A supervisor gives someone a temporary password (they choose their own later)."""

    def __init__(self, ctx: ServiceContext, username: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ResetPasswordDialog", "Reset password"),
                         QCoreApplication.translate("ResetPasswordDialog", "Reset password"),
                         parent)
        self._ctx = ctx
        self._username = username
        intro = QLabel(self.tr(
            "Give {username} a temporary password and tell it to them in person. They will "
            "choose their own at the next sign-in. A lock-out after wrong passwords is "
            "lifted too.").format(username=username), self)
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.password = self.password_field("password", self.tr("Temporary password"))
        self.password_again = self.password_field("password_again", self.tr("Password again"))

    def submit(self) -> None:
        if self.passwords_differ(self.password, self.password_again, "password_again"):
            return
        if self.run_service(lambda: user_admin.reset_password(
                self._ctx, self._username, self.password.text())):
            self.accept()


class ChangePasswordDialog(_AccountDialog):
    """The signed-in user chooses a new password (required after a reset)."""

    def __init__(self, ctx: ServiceContext, *, required: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ChangePasswordDialog", "Choose a new password"),
            QCoreApplication.translate("ChangePasswordDialog", "Save password"), parent)
        self._ctx = ctx
        text = self.tr("A supervisor reset your password. Choose your own password now; "
                       "nobody else should know it.") if required else self.tr(
            "Type your current password, then the new one twice.")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.current = self.password_field("current", self.tr("Current password"))
        self.password = self.password_field("password", self.tr("New password"))
        self.password_again = self.password_field("password_again",
                                                  self.tr("New password again"))
        hint = QLabel(password_hint(), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #505050;")
        self.layout_.insertWidget(2, hint)

    def submit(self) -> None:
        if self.passwords_differ(self.password, self.password_again, "password_again"):
            return
        try:
            accounts.change_own_password(self._ctx, self.current.text(), self.password.text())
        except ValidationError as exc:
            self.clear_problems()
            self.show_problems(exc.problems)
            return
        except (ServiceError, StorageError) as exc:
            # A wrong current password: say so next to it.
            self.clear_problems()
            self.messages["current"].show_problems([], [user_message(exc)])
            fit_height(self)
            self.current.selectAll()
            self.current.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()
