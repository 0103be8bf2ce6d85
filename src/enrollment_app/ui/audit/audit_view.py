"""The audit trail viewer: who changed what and when, filterable, with its chain checked.

Opening the screen checks the whole hash chain in the background (services.audit_trail
.verify) and says at the top whether the trail is intact or where someone altered it;
the altered entry is highlighted and one button shows it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.i18n import tr
from enrollment_app.services import audit_trail
from enrollment_app.services.audit_trail import AuditFilter, AuditRow
from enrollment_app.services.audit_verify import AuditVerification
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.services.subject_report import field_label
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.audit.audit_model import (
    CHANGES,
    AuditTableModel,
    action_label,
    table_label,
    value_text,
)
from enrollment_app.ui.audit.background import run_in_background
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.choice_combo import ChoiceCombo
from enrollment_app.ui.widgets.date_edit import IndonesianDateEdit
from enrollment_app.ui.widgets.field_message import render_all
from enrollment_app.ui.widgets.page_title import page_title

DETAIL_VALUE_LIMIT = 400


def broken_reason(reason: str) -> str:
    """The chain checker's reason (storage.audit_chain) in the user's language."""
    if reason.startswith("prev_hash"):
        return QCoreApplication.translate(
            "AuditTrailView", "an entry before it was deleted or its link was changed")
    return QCoreApplication.translate(
        "AuditTrailView", "its content was changed after it was written")


class AuditTrailView(QWidget):
    verification_finished = Signal(object)  # AuditVerification, or None when it failed

    def __init__(self, ctx: ServiceContext, *, page_size: int = audit_trail.PAGE_SIZE,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = AuditTableModel(ctx, page_size=page_size, parent=self)
        self.verification: AuditVerification | None = None
        self._verifying = False
        self._verified_once = False
        self._build()
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_detail(current.row()))
        self.apply_filter()

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        title = page_title(self.tr("Audit trail"), self)
        self.verify_banner = Banner(self)
        self.verify_button = QPushButton(self.tr("Check again"), self)
        self.verify_button.clicked.connect(self.start_verification)
        self.show_broken_button = QPushButton(self.tr("Show altered entry"), self)
        self.show_broken_button.clicked.connect(self.show_broken_entry)
        self.show_broken_button.hide()
        check_row = QHBoxLayout()
        check_row.addWidget(self.verify_banner, 1)
        check_row.addWidget(self.show_broken_button)
        check_row.addWidget(self.verify_button)
        self.banner = Banner(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(title)
        layout.addLayout(check_row)
        layout.addLayout(self._build_filters())
        layout.addWidget(self.banner)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self._build_table())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

    def _build_filters(self) -> QHBoxLayout:
        self.user_filter = ChoiceCombo(placeholder=self.tr("All users"), parent=self)
        self._load_users()
        self.since = IndonesianDateEdit(self)
        self.until = IndonesianDateEdit(self)
        self.record_filter = QLineEdit(self)
        self.record_filter.setPlaceholderText(self.tr("record id or NIK"))
        self.record_filter.setClearButtonEnabled(True)
        self.table_filter = ChoiceCombo(placeholder=self.tr("All records"), parent=self)
        self.table_filter.set_items((t, table_label(t)) for t in audit_trail.AUDITED_TABLES)
        self.apply_button = QPushButton(self.tr("Show"), self)
        self.apply_button.setDefault(True)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.apply_button.clicked.connect(self.apply_filter)
        self.clear_button.clicked.connect(self.clear_filters)
        for edit in (self.since, self.until, self.record_filter):
            edit.returnPressed.connect(self.apply_filter)
        row = QHBoxLayout()
        for text, widget, stretch in (
                (self.tr("User"), self.user_filter, 2), (self.tr("From"), self.since, 1),
                (self.tr("To"), self.until, 1), (self.tr("Record"), self.record_filter, 3),
                (self.tr("Type"), self.table_filter, 2)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, stretch)
        row.addWidget(self.apply_button)
        row.addWidget(self.clear_button)
        return row

    def _build_table(self) -> QWidget:
        box = QWidget(self)
        self.table = QTableView(box)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        for column, sample in enumerate(("000000", "00-00-0000 00:00:00", "koordinator.x",
                                         "Tim Cipondoh 1", "Removed",
                                         "Personal data request 00000000")):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        self.newer_button = QPushButton(self.tr("< Newer"), box)
        self.older_button = QPushButton(self.tr("Older >"), box)
        self.page_label = QLabel(box)
        self.newer_button.clicked.connect(lambda: self._load(self.model.previous_page))
        self.older_button.clicked.connect(lambda: self._load(self.model.next_page))
        paging = QHBoxLayout()
        paging.addWidget(self.newer_button)
        paging.addStretch(1)
        paging.addWidget(self.page_label)
        paging.addStretch(1)
        paging.addWidget(self.older_button)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)
        return box

    def _build_detail(self) -> QWidget:
        group = QGroupBox(self.tr("Selected entry"), self)
        self.detail_label = QLabel(group)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.record_button = QPushButton(self.tr("All changes of this record"), group)
        self.record_button.clicked.connect(self.filter_selected_record)
        self.record_button.setEnabled(False)
        self.detail = QTableWidget(0, 3, group)
        self.detail.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"),
                                               self.tr("After")])
        self.detail.verticalHeader().hide()
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.detail_label, 1)
        top.addWidget(self.record_button)
        layout = QVBoxLayout(group)
        layout.addLayout(top)
        layout.addWidget(self.detail, 1)
        return group

    def _load_users(self) -> None:
        try:
            users = audit_trail.audit_users(self._ctx)
        except (ServiceError, StorageError):
            users = []
        self.user_filter.set_items(
            (u.username, f"{u.username} ({u.full_name})" if u.full_name else u.username)
            for u in users)

    # -- filtering and paging ---------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        return AuditFilter(username=self.user_filter.code(), since=self.since.date_value(),
                           until=self.until.date_value(), record=self.record_filter.text(),
                           table=self.table_filter.code())

    def apply_filter(self) -> None:
        for edit in (self.since, self.until):
            if edit.is_unreadable():
                self.banner.show_message(BannerKind.ERROR, edit.unreadable_message())
                edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        query = self.current_filter()
        self._load(lambda: self.model.set_filter(query))

    def clear_filters(self) -> None:
        self.user_filter.set_code("")
        self.table_filter.set_code("")
        for edit in (self.since, self.until, self.record_filter):
            edit.clear()
        self.apply_filter()

    def filter_selected_record(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        self.clear_filters_quietly()
        self.record_filter.setText(entry.record_id)
        self.apply_filter()

    def clear_filters_quietly(self) -> None:
        self.user_filter.set_code("")
        self.table_filter.set_code("")
        for edit in (self.since, self.until, self.record_filter):
            edit.clear()

    def selected_entry(self) -> AuditRow | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _load(self, action: Callable[[], None]) -> None:
        try:
            action()
        except ValidationError as exc:
            self.banner.show_message(BannerKind.ERROR, "\n".join(render_all(exc.problems)))
            return
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return
        self.banner.clear_message()
        if self.model.total == 0:
            self.banner.show_message(BannerKind.INFO, self.tr("No entries match the filters."))
        self._update_paging()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._show_detail(-1)

    def _update_paging(self) -> None:
        model = self.model
        first = model.offset + 1 if model.total else 0
        last = min(model.offset + model.page_size, model.total)
        self.page_label.setText(self.tr("Entries {first}-{last} of {total}").format(
            first=first, last=last, total=model.total))
        self.newer_button.setEnabled(model.has_previous())
        self.older_button.setEnabled(model.has_next())

    def _show_detail(self, row: int) -> None:
        entry = self.model.entry(row)
        self.record_button.setEnabled(entry is not None)
        self.detail.setRowCount(0)
        if entry is None:
            self.detail_label.setText("")
            return
        who = f"{entry.username} ({entry.user_full_name})" if entry.user_full_name else (
            entry.username or "-")
        text = self.tr("Entry {seq}: {action} {table} {record} on {when} by {user}, device "
                       "{device}").format(
            seq=entry.seq, action=action_label(entry.action).lower(),
            table=table_label(entry.table), record=entry.record_id,
            when=entry.at.astimezone().strftime("%d-%m-%Y %H:%M:%S"), user=who,
            device=entry.device_name or entry.device_id)
        if entry.seq == self.model.broken_seq:
            text += "\n" + self.tr("This entry does not match the audit chain: it was "
                                   "altered outside the application.")
        self.detail_label.setText(text)
        self.detail.setRowCount(len(entry.changes))
        for index, change in enumerate(entry.changes):
            for column, value in enumerate((field_label(change.field, tr),
                                            value_text(change.old, DETAIL_VALUE_LIMIT),
                                            value_text(change.new, DETAIL_VALUE_LIMIT))):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.detail.setItem(index, column, item)

    # -- verification -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._verified_once:
            self._verified_once = True
            self.start_verification()

    def start_verification(self) -> None:
        """Check the whole chain off the GUI thread (it may hold a million entries)."""
        if self._verifying:
            return
        self._verifying = True
        self.verify_button.setEnabled(False)
        self.verify_banner.show_message(BannerKind.INFO, self.tr(
            "Checking that no entry of the audit trail was altered..."))
        ctx = self._ctx
        run_in_background(lambda: audit_trail.verify(ctx), self, self._verified,
                          self._verification_failed)

    def _verified(self, result: AuditVerification) -> None:
        self._verifying = False
        self.verify_button.setEnabled(True)
        self.verification = result
        broken = result.first_break
        if broken is None:
            self.verify_banner.show_message(BannerKind.SUCCESS, self.tr(
                "Audit trail intact: {count} entries checked, none altered.").format(
                    count=result.entries))
            self.show_broken_button.hide()
            self.model.set_broken_seq(None)
        else:
            self.verify_banner.show_message(BannerKind.ERROR, self.tr(
                "The audit trail was altered outside the application at entry {seq}: "
                "{reason}. Entries from there on cannot be trusted; tell the central "
                "office.").format(seq=broken.seq, reason=broken_reason(broken.reason)))
            self.show_broken_button.show()
            self.model.set_broken_seq(broken.seq)
        self._show_detail(self.table.currentIndex().row())
        self.verification_finished.emit(result)

    def _verification_failed(self, error: Exception) -> None:
        self._verifying = False
        self.verify_button.setEnabled(True)
        if isinstance(error, ServiceError | StorageError):
            text = user_message(error)
        else:
            text = self.tr("The audit trail could not be checked: {error}").format(error=error)
        self.verify_banner.show_message(BannerKind.ERROR, text)
        self.verification_finished.emit(None)

    def show_broken_entry(self) -> None:
        """Clear the filters and select the altered entry."""
        seq = self.model.broken_seq
        if seq is None:
            return
        self.clear_filters_quietly()
        try:
            offset = audit_trail.offset_of(self._ctx, AuditFilter(), seq)
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return
        if offset is None:  # the entry itself was deleted: show the one after the gap
            offset = 0
        start = offset - offset % self.model.page_size
        self._load(lambda: self.model.set_filter(AuditFilter(), start))
        row = self.model.row_of_seq(seq)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, CHANGES))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
