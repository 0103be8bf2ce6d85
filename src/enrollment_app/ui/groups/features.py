"""What groups, business units and targets add to the main window:

- the Groups page and the Business units page (roles that may see participants);
- the Targets page (roles with the dashboard; the central office counts every device's
  records merged in its database);
- Participants > Groups and businesses of this person... (Ctrl+Shift+G): the groups and
  units of the person open in the form or selected in the list, each opening its page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.services import business_units, groups
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.data_subject import Subject
from enrollment_app.services.errors import ServiceError
from enrollment_app.services.permissions import CENTRAL, Permission, allowed
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.applications.open_dialog import open_kept
from enrollment_app.ui.business_units.units_view import UnitsView
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.groups.groups_view import GroupsView
from enrollment_app.ui.targets.targets_view import (
    TargetsSource,
    TargetsView,
    central_source,
    device_source,
)

if TYPE_CHECKING:
    from enrollment_app.ui.main_window import MainWindow

GROUP, UNIT = "group", "unit"
STATUS_MESSAGE_MS = 6000


class PersonLinksDialog(QDialog):
    """The groups and business units of one person; Enter or a double-click opens one."""

    def __init__(self, ctx: ServiceContext, subject: Subject,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: tuple[str, str] | None = None  # (GROUP or UNIT, id)
        self.setWindowTitle(self.tr("Groups and businesses of {name}").format(
            name=subject.full_name))
        self.setMinimumWidth(480)
        self.items = QListWidget(self)
        for summary in groups.groups_of_participant(ctx, subject.participant_id):
            self._add(GROUP, summary.id, self.tr("Group: {name}").format(name=summary.name))
        for unit in business_units.units_of_participant(ctx, subject.participant_id):
            self._add(UNIT, unit.id, self.tr("Business unit: {name}").format(name=unit.name))
        self.items.itemActivated.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(lambda: self._open(self.items.currentItem()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.items.count() == 0:
            layout.addWidget(QLabel(self.tr("{name} is in no group and owns no business unit "
                                            "yet. Add them on the Groups or Business units "
                                            "page.").format(name=subject.full_name), self))
        else:
            self.items.setCurrentRow(0)
        layout.addWidget(self.items)
        layout.addWidget(buttons)

    def _add(self, kind: str, record_id: str, text: str) -> None:
        item = QListWidgetItem(text, self.items)
        item.setData(Qt.ItemDataRole.UserRole, (kind, record_id))

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen = item.data(Qt.ItemDataRole.UserRole)
            self.accept()


class GroupFeatures(QObject):
    def __init__(self, window: MainWindow, ctx: ServiceContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self.groups: GroupsView | None = None
        self.units: UnitsView | None = None
        self.targets: TargetsView | None = None
        self.dialog: PersonLinksDialog | None = None
        self.groups_page = self.units_page = self.targets_page = -1
        if allowed(ctx.actor.role, Permission.VIEW_PARTICIPANTS):
            self._add_group_pages()
        if allowed(ctx.actor.role, Permission.VIEW_DASHBOARD):
            self.targets = TargetsView(self._source(), window.changes)
            self.targets_page = window.add_page(self.tr("Targets"), self.targets,
                                                Permission.VIEW_DASHBOARD)
            window.navigation.item(self.targets_page).setToolTip(self.tr(
                "Each program target counted in its own unit: persons, business units, "
                "groups or events"))

    def _add_group_pages(self) -> None:
        window = self._window
        self.groups = GroupsView(self._ctx, window.changes)
        self.groups_page = window.add_page(self.tr("Groups"), self.groups,
                                           Permission.VIEW_PARTICIPANTS)
        self.units = UnitsView(self._ctx, window.changes)
        self.units_page = window.add_page(self.tr("Business units"), self.units,
                                          Permission.VIEW_PARTICIPANTS)
        action = QAction(self.tr("Groups and &businesses of this person..."), window)
        action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: self.open_person_links())
        window.participants_menu.addAction(action)
        self.person_action = action

    def _source(self) -> TargetsSource:
        office = self._window.program_features.office  # the central office's database
        if self._ctx.actor.role == CENTRAL and office is not None:
            return central_source(office)
        return device_source(self._ctx)

    def open_person_links(self) -> PersonLinksDialog | None:
        subject = self._window.account_features.current_subject()
        if subject is None:
            return None
        try:
            dialog = PersonLinksDialog(self._ctx, subject, self._window)
        except (ServiceError, StorageError) as exc:
            self._window.statusBar().showMessage(user_message(exc), STATUS_MESSAGE_MS)
            return None
        dialog.accepted.connect(lambda: self.show_record(*dialog.chosen)
                                if dialog.chosen else None)
        return open_kept(dialog, self, "dialog")

    def show_record(self, kind: str, record_id: str) -> None:
        """Go to the Groups or Business units page with the record chosen."""
        if kind == GROUP and self.groups is not None:
            self._window.navigation.setCurrentRow(self.groups_page)
            self.groups.open_group(record_id)
        elif kind == UNIT and self.units is not None:
            self._window.navigation.setCurrentRow(self.units_page)
            self.units.open_unit(record_id)
