"""The Groups page: the groups on the left (filtered by kecamatan, kind or name); the chosen
one on the right with its details, its members (added by NIK, name or card scan) and the
equipment handed over to it, whose receipt prints as a PDF with a signature line per
member who signed."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.birth_date import format_short_date
from enrollment_app.domain.choices import CHOICES_CONTEXT, GROUP_KIND, GROUP_MEMBER_ROLE
from enrollment_app.domain.facilitation_kinds import EQUIPMENT, GROUP
from enrollment_app.domain.regions import load_regions
from enrollment_app.i18n import tr
from enrollment_app.services import facilitation, groups
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.documents.handover_receipt import write_handover_receipt
from enrollment_app.services.documents.pdf_page import DocumentResult
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.services.facilitation import FacilitationInfo
from enrollment_app.services.groups import GroupInfo, MemberInfo
from enrollment_app.services.permissions import Permission, allowed
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.applications.open_dialog import open_kept
from enrollment_app.ui.business_units.facilitation_dialog import FacilitationDialog, Subject
from enrollment_app.ui.completion.pdf_runner import PdfRunner
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.groups.group_dialog import GroupDialog, LeaveDialog
from enrollment_app.ui.groups.person_picker import PersonPicker
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.choice_combo import ChoiceCombo
from enrollment_app.ui.widgets.page_title import page_title

LIST_WIDTH = 300


def page_layout(page: QWidget, title: str, banner: Banner, new_button: QPushButton,
                list_side: Callable[[], QLayout], detail_side: Callable[[], QLayout]) -> None:
    """Lays out a list page: ``title`` with ``new_button`` on its right, the banner, then
    the list (built by ``list_side``) on the left and the chosen item on the right."""
    heading = QHBoxLayout()
    heading.addWidget(page_title(title, page))
    heading.addStretch(1)
    heading.addWidget(new_button)
    middle = QHBoxLayout()
    middle.addLayout(list_side())
    middle.addLayout(detail_side(), 1)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(12, 8, 12, 8)
    layout.addLayout(heading)
    layout.addWidget(banner)
    layout.addLayout(middle, 1)


def search_field(parent: QWidget, placeholder: str) -> QLineEdit:
    search = QLineEdit(parent)
    search.setPlaceholderText(placeholder)
    search.setClearButtonEnabled(True)
    return search


def item_list(parent: QWidget, accessible_name: str) -> QListWidget:
    items = QListWidget(parent)
    items.setWordWrap(True)
    items.setSpacing(2)
    items.setAccessibleName(accessible_name)
    return items


def list_column(filters: Sequence[ChoiceCombo], search: QLineEdit, items: QListWidget,
                refresh: Callable[[], None],
                show_current: Callable[[], None]) -> QVBoxLayout:
    """The left column of a list page: the filters and the search field (which refresh
    the list when changed) above the list, whose current item is shown on the right."""
    items.currentItemChanged.connect(lambda *_: show_current())
    for combo in filters:
        combo.currentIndexChanged.connect(lambda _i: refresh())
    search.textChanged.connect(lambda _t: refresh())
    column = QVBoxLayout()
    for widget in (*filters, search, items):
        widget.setFixedWidth(LIST_WIDTH)
        column.addWidget(widget)
    column.setStretch(len(filters) + 1, 1)
    return column


def clear_filters(filters: Sequence[ChoiceCombo], search: QLineEdit) -> None:
    """Back to every item: the filters at their first choice, the search empty (without
    signals; the caller refreshes)."""
    for combo in filters:
        combo.blockSignals(True)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)
    search.blockSignals(True)
    search.clear()
    search.blockSignals(False)


def fill_list(items: QListWidget, entries: Iterable[tuple[str, str]],
              chosen: str | None) -> None:
    """Puts the (id, text) ``entries`` in the list without signals; ``chosen`` (or else
    the first item) becomes the current one."""
    items.blockSignals(True)
    items.clear()
    for entry_id, text in entries:
        item = QListWidgetItem(text, items)
        item.setData(Qt.ItemDataRole.UserRole, entry_id)
        if entry_id == chosen:
            items.setCurrentItem(item)
    if items.currentItem() is None and items.count():
        items.setCurrentRow(0)
    items.blockSignals(False)


def read_only_table(parent: QWidget, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))


def region_text(kecamatan_code: str, kelurahan_code: str) -> str:
    regions = load_regions()
    return ", ".join(name for name in (regions.kelurahan_name(kelurahan_code),
                                       regions.kecamatan_name(kecamatan_code)) if name)


class GroupsView(QWidget):
    def __init__(self, ctx: ServiceContext, changes: DataChanges,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._changes = changes
        self._current: GroupInfo | None = None
        self._handovers: list[FacilitationInfo] = []
        self.dialog: GroupDialog | LeaveDialog | FacilitationDialog | None = None
        self.receipts = PdfRunner(self)
        self.last_receipt: DocumentResult | None = None
        self._build()
        self.receipts.finished.connect(self._receipt_written)
        self.receipts.failed.connect(lambda text: self.banner.show_message(
            BannerKind.ERROR, text))
        changes.groups_changed.connect(lambda _id: self.refresh())
        changes.participants_changed.connect(lambda _id: self._show_current())
        self._apply_role()
        self.refresh()

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = Banner(self)
        self.new_button = QPushButton(self.tr("&New group…"), self)
        self.new_button.clicked.connect(self.new_group)
        page_layout(self, self.tr("Groups"), self.banner, self.new_button, self._list_side,
                    self._group_side)

    def _list_side(self) -> QVBoxLayout:
        self.kecamatan = ChoiceCombo(placeholder=self.tr("All kecamatan"), parent=self)
        self.kecamatan.set_items(load_regions().kecamatan())
        self.kind_filter = ChoiceCombo(GROUP_KIND, placeholder=self.tr("All kinds"),
                                       parent=self)
        self.search = search_field(self, self.tr("Search group name"))
        self.group_list = item_list(self, self.tr("Groups"))
        return list_column((self.kecamatan, self.kind_filter), self.search, self.group_list,
                           self.refresh, self._show_current)

    def _group_side(self) -> QVBoxLayout:
        details = QGroupBox(self.tr("Group"), self)
        grid = QGridLayout(details)
        self.facts: dict[str, QLabel] = {}
        for n, (key, label) in enumerate((
                ("name", self.tr("Name")), ("kind", self.tr("Kind")),
                ("place", self.tr("Kelurahan, kecamatan")), ("leader", self.tr("Leader")),
                ("contact", self.tr("Contact")), ("members", self.tr("Members")))):
            self.facts[key] = QLabel(details)
            self.facts[key].setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(QLabel(label + ":", details), n // 2, (n % 2) * 2)
            grid.addWidget(self.facts[key], n // 2, (n % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.edit_button = QPushButton(self.tr("&Edit group…"), details)
        self.edit_button.clicked.connect(self.edit_group)
        grid.addWidget(self.edit_button, 3, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        column = QVBoxLayout()
        column.addWidget(details)
        column.addWidget(self._members_box(), 3)
        column.addWidget(self._handovers_box(), 2)
        return column

    def _members_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Members"), self)
        self.picker = PersonPicker(self._ctx, box)
        self.picker.picked.connect(self.add_member)
        self.role = ChoiceCombo(GROUP_MEMBER_ROLE, parent=box)
        self.role.set_code(groups.MEMBER)
        add_label = QLabel(self.tr("&Add member:"), box)
        add_label.setBuddy(self.picker.field)
        role_label = QLabel(self.tr("R&ole:"), box)
        role_label.setBuddy(self.role)
        add_row = QHBoxLayout()
        add_row.addWidget(add_label, 0, Qt.AlignmentFlag.AlignTop)
        add_row.addWidget(self.picker, 1)
        add_row.addWidget(role_label, 0, Qt.AlignmentFlag.AlignTop)
        add_row.addWidget(self.role, 0, Qt.AlignmentFlag.AlignTop)
        self.members_table = read_only_table(box, (
            self.tr("Name"), self.tr("NIK"), self.tr("Role"), self.tr("Joined"),
            self.tr("Left")))
        self.members_table.setAccessibleName(self.tr("Members of the group"))
        self.leave_button = QPushButton(self.tr("&Leaves the group…"), box)
        self.leave_button.clicked.connect(self.leave)
        self.leader_button = QPushButton(self.tr("Make lea&der"), box)
        self.leader_button.clicked.connect(self.make_leader)
        buttons = QHBoxLayout()
        buttons.addWidget(self.leave_button)
        buttons.addWidget(self.leader_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(add_row)
        layout.addWidget(self.members_table, 1)
        layout.addLayout(buttons)
        return box

    def _handovers_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Equipment handed over"), self)
        self.handovers_table = read_only_table(box, (
            self.tr("Date"), self.tr("Items"), self.tr("Serial numbers"),
            self.tr("Signed by")))
        self.handover_button = QPushButton(self.tr("&Record equipment handover…"), box)
        self.handover_button.clicked.connect(self.record_handover)
        self.receipt_button = QPushButton(self.tr("&Print receipt…"), box)
        self.receipt_button.setToolTip(self.tr("A PDF with a signature line per member who "
                                               "signed for the selected handover"))
        self.receipt_button.clicked.connect(self.print_receipt)
        buttons = QHBoxLayout()
        buttons.addWidget(self.handover_button)
        buttons.addWidget(self.receipt_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.handovers_table, 1)
        layout.addLayout(buttons)
        return box

    def _apply_role(self) -> None:
        role = self._ctx.actor.role
        self._can_edit = allowed(role, Permission.REGISTER)
        self._can_hand_over = allowed(role, Permission.DECIDE_APPLICATIONS)
        self.new_button.setVisible(self._can_edit)

    # -- public -----------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        chosen = select_id or (self._current.id if self._current else None)
        try:
            found = groups.list_groups(self._ctx, kecamatan_code=self.kecamatan.code() or None,
                                       text=self.search.text())
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return
        kind = self.kind_filter.code()
        regions = load_regions()
        fill_list(self.group_list, ((summary.id, self.tr(
            "{name}\n{kecamatan} · {count} member(s)").format(
                name=summary.name, count=summary.active_members,
                kecamatan=regions.kecamatan_name(summary.kecamatan_code) or ""))
            for summary in found if not kind or summary.kind == kind), chosen)
        self._show_current()

    def open_group(self, group_id: str) -> None:
        """Show ``group_id`` whatever the filters say."""
        clear_filters((self.kecamatan, self.kind_filter), self.search)
        self.refresh(group_id)

    def current_group(self) -> GroupInfo | None:
        return self._current

    def new_group(self) -> GroupDialog:
        dialog = open_kept(GroupDialog(self._ctx, parent=self), self, "dialog")
        dialog.accepted.connect(lambda: self._saved(dialog.saved_id, self.tr("Group saved.")))
        return dialog

    def edit_group(self) -> GroupDialog | None:
        if self._current is None:
            return None
        dialog = open_kept(GroupDialog(self._ctx, self._current, self), self, "dialog")
        dialog.accepted.connect(lambda: self._saved(dialog.saved_id, self.tr("Group saved.")))
        return dialog

    def add_member(self, participant_id: str, name: str) -> bool:
        if self._current is None:
            return False
        try:
            groups.add_member(self._ctx, self._current.id, participant_id,
                              role=self.role.code() or groups.MEMBER)
        except ValidationError as exc:
            self.picker.show_problems(exc.problems)
            return False
        except (ServiceError, StorageError) as exc:
            self.picker.show_error(user_message(exc))
            return False
        self.role.set_code(groups.MEMBER)
        self._saved(self._current.id, self.tr("{name} joined {group}.").format(
            name=name, group=self._current.name))
        self.picker.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def selected_member(self) -> MemberInfo | None:
        row = self.members_table.currentRow()
        members = self._current.members if self._current else ()
        if not 0 <= row < len(members):
            self.banner.show_message(BannerKind.INFO, self.tr(
                "Select the member in the list first."))
            return None
        return members[row]

    def leave(self) -> LeaveDialog | None:
        member = self.selected_member()
        if member is None:
            return None
        dialog = open_kept(LeaveDialog(self._ctx, member, self), self, "dialog")
        dialog.accepted.connect(lambda: self._saved(
            self._current.id if self._current else None,
            self.tr("{name} left the group.").format(name=member.full_name)))
        return dialog

    def make_leader(self) -> None:
        member = self.selected_member()
        if member is None or self._current is None:
            return
        try:
            groups.set_leader(self._ctx, self._current.id, member.participant_id)
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, _error_text(exc))
            return
        self._saved(self._current.id, self.tr("{name} leads the group now.").format(
            name=member.full_name))

    def record_handover(self) -> FacilitationDialog | None:
        group = self._current
        if group is None:
            return None
        members = tuple((m.participant_id, m.full_name) for m in group.active_members())
        dialog = FacilitationDialog(self._ctx, Subject(GROUP, group.id, group.name, members),
                                    kinds=(EQUIPMENT,), parent=self)
        dialog.setWindowTitle(self.tr("Equipment handed over to {name}").format(
            name=group.name))
        open_kept(dialog, self, "dialog")
        dialog.accepted.connect(lambda: self._handover_saved(dialog.saved_id))
        return dialog

    def print_receipt(self) -> bool:
        """The receipt of the selected handover (the newest when none is selected)."""
        if self._current is None or not self._handovers:
            self.banner.show_message(BannerKind.INFO, self.tr(
                "Record a handover first; its receipt can then be printed."))
            return False
        row = max(self.handovers_table.currentRow(), 0)
        record, group = self._handovers[row], self._current
        name = f"tanda-terima-{group.name}-{record.occurred_on.isoformat()}.pdf"
        return self.receipts.run(self.tr("Print the handover receipt"),
                                 name.replace(" ", "-").lower(),
                                 lambda path, progress: write_handover_receipt(
                                     self._ctx, group.id, record.id, path,
                                     progress=progress),
                                 people=len(record.details.get("signed_by") or ())
                                 or len(group.active_members()))

    # -- internals --------------------------------------------------------------------
    def _saved(self, group_id: str | None, message: str) -> None:
        self._changes.groups_changed.emit(group_id or "")
        self.refresh(group_id)
        self.banner.show_message(BannerKind.SUCCESS, message)

    def _handover_saved(self, facilitation_id: str) -> None:
        self._saved(self._current.id if self._current else None, self.tr(
            "Handover recorded. Print its receipt for the members to sign."))
        for row, record in enumerate(self._handovers):
            if record.id == facilitation_id:
                self.handovers_table.selectRow(row)

    def _receipt_written(self, result: DocumentResult) -> None:
        self.last_receipt = result
        self.banner.show_message(BannerKind.SUCCESS, self.tr(
            "Receipt written to {path}.").format(path=str(result.path)))

    def _show_current(self) -> None:
        item = self.group_list.currentItem()
        group_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        try:
            self._current = groups.get_group(self._ctx, group_id) if group_id else None
            self._handovers = [r for r in facilitation.list_facilitations(
                self._ctx, group_id=group_id) if r.kind == EQUIPMENT] if group_id else []
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return
        self._show_facts(self._current)
        members = self._current.members if self._current else ()
        fill_table(self.members_table, [
            (m.full_name, m.nik, tr(CHOICES_CONTEXT, GROUP_MEMBER_ROLE.get(m.role, m.role)),
             format_short_date(m.joined_on, tr) if m.joined_on else "",
             format_short_date(m.left_on, tr) if m.left_on else "") for m in members])
        fill_table(self.handovers_table, [
            (format_short_date(r.occurred_on, tr), ", ".join(r.details.get("items") or ()),
             ", ".join(r.details.get("serial_numbers") or ()),
             ", ".join(s.full_name for s in r.signers)) for r in self._handovers])
        chosen = self._current is not None
        for button in (self.edit_button, self.leave_button, self.leader_button):
            button.setEnabled(chosen and self._can_edit)
        self.picker.setEnabled(chosen and self._can_edit)
        self.role.setEnabled(chosen and self._can_edit)
        self.handover_button.setEnabled(chosen and self._can_hand_over)
        self.receipt_button.setEnabled(bool(self._handovers))

    def _show_facts(self, info: GroupInfo | None) -> None:
        if info is None:
            for label in self.facts.values():
                label.clear()
            return
        leader = info.leader
        active = len(info.active_members())
        values = {
            "name": info.name,
            "kind": tr(CHOICES_CONTEXT, GROUP_KIND.get(info.kind, info.kind)),
            "place": region_text(info.kecamatan_code, info.kelurahan_code),
            "leader": leader.full_name if leader else "-", "contact": info.contact or "-",
            "members": self.tr("{active} now, {left} left").format(
                active=active, left=len(info.members) - active)}
        for key, text in values.items():
            self.facts[key].setText(text)


def _error_text(exc: ServiceError | StorageError) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(p.render(tr) for p in exc.problems)
    return user_message(exc)
