"""Editing a program from the Programs screen: its details and the skills it offers.

The fields are the ones ``services.programs.update_program`` accepts that field staff can
type (the eligibility rules, targets and interview questions come from the central office
and are not edited here). Skills added or removed in the list are only written on Save,
after the details were accepted, so a refused Save writes nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.services import programs
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.programs import ProgramInfo, SkillInfo
from enrollment_app.ui.widgets.date_edit import IndonesianDateEdit
from enrollment_app.ui.widgets.field_form import FieldForm

DESCRIPTION_HEIGHT = 70
SKILLS_HEIGHT = 110


class ProgramDialog(FieldForm):
    """``saved`` holds the program as stored once Save went through."""

    FIELD_ALIASES = {"skill_code": "skills", "skill_name": "skills"}

    def __init__(self, ctx: ServiceContext, program: ProgramInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._program = program
        self.saved: ProgramInfo | None = None
        self.skills: list[SkillInfo] = list(program.skills)  # ids "" = not stored yet
        self.setWindowTitle(self.tr("Edit program"))
        self.setMinimumWidth(640)
        self._build()
        self._fill(program)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    def _build(self) -> None:
        self.name = QLineEdit(self)
        self.organiser = QLineEdit(self)
        self.period_start = IndonesianDateEdit(self)
        self.period_end = IndonesianDateEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(DESCRIPTION_HEIGHT)
        self.completion_threshold = QSpinBox(self)
        self.completion_threshold.setRange(0, 100)
        self.completion_threshold.setSuffix("%")
        self.starter_package_top_n = QSpinBox(self)
        self.starter_package_top_n.setRange(0, 100)
        self.starter_package_top_n.setSuffix(self.tr(" of every class"))
        self.starter_package_top_n.setSpecialValueText(self.tr("none"))
        self.requires_interview = QCheckBox(self.tr("A selection interview is required"),
                                            self)
        self.active = QCheckBox(self.tr("Open for applications (active)"), self)
        for label, key, widget in (
                (self.tr("&Name:"), "name", self.name),
                (self.tr("&Organiser:"), "organiser", self.organiser),
                (self.tr("Period &starts:"), "period_start", self.period_start),
                (self.tr("Period &ends:"), "period_end", self.period_end),
                (self.tr("&Description:"), "description", self.description),
                (self.tr("&Completion at:"), "completion_threshold",
                 self.completion_threshold),
                (self.tr("Starter &packages for the best:"), "starter_package_top_n",
                 self.starter_package_top_n),
                (self.tr("Interview:"), "requires_interview", self.requires_interview),
                (self.tr("Status:"), "active", self.active)):
            self.add_field(label, key, widget)
        self.add_field(self.tr("S&kills:"), "skills", self._skills_cell())
        for edit in (self.period_start, self.period_end):
            edit.editingFinished.connect(self._check_dates)

    def _skills_cell(self) -> QWidget:
        cell = QWidget(self)
        self.skill_list = QListWidget(cell)
        self.skill_list.setFixedHeight(SKILLS_HEIGHT)
        self.skill_list.setAccessibleName(self.tr("Skills the program offers"))
        self.skill_code = QLineEdit(cell)
        self.skill_code.setPlaceholderText(self.tr("code, e.g. tata_boga"))
        self.skill_code.setAccessibleName(self.tr("New skill code"))
        self.skill_name = QLineEdit(cell)
        self.skill_name.setPlaceholderText(self.tr("name, e.g. Tata Boga"))
        self.skill_name.setAccessibleName(self.tr("New skill name"))
        self.add_skill_button = QPushButton(self.tr("&Add skill"), cell)
        self.remove_skill_button = QPushButton(self.tr("&Remove skill"), cell)
        for button in (self.add_skill_button, self.remove_skill_button):
            button.setAutoDefault(False)
        self.add_skill_button.clicked.connect(self.add_skill)
        for edit in (self.skill_code, self.skill_name):
            edit.installEventFilter(self)
        self.remove_skill_button.clicked.connect(self.remove_skill)
        adding = QHBoxLayout()
        adding.addWidget(self.skill_code, 1)
        adding.addWidget(self.skill_name, 1)
        adding.addWidget(self.add_skill_button)
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.skill_list)
        layout.addLayout(adding)
        layout.addWidget(self.remove_skill_button, 0, Qt.AlignmentFlag.AlignLeft)
        return cell

    def _fill(self, program: ProgramInfo) -> None:
        self.name.setText(program.name)
        self.organiser.setText(program.organiser)
        self.period_start.set_date(program.period_start)
        self.period_end.set_date(program.period_end)
        self.description.setPlainText(program.description)
        self.completion_threshold.setValue(program.completion_threshold)
        self.starter_package_top_n.setValue(program.starter_package_top_n)
        self.requires_interview.setChecked(program.requires_interview)
        self.active.setChecked(program.active)
        self._show_skills()

    # -- reacting ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the new skill's fields adds the skill; it must not save the dialog.
        if (watched in (self.skill_code, self.skill_name)
                and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.add_skill()
            return True
        return super().eventFilter(watched, event)

    def add_skill(self) -> bool:
        """Put the typed skill in the list (written on Save); False with the reason shown."""
        checked = programs.check_skill(self.skill_code.text(), self.skill_name.text(),
                                       [skill.code for skill in self.skills])
        message = self.messages["skills"]
        if any(p.is_error for p in checked.problems):
            message.show_problems(checked.problems)
            code_wrong = any(p.field == "skill_code" for p in checked.problems)
            (self.skill_code if code_wrong else self.skill_name).setFocus()
            return False
        message.clear_problems()
        self.skills.append(SkillInfo("", checked.code, checked.name))
        self._show_skills(select=len(self.skills) - 1)
        self.skill_code.clear()
        self.skill_name.clear()
        self.skill_code.setFocus()
        return True

    def remove_skill(self) -> None:
        row = self.skill_list.currentRow()
        if 0 <= row < len(self.skills):
            del self.skills[row]
            self._show_skills(select=min(row, len(self.skills) - 1))

    def _show_skills(self, select: int = -1) -> None:
        self.skill_list.clear()
        for skill in self.skills:
            item = QListWidgetItem(f"{skill.name} ({skill.code})", self.skill_list)
            if not skill.id:
                item.setToolTip(self.tr("Added: written when you save"))
        self.skill_list.setCurrentRow(select)
        self.remove_skill_button.setEnabled(bool(self.skills))

    def _check_dates(self) -> bool:
        """Say which typed date cannot be read; True when both can (or are empty)."""
        fine = True
        for key, edit in (("period_start", self.period_start),
                          ("period_end", self.period_end)):
            if edit.is_unreadable():
                self.show_error(key, edit.unreadable_message())
                fine = False
            else:
                self.messages[key].clear_problems()
        return fine

    # -- saving -----------------------------------------------------------------------
    def changed_fields(self) -> dict[str, Any]:
        """The details that differ from the program as it was opened."""
        typed: dict[str, Any] = {
            "name": self.name.text(), "organiser": self.organiser.text(),
            "period_start": self.period_start.date_value(),
            "period_end": self.period_end.date_value(),
            "description": self.description.toPlainText(),
            "completion_threshold": self.completion_threshold.value(),
            "starter_package_top_n": self.starter_package_top_n.value(),
            "requires_interview": self.requires_interview.isChecked(),
            "active": self.active.isChecked()}
        return {key: value for key, value in typed.items()
                if value != getattr(self._program, key)}

    def save(self) -> None:
        self.clear_messages()
        if not self._check_dates():
            return
        typed_skill = self.skill_code.text().strip() or self.skill_name.text().strip()
        if typed_skill and not self.add_skill():  # typed but not added yet: add it now
            return
        fields = self.changed_fields()
        kept = {skill.id for skill in self.skills if skill.id}
        removed = [skill for skill in self._program.skills if skill.id not in kept]
        added = [skill for skill in self.skills if not skill.id]
        program_id = self._program.id

        def store() -> None:
            # The details first: the only step that can be refused for what was typed.
            if fields:
                programs.update_program(self._ctx, program_id, **fields)
            for skill in removed:
                programs.remove_skill(self._ctx, program_id, skill.id)
            for skill in added:
                programs.add_skill(self._ctx, program_id, skill.code, skill.name)
            self.saved = programs.get_program(self._ctx, program_id)
        self.run(store)

