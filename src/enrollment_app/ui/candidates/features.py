"""What candidate lists add to the main window: the Candidates page (Ctrl+Shift+K, roles
that see participants) and the registration form's offer to open a listed person
pre-filled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from enrollment_app.services.context import ServiceContext
from enrollment_app.services.permissions import Permission, allowed
from enrollment_app.ui.candidates.candidates_view import CandidatesView
from enrollment_app.ui.candidates.prompts import CandidatePrompts, DialogCandidatePrompts
from enrollment_app.ui.candidates.registration_offer import CandidateOffer

if TYPE_CHECKING:
    from enrollment_app.ui.main_window import MainWindow


class CandidateFeatures(QObject):
    def __init__(self, window: MainWindow, ctx: ServiceContext,
                 prompts: CandidatePrompts | None = None) -> None:
        super().__init__(window)
        self._window = window
        self.view: CandidatesView | None = None
        self.offer: CandidateOffer | None = None
        self.page = -1
        if not allowed(ctx.actor.role, Permission.VIEW_PARTICIPANTS):
            return
        asked = prompts or DialogCandidatePrompts(self)
        self.view = CandidatesView(ctx, asked)
        self.page = window.add_page(self.tr("Candidates"), self.view,
                                    Permission.VIEW_PARTICIPANTS)
        window.navigation.item(self.page).setToolTip(self.tr(
            "People on the registry lists still to be visited, per kelurahan (Ctrl+Shift+K)"))
        self.offer = CandidateOffer(window.registration_form, ctx, asked, self.show_named)
        self.view.open_requested.connect(self.open_candidate)
        window.changes.participants_changed.connect(lambda _id: self._refresh())
        action = QAction(self.tr("&Candidates to visit"), window)
        action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(self.show_candidates)
        window.participants_menu.addAction(action)
        self.action = action

    def show_candidates(self) -> None:
        if self.view is not None:
            self._window.navigation.setCurrentRow(self.page)
            self.view.refresh()
            self.view.focus_search()

    def show_named(self, name: str) -> None:
        if self.view is not None:
            self._window.navigation.setCurrentRow(self.page)
            self.view.show_search(name)

    def open_candidate(self, candidate_id: str) -> None:
        if self.offer is not None:
            self._window.show_registration()
            self.offer.open_candidate(candidate_id, ask=True)

    def _refresh(self) -> None:
        if self.view is not None:
            self.view.refresh()
