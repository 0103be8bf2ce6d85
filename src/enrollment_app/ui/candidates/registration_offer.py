"""The registration screen's side of candidate lists: a NIK or a name typed for a new
registration that matches a candidate still to be visited brings the offer to open her
pre-filled from the list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from enrollment_app.domain.regions import load_regions
from enrollment_app.services import candidates
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.candidates.prompts import CandidatePrompts
from enrollment_app.ui.candidates.table_models import place_name
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.registration.form import RegistrationForm
from enrollment_app.ui.widgets.banner import BannerKind


class CandidateOffer(QObject):
    def __init__(self, form: RegistrationForm, ctx: ServiceContext, prompts: CandidatePrompts,
                 show_namesakes: Callable[[str], None]) -> None:
        super().__init__(form)
        self._form = form
        self._ctx = ctx
        self._prompts = prompts
        self._show_namesakes = show_namesakes
        self._offered_names: set[str] = set()
        form.unregistered_nik_typed.connect(self._offer_by_nik)
        form.fields.identity.left.connect(self._name_left)

    def open_candidate(self, candidate_id: str, *, ask: bool = True) -> bool:
        """Fill the registration form from the candidate (asks before dropping input)."""
        try:
            draft = candidates.candidate_draft(self._ctx, candidate_id)
            row = candidates.get_candidate(self._ctx, candidate_id)
        except (ServiceError, StorageError) as exc:
            self._form.banner.show_message(BannerKind.ERROR, user_message(exc))
            return False
        note = self.tr("Candidate from the {program} list ({source}). Check the ID card, "
                       "correct what is wrong, record the person's consent, then save.").format(
            program=row.program_name, source=row.source or "-")
        return self._form.fill_from_candidate(draft, candidate_id, note, ask=ask)

    def _offer_by_nik(self, nik: str) -> None:
        found = self._guarded(lambda: candidates.find_open_candidate(self._ctx, nik))
        if found is None:
            return
        if self._prompts.offer_candidate(self._form, found, self._where(found)):
            self.open_candidate(found.id, ask=False)

    def _name_left(self, field: str) -> None:
        form = self._form
        if field != "full_name" or form.editing_id is not None or \
                form.candidate_id is not None:
            return
        name = form.fields.identity.full_name.text().strip()
        if not name or name.casefold() in self._offered_names:
            return
        self._offered_names.add(name.casefold())  # ask once per name, not on every Tab
        # After the focus change that ended the field has been handled.
        QTimer.singleShot(0, self, lambda: self._offer_by_name(name))

    def _offer_by_name(self, name: str) -> None:
        found = self._guarded(lambda: candidates.open_candidates_named(self._ctx, name))
        if not found:
            return
        if len(found) == 1:
            if self._prompts.offer_candidate(self._form, found[0], self._where(found[0])):
                self.open_candidate(found[0].id, ask=False)
        elif self._prompts.offer_namesakes(self._form, name, len(found)):
            self._show_namesakes(name)

    @staticmethod
    def _where(candidate: candidates.CandidateRow) -> str:
        rt_rw = f"RT {candidate.rt}/RW {candidate.rw}" if candidate.rt else ""
        return ", ".join(part for part in (
            candidate.street, rt_rw, place_name(load_regions(), candidate.kelurahan_code,
                                                candidate.kecamatan_code)) if part)

    def _guarded(self, call: Callable[[], object]) -> object:
        try:
            return call()
        except (ServiceError, StorageError) as exc:
            self._form.banner.show_message(BannerKind.ERROR, user_message(exc))
            return None
