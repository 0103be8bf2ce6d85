"""Free notes about the registration."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.ui.registration.section import FormSection

NOTES_VISIBLE_LINES = 3


class NotesSection(FormSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Notes"), parent)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)  # Tab moves on; it never types a tab character
        self.notes.setPlaceholderText(self.tr("anything the office should know (optional)"))
        line = self.notes.fontMetrics().lineSpacing()
        self.notes.setFixedHeight(line * NOTES_VISIBLE_LINES + 14)
        self.add_field("", "notes", self.notes)

    def fill(self, draft: ParticipantDraft) -> None:
        draft.notes = self.notes.toPlainText()

    def load(self, draft: ParticipantDraft) -> None:
        self.notes.setPlainText(draft.notes)
