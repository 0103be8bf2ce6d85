"""Who the person is: NIK, family card, name, sex, birth place and date."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from enrollment_app.domain.choices import SEX
from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.ui.registration.section import FormSection
from enrollment_app.ui.widgets.choice_combo import ChoiceCombo
from enrollment_app.ui.widgets.date_edit import IndonesianDateEdit
from enrollment_app.ui.widgets.id_number_edit import IdNumberEdit

NIK_DIGITS = 16
KK_DIGITS = 16


class IdentitySection(FormSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Identity (as on the KTP)"), parent)
        self.nik = IdNumberEdit(NIK_DIGITS, self)
        self.kk = IdNumberEdit(KK_DIGITS, self)
        self.full_name = QLineEdit(self)
        self.full_name.setPlaceholderText(self.tr("as written on the ID card"))
        self.sex = ChoiceCombo(SEX, placeholder=self.tr("- choose -"), parent=self)
        self.birth_place = QLineEdit(self)
        self.birth_date = IndonesianDateEdit(self)
        self.add_field(self.tr("NIK"), "nik", self.nik)
        self.add_field(self.tr("Family card (KK)"), "kk", self.kk)
        self.add_field(self.tr("Full name"), "full_name", self.full_name)
        self.add_field(self.tr("Sex"), "sex", self.sex)
        self.add_field(self.tr("Birth place"), "birth_place", self.birth_place)
        self.add_field(self.tr("Birth date"), "birth_date", self.birth_date)

    def fill(self, draft: ParticipantDraft) -> None:
        draft.nik = self.nik.text()
        draft.kk = self.kk.text()
        draft.full_name = self.full_name.text()
        draft.sex = self.sex.code()
        draft.birth_place = self.birth_place.text()
        draft.birth_date = self.birth_date.date_value()

    def load(self, draft: ParticipantDraft) -> None:
        self.nik.setText(draft.nik)
        self.kk.setText(draft.kk)
        self.full_name.setText(draft.full_name)
        self.sex.set_code(draft.sex)
        self.birth_place.setText(draft.birth_place)
        self.birth_date.set_date(draft.birth_date)
