"""``enrollment-app --selftest``: the installation check of ``enrollment selftest`` plus
the GUI's own part: the Indonesian translations load, and the main window of a scratch
database, encrypted as on a field laptop, is built and drawn once, off screen (no window
appears). For the frozen build's
check in CI and for field staff who wonder whether an installation is whole."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from enrollment_app.resources_path import resource
from enrollment_app.services.device_setup import initialize_device
from enrollment_app.services.selftest import (
    SCRATCH_PREFIX,
    SELFTEST_PASSWORD,
    SELFTEST_USER,
    TRANSLATIONS,
    SelftestReport,
    register_test_participant,
    run_selftest,
)
from enrollment_app.services.unlock import DeviceAccess
from enrollment_app.storage.database import Database

SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 768  # the field laptops' screen


def run_gui_selftest(app: QApplication) -> SelftestReport:
    report = run_selftest()
    report.checks.append(("load_translations", QTranslator().load(str(resource(*TRANSLATIONS)))))
    report.checks.append(("main_window", main_window_draws(app)))
    return report


def main_window_draws(app: QApplication) -> bool:
    from enrollment_app.ui.app import build_main_window

    with tempfile.TemporaryDirectory(prefix=SCRATCH_PREFIX) as scratch:
        db = Database.open(Path(scratch))
        access = DeviceAccess(Path(scratch), db, None)
        try:
            ctx = initialize_device(db, device_name="Selftest",
                                    supervisor_username=SELFTEST_USER,
                                    password=SELFTEST_PASSWORD)
            register_test_participant(ctx)
            ctx = access.seal(ctx)  # the window reads the encrypted file, as in the field
            window = build_main_window(ctx)
            window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
            window.show()
            app.processEvents()
            image = window.grab().toImage()
            window.close()
            window.deleteLater()
            app.processEvents()
            return (ctx.db.key is not None and not image.isNull() and image.width() > 0
                    and image.height() > 0)
        finally:
            access.close()


def print_report(report: SelftestReport) -> None:
    """The same lines as ``enrollment selftest`` (nowhere to go from a Windows GUI .exe
    started without a console: print() then writes nothing; the exit code tells)."""
    for name, ok in report.checks:
        print(f"{'OK  ' if ok else 'FAIL'} {name}")
