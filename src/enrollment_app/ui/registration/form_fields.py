"""Every field of a participant, laid out in sections, with the draft going in and out."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.ui.registration.address_section import AddressSection
from enrollment_app.ui.registration.business_section import BusinessSection
from enrollment_app.ui.registration.consent_section import ConsentSection
from enrollment_app.ui.registration.household_section import HouseholdSection
from enrollment_app.ui.registration.identity_section import IdentitySection
from enrollment_app.ui.registration.notes_section import NotesSection
from enrollment_app.ui.registration.section import FieldSlot, FormSection
from enrollment_app.ui.registration.welfare_section import WelfareSection


class RegistrationFields(QWidget):
    """The sections in two columns; ``consent`` is built here but placed by the form next
    to the Save button, so it is always in sight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.identity = IdentitySection(self)
        self.address = AddressSection(self)
        self.household = HouseholdSection(self)
        self.welfare = WelfareSection(self)
        self.business = BusinessSection(self)
        self.notes = NotesSection(self)
        self.consent = ConsentSection()
        # Two independent columns, so a tall section on one side leaves no gap on the other.
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(12)
        for sections in ((self.identity, self.address, self.notes),
                         (self.household, self.welfare, self.business)):
            column = QVBoxLayout()
            for section in sections:
                column.addWidget(section)
            column.addStretch(1)
            columns.addLayout(column, 1)

    def sections(self) -> list[FormSection]:
        """In Tab order: down the left column, then the right, notes, consent."""
        return [self.identity, self.address, self.household, self.welfare, self.business,
                self.notes, self.consent]

    def slots(self) -> list[FieldSlot]:
        return [slot for section in self.sections() for slot in section.slots()]

    def slot(self, name: str) -> FieldSlot:
        return next(slot for slot in self.slots() if slot.name == name)

    def focus_order(self) -> list[QWidget]:
        return [widget for section in self.sections() for widget in section.focus_order()]

    def draft(self) -> ParticipantDraft:
        draft = ParticipantDraft()
        for section in self.sections():
            section.fill(draft)
        return draft

    def load(self, draft: ParticipantDraft) -> None:
        for section in self.sections():
            section.load(draft)
