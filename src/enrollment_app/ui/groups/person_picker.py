"""Choosing a registered participant by NIK, by name or by scanning their card.

A USB scanner types the card code and Enter, like a person typing a NIK and Enter, so
one field serves both: Enter with a card code or a whole NIK picks that person at once;
Enter with part of a name lists the matches (Enter or a double-click on one picks it).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from enrollment_app.domain.card_code import decode_card
from enrollment_app.domain.nik import NIK_LENGTH
from enrollment_app.domain.validation import Problem
from enrollment_app.services import data_subject
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import NotFoundError, ServiceError
from enrollment_app.services.participant_search import SearchQuery, search_participants
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.field_message import FieldMessage

MATCHES_SHOWN = 20
RESULTS_HEIGHT = 110


class PersonPicker(QWidget):
    """``picked(participant_id, full_name)`` once a person is chosen; the field is then
    emptied for the next one. ``message`` shows what went wrong, at the field."""

    picked = Signal(str, str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("NIK or name, then Enter; or scan the card"))
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self.enter)
        self.results = QListWidget(self)
        self.results.setMaximumHeight(RESULTS_HEIGHT)
        self.results.setAccessibleName(self.tr("People matching the search"))
        self.results.itemActivated.connect(self._pick_item)
        self.results.hide()
        self.message = FieldMessage(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.field)
        layout.addWidget(self.results)
        layout.addWidget(self.message)
        self.setFocusProxy(self.field)

    def enter(self) -> None:
        """Enter in the field: a card or a whole NIK picks; a name lists the matches."""
        text = self.field.text().strip()
        self.message.clear_problems()
        self.results.hide()
        if not text:
            return
        card_id = decode_card(text)
        digits = "".join(ch for ch in text if ch.isdigit())
        if card_id is not None or (len(digits) == NIK_LENGTH and digits == text.replace(
                " ", "").replace(".", "")):
            self._pick_known(card_id or digits, text)
            return
        try:
            rows = search_participants(self._ctx.db, SearchQuery(text=text),
                                       limit=MATCHES_SHOWN)
        except StorageError as exc:
            self.show_error(user_message(exc))
            return
        if not rows:
            self.show_error(self.tr("Nobody registered matches \"{text}\". Register the "
                                    "person first.").format(text=text))
        elif len(rows) == 1:
            self._picked(rows[0].id, rows[0].full_name)
        else:
            self.results.clear()
            for row in rows:
                item = QListWidgetItem(f"{row.full_name}  ·  {row.nik}", self.results)
                item.setData(Qt.ItemDataRole.UserRole, (row.id, row.full_name))
            self.results.show()
            self.results.setCurrentRow(0)
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        self.message.show_problems([], [text])

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.message.show_problems(problems)

    def clear(self) -> None:
        self.field.clear()
        self.results.hide()
        self.message.clear_problems()

    def _pick_known(self, nik_or_id: str, typed: str) -> None:
        try:
            subject = data_subject.find_subject(self._ctx, nik_or_id)
        except NotFoundError:
            self.show_error(self.tr("No registered participant has the NIK or card "
                                    "\"{text}\". Register the person first.").format(
                text=typed))
            return
        except (ServiceError, StorageError) as exc:
            self.show_error(user_message(exc))
            return
        self._picked(subject.participant_id, subject.full_name)

    def _pick_item(self, item: QListWidgetItem) -> None:
        participant_id, name = item.data(Qt.ItemDataRole.UserRole)
        self._picked(participant_id, name)

    def _picked(self, participant_id: str, name: str) -> None:
        self.field.clear()
        self.results.hide()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.picked.emit(participant_id, name)
