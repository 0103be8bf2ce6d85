"""Putting people into a class: assigning accepted applicants, moving someone to another
class of the same program."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.regions import load_regions
from enrollment_app.services import classes
from enrollment_app.services.classes import ClassInfo, RosterMember
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.date_edit import IndonesianDateEdit
from enrollment_app.ui.widgets.field_message import FieldMessage


class _PeopleDialog(QDialog):
    """A form with a date, an error line and Save/Cancel; subclasses do the saving."""

    def __init__(self, ctx: ServiceContext, info: ClassInfo, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._info = info
        self.day = IndonesianDateEdit(self)
        self.message = FieldMessage(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)

    def _finish(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _chosen_day(self) -> date | None:
        if self.day.is_unreadable():
            self.message.show_problems([], [self.day.unreadable_message()])
            return None
        return self.day.date_value() or date.today()

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except ValidationError as exc:
            self.message.show_problems(exc.problems)
            return False
        except (ServiceError, StorageError) as exc:
            self.message.show_problems([], [user_message(exc)])
            return False
        self.accept()
        return True

    def save(self) -> None:
        raise NotImplementedError


class AssignDialog(_PeopleDialog):
    """Tick the accepted applicants who join the class (all are ticked at first)."""

    def __init__(self, ctx: ServiceContext, info: ClassInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, info, parent)
        self.assigned: list[str] = []
        self.setWindowTitle(self.tr("Assign accepted applicants to {name}").format(
            name=info.name))
        self.people = QListWidget(self)
        kecamatan = load_regions().kecamatan_names
        for applicant in classes.assignable_applicants(ctx, info.id):
            item = QListWidgetItem(f"{applicant.full_name}  ·  {applicant.nik}  ·  "
                                   f"{kecamatan.get(applicant.kecamatan_code, '')}",
                                   self.people)
            item.setData(Qt.ItemDataRole.UserRole, applicant.application_id)
            item.setCheckState(Qt.CheckState.Checked if self.people.count() <= info.free
                               else Qt.CheckState.Unchecked)
        today = date.today()
        self.day.set_date(min(today, info.start_date) if info.start_date else today)
        self.places = QLabel(self.tr("{free} of {capacity} places free.").format(
            free=info.free, capacity=info.capacity), self)
        form = QFormLayout()
        form.addRow(self.tr("In the class &from:"), self.day)
        layout = QVBoxLayout(self)
        layout.addWidget(self.places)
        if self.people.count() == 0:
            layout.addWidget(QLabel(self.tr("No accepted applicant of this program is waiting "
                                            "for a class."), self))
        layout.addWidget(self.people, 1)
        layout.addLayout(form)
        self._finish(layout)

    def chosen(self) -> list[str]:
        return [self.people.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.people.count())
                if self.people.item(n).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        day = self._chosen_day()
        if day is None:
            return
        ids = self.chosen()
        self._run(lambda: self.assigned.extend(
            classes.assign(self._ctx, self._info.id, ids, joined_on=day)))


class MoveDialog(_PeopleDialog):
    """Choose the other class (same program) and the day of the move."""

    def __init__(self, ctx: ServiceContext, info: ClassInfo, member: RosterMember,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, info, parent)
        self._member = member
        self.moved_to: str | None = None
        self.setWindowTitle(self.tr("Move {name} to another class").format(
            name=member.full_name))
        self.target = QComboBox(self)
        for other in classes.list_classes(ctx, info.program_id):
            if other.id != info.id:
                self.target.addItem(self.tr("{name} — {venue} ({free} free)").format(
                    name=other.name, venue=other.venue_name, free=other.free), other.id)
        self.day.set_date(date.today())
        form = QFormLayout()
        form.addRow(self.tr("&To class:"), self.target)
        form.addRow(self.tr("&From:"), self.day)
        note = QLabel(self.tr("The attendance marked so far stays with {name}'s sessions in "
                              "this class.").format(name=member.full_name), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        self._finish(layout)

    def save(self) -> None:
        day = self._chosen_day()
        target = self.target.currentData()
        if day is None or target is None:
            return
        if self._run(lambda: classes.move(self._ctx, self._member.enrollment_id, target, day)):
            self.moved_to = target
