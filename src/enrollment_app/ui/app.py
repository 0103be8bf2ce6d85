"""The ``enrollment-app`` GUI: sign-in window first, then the database, then the main window.

Start-up order, so that a usable window is on the screen about as soon as a bare PySide6
window would be: this module imports only PySide6 and light modules at the top. ``start``
shows the login dialog (the first-run wizard on a new laptop) and, once it has been
painted, sets up the crash log, imports the database layer (SQLAlchemy, the models, the
services: about half a second) and looks at the database (``DeviceAccess``): a plain one
is opened and migrated, an encrypted one stays closed and its key file gives the
laptop's name and user names for the dialog; the password opens it. Keys pressed
meanwhile are queued, not lost. The main window's modules are imported after the sign-in.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from enrollment_app import __version__, i18n
from enrollment_app.storage.data_dir import database_path, resolve_data_dir
from enrollment_app.storage.device_preferences import saved_language
from enrollment_app.ui.crash_report import install_excepthook, log
from enrollment_app.ui.login_dialog import LoginDialog

if TYPE_CHECKING:
    from enrollment_app.services.context import ServiceContext
    from enrollment_app.services.unlock import DeviceAccess
    from enrollment_app.storage.database import Database
    from enrollment_app.ui.first_run_wizard import FirstRunWizard
    from enrollment_app.ui.main_window import MainWindow

# Cheap 1366x768 screens at arm's length: 10 pt reads well and still fits the form.
READABLE_POINT_SIZE = 10.0
# Results of the sign-in window besides Accepted (1) and Rejected (0).
NO_DATABASE = 2  # the database cannot be used; the user was told why
NOT_SET_UP = 3  # the file exists but the first-run wizard was never finished
# Exit status of the event loop asking main() for a new sign-in (after a restore).
SIGN_IN_AGAIN = 64
# Opens the database even if the window is never painted (started minimised).
OPEN_WITHOUT_PAINT_MS = 1000
# Title bar and borders around a window (Windows 10/11 at 100 %: about 31 + 8 pixels).
FRAME_ALLOWANCE = QSize(16, 40)


def parse_args(argv: Sequence[str] | None) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="enrollment-app", description="Training program enrollment (desktop).")
    parser.add_argument("--data-dir", help="folder holding the database, logs and backups "
                        "(default: ENROLLMENT_DATA_DIR, else the per-user data folder)")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("--selftest", action="store_true",
                        help="check this installation off screen in a scratch folder "
                        "(never the data folder) and exit: 0 when it works")
    # Unknown arguments (-platform, -style, ...) are left for Qt.
    return parser.parse_known_args(argv)


def create_application(qt_args: Sequence[str] = (), data_dir: Path | None = None
                       ) -> QApplication:
    """The QApplication with names, translations and a readable font (reused if any).

    The language is ``ENROLLMENT_LANG`` if set, else the one saved in ``data_dir`` (File >
    Settings), else Bahasa Indonesia."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(["enrollment-app", *qt_args])
    app.setApplicationName("enrollment-app")
    app.setOrganizationName("enrollment_app")
    app.setApplicationVersion(__version__)
    i18n.install_translator(i18n.chosen_language(saved_language(data_dir) if data_dir else None))
    apply_readable_font(app)
    return app


def apply_readable_font(app: QApplication) -> None:
    font = QFont(app.font())
    if font.pointSizeF() < READABLE_POINT_SIZE:
        font.setPointSizeF(READABLE_POINT_SIZE)
        app.setFont(font)


def build_main_window(ctx: ServiceContext) -> MainWindow:
    """The main window for a signed-in user, not shown (tests and screenshots use this)."""
    from enrollment_app.services import device_setup
    from enrollment_app.ui.main_window import MainWindow

    device = device_setup.load_device(ctx.db)
    return MainWindow(ctx, device_name=device.name if device else "")


def open_access(data_dir_flag: str | Path | None) -> DeviceAccess | None:
    """Look at the database (a plain one is opened and migrated, an encrypted one needs
    its key file), or explain in a dialog why it cannot be used. A damaged file: the
    latest good backup is offered first."""
    from enrollment_app.services.unlock import DeviceAccess
    from enrollment_app.storage.errors import CorruptDatabaseError, StorageError
    from enrollment_app.storage.key_file import KeyFileError, key_file_path
    from enrollment_app.storage.migrate import DatabaseTooNewError
    from enrollment_app.ui.error_text import too_new_message, user_message

    data_dir = resolve_data_dir(data_dir_flag)
    install_excepthook(data_dir)
    try:
        return DeviceAccess.open(data_dir)
    except KeyFileError as exc:
        from enrollment_app.ui.backups.damaged_file import restored_before_sign_in

        # Without any key file, a file that does not start like SQLite is rather a plain
        # database damaged at its start (a never-encrypted laptop): its backups are plain.
        if not key_file_path(data_dir).exists() and restored_before_sign_in(
                data_dir, CorruptDatabaseError(str(exc))):
            return open_access(data_dir)
        _refuse(user_message(exc), str(data_dir))
    except StorageError as exc:
        from enrollment_app.ui.backups.damaged_file import restored_before_sign_in

        if restored_before_sign_in(data_dir, exc):  # a damaged file: offer the backup
            return open_access(data_dir)
        _refuse(user_message(exc), str(data_dir))
    except DatabaseTooNewError:
        _refuse(too_new_message(), str(data_dir))
    return None


def _refuse(text: str, where: str) -> None:
    log.error("Database not opened: %s (%s)", text, where)
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("App", "Cannot open the database"), text)
    box.setInformativeText(QCoreApplication.translate("App", "Data folder: {path}")
                           .format(path=where))
    box.exec()


class _AfterFirstPaint(QObject):
    """Calls ``callback`` once, as soon as ``widget``'s first frame is on the screen."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(OPEN_WITHOUT_PAINT_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)  # after this frame is finished
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def sign_in(data_dir: Path) -> ServiceContext | int:
    """First-run wizard on a new laptop, the login dialog afterwards: shown first, the
    database looked at after its first paint. Returns the signed-in context (on the
    encrypted database: the first sign-in encrypts a plain one), or the exit code (1: the
    database cannot be used, 0: the user cancelled)."""
    window: FirstRunWizard | LoginDialog
    if database_path(data_dir).exists():
        window = LoginDialog()
    else:
        from enrollment_app.ui.first_run_wizard import FirstRunWizard

        window = FirstRunWizard()
    opened: list[DeviceAccess] = []

    def connect() -> None:
        if not window.isVisible():
            return  # closed before it was painted
        access = open_access(data_dir)
        if access is None:
            window.done(NO_DATABASE)
            return
        opened.append(access)
        if isinstance(window, LoginDialog) and access.device() is None:
            window.done(NOT_SET_UP)
        else:
            window.set_access(access)

    _AfterFirstPaint(window, connect)
    result = window.exec()
    if result == NO_DATABASE:
        return 1
    if not opened:
        return 0
    access = opened[0]
    if result == NOT_SET_UP:
        from enrollment_app.ui.first_run_wizard import FirstRunWizard

        window = FirstRunWizard(access)
        result = window.exec()
    ctx = window.context if result == QDialog.DialogCode.Accepted else None
    if ctx is None or (isinstance(window, LoginDialog) and not own_password_chosen(ctx)):
        access.close()
        return 0
    return ctx


def own_password_chosen(ctx: ServiceContext) -> bool:
    """After a supervisor reset the password, the person first chooses their own."""
    from enrollment_app.services import accounts
    from enrollment_app.ui.accounts.dialogs import ChangePasswordDialog

    if not accounts.must_change_password(ctx.db, ctx.actor.user_id):
        return True
    dialog = ChangePasswordDialog(ctx, required=True)
    return dialog.exec() == QDialog.DialogCode.Accepted


@dataclass
class Started:
    """A running session: the open (encrypted) database and the shown main window."""

    db: Database
    window: MainWindow


def start(data_dir_flag: str | None) -> Started | int:
    """Sign in (opening the database meanwhile) and show the main window; without them,
    the exit code (1: the database cannot be used, 0: the user cancelled)."""
    # The crash log and handler come with the database, right after the first paint.
    ctx = sign_in(resolve_data_dir(data_dir_flag))
    if isinstance(ctx, int):
        return ctx
    log.info("Signed in: %s on device %s", ctx.actor.username, ctx.device_id)
    window = build_main_window(ctx)
    show_fitting_the_screen(window)
    # The integrity check and the day's backup, on a thread once the window is up.
    _AfterFirstPaint(window, window.backup_features.check_and_back_up)
    window.help_features.offer_guide_after_sign_in()  # until "do not show again"
    return Started(ctx.db, window)


def show_fitting_the_screen(window: MainWindow) -> None:
    """Maximised when the window and its frame would not fit: on a 1366x768 laptop the
    task bar leaves about 728 pixels, less than the default size plus the title bar."""
    screen = window.screen().availableGeometry()
    if (window.width() + FRAME_ALLOWANCE.width() > screen.width()
            or window.height() + FRAME_ALLOWANCE.height() > screen.height()):
        window.showMaximized()
    else:
        window.show()


def main(argv: Sequence[str] | None = None) -> int:
    """The ``enrollment-app`` command."""
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.selftest:
        return selftest(qt_args)
    data_dir = resolve_data_dir(args.data_dir)
    app = create_application(qt_args, data_dir)
    while True:  # again after a restore: the accounts are those of the backup
        started = start(str(data_dir))
        if isinstance(started, int):
            return started
        try:
            status = app.exec()
        finally:
            started.db.close()
        if status != SIGN_IN_AGAIN:
            return status
        started.window.deleteLater()


def sign_in_again(window: QWidget) -> None:
    """End this session (a backup was restored): main() shows the sign-in again."""
    window.hide()
    QCoreApplication.exit(SIGN_IN_AGAIN)


def selftest(qt_args: Sequence[str]) -> int:
    """``--selftest``: headless (offscreen unless QT_QPA_PLATFORM says otherwise)."""
    import os

    from enrollment_app.ui.gui_selftest import print_report, run_gui_selftest

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report = run_gui_selftest(create_application(qt_args))
    print_report(report)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
