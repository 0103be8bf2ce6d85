"""The registration screen: type a person in, see what is wrong at once, save with Enter.

Checks run as the user types with the same domain rules the service applies on save, so
what the form says and what the service refuses never disagree.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.names import normalize_name
from enrollment_app.domain.nik import check_nik
from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.i18n import tr
from enrollment_app.services import candidates, registration
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import (
    ConfirmationNeededError,
    DuplicateNikError,
    ServiceError,
    ValidationError,
)
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.registration.form_fields import RegistrationFields
from enrollment_app.ui.registration.live_checks import LiveChecks
from enrollment_app.ui.registration.prompts import DialogPrompts, RegistrationPrompts
from enrollment_app.ui.registration.section import FieldSlot
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.page_title import page_title


class RegistrationForm(QWidget):
    """New registrations and corrections of existing records (edit mode)."""

    saved = Signal(str)  # participant id, after a successful save
    mode_changed = Signal()  # new registration <-> editing
    # A complete NIK was typed for a new registration and nobody has it here yet
    # (ui.candidates offers a candidate from a registry list with that NIK).
    unregistered_nik_typed = Signal(str)

    def __init__(self, ctx: ServiceContext, changes: DataChanges, *,
                 prompts: RegistrationPrompts | None = None,
                 today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._changes = changes
        self._prompts: RegistrationPrompts = prompts or DialogPrompts()
        self._today = today
        self._editing_id: str | None = None
        self._dirty = False
        self._loading = False
        self._looked_up_nik: str | None = None
        self._registered: tuple[str, str, str] | None = None  # nik, participant id, name
        self._candidate_id: str | None = None  # registering a candidate from a list
        self.fields = RegistrationFields()
        self._checks = LiveChecks(self.fields, today)
        self._build()
        self._connect()
        self._show_mode()

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.title = page_title("", self)
        self.banner = Banner(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.fields)
        self._scroll = scroll
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.clear_button = QPushButton(self)
        for button in (self.save_button, self.clear_button):
            button.setAutoDefault(True)  # Enter on a focused button presses that button
            button.setMinimumHeight(button.sizeHint().height() + 8)
        # UU PDP requests about the person being corrected; shown in edit mode once the
        # main window has given it a menu (ui.accounts.window_features).
        self.data_request_button = QPushButton(self.tr("Personal data request"), self)
        self.data_request_button.setAutoDefault(False)
        self.data_request_button.hide()
        buttons = QVBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.data_request_button)
        buttons.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.fields.consent, 1)
        bottom.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        order = [*self.fields.focus_order(), self.save_button, self.clear_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        for section in self.fields.sections():
            section.edited.connect(self._on_edited)
            section.left.connect(self._on_left)
        # Programmatic changes that change what other fields mean (kelurahan list, desil).
        for signal in (self.fields.address.kecamatan.currentIndexChanged,
                       self.fields.welfare.registry_status.currentIndexChanged,
                       self.fields.address.outside_city.toggled):
            signal.connect(self._recheck)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.cancel)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel)

    # -- public -----------------------------------------------------------------------

    @property
    def editing_id(self) -> str | None:
        """The participant being corrected, or None for a new registration."""
        return self._editing_id

    def has_unsaved_input(self) -> bool:
        return self._dirty

    def slot(self, name: str) -> FieldSlot:
        """The input and message line of one ParticipantDraft field."""
        return self.fields.slot(name)

    def reveal_field(self, name: str) -> None:
        """Scroll so the field is in sight."""
        self._scroll.ensureWidgetVisible(self.fields.slot(name).widget)

    def focus_first_field(self) -> None:
        self.fields.identity.nik.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_new(self, *, ask: bool = True) -> bool:
        """Empty the form for a new registration; asks first if something is unsaved."""
        if ask and self._dirty and not self._prompts.confirm_discard(self):
            return False
        self._reset(ParticipantDraft())
        self.banner.clear_message()
        self.focus_first_field()
        return True

    def cancel(self) -> None:
        """Esc / the Clear button: leave edit mode or empty the form."""
        if self._editing_id is None and not self._dirty:
            self.banner.clear_message()
            self.focus_first_field()
            return
        self.start_new(ask=True)

    def edit_participant(self, participant_id: str, *, ask: bool = True) -> bool:
        """Load a registered person for correction."""
        if ask and self._dirty and not self._prompts.confirm_discard(self):
            return False
        try:
            draft = registration.load_draft(self._ctx, participant_id)
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return False
        self._reset(draft, editing_id=participant_id)
        self.banner.clear_message()
        self.fields.identity.full_name.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    @property
    def candidate_id(self) -> str | None:
        """The list candidate this new registration completes, if any."""
        return self._candidate_id

    def fill_from_candidate(self, draft: ParticipantDraft, candidate_id: str, note: str, *,
                            ask: bool = True) -> bool:
        """A new registration pre-filled from a registry list's candidate; saving it
        registers the person and marks the candidate registered (services.candidates)."""
        if ask and self._dirty and not self._prompts.confirm_discard(self):
            return False
        self._reset(draft, candidate_id=candidate_id)
        self._dirty = True  # nothing of it is saved yet
        self._checks.show_everything()
        self.banner.show_message(BannerKind.INFO, note)
        self.fields.identity.full_name.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def save(self) -> str | None:
        """Save the form through the registration service; returns the participant id."""
        self._checks.show_everything()
        date_edit = self.fields.identity.birth_date
        if date_edit.is_unreadable():
            self._refuse(self.tr("The birth date cannot be read; nothing was saved."))
            return None
        draft = self.fields.draft()
        confirmed: frozenset[str] = frozenset()
        while True:
            try:
                participant_id = self._submit(draft, confirmed)
                break
            except ValidationError as exc:
                self._refuse(exc.render(tr))
                return None
            except ConfirmationNeededError as exc:
                self._checks.show_everything(exc.warnings)
                if not self._prompts.confirm_warnings(self, [w.render(tr) for w in exc.warnings]):
                    self.banner.show_message(BannerKind.INFO, self.tr(
                        "Not saved yet: check the points marked in orange, then save again."))
                    return None
                confirmed |= exc.codes
            except DuplicateNikError as exc:
                self._open_duplicate(exc)
                return None
            except (ServiceError, StorageError) as exc:
                self.banner.show_message(BannerKind.ERROR, user_message(exc))
                return None
        self._after_save(participant_id, draft)
        return participant_id

    # -- saving -----------------------------------------------------------------------

    def _submit(self, draft: ParticipantDraft, confirmed: frozenset[str]) -> str:
        today = self._today()
        if self._candidate_id is not None:
            return candidates.register_candidate(self._ctx, self._candidate_id, draft,
                                                 confirmed=confirmed, today=today)
        if self._editing_id is None:
            return registration.register_participant(self._ctx, draft, confirmed=confirmed,
                                                     today=today)
        registration.update_participant(self._ctx, self._editing_id, draft,
                                        confirmed=confirmed, today=today)
        return self._editing_id

    def _after_save(self, participant_id: str, draft: ParticipantDraft) -> None:
        name = normalize_name(draft.full_name)
        if self._editing_id is None:
            text = self.tr("Saved: {name} is registered. The form is empty for the next "
                           "person.").format(name=name)
        else:
            text = self.tr("Saved: the changes to {name} are recorded.").format(name=name)
        self._reset(ParticipantDraft())
        self.banner.show_message(BannerKind.SUCCESS, text)
        self.focus_first_field()
        self.saved.emit(participant_id)
        self._changes.participants_changed.emit(participant_id)

    def _refuse(self, text: str) -> None:
        self.banner.show_message(BannerKind.ERROR, text)
        first = self._checks.first_error()
        if first is not None:
            self.reveal_field(first.name)
            target = first.widget if first.widget.isEnabled() else self.fields.identity.nik
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_duplicate(self, exc: DuplicateNikError) -> None:
        """The NIK is registered: show that person instead of creating a duplicate."""
        text = exc.render(tr)
        if self.edit_participant(exc.participant_id, ask=False):
            self.banner.show_message(BannerKind.INFO, text)
        else:
            self.banner.show_message(BannerKind.ERROR, text)

    # -- live checks ------------------------------------------------------------------

    def _on_edited(self, name: str) -> None:
        if self._loading:
            return
        self._dirty = True
        self._checks.edited(name)
        if name == "nik":
            self._look_up_nik()

    def _on_left(self, name: str) -> None:
        if not self._loading:
            self._checks.left(name)

    def _recheck(self) -> None:
        if not self._loading:
            self._checks.refresh()

    def _current_nik(self) -> str | None:
        return check_nik(self.fields.identity.nik.text(), today=self._today()).value

    def _look_up_nik(self) -> None:
        """As soon as a complete NIK is typed, see whether that person is registered."""
        nik = self._current_nik()
        if self._registered is not None and nik != self._registered[0]:
            self._registered = None
            self._checks.set_note("nik", "")
        if nik is None or nik == self._looked_up_nik:
            return
        self._looked_up_nik = nik
        try:
            found = registration.find_by_nik(self._ctx, nik)
            if found is None and self._editing_id is None and self._candidate_id is None:
                QTimer.singleShot(0, self, lambda: self._announce_unregistered(nik))
            if found is None or found == self._editing_id:
                return
            name = registration.load_draft(self._ctx, found).full_name
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return
        self._registered = (nik, found, name)
        self._checks.set_note("nik", self.tr(
            "This NIK is already registered for {name}; saving opens their record.").format(
                name=name))
        # Ask after the key press that completed the NIK has been handled.
        QTimer.singleShot(0, self, self._offer_registered)

    def _announce_unregistered(self, nik: str) -> None:
        if self._current_nik() == nik and self._candidate_id is None:
            self.unregistered_nik_typed.emit(nik)

    def _offer_registered(self) -> None:
        if self._registered is None or self._current_nik() != self._registered[0]:
            return
        nik, participant_id, name = self._registered
        if self._prompts.offer_open_existing(self, name, nik):
            self.edit_participant(participant_id, ask=False)

    # -- state ------------------------------------------------------------------------

    def _reset(self, draft: ParticipantDraft, editing_id: str | None = None,
               candidate_id: str | None = None) -> None:
        self._editing_id = editing_id
        self._candidate_id = candidate_id
        self._dirty = False
        self._registered = None
        with self._quietly():
            self.fields.load(draft)
        self._looked_up_nik = draft.nik if editing_id or candidate_id else None
        self._checks.reset()
        self._show_mode()
        self.mode_changed.emit()

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        self._loading = True
        try:
            yield
        finally:
            self._loading = False

    def _show_mode(self) -> None:
        if self._candidate_id is not None:
            self.title.setText(self.tr("New registration from a candidate list"))
            self.save_button.setText(self.tr("Save (Enter)"))
            self.clear_button.setText(self.tr("Clear form (Esc)"))
        elif self._editing_id is None:
            self.title.setText(self.tr("New registration"))
            self.save_button.setText(self.tr("Save (Enter)"))
            self.clear_button.setText(self.tr("Clear form (Esc)"))
        else:
            draft_name = self.fields.identity.full_name.text()
            self.title.setText(self.tr("Correcting the record of {name}").format(
                name=draft_name))
            self.save_button.setText(self.tr("Save changes (Enter)"))
            self.clear_button.setText(self.tr("Cancel editing (Esc)"))
        self.data_request_button.setVisible(
            self._editing_id is not None and self.data_request_button.menu() is not None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter pressed in any line edit, combo box or check box saves the form (the
        inputs pass Enter on to their parent)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.save()
            return
        super().keyPressEvent(event)

