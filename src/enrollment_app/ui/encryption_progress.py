"""The progress window of a plain database's conversion to an encrypted one.

The first sign-in on a laptop whose database is still plain (set up by an older
version, or just created by the first-run wizard) encrypts it: well under a second for
a small database, longer for thousands of participants. The window appears at the first
step and follows the conversion's ``progress(done, total)`` calls; it cannot be
cancelled (the conversion is crash-safe, not interruptible).
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

if TYPE_CHECKING:
    from enrollment_app.services.unlock import DeviceAccess


class EncryptionProgress:
    """``progress`` callback for DeviceAccess.sign_in / seal; use it as a context manager
    so that the window is closed however the conversion ends."""

    def __init__(self, parent: QWidget | None) -> None:
        self._parent = parent
        self.dialog: QProgressDialog | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.dialog is None:
            self.dialog = self._create(total)
        self.dialog.setValue(done)
        # The conversion runs on the GUI thread: keep the window painted meanwhile.
        QCoreApplication.processEvents()

    def _create(self, total: int) -> QProgressDialog:
        dialog = QProgressDialog(self._parent)
        dialog.setWindowTitle(QCoreApplication.translate("EncryptionProgress",
                                                         "Protecting the data"))
        dialog.setLabelText(QCoreApplication.translate(
            "EncryptionProgress", "Protecting the data on this laptop (encrypting)..."))
        dialog.setCancelButton(None)
        dialog.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)
        dialog.setRange(0, total)
        dialog.show()
        return dialog

    def __enter__(self) -> EncryptionProgress:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def warn_if_still_plain(parent: QWidget | None, access: DeviceAccess) -> None:
    """Tell the user when the conversion could not be done at this sign-in (the plain
    database stays in use; the next sign-in tries again)."""
    from enrollment_app.ui.error_text import user_message

    problem = access.encryption_problem
    if problem is None:
        return
    QMessageBox.warning(parent, QCoreApplication.translate(
        "EncryptionProgress", "Data not encrypted yet"), QCoreApplication.translate(
        "EncryptionProgress", "The data on this laptop could not be encrypted now: {reason}"
        "\n\nThe application works as before, and encrypting is tried again at the next "
        "sign-in.").format(reason=user_message(problem)))
