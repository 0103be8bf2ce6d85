"""Import people from a spreadsheet list, in four steps (Participants menu).

1. the list file; 2. which column feeds which field, with the first rows as read;
3. a dry run: what would be saved, what is already registered, what is refused and why;
4. the import, on its own thread with progress and Cancel, then the report and the
   refused rows file to correct and import again.

A file the service refuses as a whole (not a spreadsheet, encrypted, no rows...) shows
the service's message and nothing is written. Cancelling stops after the batch being
saved: the report says how many people were saved, up to which line.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError
from enrollment_app.services.people_import import BATCH_SIZE, ImportPlan, plan_import
from enrollment_app.services.spreadsheet_reader import SpreadsheetRefused
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.crash_report import log
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.people_import.file_page import FileChooser, FilePage
from enrollment_app.ui.people_import.import_runs import ImportCall, ImportRun
from enrollment_app.ui.people_import.list_preview import read_preview
from enrollment_app.ui.people_import.mapping_page import MappingPage
from enrollment_app.ui.people_import.report_view import ReportView
from enrollment_app.ui.sync.worker import ProgressWorker
from enrollment_app.ui.sync.worker_dialog import WorkerDialog
from enrollment_app.ui.widgets.banner import Banner, BannerKind

DIALOG_SIZE = (1120, 680)


class Step(IntEnum):
    FILE = 0
    MAPPING = 1
    CHECK = 2
    REPORT = 3


def error_text(error: Exception) -> str:
    if isinstance(error, ServiceError | StorageError):
        return user_message(error)
    log.error("People import failed", exc_info=error)
    return QCoreApplication.translate("PeopleImportDialog", "The import failed unexpectedly; "
                                                            "the details are in the log file.")


class PeopleImportDialog(WorkerDialog):
    """``imported`` carries the ImportReport of an import that saved people;
    ``progressed`` relays the running call's (rows read, estimated rows);
    ``run_finished`` follows every dry run or import, whatever its end."""

    imported = Signal(object)
    progressed = Signal(int, int)
    run_finished = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *,
                 path: str = "", choose_file: FileChooser | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._plan: ImportPlan | None = None
        self._worker: ProgressWorker | None = None
        self._call: ImportCall | None = None
        self._dry_run = True
        self._checked = False  # a dry run of the current mapping has finished
        self._refused_path: Path | None = None
        self.setWindowTitle(self.tr("Import people from a spreadsheet"))
        self.step_title = QLabel(self)
        self.step_title.setStyleSheet("QLabel { font-size: 13pt; font-weight: bold; }")
        self.banner = Banner(self)
        self.file_page = FilePage(self, path=path, choose_file=choose_file)
        self.mapping_page = MappingPage(self)
        self.mapping_page.changed.connect(self._mapping_changed)
        self.check_view = ReportView(self)
        self.report_view = ReportView(self)
        self.pages = QStackedWidget(self)
        for page in (self.file_page, self.mapping_page, self._build_check_page(),
                     self._build_report_page()):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_title)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        layout.addLayout(self._build_progress())
        layout.addLayout(self._build_buttons())
        self.resize(*DIALOG_SIZE)
        self._go(Step.FILE)

    # -- layout -----------------------------------------------------------------------
    def _build_check_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.accept_warnings = QCheckBox(self.tr(
            "Also save rows that only have warnings (such as a possible duplicate person); "
            "they are recorded as confirmed by you"), page)
        self.accept_warnings.toggled.connect(self.start_check)
        layout.addWidget(self.accept_warnings)
        layout.addWidget(self.check_view, 1)
        return page

    def _build_report_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.report_view, 1)
        row = QHBoxLayout()
        self.refused_file = QLabel(page)
        self.refused_file.setWordWrap(True)
        self.refused_file.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_refused_button = QPushButton(self.tr("Open the refused rows file"), page)
        self.open_refused_button.clicked.connect(self.open_refused_file)
        row.addWidget(self.refused_file, 1)
        row.addWidget(self.open_refused_button)
        layout.addLayout(row)
        return page

    def _build_progress(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress_label = QLabel(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_run)
        row.addWidget(self.progress, 1)
        row.addWidget(self.progress_label)
        row.addWidget(self.cancel_button)
        self._progress_widgets = (self.progress, self.progress_label, self.cancel_button)
        return row

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        row.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            row.addWidget(button)
        return row

    # -- steps ------------------------------------------------------------------------
    def step(self) -> Step:
        return Step(self.pages.currentIndex())

    def _go(self, step: Step) -> None:
        titles = {
            Step.FILE: self.tr("Step 1 of 4: the list file"),
            Step.MAPPING: self.tr("Step 2 of 4: which column holds which field"),
            Step.CHECK: self.tr("Step 3 of 4: check the rows (nothing is saved yet)"),
            Step.REPORT: self.tr("Step 4 of 4: import"),
        }
        self.step_title.setText(titles[step])
        self.pages.setCurrentIndex(step)
        self.banner.clear_message()
        self._update_buttons()

    def _update_buttons(self) -> None:
        step, busy = self.step(), self.is_busy()
        for widget in self._progress_widgets:
            widget.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.back_button.setVisible(step in (Step.MAPPING, Step.CHECK))
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(step is not Step.REPORT)
        self.next_button.setText({
            Step.FILE: self.tr("&Next >"),
            Step.MAPPING: self.tr("&Check the rows >"),
            Step.CHECK: self.tr("&Import"),
        }.get(step, ""))
        ready = {
            Step.FILE: True,
            Step.MAPPING: self.mapping_page.is_complete(),
            Step.CHECK: self._checked,
        }.get(step, False)
        self.next_button.setEnabled(ready and not busy)
        self.accept_warnings.setEnabled(not busy)
        self.file_page.setEnabled(not busy)

    def go_next(self) -> None:
        step = self.step()
        if step is Step.FILE:
            self.open_list()
        elif step is Step.MAPPING:
            self._go(Step.CHECK)
            self.start_check()
        elif step is Step.CHECK:
            self.start_import()

    def go_back(self) -> None:
        if not self.is_busy() and self.step() in (Step.MAPPING, Step.CHECK):
            self._go(Step(self.step() - 1))

    def open_list(self) -> None:
        text = self.file_page.path.text().strip()
        if not text:
            self.banner.show_message(BannerKind.ERROR, self.tr(
                "Type the path of the list file or choose it."))
            self.file_page.path.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            plan = plan_import(Path(text))
            preview = read_preview(plan)
        except SpreadsheetRefused as refused:
            self.banner.show_message(BannerKind.ERROR, "{message}\n{nothing}".format(
                message=user_message(refused), nothing=self.tr("Nothing was imported.")))
            return
        self._plan, self._checked = plan, False
        self.mapping_page.set_list(plan.path.name, plan.mapping, preview)
        self._go(Step.MAPPING)

    def _mapping_changed(self) -> None:
        self._checked = False
        self._update_buttons()

    # -- runs -------------------------------------------------------------------------
    def start_check(self) -> None:
        if self._plan is None or self.is_busy():
            return
        self._checked = False
        self.check_view.show_report_placeholder(self.tr("Checking the rows..."),
                                                dry_run=True)
        self._run(dry_run=True)

    def start_import(self) -> None:
        if self._plan is None or self.is_busy() or not self._checked:
            return
        self._go(Step.REPORT)
        self.report_view.show_report_placeholder(self.tr(
            "Importing. People are saved {batch} rows at a time: Cancel stops after the rows "
            "being saved, and everyone saved until then stays saved.").format(
            batch=QLocale().toString(BATCH_SIZE)), dry_run=False)
        self.refused_file.clear()
        self.open_refused_button.hide()
        self._run(dry_run=False)

    def _run(self, *, dry_run: bool) -> None:
        assert self._plan is not None
        self.banner.clear_message()
        self._dry_run = dry_run
        call = ImportCall(self._ctx, self._plan, dry_run=dry_run,
                          accept_warnings=self.accept_warnings.isChecked())
        self._call = call
        worker = ProgressWorker(call, self)
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.done.connect(self._finished)
        self._worker = worker
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Reading the list..."))
        self._update_buttons()
        worker.start()

    def cancel_run(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping after the rows being saved..."))

    def _progressed(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if self.cancel_button.isEnabled():
            locale = QLocale()
            text = (self.tr("{rows} of about {total} rows read") if total
                    else self.tr("{rows} rows read"))
            self.progress_label.setText(text.format(rows=locale.toString(done),
                                                    total=locale.toString(total)))
        latest = self._call.latest if self._call is not None else None
        if latest is not None:
            view = self.check_view if self._dry_run else self.report_view
            view.show_counts(latest.accepted, latest.duplicates, latest.refused)
        self.progressed.emit(done, total)

    def _succeeded(self, run: ImportRun) -> None:
        if self._dry_run:
            # A stopped check counted only part of the list: the rest may still be new.
            self._checked = run.report.accepted > 0 or run.report.cancelled
            self.check_view.show_report(run.report, self._check_summary(run))
            return
        self.report_view.show_report(run.report, self._import_summary(run))
        path = self._refused_path = run.report.refused_file
        self.refused_file.setText(self.tr(
            "The refused rows were written to {path}, with the reason in the last column. "
            "Correct them there and import that file.").format(path=path) if path else "")
        self.open_refused_button.setVisible(path is not None)
        if run.report.accepted:
            self.imported.emit(run.report)

    def _failed(self, error: Exception) -> None:
        text = error_text(error)
        if self._dry_run or isinstance(error, SpreadsheetRefused):
            text += "\n" + self.tr("Nothing was imported.")
            self.check_view.show_report_placeholder("", dry_run=True)
            self.report_view.show_report_placeholder("", dry_run=False)
        else:
            text += "\n" + self.tr("Rows saved before the error stay saved; import the same "
                                   "file again to continue.")
        self.banner.show_message(BannerKind.ERROR, text)

    def _finished(self) -> None:
        self._worker = None
        self._update_buttons()
        self.run_finished.emit()

    # -- texts ------------------------------------------------------------------------
    def _check_summary(self, run: ImportRun) -> str:
        locale = QLocale()
        text = self.tr("Dry run of {name}: nothing was saved. {rows} rows read.").format(
            name=run.report.file, rows=locale.toString(run.report.total))
        if run.report.cancelled:
            text += " " + self.tr("The check was stopped after line {line}; the counts cover "
                                  "the rows up to it.").format(line=run.last_line)
        elif not run.report.accepted:
            text += " " + self.tr("There is nobody to import: correct the rows below in the "
                                  "list, or go back and check the columns.")
        return text + self._stopped_note(run)

    def _import_summary(self, run: ImportRun) -> str:
        locale = QLocale()
        saved = locale.toString(run.report.accepted)
        if run.report.cancelled:
            text = self.tr(
                "Import cancelled after line {line}: {saved} people from the rows up to that "
                "line were saved, the rows after it were not read. Import the same file "
                "again to continue: the rows saved now will then be reported as already "
                "registered.").format(line=run.last_line, saved=saved)
        else:
            text = self.tr("Import of {name} finished: {saved} people were saved. People "
                           "already registered were not changed.").format(
                name=run.report.file, saved=saved)
        return text + self._stopped_note(run)

    def _stopped_note(self, run: ImportRun) -> str:
        line = run.report.stopped_after_line
        if line is None:
            return ""
        return " " + self.tr("Reading stopped after line {line}: more than 1000 empty rows "
                             "followed, the rest was not read.").format(line=line)

    # -- refused rows file, closing ---------------------------------------------------
    def refused_path(self) -> Path | None:
        """The refused rows file of the last import (None when no row was refused)."""
        return self._refused_path

    def open_refused_file(self) -> None:
        if self._refused_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._refused_path)))
