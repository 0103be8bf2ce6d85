"""One person's story in one place: every application with its eligibility, interviews and
classes, as a tree (an application per top row, what happened to it underneath)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from enrollment_app.domain.birth_date import format_date
from enrollment_app.services.applications import (
    ApplicationRecord,
    ClassRecord,
    InterviewRecord,
    ParticipantHistory,
)
from enrollment_app.services.interviews import Question, questions_from
from enrollment_app.ui.applications.labels import (
    question_text,
    reason_text,
    recommendation_text,
    status_text,
)
from enrollment_app.ui.applications.verdict_view import (
    FAILED_COLOR,
    PASSED_COLOR,
    check_line,
)

APPLICATION_ROLE = 0x0100 + 1  # Qt.UserRole + 1: the application id on top rows


class HistoryTree(QTreeWidget):
    application_selected = Signal(str)  # application id ("" when none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Program and what happened"), self.tr("Status"),
                              self.tr("Date")])
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.currentItemChanged.connect(lambda item, _old: self.application_selected.emit(
            self._application_of(item)))

    def show_history(self, history: ParticipantHistory, select: str | None = None) -> None:
        self.clear()
        for record in history.applications:
            top = self._application_item(record)
            if record.id == select:
                self.setCurrentItem(top)
        if not history.applications:
            QTreeWidgetItem(self, [self.tr("No applications yet.")])
        elif self.currentItem() is None:
            self.setCurrentItem(self.topLevelItem(0))

    def selected_application(self) -> str:
        return self._application_of(self.currentItem())

    # -- rows -------------------------------------------------------------------------

    def _application_item(self, record: ApplicationRecord) -> QTreeWidgetItem:
        title = record.program_name + (f" · {record.skill_name}" if record.skill_name else "")
        status = status_text(record.status)
        if record.waitlist_position is not None:
            status += " " + self.tr("(position {position})").format(
                position=record.waitlist_position)
        top = QTreeWidgetItem(self, [title, status, format_date(record.applied_on)])
        top.setData(0, APPLICATION_ROLE, record.id)
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        if record.status_reason:
            self._child(top, self.tr("Reason: {reason}").format(
                reason=reason_text(record.status_reason)))
        self._eligibility_rows(top, record)
        for interview in record.interviews:
            self._interview_rows(top, record, interview)
        for klass in record.classes:
            self._class_row(top, klass)
        top.setExpanded(True)
        return top

    def _eligibility_rows(self, top: QTreeWidgetItem, record: ApplicationRecord) -> None:
        verdict = record.verdict
        if verdict is None:
            return
        summary = self._child(top, check_line(verdict.eligible, self.tr(
            "Eligibility: meets all the conditions") if verdict.eligible else self.tr(
            "Eligibility: does not meet the conditions")))
        for item, passed in [(summary, verdict.eligible), *(
                (self._child(summary, check_line(check.passed, check.text())), check.passed)
                for check in sorted(verdict.checks, key=lambda c: c.passed))]:
            item.setForeground(0, QBrush(QColor(PASSED_COLOR if passed else FAILED_COLOR)))
        summary.setExpanded(not verdict.eligible)
        if record.override_reason:
            self._child(top, self.tr("Admitted by a supervisor despite this: {reason}").format(
                reason=record.override_reason))

    def _interview_rows(self, top: QTreeWidgetItem, record: ApplicationRecord,
                        interview: InterviewRecord) -> None:
        score = "-" if interview.score is None else str(interview.score)
        item = self._child(top, self.tr(
            "Interview by {interviewer}: score {score}, {recommendation}").format(
                interviewer=interview.interviewer or "-", score=score,
                recommendation=recommendation_text(interview.recommendation)),
            format_date(interview.held_on))
        questions = {q.key: q for q in questions_from(record.interview_questions)}
        for key, answer in interview.answers.items():
            self._child(item, answer_line(questions.get(key), key, answer))
        if interview.notes:
            self._child(item, self.tr("Notes: {notes}").format(notes=interview.notes))
        item.setExpanded(True)

    def _class_row(self, top: QTreeWidgetItem, klass: ClassRecord) -> None:
        text = self.tr("Class {name}").format(name=klass.class_name)
        if klass.venue_name:
            text += f" · {klass.venue_name}"
        if klass.outcome:
            text += f" · {klass.outcome}"
        self._child(top, text, format_date(klass.joined_on))

    def _child(self, parent: QTreeWidgetItem, text: str, when: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text, "", when])
        item.setToolTip(0, text)
        return item

    def _application_of(self, item: QTreeWidgetItem | None) -> str:
        while item is not None and item.parent() is not None:
            item = item.parent()
        return str(item.data(0, APPLICATION_ROLE) or "") if item is not None else ""


def answer_line(question: Question | None, key: str, answer: object) -> str:
    """"Question? Answer" with a chosen option's label instead of its code."""
    if question is None:
        return f"{key}: {answer}"
    label = question_text(question.label)
    shown = next((question_text(o.label) for o in question.options if o.value == answer),
                 str(answer))
    return f"{label} {shown}" if label.endswith("?") else f"{label}: {shown}"
