"""Restoring a backup from the GUI: the confirmation that says what will be lost, then
the restore on its own thread behind a progress dialog.

A restore cannot be cancelled half-way (the file would be neither the old nor the
backup), so the progress dialog has no cancel button; it takes seconds even for a large
file. Afterwards everyone signs in again (ui.app.sign_in_again): accounts, records and
settings are those of the backup.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from enrollment_app.services.backups import BackupInfo, Restored, RestoreImpact
from enrollment_app.services.errors import ServiceError
from enrollment_app.storage.errors import StorageError, classify
from enrollment_app.ui.backups.backups_model import DATE_FORMAT, participants_text
from enrollment_app.ui.crash_report import log
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.sync.worker import ProgressWorker

# (parent, question, details) -> True when the user chose to restore.
Confirm = Callable[[QWidget, str, str], bool]


def ask_to_restore(parent: QWidget | None, question: str, details: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("RestoreFlow", "Restore a backup"),
                      question, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(details)
    restore_button = box.addButton(QCoreApplication.translate("RestoreFlow", "Restore"),
                                   QMessageBox.ButtonRole.DestructiveRole)
    cancel_button = box.addButton(QCoreApplication.translate("RestoreFlow", "Cancel"),
                                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel_button)
    box.exec()
    return box.clickedButton() is restore_button


def confirmation_text(backup: BackupInfo, impact: RestoreImpact | None) -> tuple[str, str]:
    """The question and what it means: what is lost, and that nothing is thrown away."""
    locale = QLocale()
    question = QCoreApplication.translate(
        "RestoreFlow", "Restore the backup taken on {taken}?").format(
            taken=backup.taken_at.strftime(DATE_FORMAT))
    lines = [QCoreApplication.translate(
        "RestoreFlow", "Everything saved on this laptop after that moment will be lost "
        "from the database: registrations, corrections, accounts and settings.")]
    if impact is not None:
        lines.append(QCoreApplication.translate(
            "RestoreFlow", "The database now holds {now} participants, the backup {then}; "
            "{changed} participant records were added or changed since the backup.").format(
                now=locale.toString(impact.participants_now),
                then=participants_text(backup),
                changed=locale.toString(impact.changed_since)))
    lines.append(QCoreApplication.translate(
        "RestoreFlow", "The current database is first saved as a copy in the backups "
        "folder, so it can still be recovered. Everyone signs in again afterwards."))
    return question, "\n\n".join(lines)


def failure_text(error: Exception) -> str:
    """What went wrong with a backup or a restore (bugs are logged with a traceback)."""
    if isinstance(error, ServiceError | StorageError):
        return user_message(error)
    storage_error = classify(error)
    if storage_error is not None:  # disk full, read-only...
        return user_message(storage_error)
    if isinstance(error, OSError):
        return QCoreApplication.translate("RestoreFlow", "The file could not be written or "
                                                         "read: {reason}").format(
            reason=error.strerror or str(error))
    log.error("Backup or restore failed", exc_info=error)
    return QCoreApplication.translate(
        "RestoreFlow", "The backup or restore failed unexpectedly; the details are in the "
        "log file.")


class RestoreRunner(QObject):
    """Runs one restore call off the GUI thread with an indeterminate progress dialog.
    ``restored`` carries the services.backups.Restored; ``failed`` the message."""

    restored = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._worker: ProgressWorker | None = None
        self.progress: QProgressDialog | None = None

    def is_busy(self) -> bool:
        return self._worker is not None

    def run(self, call: Callable[[], Restored]) -> None:
        if self.is_busy():
            return
        progress = QProgressDialog(
            QCoreApplication.translate("RestoreFlow", "Restoring the backup... Do not "
                                                      "switch the laptop off."),
            "", 0, 0, self._parent)
        progress.setCancelButton(None)
        progress.setWindowTitle(QCoreApplication.translate("RestoreFlow", "Restore a backup"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self.progress = progress
        worker = ProgressWorker(lambda _progress: call(), self)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.done.connect(self._finished)
        self._worker = worker
        worker.start()

    def _succeeded(self, result: Restored) -> None:
        self._close_progress()
        self.restored.emit(result)

    def _failed(self, error: Exception) -> None:
        self._close_progress()
        self.failed.emit(failure_text(error))

    def _finished(self) -> None:
        self._worker = None

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
