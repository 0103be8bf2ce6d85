"""The ``enrollment-app`` GUI: open the database, first-run wizard or sign-in, main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from enrollment_app import __version__, i18n
from enrollment_app.services import device_setup
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.data_dir import resolve_data_dir
from enrollment_app.storage.database import Database
from enrollment_app.storage.errors import StorageError
from enrollment_app.storage.migrate import DatabaseTooNewError
from enrollment_app.ui.crash_report import install_excepthook, log
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.first_run_wizard import FirstRunWizard
from enrollment_app.ui.login_dialog import LoginDialog
from enrollment_app.ui.main_window import MainWindow

# Cheap 1366x768 screens at arm's length: 10 pt reads well and still fits the form.
READABLE_POINT_SIZE = 10.0


def parse_args(argv: Sequence[str] | None) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="enrollment-app", description="Training program enrollment (desktop).")
    parser.add_argument("--data-dir", help="folder holding the database, logs and backups "
                        "(default: ENROLLMENT_DATA_DIR, else the per-user data folder)")
    parser.add_argument("--version", action="version", version=__version__)
    # Unknown arguments (-platform, -style, ...) are left for Qt.
    return parser.parse_known_args(argv)


def create_application(qt_args: Sequence[str] = ()) -> QApplication:
    """The QApplication with names, translations and a readable font (reused if any)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(["enrollment-app", *qt_args])
    app.setApplicationName("enrollment-app")
    app.setOrganizationName("enrollment_app")
    app.setApplicationVersion(__version__)
    i18n.install_translator(i18n.chosen_language())
    apply_readable_font(app)
    return app


def apply_readable_font(app: QApplication) -> None:
    font = QFont(app.font())
    if font.pointSizeF() < READABLE_POINT_SIZE:
        font.setPointSizeF(READABLE_POINT_SIZE)
        app.setFont(font)


def build_main_window(ctx: ServiceContext) -> MainWindow:
    """The main window for a signed-in user, not shown (tests and screenshots use this)."""
    device = device_setup.load_device(ctx.db)
    return MainWindow(ctx, device_name=device.name if device else "")


def open_database(data_dir_flag: str | None) -> Database | None:
    """Open and migrate the database, or explain in a dialog why it cannot be opened."""
    data_dir = resolve_data_dir(data_dir_flag)
    install_excepthook(data_dir)
    try:
        return Database.open(data_dir)
    except StorageError as exc:
        _refuse(user_message(exc), str(data_dir))
    except DatabaseTooNewError:
        _refuse(QCoreApplication.translate(
            "App", "This database was written by a newer version of the application. "
            "Install the newer version; the data has not been changed."), str(data_dir))
    return None


def _refuse(text: str, where: str) -> None:
    log.error("Database not opened: %s (%s)", text, where)
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("App", "Cannot open the database"), text)
    box.setInformativeText(QCoreApplication.translate("App", "Data folder: {path}")
                           .format(path=where))
    box.exec()


def sign_in(db: Database) -> ServiceContext | None:
    """First-run wizard on a new laptop, the login dialog afterwards; None if cancelled."""
    device = device_setup.load_device(db)
    if device is None:
        wizard = FirstRunWizard(db)
        return wizard.context if wizard.exec() == QDialog.DialogCode.Accepted else None
    dialog = LoginDialog(db, device.id, device.name)
    return dialog.context if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass
class Started:
    """A running session: the open database and the shown main window."""

    db: Database
    window: MainWindow


def start(data_dir_flag: str | None) -> Started | int:
    """Open the database, sign in and show the main window; without them, the exit code
    (1: the database cannot be used, 0: the user cancelled)."""
    db = open_database(data_dir_flag)
    if db is None:
        return 1
    ctx = sign_in(db)
    if ctx is None:
        db.close()
        return 0
    log.info("Signed in: %s on device %s", ctx.actor.username, ctx.device_id)
    window = build_main_window(ctx)
    show_fitting_the_screen(window)
    return Started(db, window)


def show_fitting_the_screen(window: MainWindow) -> None:
    screen = window.screen().availableGeometry()
    if window.width() > screen.width() or window.height() > screen.height():
        window.showMaximized()
    else:
        window.show()


def main(argv: Sequence[str] | None = None) -> int:
    """The ``enrollment-app`` command."""
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    app = create_application(qt_args)
    started = start(args.data_dir)
    if isinstance(started, int):
        return started
    try:
        return app.exec()
    finally:
        started.db.close()


if __name__ == "__main__":
    sys.exit(main())
