"""Apply an update from the central office (program catalog, class rosters).

The file is checked first (signed by the central office, meant for this laptop, not
damaged); a refused file changes nothing and the dialog says why. The work runs on its
own thread with a progress bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.services import apply_update
from enrollment_app.services.context import ServiceContext
from enrollment_app.sync.bundle_types import BUNDLE_SUFFIX
from enrollment_app.ui.sync.export_dialog import FolderChooser, error_text
from enrollment_app.ui.sync.worker import ProgressWorker
from enrollment_app.ui.sync.worker_dialog import WorkerDialog
from enrollment_app.ui.widgets.banner import Banner, BannerKind


def result_text(result: apply_update.UpdateResult) -> str:
    if result.already_applied:
        return QCoreApplication.translate(
            "ApplyUpdateDialog", "Update {sequence} was already applied; nothing changed."
        ).format(sequence=result.sequence)
    text = QCoreApplication.translate(
        "ApplyUpdateDialog", "Update {sequence} applied: {inserted} new, {updated} updated, "
        "{unchanged} unchanged, {kept} kept because they were changed here and not "
        "exported yet, {skipped} skipped.").format(
        sequence=result.sequence, inserted=result.count(apply_update.INSERTED),
        updated=result.count(apply_update.UPDATED),
        unchanged=result.count(apply_update.UNCHANGED),
        kept=result.count(apply_update.KEPT_LOCAL), skipped=result.count(apply_update.SKIPPED))
    if result.previous_missing:
        text += " " + QCoreApplication.translate(
            "ApplyUpdateDialog", "An earlier update from the central office was never "
            "applied on this laptop; ask for it.")
    return text


class ApplyUpdateDialog(WorkerDialog):
    """``applied`` carries the UpdateResult once records were applied."""

    applied = Signal(object)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *,
                 file: str = "", choose_file: FolderChooser | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._choose_file = choose_file or self._ask_file
        self._worker: ProgressWorker | None = None
        self.setWindowTitle(self.tr("Apply an update from the central office"))
        self.banner = Banner(self)
        explanation = QLabel(self.tr("The central office sends program catalogs and class "
                                     "lists (with participants registered on other laptops) "
                                     "as an update file. It is checked before anything "
                                     "changes."), self)
        explanation.setWordWrap(True)
        self.file = QLineEdit(file, self)
        self.choose_button = QPushButton(self.tr("Choose..."), self)
        self.choose_button.clicked.connect(self.choose)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(explanation)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Update file"), self))
        row.addWidget(self.file, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.resize(620, 260)

    def _ask_file(self, parent: QWidget, current: str) -> str:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent, self.tr("Update file"), current,
            self.tr("Bundles (*{suffix});;All files (*)").format(suffix=BUNDLE_SUFFIX))
        return chosen

    def choose(self) -> None:
        chosen = self._choose_file(self, self.file.text())
        if chosen:
            self.file.setText(chosen)

    def start(self) -> None:
        text = self.file.text().strip()
        if not text:
            self.banner.show_message(BannerKind.ERROR, self.tr("Choose the update file."))
            self.file.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.is_busy():
            return
        ctx, path = self._ctx, Path(text)
        worker = ProgressWorker(
            lambda progress: apply_update.apply_central_update(ctx, path, progress=progress),
            self)
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.done.connect(self._finished)
        self._worker = worker
        self.banner.show_message(BannerKind.INFO, self.tr("Checking and applying..."))
        self.progress.setRange(0, 0)
        self.progress.show()
        for widget in (self.apply_button, self.choose_button, self.file):
            widget.setEnabled(False)
        worker.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _succeeded(self, result: apply_update.UpdateResult) -> None:
        kind = BannerKind.INFO if result.already_applied else BannerKind.SUCCESS
        self.banner.show_message(kind, result_text(result))
        if not result.already_applied:
            self.applied.emit(result)

    def _failed(self, error: Exception) -> None:
        kind = (BannerKind.INFO if isinstance(error, apply_update.UpdateCancelledError)
                else BannerKind.ERROR)
        self.banner.show_message(kind, error_text(error))

    def _finished(self) -> None:
        self._worker = None
        self.progress.hide()
        for widget in (self.apply_button, self.choose_button, self.file):
            widget.setEnabled(True)
