"""Writing a PDF off the GUI thread: ask where to save it, show progress with a cancel
button, and say what was written (or why not)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from enrollment_app.services.documents.pdf_page import (
    DocumentCancelledError,
    DocumentResult,
    Progress,
)
from enrollment_app.services.errors import ServiceError
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.crash_report import log
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.sync.worker import ProgressWorker
from enrollment_app.ui.widgets.personal_data_confirm import confirm_personal_export

# (parent, dialog title, suggested file name) -> the chosen path, "" when cancelled.
SavePathChooser = Callable[[QWidget, str, str], str]
DocumentCall = Callable[[Path, Progress], DocumentResult]
# (parent, how many people, what the file is) -> True to go on.
PersonalDataConfirm = Callable[[QWidget, int, str], bool]


def choose_pdf_path(parent: QWidget, title: str, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / suggested),
        QCoreApplication.translate("PdfRunner", "PDF documents (*.pdf)"))
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


def failure_text(error: Exception) -> str:
    if isinstance(error, ServiceError | StorageError):
        return user_message(error)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "PdfRunner", "The file could not be written: {reason}").format(
            reason=error.strerror or str(error))
    log.error("PDF generation failed", exc_info=error)
    return QCoreApplication.translate("PdfRunner", "The document could not be made; the "
                                                   "details are in the log file.")


class PdfRunner(QObject):
    """One document at a time: ``run`` asks for the path and starts the worker;
    ``finished`` carries the DocumentResult, ``failed`` the message (nothing is emitted
    when the user cancels the file dialog or the progress)."""

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.choose_path: SavePathChooser = choose_pdf_path
        self.confirm: PersonalDataConfirm = confirm_personal_export
        self.progress: QProgressDialog | None = None
        self._worker: ProgressWorker | None = None

    def is_busy(self) -> bool:
        return self._worker is not None

    def run(self, title: str, suggested_name: str, call: DocumentCall, *,
            people: int | None = None) -> bool:
        """False when busy or the user chose no file. With ``people`` (how many the
        document names) the user first confirms writing personal data in the clear."""
        if self.is_busy():
            return False
        if people and not self.confirm(self._parent, people, title):
            return False
        chosen = self.choose_path(self._parent, title, suggested_name)
        if not chosen:
            return False
        path = Path(chosen)
        progress = QProgressDialog(
            QCoreApplication.translate("PdfRunner", "Making {name}…").format(name=path.name),
            QCoreApplication.translate("PdfRunner", "Cancel"), 0, 0, self._parent)
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress = progress
        worker = ProgressWorker(lambda report: call(path, report), self)
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.done.connect(self._done)
        progress.canceled.connect(worker.cancel)
        self._worker = worker
        worker.start()
        return True

    def wait(self) -> None:
        if self._worker is not None:
            self._worker.wait()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _succeeded(self, result: DocumentResult) -> None:
        self._close_progress()
        self.finished.emit(result)

    def _failed(self, error: Exception) -> None:
        self._close_progress()
        if isinstance(error, DocumentCancelledError):
            self.cancelled.emit()
            return
        self.failed.emit(failure_text(error))

    def _done(self) -> None:
        self._worker = None

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
