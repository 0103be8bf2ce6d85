"""The selection interview: the program's questions, a score, the recommendation, the date
and notes. Enter or Ctrl+S saves; a supervisor then decides in the same window."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.application_status import INTERVIEWED, RECOMMENDATIONS, may_follow
from enrollment_app.domain.birth_date import format_date
from enrollment_app.domain.validation import Problem
from enrollment_app.services import applications, interviews
from enrollment_app.services.applications import ApplicationRecord
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.services.permissions import Permission, allowed
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.applications.decision_panel import DecisionPanel
from enrollment_app.ui.applications.interview_form import AnswerFields, labelled_cell
from enrollment_app.ui.applications.labels import recommendation_text, status_text
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.choice_combo import ChoiceCombo
from enrollment_app.ui.widgets.date_edit import IndonesianDateEdit
from enrollment_app.ui.widgets.field_message import FieldMessage
from enrollment_app.ui.widgets.page_title import page_title

DIALOG_SIZE = (1100, 640)
NO_SCORE = -1  # the spin box's "not given yet" value, shown as a dash
OWN_FIELDS = ("score", "recommendation", "held_on", "notes")


class ScoreBox(QSpinBox):
    """0-100, or "-" while no score is given; typing into "-" replaces it, however the
    field was entered (Tab, click or shortcut)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NO_SCORE, interviews.SCORE_MAX)
        self.setSpecialValueText("-")
        self.setValue(NO_SCORE)

    def score(self) -> int | None:
        return None if self.value() == NO_SCORE else self.value()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.value() == NO_SCORE:
            self.selectAll()
            QTimer.singleShot(0, self, self.selectAll)  # after a click has placed the cursor


class InterviewDialog(QDialog):
    """``interview_id`` is set once the interview is saved."""

    saved = Signal(str)  # interview id

    def __init__(self, ctx: ServiceContext, application_id: str, *,
                 changes: DataChanges | None = None,
                 today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._changes = changes
        self._today = today
        self.interview_id: str | None = None
        self.record: ApplicationRecord = applications.find_application(ctx, application_id)
        questions = interviews.questions_for_application(ctx, application_id)
        self.setWindowTitle(self.tr("Selection interview"))
        self.resize(*DIALOG_SIZE)
        self.answers = AnswerFields(questions, self)
        self._build_own_fields()
        self.decision = DecisionPanel(ctx, self)
        self.decision.setVisible(allowed(ctx.actor.role, Permission.DECIDE_APPLICATIONS))
        self.decision.show_application(self.record)
        self.decision.decided.connect(self._after_decision)
        self._build()
        self._show_status()
        if not may_follow(self.record.status, INTERVIEWED):
            self._lock_form()
            self.banner.show_message(BannerKind.INFO, self.tr(
                "This application is {status}: no interview can be added any more.").format(
                    status=status_text(self.record.status)))
            return
        first = self.answers.focus_order()[0] if self.answers.focus_order() else self.score
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ---------------------------------------------------------------------

    def _build_own_fields(self) -> None:
        self.score = ScoreBox(self)
        self.score.setSuffix(self.tr(" / 100"))
        self.recommendation = ChoiceCombo(placeholder=self.tr("Choose..."), parent=self)
        self.recommendation.set_items((code, recommendation_text(code))
                                      for code in RECOMMENDATIONS)
        self.held_on = IndonesianDateEdit(self)
        self.held_on.set_date(self._today())
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 5 + 12)
        self.score.setMaximumWidth(self.score.fontMetrics().horizontalAdvance("100 / 100") * 2)
        self.messages = {name: FieldMessage(self) for name in OWN_FIELDS}

    def _build(self) -> None:
        record = self.record
        heading = page_title(self.tr("Selection interview: {name}").format(
            name=record.participant_name), self)
        program = record.program_name + (f" · {record.skill_name}" if record.skill_name else "")
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.banner = Banner(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Save interview (Enter)"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.save)
        columns = QHBoxLayout()
        columns.addWidget(self._answers_box(), 3)
        columns.addWidget(self._result_box(), 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(QLabel(program, self))
        layout.addWidget(self.status_label)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addWidget(self.decision)
        order = [*self.answers.focus_order(), self.score, self.recommendation, self.held_on,
                 self.notes, self.save_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _answers_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Answers"), self)
        scroll = QScrollArea(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.answers)
        QVBoxLayout(box).addWidget(scroll)
        return box

    def _result_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Result"), self)
        form = QFormLayout()
        for name, label, widget in (
                ("score", self.tr("Score (0-100)"), self.score),
                ("recommendation", self.tr("Recommendation"), self.recommendation),
                ("held_on", self.tr("Interview date"), self.held_on),
                ("notes", self.tr("Notes"), self.notes)):
            form.addRow(label, labelled_cell(box, widget, self.messages[name]))
        form.insertRow(3, self.tr("Interviewer"), QLabel(
            self._ctx.actor.full_name or self._ctx.actor.username, box))
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        return box

    # -- saving -----------------------------------------------------------------------

    def save(self) -> str | None:
        """Record the interview; returns its id, or None when something was refused."""
        if self.interview_id is not None or not self.save_button.isEnabled():
            return None
        for message in [*self.messages.values(), *self.answers.messages.values()]:
            message.clear_problems()
        self.banner.clear_message()
        if self.held_on.is_unreadable():
            self.messages["held_on"].show_problems([], [self.held_on.unreadable_message()])
            self.held_on.setFocus()
            return None
        score = self.score.score()
        try:
            interview_id = interviews.record_interview(
                self._ctx, self.record.id, self.answers.answers(), score,
                self.recommendation.code(), self.held_on.date_value(),
                self.notes.toPlainText(), today=self._today())
        except ValidationError as exc:
            self._show_problems(exc.problems)
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return None
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return None
        self._after_save(interview_id)
        return interview_id

    def _show_problems(self, problems: tuple[Problem, ...]) -> None:
        first: QWidget | None = None
        for problem in problems:
            if problem.field in self.answers.messages:
                message, widget = (self.answers.messages[problem.field],
                                   self.answers.inputs[problem.field])
            else:
                name = problem.field if problem.field in self.messages else "notes"
                message, widget = self.messages[name], getattr(self, name)
            message.show_problems([problem])
            first = first or widget
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _after_save(self, interview_id: str) -> None:
        self.interview_id = interview_id
        self.record = applications.find_application(self._ctx, self.record.id)
        self._lock_form()
        self.banner.show_message(BannerKind.SUCCESS, self.tr(
            "Interview saved. Score {score}, {recommendation}.").format(
                score=self.score.value(),
                recommendation=recommendation_text(self.recommendation.code())))
        self._show_status()
        self.decision.show_application(self.record)
        if self.decision.isVisible():
            self.decision.accept_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.saved.emit(interview_id)
        if self._changes is not None:
            self._changes.applications_changed.emit(self.record.id)

    def _lock_form(self) -> None:
        """Saved (or too late): nothing more to type, and Enter records nothing twice."""
        for widget in [*self.answers.focus_order(), self.score, self.recommendation,
                       self.held_on, self.notes]:
            widget.setEnabled(False)
        self.save_button.setEnabled(False)
        self.save_button.setDefault(False)

    def _after_decision(self, _decision: object) -> None:
        self.record = applications.find_application(self._ctx, self.record.id)
        self.decision.show_application(self.record)
        self._show_status()
        if self._changes is not None:
            self._changes.applications_changed.emit(self.record.id)

    def _show_status(self) -> None:
        record = self.record
        done = len(record.interviews)
        self.status_label.setText(self.tr(
            "Applied on {date}. Status: {status}. Interviews recorded: {count}.").format(
                date=format_date(record.applied_on), status=status_text(record.status),
                count=done))

