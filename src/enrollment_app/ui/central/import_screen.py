"""The central office's import screen: choose bundle files, verify them, import them.

Verifying and importing run on their own thread with a progress bar and a cancel button;
a cancelled bundle is rolled back whole. Each file's row shows what happened to it:
accepted (with the records merged, conflicts and possible duplicates), already imported,
or rejected with the reason. The central database is the one ``enrollment central
init`` made in this data folder (``central.sqlite`` and its ``central-keys``); the
screen offers to set it up when it is not there yet. "Send update to device..." opens
``send_update_dialog``: the catalog and class rosters back to one laptop.
"""

from __future__ import annotations

import queue
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.services.central import (
    BundleResult,
    CentralNotInitializedError,
    CentralOffice,
    Status,
    import_order,
    shown_location,
)
from enrollment_app.services.errors import ServiceError
from enrollment_app.storage.errors import StorageError
from enrollment_app.sync.bundle_types import BUNDLE_SUFFIX
from enrollment_app.ui.central.results_model import BundleResultsModel
from enrollment_app.ui.crash_report import log
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.sync.export_dialog import FolderChooser
from enrollment_app.ui.sync.worker import Progress, ProgressWorker
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.page_title import page_title

if TYPE_CHECKING:
    from enrollment_app.ui.central.send_update_dialog import SendUpdateDialog

# Asks for bundle files: (parent, caption, filter) -> chosen paths. Tests give their own.
FileChooser = Callable[[QWidget, str, str], Sequence[str]]
STEPS = 1000  # progress bar resolution per bundle


def choose_files(parent: QWidget, caption: str, name_filter: str) -> Sequence[str]:
    files, _selected = QFileDialog.getOpenFileNames(parent, caption, "", name_filter)
    return files


def error_text(error: BaseException) -> str:
    if isinstance(error, ServiceError | StorageError):
        return user_message(error)
    log.error("Central import failed", exc_info=error)
    return QCoreApplication.translate("CentralImportScreen", "The work stopped unexpectedly; "
                                      "the details are in the log file.")


class CentralImportScreen(QWidget):
    """Emits ``imported`` after an import run that accepted at least one bundle."""

    imported = Signal()

    def __init__(self, office: CentralOffice, *, choose: FileChooser = choose_files,
                 operator: str = "central", choose_folder: FolderChooser | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self._choose = choose
        self._operator = operator  # recorded as who wrote an update
        self._choose_folder = choose_folder
        self.update_dialog: SendUpdateDialog | None = None
        self._worker: ProgressWorker | None = None
        self._order: list[Path] = []
        self._finished: queue.SimpleQueue[BundleResult] = queue.SimpleQueue()
        self.model = BundleResultsModel(self)
        self._build()
        self.refresh_state()

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        title = page_title(self.tr("Central office: import bundles from the field"), self)
        self.database_label = QLabel(self)
        self.database_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = Banner(self)
        self.setup_button = QPushButton(self.tr("Set up the central database"), self)
        self.setup_button.clicked.connect(self.set_up)
        self.add_button = QPushButton(self.tr("&Add bundle files..."), self)
        self.add_button.clicked.connect(self.add_files)
        self.remove_button = QPushButton(self.tr("&Remove from list"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.verify_button = QPushButton(self.tr("&Verify"), self)
        self.verify_button.clicked.connect(self.verify)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.send_update_button = QPushButton(self.tr("&Send update to device..."), self)
        self.send_update_button.clicked.connect(self.send_update)
        self.receipts_button = QPushButton(self.tr("Save &receipts..."), self)
        self.receipts_button.setToolTip(self.tr(
            "Write a signed receipt for each imported bundle in the list, for the laptops"))
        self.receipts_button.clicked.connect(self.save_receipts)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.verify_button, self.import_button, self.receipts_button,
                       self.send_update_button):
            buttons.addWidget(button)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BundleResultsModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                  self.remove_selected)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, STEPS)
        self.progress_label = QLabel(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.summary_label = QLabel(self)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.database_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.summary_label)
        self._show_progress(False)

    def _show_progress(self, visible: bool) -> None:
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.setVisible(visible)

    # -- state ------------------------------------------------------------------------
    def refresh_state(self) -> None:
        """Say which database is used; offer to set it up when it is not there."""
        self.database_label.setText(self.tr("Central database: {url}\nKey folder: {keys}")
                                     .format(url=shown_location(self.office.url),
                                             keys=self.office.keys_dir))
        ready = True
        try:
            self.office.require_initialized()
            self.office.keys()
        except CentralNotInitializedError as exc:
            ready = False
            self.banner.show_message(BannerKind.INFO, user_message(exc))
        except (ServiceError, StorageError) as exc:
            ready = False
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
        else:
            if self.banner.kind() is not BannerKind.SUCCESS:
                self.banner.clear_message()
        self.setup_button.setVisible(not ready)
        self._ready = ready
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self._worker is None
        has_files = bool(self.model.rows)
        self.add_button.setEnabled(idle)
        self.remove_button.setEnabled(idle and has_files)
        self.verify_button.setEnabled(idle and has_files and self._ready)
        self.import_button.setEnabled(idle and has_files and self._ready)
        self.setup_button.setEnabled(idle)
        self.send_update_button.setEnabled(idle and self._ready)
        self.receipts_button.setEnabled(idle and self._ready and bool(self.imported_ids()))

    def set_up(self) -> None:
        try:
            report = self.office.initialize()
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return
        self.refresh_state()
        self.banner.show_message(BannerKind.SUCCESS, self.tr(
            "The central database is ready. Keep a backup of the key folder: without it "
            "no bundle can be read. Encryption key id: {key_id}").format(
            key_id=report.encryption_key_id[:16]))

    # -- the file list ----------------------------------------------------------------
    def add_files(self) -> None:
        chosen = self._choose(self, self.tr("Choose bundle files"),
                              self.tr("Bundles (*{suffix});;All files (*)").format(
                                  suffix=BUNDLE_SUFFIX))
        self.add_paths([Path(name) for name in chosen])

    def add_paths(self, paths: Sequence[Path]) -> None:
        self.model.add_files([path.resolve() for path in paths])
        self._update_buttons()

    def remove_selected(self) -> None:
        if self._worker is not None:
            return
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        self.model.remove_rows(rows)
        self._update_buttons()

    # -- updates back to the field ------------------------------------------------------
    def send_update(self) -> None:
        """Open the dialog that writes an update for one device (window-modal)."""
        from enrollment_app.ui.central.send_update_dialog import SendUpdateDialog

        if self._worker is not None or not self._ready:
            return
        if self.update_dialog is not None:
            self.update_dialog.deleteLater()
        self.update_dialog = SendUpdateDialog(self.office, operator=self._operator,
                                              choose_folder=self._choose_folder,
                                              parent=self)
        self.update_dialog.open()

    # -- receipts for the laptops -------------------------------------------------------
    def imported_ids(self) -> list[str]:
        """Bundle ids of the listed bundles this office has merged (now or before)."""
        done = (Status.ACCEPTED, Status.ALREADY_IMPORTED)
        return [row.result.bundle_id for row in self.model.rows
                if row.result is not None and row.result.status in done
                and row.result.bundle_id]

    def save_receipts(self) -> None:
        ids = self.imported_ids()
        if self._worker is not None or not ids:
            return
        title = self.tr("Folder for the receipts")
        folder = (self._choose_folder(self, "") if self._choose_folder is not None
                  else QFileDialog.getExistingDirectory(self, title, ""))
        if not folder:
            return
        try:
            paths = [self.office.write_receipt(bundle_id, Path(folder)) for bundle_id in ids]
        except OSError as exc:
            self.banner.show_message(BannerKind.ERROR, self.tr(
                "The receipts could not be written: {reason}").format(
                reason=exc.strerror or str(exc)))
            return
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, error_text(exc))
            return
        self.banner.show_message(BannerKind.SUCCESS, self.tr(
            "{count} receipt(s) written to {folder}. Load them on the laptops (Sync > Load "
            "receipts from the central office).").format(count=len(paths), folder=folder))

    # -- the work ---------------------------------------------------------------------
    def verify(self) -> None:
        self._run(verify_only=True)

    def start_import(self) -> None:
        self._run(verify_only=False)

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.progress_label.setText(self.tr("Cancelling..."))

    def is_busy(self) -> bool:
        return self._worker is not None

    def _run(self, *, verify_only: bool) -> None:
        if self._worker is not None or not self.model.rows:
            return
        # Each device's bundles in number order, whatever order they were added in.
        paths = import_order(self.model.paths())
        self._order = paths
        office, finished = self.office, self._finished

        def work(progress: Progress) -> list[BundleResult]:
            results: list[BundleResult] = []
            for number, path in enumerate(paths):
                if not progress(number * STEPS, len(paths) * STEPS):
                    break

                def within(done: int, total: int, number: int = number) -> bool:
                    step = STEPS * done // total if total else STEPS
                    return progress(number * STEPS + min(step, STEPS - 1),
                                    len(paths) * STEPS)

                result = (office.verify_file(path) if verify_only
                          else office.import_file(path, within))
                results.append(result)
                finished.put(result)
                progress((number + 1) * STEPS, len(paths) * STEPS)
                if result.status is Status.CANCELLED:
                    break
            return results

        self.banner.clear_message()
        self.summary_label.clear()
        self.model.reset_results()
        self.model.set_busy(paths[0])
        self._verify_only = verify_only
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Verifying...") if verify_only
                                    else self.tr("Importing..."))
        self._show_progress(True)
        self._worker = ProgressWorker(work, self)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._worker.start()
        self._update_buttons()

    def _drain(self) -> None:
        """Show the results the worker finished so far; mark the next file busy."""
        changed = False
        while True:
            try:
                result = self._finished.get_nowait()
            except queue.Empty:
                break
            self.model.set_result(result)
            changed = True
        done = {row.path for row in self.model.rows if row.result is not None}
        waiting = [path for path in self._order if path not in done]
        if changed and waiting and self._worker is not None:
            self.model.set_busy(waiting[0])

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self._drain()

    def _on_done(self, results: list[BundleResult]) -> None:
        self._finish()
        counts = self.model.summary()
        accepted = sum(1 for r in results if r.status is Status.ACCEPTED)
        text = self.tr("{accepted} accepted, {verified} verified, {already} already "
                       "imported, {rejected} rejected, {cancelled} cancelled.").format(
            accepted=accepted, verified=counts.get(Status.VERIFIED, 0),
            already=counts.get(Status.ALREADY_IMPORTED, 0),
            rejected=counts.get(Status.REJECTED, 0),
            cancelled=counts.get(Status.CANCELLED, 0))
        self.summary_label.setText(text)
        rejected = [r for r in results if r.status is Status.REJECTED]
        if rejected:
            self.banner.show_message(BannerKind.ERROR, self.tr(
                "{count} bundle(s) were refused; the central database was not changed by "
                "them. See the Details column.").format(count=len(rejected)))
        elif not self._verify_only and accepted:
            self.banner.show_message(BannerKind.SUCCESS, self.tr(
                "Import finished: {count} bundle(s) merged.").format(count=accepted))
        if accepted and not self._verify_only:
            self.imported.emit()

    def _on_failed(self, error: object) -> None:
        self._finish()
        self.banner.show_message(BannerKind.ERROR, error_text(error)  # type: ignore[arg-type]
                                 if isinstance(error, BaseException) else str(error))

    def _finish(self) -> None:
        self._drain()
        for row in self.model.rows:
            row.busy = False
        self.model.layoutChanged.emit()
        self._worker = None
        self._show_progress(False)
        self._update_buttons()

    def wait(self) -> None:
        """Block until a running job ended (the window is closing)."""
        if self._worker is not None:
            self._worker.cancel()
            self._worker.wait()

