"""The answer fields of one program's interview, built from its question set."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from enrollment_app.services.interviews import CHOICE, SCALE, Question
from enrollment_app.ui.applications.labels import question_text
from enrollment_app.ui.widgets.choice_combo import ChoiceCombo
from enrollment_app.ui.widgets.field_message import FieldMessage

MAX_TYPED_ANSWER = 2000


def labelled_cell(parent: QWidget, widget: QWidget, message: FieldMessage) -> QWidget:
    """The input with its message line under it, as one form cell."""
    cell = QWidget(parent)
    box = QVBoxLayout(cell)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(message)
    return cell


class AnswerFields(QWidget):
    """One input per question: a line for text (Enter saves the interview), a list of the
    offered answers for a choice, the numbers of the scale for a scale."""

    def __init__(self, questions: tuple[Question, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.questions = questions
        self.inputs: dict[str, QLineEdit | ChoiceCombo] = {}
        self.messages: dict[str, FieldMessage] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # question above answer
        for question in questions:
            widget = self._input(question)
            self.inputs[question.key] = widget
            self.messages[question.key] = FieldMessage(self)
            label = QLabel(question_text(question.label), self)
            label.setBuddy(widget)
            form.addRow(label, labelled_cell(self, widget, self.messages[question.key]))

    def _input(self, question: Question) -> QLineEdit | ChoiceCombo:
        if question.type == CHOICE:
            combo = ChoiceCombo(placeholder=self.tr("(no answer)"), parent=self)
            combo.set_items((o.value, question_text(o.label)) for o in question.options)
            return combo
        if question.type == SCALE:
            combo = ChoiceCombo(placeholder=self.tr("(no answer)"), parent=self)
            combo.set_items((str(n), str(n))
                            for n in range(question.minimum, question.maximum + 1))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            return combo
        line = QLineEdit(self)
        line.setMaxLength(MAX_TYPED_ANSWER)
        return line

    def answers(self) -> dict[str, Any]:
        """What was answered: text as typed, choices as codes, scales as numbers."""
        values: dict[str, Any] = {}
        for question in self.questions:
            widget = self.inputs[question.key]
            if isinstance(widget, QLineEdit):
                values[question.key] = widget.text()
            elif question.type == SCALE:
                values[question.key] = int(widget.code()) if widget.code() else None
            else:
                values[question.key] = widget.code()
        return values

    def focus_order(self) -> list[QWidget]:
        return list(self.inputs.values())
