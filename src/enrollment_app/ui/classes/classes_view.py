"""The Classes page (supervisors): the classes on the left; the chosen one on the right
with its details, its sessions and its people."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.birth_date import format_short_date
from enrollment_app.domain.regions import load_regions
from enrollment_app.i18n import tr
from enrollment_app.services import classes
from enrollment_app.services.classes import ClassInfo, RosterMember
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.applications.open_dialog import open_kept
from enrollment_app.ui.classes.class_dialog import ClassDialog
from enrollment_app.ui.classes.people_dialogs import AssignDialog, MoveDialog
from enrollment_app.ui.classes.schedule_dialog import ScheduleDialog
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.page_title import page_title

LIST_WIDTH = 300


class ClassesView(QWidget):
    def __init__(self, ctx: ServiceContext, changes: DataChanges,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._changes = changes
        self._current: ClassInfo | None = None
        self._roster: list[RosterMember] = []
        self.class_dialog: ClassDialog | None = None
        self.schedule_dialog: ScheduleDialog | None = None
        self.assign_dialog: AssignDialog | None = None
        self.move_dialog: MoveDialog | None = None
        self._build()
        changes.applications_changed.connect(lambda _id: self._show_current())
        self.refresh()

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = Banner(self)
        self.class_list = QListWidget(self)
        self.class_list.setFixedWidth(LIST_WIDTH)
        self.class_list.setWordWrap(True)
        self.class_list.setSpacing(2)
        self.class_list.currentItemChanged.connect(lambda *_: self._show_current())
        self.new_button = QPushButton(self.tr("&New class…"), self)
        self.new_button.clicked.connect(self.new_class)
        heading = QHBoxLayout()
        heading.addWidget(page_title(self.tr("Classes"), self))
        heading.addStretch(1)
        heading.addWidget(self.new_button)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        self.tabs.addTab(self._sessions_tab(), self.tr("Sessions"))
        self.tabs.addTab(self._roster_tab(), self.tr("People"))
        middle = QHBoxLayout()
        middle.addWidget(self.class_list)
        middle.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(heading)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 1)

    def _details_tab(self) -> QWidget:
        page = QWidget(self)
        self.facts: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (("program", self.tr("Program")), ("skill", self.tr("Skill")),
                           ("venue", self.tr("Venue")), ("address", self.tr("Address")),
                           ("kecamatan", self.tr("Kecamatan")),
                           ("trainer", self.tr("Trainer")), ("places", self.tr("Places")),
                           ("dates", self.tr("Dates"))):
            self.facts[key] = QLabel(page)
            self.facts[key].setWordWrap(True)
            form.addRow(label, self.facts[key])
        self.edit_button = QPushButton(self.tr("&Edit class…"), page)
        self.edit_button.clicked.connect(self.edit_class)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _sessions_tab(self) -> QWidget:
        page = QWidget(self)
        self.sessions_table = _table(page, (self.tr("Date"), self.tr("Time"),
                                            self.tr("Topic")))
        self.add_sessions_button = QPushButton(self.tr("&Add sessions…"), page)
        self.add_sessions_button.clicked.connect(self.add_sessions)
        layout = QVBoxLayout(page)
        layout.addWidget(self.sessions_table, 1)
        layout.addWidget(self.add_sessions_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _roster_tab(self) -> QWidget:
        page = QWidget(self)
        self.roster_table = _table(page, (self.tr("Name"), self.tr("NIK"), self.tr("Phone"),
                                          self.tr("In the class from")))
        self.assign_button = QPushButton(self.tr("A&ssign accepted applicants…"), page)
        self.assign_button.clicked.connect(self.assign_people)
        self.move_button = QPushButton(self.tr("&Move to another class…"), page)
        self.move_button.clicked.connect(self.move_person)
        buttons = QHBoxLayout()
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.move_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.roster_table, 1)
        layout.addLayout(buttons)
        return page

    # -- public -----------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        chosen = select_id or (self._current.id if self._current else None)
        try:
            found = classes.list_classes(self._ctx)
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return
        self.class_list.blockSignals(True)
        self.class_list.clear()
        for info in found:
            item = QListWidgetItem(self.tr("{name}\n{program} · {enrolled}/{capacity}").format(
                name=info.name, program=info.program_name, enrolled=info.enrolled,
                capacity=info.capacity), self.class_list)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            if info.id == chosen:
                self.class_list.setCurrentItem(item)
        if self.class_list.currentItem() is None and self.class_list.count():
            self.class_list.setCurrentRow(0)
        self.class_list.blockSignals(False)
        self._show_current()

    def current_class(self) -> ClassInfo | None:
        return self._current

    def new_class(self) -> ClassDialog:
        dialog = open_kept(ClassDialog(self._ctx, parent=self), self, "class_dialog")
        dialog.accepted.connect(lambda: self._saved(dialog.saved_id, self.tr("Class saved.")))
        return dialog

    def edit_class(self) -> ClassDialog | None:
        if self._current is None:
            return None
        dialog = open_kept(ClassDialog(self._ctx, self._current, self), self, "class_dialog")
        dialog.accepted.connect(lambda: self._saved(dialog.saved_id, self.tr("Class saved.")))
        return dialog

    def add_sessions(self) -> ScheduleDialog | None:
        if self._current is None:
            return None
        dialog = open_kept(ScheduleDialog(self._ctx, self._current, self), self,
                           "schedule_dialog")
        dialog.accepted.connect(lambda: self._saved(
            self._current.id if self._current else None,
            self.tr("%n session(s) added.", "", len(dialog.added))))
        return dialog

    def assign_people(self) -> AssignDialog | None:
        if self._current is None:
            return None
        dialog = open_kept(AssignDialog(self._ctx, self._current, self), self, "assign_dialog")
        dialog.accepted.connect(lambda: self._people_changed(self.tr(
            "%n person(s) assigned to the class.", "", len(dialog.assigned))))
        return dialog

    def move_person(self) -> MoveDialog | None:
        row = self.roster_table.currentRow()
        if self._current is None or not 0 <= row < len(self._roster):
            self.banner.show_message(BannerKind.INFO, self.tr(
                "Select the person to move in the list first."))
            return None
        member = self._roster[row]
        dialog = open_kept(MoveDialog(self._ctx, self._current, member, self), self,
                           "move_dialog")
        dialog.accepted.connect(lambda: self._people_changed(self.tr(
            "{name} moved to another class.").format(name=member.full_name)))
        return dialog

    # -- internals --------------------------------------------------------------------
    def _saved(self, class_id: str | None, message: str) -> None:
        self.refresh(class_id)
        self.banner.show_message(BannerKind.SUCCESS, message)
        self._changes.classes_changed.emit(class_id or "")

    def _people_changed(self, message: str) -> None:
        self._saved(self._current.id if self._current else None, message)
        self._changes.applications_changed.emit("")

    def _show_current(self) -> None:
        item = self.class_list.currentItem()
        class_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        try:
            self._current = classes.get_class(self._ctx, class_id) if class_id else None
            sessions = classes.list_sessions(self._ctx, class_id) if class_id else []
            self._roster = classes.roster(self._ctx, class_id) if class_id else []
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return
        self._show_facts(self._current)
        _fill(self.sessions_table, [
            (format_short_date(s.session_date, tr), _times(s.start_time, s.end_time), s.topic)
            for s in sessions])
        _fill(self.roster_table, [
            (m.full_name, m.nik, m.phone, format_short_date(m.joined_on, tr))
            for m in self._roster])
        for button in (self.edit_button, self.add_sessions_button, self.assign_button,
                       self.move_button):
            button.setEnabled(self._current is not None)

    def _show_facts(self, info: ClassInfo | None) -> None:
        if info is None:
            for label in self.facts.values():
                label.clear()
            return
        dates = " – ".join(format_short_date(d, tr) for d in (info.start_date, info.end_date)
                           if d)
        values = {
            "program": info.program_name, "skill": info.skill_name or "-",
            "venue": info.venue_name, "address": info.venue_address or "-",
            "kecamatan": load_regions().kecamatan_name(info.venue_kecamatan_code) or "",
            "trainer": info.trainer_name,
            "places": self.tr("{enrolled} of {capacity} taken, {free} free").format(
                enrolled=info.enrolled, capacity=info.capacity, free=info.free),
            "dates": dates or "-"}
        for key, text in values.items():
            self.facts[key].setText(text)


def _table(parent: QWidget, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))


def _times(start: time | None, end: time | None) -> str:
    return "–".join(t.strftime("%H:%M") for t in (start, end) if t is not None)

