"""Unexpected errors: the traceback goes to a rotating log file, the user gets a short
message in their language instead of a silently vanished window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from enrollment_app.domain.log_scrub import scrub
from enrollment_app.storage.data_dir import logs_dir

LOG_FILE = "enrollment-app.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5

log = logging.getLogger("enrollment_app")


class ScrubbingFormatter(logging.Formatter):
    """Formats as usual, then removes NIK/KK, phone numbers and the values database
    errors quote (tracebacks included): the log never holds a person's data."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def setup_logging(data_dir: Path) -> Path:
    """Log INFO and above to ``logs/enrollment-app.log`` (rotated at 1 MB, 5 kept)."""
    from logging.handlers import RotatingFileHandler  # 20 ms: not before the first paint

    path = logs_dir(data_dir) / LOG_FILE
    if not any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path
               for h in log.handlers):
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                                      encoding="utf-8")
        handler.setFormatter(ScrubbingFormatter(
            "%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


def install_excepthook(data_dir: Path) -> Path:
    """Route uncaught exceptions to the log and a message box; returns the log path."""
    path = setup_logging(data_dir)

    def report(kind: type[BaseException], error: BaseException,
               trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("Unexpected error", exc_info=(kind, error, trace))
        show_crash_message(path)

    sys.excepthook = report
    return path


def show_crash_message(log_path: Path) -> None:
    if QApplication.instance() is None:
        return
    text = QCoreApplication.translate(
        "CrashReport", "Something went wrong. What was saved before is safe; the last "
        "action may not have been saved. Please check it, and tell your supervisor if "
        "this happens again.")
    details = QCoreApplication.translate(
        "CrashReport", "Details were written to {path}").format(path=log_path)
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("CrashReport", "Unexpected error"), text)
    box.setInformativeText(details)
    box.exec()
