"""The Completion page: a class's people with their attendance rate and whether they
complete, and everything printed or decided at the end of a class.

Trainers see their own classes and may print cards and attendance sheets and key a
signed paper sheet back in; supervisors also record completion, print certificates,
choose the best participants for the starter packages and record aid handovers. PDFs are
written off the GUI thread (pdf_runner).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.birth_date import format_short_date
from enrollment_app.services import classes, completion, starter_packages
from enrollment_app.services.classes import ClassInfo, SessionInfo
from enrollment_app.services.completion import ClassCompletion
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError
from enrollment_app.services.permissions import Permission, allowed
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.completion.aid_handover_dialog import AidHandoverDialog
from enrollment_app.ui.completion.best_three_dialog import BestThreeDialog
from enrollment_app.ui.completion.completion_model import NAME, CompletionModel
from enrollment_app.ui.completion.document_printer import DocumentPrinter
from enrollment_app.ui.completion.paper_sheet_dialog import PaperSheetDialog, error_text
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.page_title import page_title

# Dialogs are opened through this, so tests can drive them without a nested event loop.
DialogOpener = Callable[[QDialog], int]


def _exec(dialog: QDialog) -> int:
    return dialog.exec()


class CompletionView(QWidget):
    completion_recorded = Signal(str)  # class id

    def __init__(self, ctx: ServiceContext, changes: DataChanges | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._changes = changes
        self._classes: list[ClassInfo] = []
        self._sessions: list[SessionInfo] = []
        self.summary: ClassCompletion | None = None
        self.open_dialog: DialogOpener = _exec
        self.dialog: QDialog | None = None
        self.printer = DocumentPrinter(ctx, self, lambda kind, text:
                                       self.banner.show_message(kind, text))
        self.runner = self.printer.runner
        self._supervisor = allowed(ctx.actor.role, Permission.DECIDE_APPLICATIONS)
        self._build()
        if changes is not None:
            changes.applications_changed.connect(lambda _id: self.refresh())
        self.reload_classes()

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = Banner(self)
        self.class_combo = QComboBox(self)
        self.class_combo.setMinimumWidth(320)
        self.class_combo.currentIndexChanged.connect(lambda _i: self._class_chosen())
        self.session_combo = QComboBox(self)
        self.session_combo.setMinimumWidth(260)
        heading = QHBoxLayout()
        heading.addWidget(page_title(self.tr("Completion and documents"), self))
        heading.addStretch(1)
        for text, combo in ((self.tr("&Class:"), self.class_combo),
                            (self.tr("&Session:"), self.session_combo)):
            label = QLabel(text, self)
            label.setBuddy(combo)
            heading.addWidget(label)
            heading.addWidget(combo)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.model = CompletionModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._buttons())

    def _buttons(self) -> QGridLayout:
        self.cards_button = self._button(self.tr("Print &cards…"), self.print_cards)
        self.sheet_button = self._button(self.tr("Attendance &sheet PDF…"), self.print_sheet)
        self.paper_button = self._button(self.tr("&Key in a paper sheet…"),
                                         self.key_paper_sheet)
        self.complete_button = self._button(self.tr("&Record completion"),
                                            self.record_completion)
        self.certificates_button = self._button(self.tr("Cer&tificates PDF…"),
                                                self.print_certificates)
        self.best_button = self._button(self.tr("Choose the &best…"), self.choose_best)
        self.aid_button = self._button(self.tr("Record &aid handover…"), self.record_aid)
        grid = QGridLayout()
        for column, button in enumerate((self.cards_button, self.sheet_button,
                                         self.paper_button)):
            grid.addWidget(button, 0, column)
        supervisor_buttons = (self.complete_button, self.certificates_button,
                              self.best_button, self.aid_button)
        for column, button in enumerate(supervisor_buttons):
            grid.addWidget(button, 1, column)
            button.setVisible(self._supervisor)
        return grid

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda: slot())
        return button

    # -- classes and sessions ---------------------------------------------------------
    def reload_classes(self) -> None:
        current = self.class_id()
        try:
            self._classes = classes.list_classes(self._ctx)
        except (ServiceError, StorageError) as error:
            self.banner.show_message(BannerKind.ERROR, error_text(error))
            self._classes = []
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        for info in self._classes:
            self.class_combo.addItem(f"{info.name} - {info.program_name}", info.id)
        index = self.class_combo.findData(current) if current else 0
        self.class_combo.setCurrentIndex(max(index, 0))
        self.class_combo.blockSignals(False)
        self._class_chosen()

    def choose_class(self, class_id: str) -> None:
        index = self.class_combo.findData(class_id)
        if index >= 0:
            self.class_combo.setCurrentIndex(index)

    def class_id(self) -> str | None:
        return self.class_combo.currentData()

    def session(self) -> SessionInfo | None:
        index = self.session_combo.currentIndex()
        return self._sessions[index] if 0 <= index < len(self._sessions) else None

    def _class_chosen(self) -> None:
        class_id = self.class_id()
        self._sessions = classes.list_sessions(self._ctx, class_id) if class_id else []
        self.session_combo.clear()
        for info in self._sessions:
            self.session_combo.addItem(_session_label(info))
        self.session_combo.setCurrentIndex(_default_session(self._sessions))
        self.refresh()

    def refresh(self) -> None:
        class_id = self.class_id()
        enabled = class_id is not None
        for button in (self.cards_button, self.sheet_button, self.paper_button,
                       self.complete_button, self.certificates_button, self.best_button,
                       self.aid_button):
            button.setEnabled(enabled)
        if class_id is None:
            self.summary = None
            self.model.set_rows([], {})
            self.summary_label.setText(self.tr("No class yet: classes are created on the "
                                               "Classes page."))
            return
        try:
            self.summary = completion.class_completion(self._ctx, class_id)
            starter = ({s.participant_id: s.received for s in starter_packages.suggestions(
                self._ctx, class_id).chosen} if self._supervisor else {})
        except (ServiceError, StorageError) as error:
            self.banner.show_message(BannerKind.ERROR, error_text(error))
            return
        self.model.set_rows(list(self.summary.rows), starter)
        self.summary_label.setText(self._summary_text(self.summary))

    def _summary_text(self, summary: ClassCompletion) -> str:
        text = self.tr("Completion threshold {threshold}% of the sessions held (H and T "
                       "count; I, S, A and unmarked do not). Sessions held: {held}, to "
                       "come: {to_come}. {completing} of {people} people complete; average "
                       "rate {average}%.").format(
            threshold=summary.threshold, held=summary.sessions_held,
            to_come=summary.sessions_to_come, completing=summary.completing,
            people=len(summary.rows), average=QLocale().toString(summary.average_rate, "f", 1))
        return text

    # -- documents --------------------------------------------------------------------
    def _class_info(self) -> ClassInfo | None:
        return next((c for c in self._classes if c.id == self.class_id()), None)

    def print_cards(self) -> bool:
        info = self._class_info()
        return info is not None and self.printer.cards(info.id, info.name)

    def print_sheet(self) -> bool:
        info, session = self._class_info(), self.session()
        if info is None or session is None:
            self.banner.show_message(BannerKind.ERROR, self.tr(
                "The class has no session yet: add its sessions on the Classes page."))
            return False
        return self.printer.attendance_sheet(session.id, info.name, session.session_date,
                                             info.id)

    def print_certificates(self) -> bool:
        info = self._class_info()
        return info is not None and self.printer.certificates(info.id, info.name)

    # -- decisions --------------------------------------------------------------------
    def key_paper_sheet(self) -> None:
        info, session = self._class_info(), self.session()
        if info is None or session is None:
            return
        if session.session_date > date.today():
            self.banner.show_message(BannerKind.ERROR, self.tr(
                "The session of {date} has not happened yet; a paper sheet is keyed in "
                "afterwards.").format(date=format_short_date(session.session_date)))
            return
        dialog = PaperSheetDialog(self._ctx, session, info.name, self)
        if self._run(dialog) == QDialog.DialogCode.Accepted:
            self.banner.show_message(BannerKind.SUCCESS, self.tr(
                "%n mark(s) saved from the paper sheet of {date}.", "",
                dialog.saved_count).format(date=format_short_date(session.session_date)))
            self.refresh()

    def record_completion(self) -> None:
        summary = self.summary
        if summary is None:
            return
        ready = [r for r in summary.rows if r.completes and not r.completed]
        if not ready:
            self.banner.show_message(BannerKind.INFO, self.tr(
                "Nobody is left to complete: everyone who meets the threshold has "
                "completed already."))
            return
        answer = QMessageBox.question(self, self.tr("Record completion"), self.tr(
            "Record completion for {count} people who attended at least {threshold}% of "
            "the sessions? A completion cannot be undone.").format(
            count=len(ready), threshold=summary.threshold))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            done = completion.record_completion(
                self._ctx, summary.class_id, [r.participant_id for r in ready])
        except (ServiceError, StorageError) as error:
            self.banner.show_message(BannerKind.ERROR, error_text(error))
            return
        self.banner.show_message(BannerKind.SUCCESS, self.tr(
            "Completion recorded for {count} people.").format(count=len(done)))
        self.completion_recorded.emit(summary.class_id)
        if self._changes is not None:
            self._changes.applications_changed.emit("")
        else:
            self.refresh()

    def choose_best(self) -> None:
        class_id = self.class_id()
        if class_id is None:
            return
        dialog = BestThreeDialog(self._ctx, class_id, self)
        if self._run(dialog) == QDialog.DialogCode.Accepted:
            self.banner.show_message(BannerKind.SUCCESS, self.tr(
                "The starter package choice was saved with its reason."))
            self.refresh()

    def record_aid(self) -> None:
        if self.summary is None:
            return
        dialog = AidHandoverDialog(self._ctx, self.summary, self)
        if self._run(dialog) == QDialog.DialogCode.Accepted:
            self.banner.show_message(BannerKind.SUCCESS, self.tr("The handover was saved."))
            self.refresh()

    def _run(self, dialog: QDialog) -> int:
        self.dialog = dialog
        try:
            return self.open_dialog(dialog)
        finally:
            self.dialog = None
            dialog.deleteLater()


def _session_label(info: SessionInfo) -> str:
    times = info.start_time.strftime("%H:%M") if info.start_time else ""
    parts = [format_short_date(info.session_date), times, info.topic]
    return " · ".join(p for p in parts if p)


def _default_session(sessions: list[SessionInfo]) -> int:
    """Today's session, else the latest one held, else the first."""
    today = date.today()
    held = [n for n, s in enumerate(sessions) if s.session_date <= today]
    return held[-1] if held else (0 if sessions else -1)
