"""Which fields show their problems while the user types, and showing them.

A field speaks up once the user has left it (or, for identifiers, once enough digits are
typed to judge); after a save attempt every field speaks. The rules are the domain's own
``check_participant``, so the form and the service never disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from enrollment_app.domain.participant_checks import check_participant
from enrollment_app.domain.validation import Problem
from enrollment_app.ui.registration.form_fields import RegistrationFields
from enrollment_app.ui.registration.section import FieldSlot
from enrollment_app.ui.widgets.id_number_edit import IdNumberEdit


class LiveChecks:
    def __init__(self, fields: RegistrationFields, today: Callable[[], date]) -> None:
        self._fields = fields
        self._today = today
        self._touched: set[str] = set()
        self._show_all = False
        self._service_warnings: tuple[Problem, ...] = ()
        self._notes: dict[str, str] = {}  # field -> already translated extra error

    def reset(self) -> None:
        self._touched.clear()
        self._show_all = False
        self._service_warnings = ()
        self._notes.clear()
        for slot in self._fields.slots():
            slot.message.clear_problems()

    def edited(self, name: str) -> None:
        """The user changed a field: recheck, and forget service warnings about it."""
        widget = self._fields.slot(name).widget
        if isinstance(widget, IdNumberEdit) and widget.looks_complete():
            self._touched.add(name)
        self._service_warnings = tuple(w for w in self._service_warnings if w.field != name)
        self.refresh()

    def left(self, name: str) -> None:
        self._touched.add(name)
        self.refresh()

    def show_everything(self, service_warnings: Sequence[Problem] = ()) -> None:
        """After a save attempt: every field shows its problems, and the service's
        warnings (such as a possible duplicate) are shown at their fields too."""
        self._show_all = True
        self._service_warnings = tuple(service_warnings) or self._service_warnings
        self.refresh()

    def set_note(self, name: str, text: str) -> None:
        """An extra message at a field that the domain checks cannot know of."""
        if text:
            self._notes[name] = text
            self._touched.add(name)
        else:
            self._notes.pop(name, None)
        self.refresh()

    def refresh(self) -> None:
        checked = check_participant(self._fields.draft(), today=self._today())
        date_edit = self._fields.identity.birth_date
        for slot in self._fields.slots():
            if not (self._show_all or slot.name in self._touched):
                slot.message.clear_problems()
                continue
            problems = list(checked.problems_for(slot.name))
            known = {p.code for p in problems}
            problems += [w for w in self._service_warnings
                         if w.field == slot.name and w.code not in known]
            extra = [self._notes[slot.name]] if slot.name in self._notes else []
            if slot.name == "birth_date" and date_edit.is_unreadable():
                problems, extra = [], [date_edit.unreadable_message()]
            slot.message.show_problems(problems, extra)

    def first_error(self) -> FieldSlot | None:
        return next((s for s in self._fields.slots() if s.message.has_error()), None)
