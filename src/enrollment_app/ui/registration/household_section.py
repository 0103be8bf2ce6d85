"""Contact, schooling, work and place in the household."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from enrollment_app.domain.choices import EDUCATION, EMPLOYMENT, HOUSEHOLD_ROLE, MARITAL_STATUS
from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.ui.registration.section import FormSection
from enrollment_app.ui.widgets.choice_combo import ChoiceCombo


class HouseholdSection(FormSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Contact, work and household"), parent)
        choose = self.tr("- choose -")
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("08..."))
        self.phone.setMaxLength(30)
        self.education = ChoiceCombo(EDUCATION, placeholder=choose, parent=self)
        self.employment = ChoiceCombo(EMPLOYMENT, placeholder=choose, parent=self)
        self.marital_status = ChoiceCombo(MARITAL_STATUS, placeholder=choose, parent=self)
        self.household_role = ChoiceCombo(HOUSEHOLD_ROLE, placeholder=choose, parent=self)
        self.add_field(self.tr("Mobile phone"), "phone", self.phone)
        self.add_field(self.tr("Education"), "education", self.education)
        self.add_field(self.tr("Work"), "employment", self.employment)
        self.add_field(self.tr("Marital status"), "marital_status", self.marital_status)
        self.add_field(self.tr("Role in household"), "household_role", self.household_role)

    def fill(self, draft: ParticipantDraft) -> None:
        draft.phone = self.phone.text()
        draft.education = self.education.code()
        draft.employment = self.employment.code()
        draft.marital_status = self.marital_status.code()
        draft.household_role = self.household_role.code()

    def load(self, draft: ParticipantDraft) -> None:
        self.phone.setText(draft.phone)
        self.education.set_code(draft.education)
        self.employment.set_code(draft.employment)
        self.marital_status.set_code(draft.marital_status)
        self.household_role.set_code(draft.household_role)
