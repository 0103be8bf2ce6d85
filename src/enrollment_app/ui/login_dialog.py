"""Signing in on later starts: choose your user name, type your password, press Enter.

The dialog is shown before the database is open (it is the first window of a start, see
``ui.app``): ``set_database`` fills in the user names once it is. Until then nothing here
imports the database layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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

from enrollment_app.ui.widgets.field_message import ERROR_COLOR

if TYPE_CHECKING:
    from enrollment_app.services.context import ServiceContext
    from enrollment_app.storage.database import Database


class LoginDialog(QDialog):
    """``context`` holds the signed-in ServiceContext once the dialog is accepted."""

    def __init__(self, db: Database | None = None, device_id: str = "",
                 device_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._device_id = ""
        self.context: ServiceContext | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.setMinimumWidth(440)
        self.heading = QLabel(self.tr("Sign in"), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.username = QComboBox(self)
        self.username.setEditable(True)
        self.username.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
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
        self.sign_in_button.setEnabled(False)  # until the database is open
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if db is not None:
            self.set_database(db, device_id, device_name)

    @property
    def has_database(self) -> bool:
        return self._db is not None

    def set_database(self, db: Database, device_id: str, device_name: str = "") -> None:
        """Sign in against ``db``: name the laptop, offer its user names, enable Sign in."""
        from enrollment_app.services import accounts

        self._db, self._device_id = db, device_id
        if device_name:
            self.heading.setText(self.tr("Sign in to this laptop ({device})").format(
                device=device_name))
        typed = self.username.currentText()
        self.username.addItems(accounts.list_usernames(db))
        if typed:
            self.username.setEditText(typed)  # what was typed meanwhile stays
        self.sign_in_button.setEnabled(True)
        if not typed and not self.password.text():
            self._place_cursor()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._place_cursor()

    def _place_cursor(self) -> None:
        # With one user on the laptop the name is known: start in the password field.
        focus = self.password if self.username.count() == 1 else self.username
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_sign_in(self) -> None:
        """Accept with a signed-in context, or say what is wrong and stay open."""
        from enrollment_app.services import accounts
        from enrollment_app.services.errors import ServiceError
        from enrollment_app.storage.errors import StorageError
        from enrollment_app.ui.error_text import user_message

        if self._db is None:
            return
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
