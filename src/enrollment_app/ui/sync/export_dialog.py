"""Export a sync bundle for the central office onto a USB stick (supervisors).

The supervisor picks a folder and what to export (changes since the last bundle, a date
range, or everything), sees what the bundle will hold (records per type, participants
per kecamatan) before writing, follows the progress (the export runs on its own thread
and can be cancelled; a cancelled export leaves no file) and sees what was written. The
bundles written earlier are listed and any of them can be written again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.i18n import tr
from enrollment_app.services import export
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.device_keys import device_identity
from enrollment_app.services.errors import ServiceError
from enrollment_app.storage.errors import StorageError
from enrollment_app.sync.bundle_types import BundleRejected
from enrollment_app.ui.audit.audit_model import table_label
from enrollment_app.ui.crash_report import log
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.sync.worker import ProgressWorker
from enrollment_app.ui.sync.worker_dialog import WorkerDialog
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.date_edit import IndonesianDateEdit

FolderChooser = Callable[[QWidget, str], str]
DIALOG_SIZE = (780, 660)


def error_text(error: Exception) -> str:
    """What went wrong, in the user's language (bugs are logged with their traceback)."""
    if isinstance(error, ServiceError | StorageError):
        return user_message(error)
    if isinstance(error, BundleRejected):
        return error.render(tr)
    log.error("Export failed", exc_info=error)
    return QCoreApplication.translate("ExportDialog", "The export failed unexpectedly; "
                                                      "the details are in the log file.")


def _counts_table(parent: QWidget, first_header: str, second_header: str) -> QTableWidget:
    table = QTableWidget(0, 2, parent)
    table.setHorizontalHeaderLabels([first_header, second_header])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, int]]) -> None:
    table.setRowCount(len(rows))
    locale = QLocale()
    for row, (name, count) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(name))
        number = QTableWidgetItem(locale.toString(count))
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, 1, number)


class ExportDialog(WorkerDialog):
    """``exported`` carries the ExportResult of every bundle written."""

    exported = Signal(object)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *,
                 folder: str = "", choose_folder: FolderChooser | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._choose_folder = choose_folder or self._ask_folder
        self._worker: ProgressWorker | None = None
        self._counting: set[ProgressWorker] = set()
        self._summary_wanted = 0  # newest summary request; older answers are dropped
        self.setWindowTitle(self.tr("Export for the central office"))
        self.banner = Banner(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self._build_choices(folder))
        layout.addWidget(self._build_summary(), 1)
        layout.addWidget(self._build_history())
        layout.addLayout(self._build_buttons())
        self.resize(*DIALOG_SIZE)
        self._check_central_key()
        self.refresh_summary()
        self.refresh_history()

    # -- layout -----------------------------------------------------------------------
    def _build_choices(self, folder: str) -> QWidget:
        box = QGroupBox(self.tr("Where and what"), self)
        grid = QGridLayout(box)
        self.folder = QLineEdit(folder, box)
        self.folder.setPlaceholderText(self.tr("the USB stick, for example E:\\"))
        self.choose_button = QPushButton(self.tr("Choose..."), box)
        self.choose_button.clicked.connect(self.choose_folder)
        grid.addWidget(QLabel(self.tr("Folder"), box), 0, 0)
        grid.addWidget(self.folder, 0, 1, 1, 3)
        grid.addWidget(self.choose_button, 0, 4)
        self.daily = QRadioButton(self.tr("Changes since the last bundle (daily)"), box)
        self.range = QRadioButton(self.tr("Records changed between"), box)
        self.full = QRadioButton(self.tr("Everything changed on this laptop (full "
                                         "re-export)"), box)
        self.modes = QButtonGroup(box)
        for button in (self.daily, self.range, self.full):
            self.modes.addButton(button)
        self.daily.setChecked(True)
        self.since = IndonesianDateEdit(box)
        self.until = IndonesianDateEdit(box)
        today = date.today()
        self.since.set_date(today)
        self.until.set_date(today)
        grid.addWidget(self.daily, 1, 0, 1, 5)
        grid.addWidget(self.range, 2, 0, 1, 2)
        grid.addWidget(self.since, 2, 2)
        self.and_label = QLabel(self.tr("and"), box)
        grid.addWidget(self.and_label, 2, 3)
        grid.addWidget(self.until, 2, 4)
        grid.addWidget(self.full, 3, 0, 1, 5)
        grid.setColumnStretch(1, 1)
        self.modes.buttonToggled.connect(self._mode_toggled)
        self.since.editingFinished.connect(self.refresh_summary)
        self.until.editingFinished.connect(self.refresh_summary)
        self._mode_toggled()
        return box

    def _build_summary(self) -> QWidget:
        box = QGroupBox(self.tr("In the bundle"), self)
        grid = QGridLayout(box)
        self.summary_title = QLabel(box)
        self.summary_title.setWordWrap(True)
        self.counts = _counts_table(box, self.tr("Record type"), self.tr("Records"))
        self.per_kecamatan = _counts_table(box, self.tr("Kecamatan"), self.tr("Participants"))
        self.progress = QProgressBar(box)
        self.progress.setFormat(self.tr("%v of %m records"))
        self.progress.hide()
        grid.addWidget(self.summary_title, 0, 0, 1, 2)
        grid.addWidget(self.counts, 1, 0)
        grid.addWidget(self.per_kecamatan, 1, 1)
        grid.addWidget(self.progress, 2, 0, 1, 2)
        return box

    def _build_history(self) -> QWidget:
        box = QGroupBox(self.tr("Bundles written earlier"), self)
        row = QHBoxLayout(box)
        self.history = QTableWidget(0, 4, box)
        self.history.setHorizontalHeaderLabels([self.tr("No."), self.tr("Written"),
                                                self.tr("Records"), self.tr("File")])
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.history.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.setMaximumHeight(130)
        self.recreate_button = QPushButton(self.tr("Write again"), box)
        self.recreate_button.setToolTip(self.tr("Write the selected bundle again into the "
                                                "folder (same number and records)"))
        self.recreate_button.setEnabled(False)
        self.recreate_button.clicked.connect(self.recreate_selected)
        self.history.itemSelectionChanged.connect(self._update_buttons)
        row.addWidget(self.history, 1)
        row.addWidget(self.recreate_button, 0, Qt.AlignmentFlag.AlignTop)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(self.tr("Cancel export"), self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        row.addStretch(1)
        for button in (self.export_button, self.cancel_button, self.close_button):
            row.addWidget(button)
        return row

    # -- state ------------------------------------------------------------------------
    def _check_central_key(self) -> None:
        self._has_key = device_identity(self._ctx.db).central_recipient is not None
        if not self._has_key:
            self.banner.show_message(BannerKind.ERROR, user_message(export.NoCentralKeyError()))
        self._update_buttons()

    def _mode_toggled(self, *_args: object) -> None:
        ranged = self.range.isChecked()
        for widget in (self.since, self.until, self.and_label):
            widget.setEnabled(ranged)
        if hasattr(self, "counts"):
            self.refresh_summary()

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        self.export_button.setEnabled(self._has_key and not busy)
        self.recreate_button.setEnabled(self._has_key and not busy
                                        and bool(self.history.selectedItems()))
        self.cancel_button.setEnabled(busy)
        for widget in (self.folder, self.choose_button, self.daily, self.range, self.full):
            widget.setEnabled(not busy)

    def request(self) -> export.ExportRequest | None:
        """The chosen mode; None (and a message) when the dates cannot be read."""
        if self.full.isChecked():
            return export.ExportRequest(export.FULL)
        if not self.range.isChecked():
            return export.ExportRequest(export.DAILY)
        if self.since.is_unreadable() or self.until.is_unreadable():
            self.banner.show_message(BannerKind.ERROR, self.since.unreadable_message())
            return None
        return export.ExportRequest(export.RANGE, self.since.date_value(),
                                    self.until.date_value())

    # -- summary before ---------------------------------------------------------------
    def refresh_summary(self) -> None:
        request = self.request()
        if request is None or self.is_busy():
            return
        self._summary_wanted += 1
        wanted, ctx = self._summary_wanted, self._ctx
        self.summary_title.setText(self.tr("Counting..."))

        def count(_progress: object) -> tuple[int, object]:
            try:
                return wanted, export.summarize_pending(ctx, request)
            except Exception as exc:  # shown by _summary_ready, on the GUI thread
                return wanted, exc

        worker = ProgressWorker(count, self)
        worker.succeeded.connect(self._summary_ready)
        self._counting.add(worker)
        worker.done.connect(lambda: self._counting.discard(worker))
        worker.start()

    def _summary_ready(self, answer: tuple[int, object]) -> None:
        wanted, summary = answer
        if wanted != self._summary_wanted or self.is_busy():
            return  # an older count, or an export started meanwhile
        if isinstance(summary, Exception):
            self.summary_title.setText("")
            self.banner.show_message(BannerKind.ERROR, error_text(summary))
            return
        assert isinstance(summary, export.ExportSummary)
        if summary.total:
            self.summary_title.setText(self.tr("Bundle {sequence} will hold {records} records:")
                                       .format(sequence=summary.sequence,
                                               records=QLocale().toString(summary.total)))
        else:
            self.summary_title.setText(self.tr("Nothing to export: no record changed since "
                                               "the last bundle."))
        self._show_counts(summary.counts, summary.per_kecamatan)

    def _show_counts(self, counts: dict[str, int], per_kecamatan: dict[str, int]) -> None:
        _fill(self.counts, [(table_label(name), n) for name, n in counts.items()])
        _fill(self.per_kecamatan, list(per_kecamatan.items()))

    # -- history ----------------------------------------------------------------------
    def refresh_history(self) -> None:
        bundles = export.list_exports(self._ctx)
        self.history.setRowCount(len(bundles))
        locale = QLocale()
        for row, bundle in enumerate(bundles):
            written = bundle.created_at.astimezone().strftime("%d-%m-%Y %H:%M")
            cells = (str(bundle.sequence), written, locale.toString(bundle.total),
                     bundle.file_name)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, bundle.sequence)
                self.history.setItem(row, column, item)
        self._update_buttons()

    def selected_sequence(self) -> int | None:
        items = self.history.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    # -- export -----------------------------------------------------------------------
    def choose_folder(self) -> None:
        chosen = self._choose_folder(self, self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _ask_folder(self, parent: QWidget, current: str) -> str:
        return QFileDialog.getExistingDirectory(parent, self.tr("Folder for the bundle"),
                                                current)

    def _target_folder(self) -> Path | None:
        text = self.folder.text().strip()
        if not text:
            self.banner.show_message(BannerKind.ERROR, self.tr(
                "Choose the folder to write the bundle into (the USB stick)."))
            self.folder.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        return Path(text)

    def start_export(self) -> None:
        folder, request = self._target_folder(), self.request()
        if folder is None or request is None or self.is_busy():
            return
        ctx = self._ctx
        self._run(lambda progress: export.export_bundle(ctx, folder, request,
                                                        progress=progress))

    def recreate_selected(self) -> None:
        folder, sequence = self._target_folder(), self.selected_sequence()
        if folder is None or sequence is None or self.is_busy():
            return
        ctx = self._ctx
        self._run(lambda progress: export.recreate_bundle(ctx, sequence, folder,
                                                          progress=progress))

    def _run(self, call: Callable[[Callable[[int, int], bool]], object]) -> None:
        self.banner.show_message(BannerKind.INFO, self.tr("Writing the bundle..."))
        self.progress.setRange(0, 0)
        self.progress.show()
        worker = ProgressWorker(call, self)
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.done.connect(self._finished)
        self._worker = worker
        self._update_buttons()
        worker.start()

    def cancel_export(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self.banner.show_message(BannerKind.INFO, self.tr("Cancelling..."))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _succeeded(self, result: export.ExportResult) -> None:
        if result.path is None:
            self.banner.show_message(BannerKind.INFO, self.tr(
                "Nothing to export: no record changed since the last bundle. No file was "
                "written."))
            return
        text = (self.tr("Bundle {sequence} written again to {path}") if result.recreated
                else self.tr("Bundle {sequence} written to {path}"))
        self.banner.show_message(BannerKind.SUCCESS, text.format(sequence=result.sequence,
                                                                 path=result.path))
        self.summary_title.setText(self.tr("Bundle {sequence} holds {records} records:").format(
            sequence=result.sequence, records=QLocale().toString(result.total)))
        self._show_counts(result.counts, result.per_kecamatan)
        self.exported.emit(result)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, export.ExportCancelledError):
            self.banner.show_message(BannerKind.INFO, user_message(error))
        else:
            self.banner.show_message(BannerKind.ERROR, error_text(error))

    def _finished(self) -> None:
        self._worker = None
        self.progress.hide()
        self.refresh_history()

    def _stop_worker(self) -> None:
        super()._stop_worker()  # stop the export; it removes its unfinished file
        for counting in list(self._counting):  # a summary still being counted
            counting.succeeded.disconnect(self._summary_ready)
            counting.cancel()
            counting.wait()
        self._counting.clear()
