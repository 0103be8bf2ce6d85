"""What completion and documents add to the main window: the Completion page (trainers
for their classes, supervisors for all) and a Documents menu for the chosen class."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from enrollment_app.services.context import ServiceContext
from enrollment_app.services.permissions import Permission, allowed
from enrollment_app.ui.completion.completion_view import CompletionView

if TYPE_CHECKING:
    from enrollment_app.ui.main_window import MainWindow


class CompletionFeatures(QObject):
    def __init__(self, window: MainWindow, ctx: ServiceContext) -> None:
        super().__init__(window)
        self._window = window
        self.view: CompletionView | None = None
        self.page = -1
        self.actions: list[QAction] = []
        if not allowed(ctx.actor.role, Permission.MARK_ATTENDANCE):
            return
        self.view = CompletionView(ctx, window.changes)
        self.page = window.add_page(self.tr("Completion"), self.view,
                                    Permission.MARK_ATTENDANCE)
        window.navigation.item(self.page).setToolTip(self.tr(
            "Attendance rates, completion, certificates, starter packages, cards and "
            "attendance sheets"))
        menu = window.menuBar().addMenu(self.tr("&Documents"))
        view = self.view
        entries: list[tuple[str, Callable[[], object]]] = [
            (self.tr("Print participant &cards…"), view.print_cards),
            (self.tr("&Attendance sheet PDF…"), view.print_sheet),
            (self.tr("&Key in a paper sheet…"), view.key_paper_sheet),
        ]
        if allowed(ctx.actor.role, Permission.DECIDE_APPLICATIONS):
            entries.append((self.tr("Cer&tificates PDF…"), view.print_certificates))
        for text, slot in entries:
            action = QAction(text, window)
            action.triggered.connect(lambda _checked=False, run=slot: self._on_page(run))
            menu.addAction(action)
            self.actions.append(action)
        window.navigation.currentRowChanged.connect(self._page_shown)

    def show_page(self) -> None:
        self._window.navigation.setCurrentRow(self.page)

    def _on_page(self, run: Callable[[], object]) -> None:
        """Menu entries act on the class chosen on the Completion page."""
        self.show_page()
        run()

    def _page_shown(self, row: int) -> None:
        if row == self.page and self.view is not None:
            self.view.reload_classes()
