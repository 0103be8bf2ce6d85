"""What the programs add to the main window: the catalog screen (every role), "Edit
program..." on it (Ctrl+Shift+P; roles that may edit the catalog) and the Dashboard
(Ctrl+D; roles with the view-dashboard permission).

The central office's dashboard counts every device's merged records in the central
database of this data folder; a device's counts its own records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from enrollment_app.services import program_dashboard
from enrollment_app.services.central import (
    CentralOffice,
    default_central_url,
    default_keys_dir,
)
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.permissions import CENTRAL, Permission, allowed
from enrollment_app.ui.programs.catalog_view import CatalogView, add_catalog_page
from enrollment_app.ui.programs.dashboard import DashboardSource, ProgramDashboardView

if TYPE_CHECKING:
    from enrollment_app.ui.main_window import MainWindow


def device_source(ctx: ServiceContext) -> DashboardSource:
    return DashboardSource(lambda: program_dashboard.dashboard_programs(ctx),
                           lambda program_id: program_dashboard.program_dashboard(
                               ctx, program_id))


def central_source(office: CentralOffice) -> DashboardSource:
    return DashboardSource(lambda: program_dashboard.central_dashboard_programs(office),
                           lambda program_id: program_dashboard.central_program_dashboard(
                               office, program_id))


class ProgramFeatures(QObject):
    def __init__(self, window: MainWindow, ctx: ServiceContext) -> None:
        super().__init__(window)
        self._window = window
        self.office: CentralOffice | None = None
        self.catalog: CatalogView = add_catalog_page(window, ctx)
        self.dashboard: ProgramDashboardView | None = None
        self.dashboard_page = -1
        self.edit_action: QAction | None = None
        if self.catalog.may_edit:
            self.edit_action = self._edit_action()
            self.catalog.program_saved.connect(lambda _program_id: self._refresh_dashboard())
        if not allowed(ctx.actor.role, Permission.VIEW_DASHBOARD):
            return
        self.dashboard = ProgramDashboardView(self._source(ctx), window.changes)
        self.catalog.quotas_saved.connect(lambda _program_id: self._refresh_dashboard())
        self.dashboard_page = window.add_page(self.tr("Dashboard"), self.dashboard,
                                              Permission.VIEW_DASHBOARD)
        window.navigation.item(self.dashboard_page).setToolTip(self.tr(
            "Quota progress per kecamatan and the application pipeline (Ctrl+D)"))
        action = QAction(self.tr("&Dashboard"), window)
        action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(self.show_dashboard)
        window.addAction(action)
        self.dashboard_action = action

    def _edit_action(self) -> QAction:
        action = QAction(self.tr("&Edit program..."), self._window)
        action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_P))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(self.edit_program)
        self._window.addAction(action)
        return action

    def edit_program(self) -> None:
        """The Programs screen with the chosen program's edit dialog open."""
        self._window.navigation.setCurrentRow(self._window.pages.indexOf(self.catalog))
        self.catalog.edit_program()

    def _source(self, ctx: ServiceContext) -> DashboardSource:
        if ctx.actor.role != CENTRAL:
            return device_source(ctx)
        url = default_central_url(ctx.db.data_dir)
        self.office = CentralOffice(url, default_keys_dir(url, ctx.db.data_dir))
        return central_source(self.office)

    def _refresh_dashboard(self) -> None:
        if self.dashboard is not None:
            self.dashboard.refresh()

    def show_dashboard(self) -> None:
        self._window.navigation.setCurrentRow(self.dashboard_page)
        if self.dashboard is not None:
            self.dashboard.program.setFocus(Qt.FocusReason.ShortcutFocusReason)
