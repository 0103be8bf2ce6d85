"""Adding sessions: one date, or chosen weekdays between two dates, with times and topics
(one topic per line, given to the sessions in date order)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from enrollment_app.services import classes
from enrollment_app.services.classes import ClassInfo
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.classes.class_dialog import lay_out_form
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.date_edit import IndonesianDateEdit
from enrollment_app.ui.widgets.field_message import FieldMessage


class ScheduleDialog(QDialog):
    """``added`` holds the new session ids after a successful save."""

    def __init__(self, ctx: ServiceContext, info: ClassInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._info = info
        self.added: list[str] = []
        self.setWindowTitle(self.tr("Add sessions to {name}").format(name=info.name))
        self.first = IndonesianDateEdit(self)
        self.first.set_date(info.start_date)
        self.last = IndonesianDateEdit(self)
        self.last.set_date(info.end_date)
        self.weekdays = []
        days = QHBoxLayout()
        names = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                 self.tr("Fri"), self.tr("Sat"), self.tr("Sun"))
        for number, name in enumerate(names):
            box = QCheckBox(name, self)
            box.setChecked(number < 5)
            self.weekdays.append(box)
            days.addWidget(box)
        self.start = QTimeEdit(QTime(8, 0), self)
        self.end = QTimeEdit(QTime(12, 0), self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.topics = QPlainTextEdit(self)
        self.topics.setPlaceholderText(self.tr("One topic per line, in order (optional)"))
        self.topics.setTabChangesFocus(True)
        self.message = FieldMessage(self)
        form = QFormLayout()
        form.addRow(self.tr("&First day:"), self.first)
        form.addRow(self.tr("&Last day (the same for one session):"), self.last)
        form.addRow(self.tr("Weekdays:"), days)
        form.addRow(self.tr("&Starts at:"), self.start)
        form.addRow(self.tr("&Ends at:"), self.end)
        form.addRow(self.tr("&Topics:"), self.topics)
        lay_out_form(self, form, self.message, self.save)

    def save(self) -> None:
        first = self.first.date_value()
        last = self.last.date_value() or first
        if first is None:
            self.message.show_problems([], [self.first.unreadable_message()])
            return
        weekdays = {n for n, box in enumerate(self.weekdays) if box.isChecked()}
        if first == last:
            weekdays = {first.weekday()}  # one session: the day chosen, whatever weekday
        topics = [line.strip() for line in self.topics.toPlainText().splitlines()
                  if line.strip()]
        try:
            self.added = classes.add_schedule(self._ctx, self._info.id, first, last, weekdays,
                                              _time(self.start), _time(self.end), topics)
        except ValidationError as exc:
            self.message.show_problems(exc.problems)
            return
        except (ServiceError, StorageError) as exc:
            self.message.show_problems([], [user_message(exc)])
            return
        self.accept()


def _time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())
