"""An optional business the person runs: name, NIB and sector."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from enrollment_app.domain.choices import BUSINESS_SECTOR
from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.ui.registration.section import FormSection
from enrollment_app.ui.widgets.choice_combo import ChoiceCombo
from enrollment_app.ui.widgets.id_number_edit import IdNumberEdit

NIB_DIGITS = 13


class BusinessSection(FormSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Business (optional)"), parent)
        self.business_name = QLineEdit(self)
        self.business_name.setPlaceholderText(self.tr("leave empty when there is none"))
        self.business_nib = IdNumberEdit(NIB_DIGITS, self)
        self.business_sector = ChoiceCombo(BUSINESS_SECTOR, placeholder=self.tr("- none -"),
                                           parent=self)
        self.add_field(self.tr("Business name"), "business_name", self.business_name)
        self.add_field(self.tr("NIB"), "business_nib", self.business_nib)
        self.add_field(self.tr("Sector"), "business_sector", self.business_sector)

    def fill(self, draft: ParticipantDraft) -> None:
        draft.business_name = self.business_name.text()
        draft.business_nib = self.business_nib.text()
        draft.business_sector = self.business_sector.code()

    def load(self, draft: ParticipantDraft) -> None:
        self.business_name.setText(draft.business_name)
        self.business_nib.setText(draft.business_nib)
        self.business_sector.set_code(draft.business_sector)
