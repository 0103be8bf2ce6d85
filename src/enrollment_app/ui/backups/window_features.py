"""What backups add to the main window.

- Supervisors get the Backups screen (in the navigation; Ctrl+Shift+B) to restore a
  backup, make one by hand and choose the settings.
- ``check_and_back_up()`` (called by ui.app once the signed-in window is painted, not by
  windows built in tests) runs the quick integrity check and then the daily backup on a
  background thread. A USB folder that cannot be written is a warning that does not
  block work. A damaged file is reported at once: a supervisor is offered the latest
  good backup, anyone else is told to call a supervisor.
- After a restore everyone signs in again (ui.app.sign_in_again).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from enrollment_app.services import backups
from enrollment_app.services.backups import BackupInfo, Restored, StartupCheck
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.permissions import Permission, allowed
from enrollment_app.storage.integrity import CheckCancelled
from enrollment_app.ui.backups.backups_model import DATE_FORMAT, participants_text
from enrollment_app.ui.backups.restore_flow import (
    Confirm,
    RestoreRunner,
    ask_to_restore,
    failure_text,
)
from enrollment_app.ui.crash_report import log
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.sync.worker import ProgressWorker

if TYPE_CHECKING:
    from enrollment_app.ui.backups.backups_view import BackupsView
    from enrollment_app.ui.main_window import MainWindow

# (parent, title, text): a message that does not wait for an answer.
Inform = Callable[[QWidget, str, str], None]
WARNING_STATUS_MS = 60_000
CANCEL_POLL_S = 0.2


def show_warning(parent: QWidget, title: str, text: str) -> None:
    """A non-modal box: work goes on behind it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()


def sign_in_again_now(window: QWidget) -> None:
    from enrollment_app.ui.app import sign_in_again

    sign_in_again(window)


@dataclass(frozen=True)
class StartupOutcome:
    check: StartupCheck
    good_backup: BackupInfo | None  # looked for only when the file is damaged


class BackupFeatures(QObject):
    startup_checked = Signal(object)  # StartupOutcome, once the background job ended

    def __init__(self, window: MainWindow, ctx: ServiceContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self.confirm: Confirm = ask_to_restore  # tests answer the questions
        self.inform: Inform = show_warning
        self.after_restore: Callable[[QWidget], None] = sign_in_again_now
        self.view: BackupsView | None = None
        self.page = -1
        self.runner = RestoreRunner(window)
        self.runner.restored.connect(self._restored)
        self.runner.failed.connect(lambda text: self.inform(
            self._window, self.tr("Restore a backup"), text))
        self._worker: ProgressWorker | None = None
        if self.may_restore():
            self._add_page()

    def may_restore(self) -> bool:
        return allowed(self._ctx.actor.role, Permission.CHANGE_SETTINGS)

    def _add_page(self) -> None:
        from enrollment_app.ui.backups.backups_view import BackupsView

        window = self._window
        self.view = BackupsView(self._ctx, confirm=lambda *args: self.confirm(*args))
        self.view.restored.connect(self._restored)
        self.page = window.add_page(self.tr("Backups"), self.view,
                                    Permission.CHANGE_SETTINGS)
        action = QAction(self.tr("&Backups"), window)
        action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: window.navigation.setCurrentRow(
            self.page))
        window.addAction(action)
        self.show_action = action

    # -- start-up check and daily backup ----------------------------------------------
    def check_and_back_up(self) -> None:
        """Start the background job (once)."""
        if self._worker is not None:
            return
        db = self._ctx.db

        def job(progress: Callable[[int, int], bool]) -> StartupOutcome:
            asked = [0.0, False]  # when progress() was last called, and its answer

            def cancelled() -> bool:  # asked by SQLite very often: report 5 times a second
                if time.monotonic() - asked[0] >= CANCEL_POLL_S:
                    asked[:] = [time.monotonic(), not progress(0, 0)]
                return bool(asked[1])

            check = backups.check_and_back_up(db, cancelled=cancelled)  # with db.key
            good = None if check.integrity.ok else backups.first_good_backup(
                backups.list_backups(db), db.key)
            return StartupOutcome(check, good)

        worker = ProgressWorker(job, self)
        worker.succeeded.connect(self._checked)
        worker.failed.connect(self._check_failed)
        self._worker = worker
        worker.start()

    def _check_failed(self, error: Exception) -> None:
        if isinstance(error, CheckCancelled):
            return  # the window closed or the application quit meanwhile
        log.error("Start-up check or daily backup failed", exc_info=error)
        self._window.statusBar().showMessage(failure_text(error), WARNING_STATUS_MS)

    def _checked(self, outcome: StartupOutcome) -> None:
        check = outcome.check
        if check.integrity.ok:
            self._report_daily(check.daily)
        else:
            log.error("The database failed the integrity check: %s",
                      "; ".join(check.integrity.problems))
            self._report_damage(outcome.good_backup)
        self.startup_checked.emit(outcome)

    def _report_daily(self, daily: backups.DailyBackup | None) -> None:
        if daily is None:
            return
        if daily.taken is not None:
            log.info("Daily backup written: %s", daily.taken)
            self._window.statusBar().showMessage(self.tr("Today's backup is made."), 10_000)
        if daily.problems:
            text = "\n\n".join(user_message(p) for p in daily.problems)
            log.warning("Backup warning: %s", text)
            self.inform(self._window, self.tr("Backup"), text)
        if self.view is not None:
            self.view.refresh()

    def _report_damage(self, good: BackupInfo | None) -> None:
        window = self._window
        title = self.tr("The database file is damaged")
        if not self.may_restore():
            self.inform(window, title, self.tr(
                "The integrity check found damage in the database file. Stop registering "
                "and ask a supervisor to sign in: they can restore the latest good backup "
                "on the Backups screen."))
            return
        if good is None:
            self.inform(window, title, self.tr(
                "The integrity check found damage in the database file, and no intact "
                "backup was found on this laptop or the USB folder. Do not delete any "
                "file; contact the central office."))
            return
        question = self.tr(
            "The integrity check found damage in the database file. Restore the latest "
            "good backup, taken on {taken} ({participants} participants)?").format(
                taken=good.taken_at.strftime(DATE_FORMAT),
                participants=participants_text(good))
        details = self.tr(
            "Everything saved after that moment is lost from the database. The damaged "
            "file is first kept as a copy in the backups folder. Everyone signs in again "
            "afterwards.")
        if self.confirm(window, question, details):
            ctx, path = self._ctx, good.path
            self.runner.run(lambda: backups.restore(ctx, path))

    # -- after a restore --------------------------------------------------------------
    def _restored(self, result: Restored) -> None:
        log.info("Backup %s restored; the previous file was saved as %s", result.backup,
                 result.previous_saved_as)
        QMessageBox.information(
            self._window, self.tr("Restore a backup"),
            self.tr("The backup is restored. Please sign in again."))
        self.after_restore(self._window)
