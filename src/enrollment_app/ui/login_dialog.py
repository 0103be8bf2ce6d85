"""Signing in on later starts: choose your user name, type your password, press Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.services import accounts
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError
from enrollment_app.storage.database import Database
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.field_message import ERROR_COLOR


class LoginDialog(QDialog):
    """``context`` holds the signed-in ServiceContext once the dialog is accepted."""

    def __init__(self, db: Database, device_id: str, device_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._device_id = device_id
        self.context: ServiceContext | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.setMinimumWidth(440)
        heading = QLabel(self.tr("Sign in to this laptop ({device})").format(
            device=device_name) if device_name else self.tr("Sign in"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)
        self.username = QComboBox(self)
        self.username.setEditable(True)
        self.username.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.username.addItems(accounts.list_usernames(db))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(self)
        self.sign_in_button = buttons.addButton(self.tr("Sign in"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.setDefault(True)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # With one user on the laptop the name is known: start in the password field.
        focus = self.password if self.username.count() == 1 else self.username
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_sign_in(self) -> None:
        """Accept with a signed-in context, or say what is wrong and stay open."""
        try:
            self.context = accounts.sign_in(self._db, self._device_id,
                                            self.username.currentText(), self.password.text())
        except (ServiceError, StorageError) as exc:
            self._show_error(user_message(exc))
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.password.selectAll()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
