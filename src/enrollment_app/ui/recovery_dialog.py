"""Every password on the laptop forgotten: a supervisor sets a new one with the central
office's recovery file and the code read out by phone (services.recovery).

Opened from the sign-in window of an encrypted laptop. The person chooses the file,
types the code, their supervisor user name and a new password twice, and presses Enter;
what is refused is said in red and nothing is changed. Once accepted, ``context`` is the
supervisor's signed-in context.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.i18n import tr
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.services.unlock import DeviceAccess
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.accounts.dialogs import password_hint
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.field_message import ERROR_COLOR

DIALOG_WIDTH = 560
CODE_EXAMPLE = "K7QX-M2PA-9RTD-WE4H-NB6S"


class RecoveryDialog(QDialog):
    """``context`` holds the supervisor's signed-in ServiceContext once accepted."""

    def __init__(self, access: DeviceAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access = access
        self.context: ServiceContext | None = None
        self.setWindowTitle(self.tr("Forgot every password"))
        self.setMinimumWidth(DIALOG_WIDTH)
        heading = QLabel(self.tr("Set a new password with a recovery file"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)
        explanation = QLabel(self.tr(
            "When nobody on this laptop remembers a password, bring the file "
            "enrollment.keys from the laptop's data folder to the central office on a USB "
            "stick. The central office gives back a recovery file for this laptop and "
            "reads you a code by phone. A supervisor then chooses a new password here; "
            "the data on the laptop stays as it is."), self)
        explanation.setWordWrap(True)

        self.file_path = QLineEdit(self)
        self.file_path.setPlaceholderText(self.tr("the .recovery.json file"))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.file_path, 1)
        file_row.addWidget(self.choose_button)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(CODE_EXAMPLE)
        self.username = QComboBox(self)
        self.username.setEditable(True)
        self.username.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.username.addItems(_supervisors(access))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setToolTip(password_hint())
        self.password_again = QLineEdit(self)
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        hint = QLabel(password_hint(), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f5f5f;")  # quieter than the fields, still readable

        form = QFormLayout()
        form.addRow(self.tr("Recovery file"), file_row)
        form.addRow(self.tr("Recovery code"), self.code)
        form.addRow(self.tr("Supervisor"), self.username)
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("New password again"), self.password_again)
        form.addRow("", hint)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.hide()
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Set password and sign in"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.file_path.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ask_file(self) -> str:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Recovery file"), self.file_path.text(),
            self.tr("Recovery files (*.recovery.json);;All files (*)"))
        return chosen

    def choose_file(self) -> None:
        chosen = self._ask_file()
        if chosen:
            self.file_path.setText(chosen)
            self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        """Recover and accept, or say in red what is wrong and stay open."""
        from enrollment_app.services.recovery import recover

        path = self.file_path.text().strip()
        if not path:
            self._show_error(self.tr("Choose the recovery file from the central office."),
                             self.file_path)
            return
        if not self.code.text().strip():
            self._show_error(self.tr("Type the recovery code the central office read out."),
                             self.code)
            return
        if not self.username.currentText().strip():
            self._show_error(self.tr("Type your supervisor user name."), self.username)
            return
        if self.password.text() != self.password_again.text():
            self._show_error(self.tr("The two new passwords differ."), self.password_again)
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.context = recover(self._access, Path(path), self.code.text(),
                                   self.username.currentText(), self.password.text())
        except ValidationError as exc:
            self._show_error("\n".join(p.render(tr) for p in exc.problems), self.password)
            return
        except (ServiceError, StorageError) as exc:
            self._show_error(user_message(exc), self.code)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    def _show_error(self, text: str, field: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(field, QLineEdit):
            field.selectAll()


def _supervisors(access: DeviceAccess) -> list[str]:
    """The laptop's supervisors, from the key file while the database is locked."""
    if access.keys is not None:
        return sorted({c.username for c in access.keys.users if c.role == "supervisor"})
    return access.usernames()
