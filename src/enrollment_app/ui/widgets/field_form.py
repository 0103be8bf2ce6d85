"""A dialog of fields that each show their own message, saved through one service call."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.validation import Problem
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.field_message import FieldMessage
from enrollment_app.ui.widgets.fit_to_text import fit_height


class FieldForm(QDialog):
    """Fields added with ``add_field`` get a message under them; Save calls ``save``,
    which hands the service call to ``run``. A refusal shows at the fields it names
    (``FIELD_ALIASES`` maps a service's field name to a field of the form), anything else
    above the form."""

    FIELD_ALIASES: Mapping[str, str] = {}

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.messages: dict[str, FieldMessage] = {}
        self.cells: dict[str, QWidget] = {}
        self.general = FieldMessage(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def add_field(self, label: str, key: str, widget: QWidget) -> None:
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        self.messages[key] = FieldMessage(cell)
        column.addWidget(self.messages[key])
        self.form.addRow(label, cell)
        self.cells[key] = cell
        label_widget = self.form.labelForField(cell)
        if isinstance(label_widget, QLabel):
            label_widget.setBuddy(widget)

    def clear_messages(self) -> None:
        for message in (*self.messages.values(), self.general):
            message.clear_problems()

    def show_error(self, key: str, text: str) -> None:
        self.messages.get(key, self.general).show_problems([], [text])
        fit_height(self)

    def show_problems(self, problems: tuple[Problem, ...] | list[Problem]) -> None:
        by_field: dict[str, list[Problem]] = {}
        for problem in problems:
            key = self.FIELD_ALIASES.get(problem.field, problem.field)
            by_field.setdefault(key if key in self.messages else "", []).append(problem)
        for key, found in by_field.items():
            self.messages.get(key, self.general).show_problems(found)
        fit_height(self)

    def run(self, action: Callable[[], object]) -> bool:
        """Run the service call and close the dialog; on a refusal nothing was written
        and the messages say why."""
        self.clear_messages()
        try:
            action()
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return False
        except (ServiceError, StorageError) as exc:
            self.show_error("", user_message(exc))
            return False
        self.accept()
        return True

    def save(self) -> None:
        raise NotImplementedError
