"""Signing in on later starts: choose your user name, type your password, press Enter.

The dialog is shown before the database is looked at (it is the first window of a
start, see ``ui.app``): ``set_access`` fills in the laptop's name and user names once
it is, from the open database of a plain laptop or from the key file of an encrypted
one (whose database stays closed until a password unlocks it). Until then nothing here
imports the database layer.

The first sign-in on a plain database encrypts it (``DeviceAccess.sign_in``), under a
progress window. "Forgot every password?" opens the recovery with a file from the
central office (encrypted laptops only: the recovery copy of the key is in the key file).
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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.ui.widgets.field_message import ERROR_COLOR

if TYPE_CHECKING:
    from enrollment_app.services.context import ServiceContext
    from enrollment_app.services.unlock import DeviceAccess
    from enrollment_app.storage.errors import CorruptDatabaseError


class LoginDialog(QDialog):
    """``context`` holds the signed-in ServiceContext once the dialog is accepted."""

    def __init__(self, access: DeviceAccess | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access: DeviceAccess | None = None
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
        # Left of Sign in / Quit on every platform, out of the way of Enter.
        self.forgot_button = QPushButton(self.tr("Forgot every password?"), self)
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.hide()  # until an encrypted database is known
        self.forgot_button.clicked.connect(self.recover)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setEnabled(False)  # until the database is looked at
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(self.forgot_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        if access is not None:
            self.set_access(access)

    @property
    def has_access(self) -> bool:
        """True once the database was looked at: Sign in works."""
        return self._access is not None

    def set_access(self, access: DeviceAccess) -> None:
        """Sign in through ``access`` (a set-up laptop): name the laptop, offer its user
        names, enable Sign in."""
        self._access = access
        device = access.device()
        if device is not None and device[1]:
            self.heading.setText(self.tr("Sign in to this laptop ({device})").format(
                device=device[1]))
        typed = self.username.currentText()
        self.username.clear()
        self.username.addItems(access.usernames())
        if typed:
            self.username.setEditText(typed)  # what was typed meanwhile stays
        self.sign_in_button.setEnabled(True)
        self.forgot_button.setVisible(access.encrypted)
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
        """Accept with a signed-in context, or say what is wrong and stay open. A plain
        database is encrypted meanwhile (its first sign-in), under a progress window."""
        from enrollment_app.services.errors import ServiceError
        from enrollment_app.storage.errors import CorruptDatabaseError, StorageError
        from enrollment_app.storage.migrate import DatabaseTooNewError
        from enrollment_app.ui.encryption_progress import EncryptionProgress, warn_if_still_plain
        from enrollment_app.ui.error_text import too_new_message, user_message

        if self._access is None:
            return
        try:
            with EncryptionProgress(self) as progress:
                self.context = self._access.sign_in(self.username.currentText(),
                                                    self.password.text(), progress=progress)
        except CorruptDatabaseError as exc:
            self._offer_backup(exc)
            return
        except (ServiceError, StorageError) as exc:
            self._show_error(user_message(exc))
            return
        except DatabaseTooNewError:
            self._show_error(too_new_message())
            return
        warn_if_still_plain(self, self._access)
        self.accept()

    def _offer_backup(self, error: CorruptDatabaseError) -> None:
        """The password unlocked the key but the encrypted file is damaged: offer the
        latest good backup (read with that key), then a new sign-in on the restored file,
        whose accounts and passwords are those of the backup."""
        from enrollment_app.services.unlock import DeviceAccess
        from enrollment_app.storage.errors import StorageError
        from enrollment_app.ui.backups.damaged_file import restored_before_sign_in
        from enrollment_app.ui.error_text import user_message

        access = self._access
        assert access is not None
        if access.db is not None or not restored_before_sign_in(access.data_dir, error,
                                                                key=access.key):
            self._show_error(user_message(error))
            return
        try:
            self.set_access(DeviceAccess.open(access.data_dir))  # the key file changed too
        except StorageError as exc:
            self._show_error(user_message(exc))
            return
        self._show_error(self.tr("The backup was restored. Sign in again: the passwords are "
                                 "those of the day of the backup."))

    def recover(self) -> None:
        """Every password forgotten: a supervisor sets a new one with the recovery file
        and code from the central office, and is signed in."""
        from enrollment_app.ui.recovery_dialog import RecoveryDialog

        if self._access is None:
            return
        dialog = RecoveryDialog(self._access, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.context is not None:
            self.context = dialog.context
            self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.password.selectAll()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
