"""Creating or editing a class: program and skill, venue, trainer, capacity, dates."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.regions import load_regions
from enrollment_app.services import classes, programs
from enrollment_app.services.classes import MAX_CAPACITY, ClassDraft, ClassInfo
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.date_edit import IndonesianDateEdit
from enrollment_app.ui.widgets.field_message import FieldMessage


def lay_out_form(dialog: QDialog, form: QFormLayout, message: FieldMessage,
                 save: Callable[[], None]) -> None:
    """The dialog's form, its message line below, then Save (calls ``save``) and Cancel."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(message)
    layout.addWidget(buttons)


class ClassDialog(QDialog):
    """Saves through the classes service on OK; ``saved_id`` holds the class id then."""

    def __init__(self, ctx: ServiceContext, existing: ClassInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._existing = existing
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Edit class") if existing else self.tr("New class"))
        self._build()
        if existing is not None:
            self._fill(existing)

    def _build(self) -> None:
        self.program = QComboBox(self)
        for info in programs.list_programs(self._ctx):
            self.program.addItem(info.name, info.id)
        self.program.currentIndexChanged.connect(lambda _i: self._program_chosen())
        self.skill = QComboBox(self)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Tata Boga A (morning)"))
        self.venue_name = QLineEdit(self)
        self.venue_address = QLineEdit(self)
        self.kecamatan = QComboBox(self)
        for code, name in load_regions().kecamatan():
            self.kecamatan.addItem(name, code)
        self.trainer = QComboBox(self)
        self.trainer.addItem(self.tr("(choose a trainer)"), None)
        for choice in classes.list_trainers(self._ctx):
            self.trainer.addItem(choice.name, choice.id)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(1, MAX_CAPACITY)
        self.capacity.setValue(25)
        self.start_date = IndonesianDateEdit(self)
        self.end_date = IndonesianDateEdit(self)
        self.message = FieldMessage(self)
        form = QFormLayout()
        for label, widget in ((self.tr("&Program:"), self.program),
                              (self.tr("S&kill:"), self.skill),
                              (self.tr("Class &name:"), self.name),
                              (self.tr("&Venue:"), self.venue_name),
                              (self.tr("Venue &address:"), self.venue_address),
                              (self.tr("Venue &kecamatan:"), self.kecamatan),
                              (self.tr("&Trainer:"), self.trainer),
                              (self.tr("Ca&pacity:"), self.capacity),
                              (self.tr("&First day:"), self.start_date),
                              (self.tr("&Last day:"), self.end_date)):
            form.addRow(label, widget)
        lay_out_form(self, form, self.message, self.save)
        self.setMinimumWidth(520)
        self._program_chosen()

    def _program_chosen(self) -> None:
        self.skill.clear()
        self.skill.addItem(self.tr("(every skill of the program)"), None)
        program_id = self.program.currentData()
        if program_id:
            for skill in programs.get_program(self._ctx, program_id).skills:
                self.skill.addItem(skill.name, skill.id)

    def _fill(self, info: ClassInfo) -> None:
        self.program.setCurrentIndex(self.program.findData(info.program_id))
        self.program.setEnabled(False)  # a class keeps its program
        self.skill.setCurrentIndex(max(self.skill.findData(info.skill_id), 0))
        self.name.setText(info.name)
        self.venue_name.setText(info.venue_name)
        self.venue_address.setText(info.venue_address)
        self.kecamatan.setCurrentIndex(self.kecamatan.findData(info.venue_kecamatan_code))
        self.trainer.setCurrentIndex(max(self.trainer.findData(info.trainer_id), 0))
        self.capacity.setValue(info.capacity)
        self.start_date.set_date(info.start_date)
        self.end_date.set_date(info.end_date)

    def draft(self) -> ClassDraft:
        return ClassDraft(
            program_id=self.program.currentData() or "", name=self.name.text(),
            venue_name=self.venue_name.text(), venue_address=self.venue_address.text(),
            venue_kecamatan_code=self.kecamatan.currentData() or "",
            trainer_id=self.trainer.currentData(), capacity=self.capacity.value(),
            skill_id=self.skill.currentData(), start_date=self.start_date.date_value(),
            end_date=self.end_date.date_value())

    def save(self) -> None:
        unreadable = [edit.unreadable_message()
                      for edit in (self.start_date, self.end_date) if edit.is_unreadable()]
        if unreadable:
            self.message.show_problems([], unreadable[:1])
            return
        try:
            if self._existing is None:
                self.saved_id = classes.create_class(self._ctx, self.draft())
            else:
                self.saved_id = classes.update_class(self._ctx, self._existing.id,
                                                     self.draft()).id
        except ValidationError as exc:
            self.message.show_problems(exc.problems)
            return
        except (ServiceError, StorageError) as exc:
            self.message.show_problems([], [user_message(exc)])
            return
        self.accept()
