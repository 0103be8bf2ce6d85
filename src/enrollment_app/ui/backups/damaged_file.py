"""A database file too damaged to open: offer the latest good backup before sign-in.

Nobody can sign in to a file SQLite cannot read, so no role can be checked; restoring
is offered to whoever started the application. Nothing is lost by it: the damaged file
is kept in the backups folder, and the restored file's own accounts apply at sign-in.

An encrypted file can only be checked once a password unwrapped its data key: the
login dialog offers the restore then, with that ``key`` (the backups are encrypted
with it too, and the restored file is).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from enrollment_app.services import backups
from enrollment_app.storage.errors import CorruptDatabaseError, StorageError
from enrollment_app.ui.backups.backups_model import DATE_FORMAT, participants_text
from enrollment_app.ui.backups.restore_flow import Confirm, RestoreRunner, ask_to_restore
from enrollment_app.ui.crash_report import log


def restored_before_sign_in(data_dir: Path, error: StorageError,
                            confirm: Confirm = ask_to_restore, *,
                            key: bytes | None = None) -> bool:
    """True when ``error`` says the file is damaged and the user had the latest good
    backup restored (the caller opens the database again). ``key``: the data key of an
    encrypted laptop."""
    if not isinstance(error, CorruptDatabaseError):
        return False
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:  # checks each backup fully, newest first: seconds for a large one
        good = backups.first_good_backup(backups.list_local_backups(data_dir, key), key)
    finally:
        QApplication.restoreOverrideCursor()
    if good is None:
        log.error("Damaged database and no intact backup in %s", data_dir)
        return False
    parent = QApplication.activeWindow()
    question = QCoreApplication.translate(
        "DamagedFile", "The database file is damaged and cannot be opened. Restore the "
        "latest good backup, taken on {taken} ({participants} participants)?").format(
            taken=good.taken_at.strftime(DATE_FORMAT),
            participants=participants_text(good))
    details = QCoreApplication.translate(
        "DamagedFile", "Everything saved after that moment is lost from the database. The "
        "damaged file is first kept as a copy in the backups folder.")
    if not confirm(parent, question, details):
        return False
    runner = RestoreRunner(parent)
    loop = QEventLoop()
    failures: list[str] = []
    runner.restored.connect(loop.quit)
    runner.failed.connect(failures.append)
    runner.failed.connect(loop.quit)
    runner.run(lambda: backups.restore_damaged(data_dir, good.path, key))
    loop.exec()
    runner.deleteLater()
    if failures:
        QMessageBox.critical(parent, QCoreApplication.translate("DamagedFile",
                                                                "Restore a backup"),
                             failures[0])
        return False
    log.info("Damaged database replaced by the backup %s", good.path)
    return True
