"""Apply to a program: choose the program and skill, see at once whether the person meets
its conditions and why, and apply. A supervisor may admit someone who does not, with a
written reason (kept on the application and in the audit trail)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.birth_date import format_date
from enrollment_app.domain.eligibility import Verdict
from enrollment_app.services import applications, programs
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.data_subject import Subject
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.services.permissions import Permission, allowed
from enrollment_app.services.programs import ProgramInfo
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.applications.verdict_view import FAILED_COLOR, PASSED_COLOR, VerdictView
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.choice_combo import ChoiceCombo
from enrollment_app.ui.widgets.field_message import render_all
from enrollment_app.ui.widgets.page_title import page_title

DIALOG_SIZE = (720, 500)


class ApplyDialog(QDialog):
    """``application_id`` is set once the application is registered (dialog accepted)."""

    def __init__(self, ctx: ServiceContext, subject: Subject, *,
                 changes: DataChanges | None = None,
                 today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._subject = subject
        self._changes = changes
        self._today = today
        self._programs: dict[str, ProgramInfo] = {}
        self.verdict: Verdict | None = None
        self.application_id: str | None = None
        self.may_override = allowed(ctx.actor.role, Permission.OVERRIDE_ELIGIBILITY)
        self.setWindowTitle(self.tr("Apply to a program"))
        self.resize(*DIALOG_SIZE)
        self._build()
        self._load_programs()
        self.program.currentIndexChanged.connect(lambda _i: self._program_chosen())
        self._program_chosen()
        self.program.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build(self) -> None:
        heading = page_title(self.tr("Apply to a program: {name}").format(
            name=self._subject.full_name), self)
        self.banner = Banner(self)
        self.program = ChoiceCombo(placeholder=self.tr("Choose a program..."), parent=self)
        self.skill = ChoiceCombo(parent=self)
        self.program_facts = QLabel(self)
        self.program_facts.setWordWrap(True)
        self.program_facts.setStyleSheet("color: #505050;")
        self.verdict_label = QLabel(self)
        font = self.verdict_label.font()
        font.setBold(True)
        self.verdict_label.setFont(font)
        self.verdict_label.setWordWrap(True)
        self.checks = VerdictView(self)
        self.override_label = QLabel(self.tr(
            "Reason for admitting this person anyway (kept with the application and in the "
            "audit trail):"), self)
        self.override_label.setWordWrap(True)
        self.override_reason = QPlainTextEdit(self)
        self.override_reason.setTabChangesFocus(True)
        self.override_reason.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.override_reason.textChanged.connect(self._update_apply_button)
        self.officer_note = QLabel(self.tr(
            "Only a supervisor can admit a person who does not meet the conditions."), self)
        self.officer_note.setWordWrap(True)
        form = QFormLayout()
        for text, field in ((self.tr("&Program"), self.program),
                            (self.tr("&Skill"), self.skill)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(self.tr("Apply"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.program_facts)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.checks, 1)
        layout.addWidget(self.override_label)
        layout.addWidget(self.override_reason)
        layout.addWidget(self.officer_note)
        layout.addWidget(buttons)

    def _load_programs(self) -> None:
        try:
            found = programs.list_programs(self._ctx)
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            found = []
        self._programs = {p.id: p for p in found}
        self.program.set_items((p.id, p.name) for p in found)

    # -- reacting ---------------------------------------------------------------------

    def select_program(self, program_id: str) -> None:
        self.program.set_code(program_id)

    def _program_chosen(self) -> None:
        program = self._programs.get(self.program.code())
        self.skill.set_items((s.id, s.name) for s in (program.skills if program else ()))
        self.skill.setEnabled(bool(program and program.skills))
        self.banner.clear_message()
        self.verdict = None
        if program is not None:
            try:
                self.verdict = applications.check_eligibility(
                    self._ctx, self._subject.participant_id, program.id,
                    reference_date=self._today())
            except (ServiceError, StorageError) as exc:
                self.banner.show_message(BannerKind.ERROR, user_message(exc))
        self.program_facts.setText(self._facts(program))
        self._show_verdict()

    def _facts(self, program: ProgramInfo | None) -> str:
        if program is None:
            return ""
        parts = [program.organiser]
        if program.period_start and program.period_end:
            parts.append(f"{format_date(program.period_start)} – "
                         f"{format_date(program.period_end)}")
        if program.requires_interview:
            parts.append(self.tr("selection interview required"))
        return " · ".join(p for p in parts if p)

    def _show_verdict(self) -> None:
        verdict = self.verdict
        self.checks.show_verdict(verdict)
        if verdict is None:
            self.verdict_label.setText("")
        elif verdict.eligible:
            self.verdict_label.setText(self.tr("Meets all the program's conditions."))
            self.verdict_label.setStyleSheet(f"color: {PASSED_COLOR};")
        else:
            self.verdict_label.setText(self.tr(
                "Does not meet the program's conditions:"))
            self.verdict_label.setStyleSheet(f"color: {FAILED_COLOR};")
        ineligible = verdict is not None and not verdict.eligible
        active = ineligible and any(c.rule == "not_active_in_program" for c in verdict.failed)
        self.override_label.setVisible(ineligible and self.may_override and not active)
        self.override_reason.setVisible(ineligible and self.may_override and not active)
        self.officer_note.setVisible(ineligible and not self.may_override)
        self._update_apply_button()

    def _update_apply_button(self) -> None:
        verdict = self.verdict
        ready = verdict is not None and (verdict.eligible or (
            self.override_reason.isVisibleTo(self)
            and bool(self.override_reason.toPlainText().strip())))
        self.apply_button.setEnabled(ready)

    # -- applying ---------------------------------------------------------------------

    def submit(self) -> str | None:
        program_id = self.program.code()
        if not program_id or not self.apply_button.isEnabled():
            return None
        override = self.override_reason.toPlainText() \
            if self.override_reason.isVisibleTo(self) else ""
        try:
            self.application_id = applications.apply(
                self._ctx, self._subject.participant_id, program_id, self.skill.code() or None,
                override, today=self._today())
        except ValidationError as exc:
            self.banner.show_message(BannerKind.ERROR, "\n".join(
                [user_message(exc), *render_all(exc.problems)]))
            return None
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return None
        if self._changes is not None:
            self._changes.applications_changed.emit(self.application_id)
        self.accept()
        return self.application_id
