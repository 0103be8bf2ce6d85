"""Recorded consent (UU PDP): nothing is saved without it."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from enrollment_app.domain.choices import CHOICES_CONTEXT, CONSENT_PURPOSE
from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.i18n import tr
from enrollment_app.ui.registration.section import FormSection


class ConsentSection(FormSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Consent"), parent)
        purpose = QLabel(self.tr("Purpose: {purpose}").format(
            purpose=tr(CHOICES_CONTEXT, CONSENT_PURPOSE)), self)
        purpose.setWordWrap(True)
        self.form.addRow(purpose)
        self.consent = QCheckBox(
            self.tr("The person agrees that their data is recorded for this purpose"), self)
        self.add_field("", "consent", self.consent)

    def fill(self, draft: ParticipantDraft) -> None:
        draft.consent = self.consent.isChecked()

    def load(self, draft: ParticipantDraft) -> None:
        self.consent.setChecked(draft.consent)

