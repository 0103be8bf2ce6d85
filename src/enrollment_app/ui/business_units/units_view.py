"""The Business units page: the units on the left (filtered by sector and kecamatan,
searched by name or NIB); the chosen one on the right with its details, its owners and
its whole history (applications and facilitation records)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.application_status import STATUS_CONTEXT, STATUS_LABELS
from enrollment_app.domain.birth_date import format_short_date
from enrollment_app.domain.choices import (
    BUSINESS_OWNER_ROLE,
    BUSINESS_PERMIT,
    BUSINESS_SCALE,
    BUSINESS_SECTOR,
    CHOICES_CONTEXT,
    TURNOVER_BAND,
)
from enrollment_app.domain.facilitation_kinds import BUSINESS_UNIT
from enrollment_app.domain.regions import load_regions
from enrollment_app.i18n import tr, translate
from enrollment_app.services import business_units
from enrollment_app.services.business_units import UnitHistory, UnitInfo
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError
from enrollment_app.services.permissions import Permission, allowed
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.applications.open_dialog import open_kept
from enrollment_app.ui.business_units.facilitation_dialog import (
    FacilitationDialog,
    Subject,
    details_text,
    kind_label,
)
from enrollment_app.ui.business_units.unit_dialog import UnitDialog
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.groups.groups_view import (
    clear_filters,
    fill_list,
    fill_table,
    item_list,
    list_column,
    page_layout,
    read_only_table,
    region_text,
    search_field,
)
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.choice_combo import ChoiceCombo


def choice_text(choices: Mapping[str, str], code: str) -> str:
    label = choices.get(code)
    return tr(CHOICES_CONTEXT, label) if label else code


class UnitsView(QWidget):
    def __init__(self, ctx: ServiceContext, changes: DataChanges,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._changes = changes
        self._history: UnitHistory | None = None
        self.dialog: UnitDialog | FacilitationDialog | None = None
        self._can_edit = allowed(ctx.actor.role, Permission.REGISTER)
        self._build()
        changes.business_units_changed.connect(lambda _id: self.refresh())
        changes.participants_changed.connect(lambda _id: self._show_current())
        changes.applications_changed.connect(lambda _id: self._show_current())
        self.new_button.setVisible(self._can_edit)
        self.refresh()

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = Banner(self)
        self.new_button = QPushButton(self.tr("&New business unit…"), self)
        self.new_button.clicked.connect(self.new_unit)
        page_layout(self, self.tr("Business units"), self.banner, self.new_button,
                    self._list_side, self._unit_side)

    def _list_side(self) -> QVBoxLayout:
        self.sector_filter = ChoiceCombo(BUSINESS_SECTOR,
                                         placeholder=self.tr("All sectors"), parent=self)
        self.kecamatan = ChoiceCombo(placeholder=self.tr("All kecamatan"), parent=self)
        self.kecamatan.set_items(load_regions().kecamatan())
        self.search = search_field(self, self.tr("Search name or NIB"))
        self.unit_list = item_list(self, self.tr("Business units"))
        return list_column((self.sector_filter, self.kecamatan), self.search, self.unit_list,
                           self.refresh, self._show_current)

    def _unit_side(self) -> QVBoxLayout:
        details = QGroupBox(self.tr("Business unit"), self)
        grid = QGridLayout(details)
        self.facts: dict[str, QLabel] = {}
        for n, (key, label) in enumerate((
                ("name", self.tr("Name")), ("nib", self.tr("NIB")),
                ("sector", self.tr("Sector, scale")), ("place", self.tr("Address")),
                ("year", self.tr("Started")), ("turnover", self.tr("Turnover")),
                ("products", self.tr("Products")), ("permits", self.tr("Permits")))):
            self.facts[key] = QLabel(details)
            self.facts[key].setWordWrap(True)
            self.facts[key].setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(QLabel(label + ":", details), n // 2, (n % 2) * 2,
                           Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.facts[key], n // 2, (n % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.edit_button = QPushButton(self.tr("&Edit unit and owners…"), details)
        self.edit_button.clicked.connect(self.edit_unit)
        grid.addWidget(self.edit_button, 4, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        owners = QGroupBox(self.tr("Owners"), self)
        self.owners_table = read_only_table(owners, (self.tr("Name"), self.tr("NIK"),
                                                     self.tr("Role")))
        QVBoxLayout(owners).addWidget(self.owners_table)
        history = QGroupBox(self.tr("History: applications and facilitation"), self)
        self.history_table = read_only_table(history, (
            self.tr("Date"), self.tr("What"), self.tr("Details"), self.tr("Program"),
            self.tr("Counts toward")))
        self.history_table.setAccessibleName(self.tr("History of the unit"))
        self.record_button = QPushButton(self.tr("&Record facilitation…"), history)
        self.record_button.clicked.connect(self.record_facilitation)
        history_layout = QVBoxLayout(history)
        history_layout.addWidget(self.history_table, 1)
        history_layout.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeft)
        column = QVBoxLayout()
        column.addWidget(details)
        column.addWidget(owners, 1)
        column.addWidget(history, 2)
        return column

    # -- public -----------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        current = self._history.unit.id if self._history else None
        chosen = select_id or current
        try:
            found = business_units.list_units(
                self._ctx, kecamatan_code=self.kecamatan.code() or None,
                text=self.search.text())
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return
        sector = self.sector_filter.code()
        regions = load_regions()
        fill_list(self.unit_list, ((unit.id, self.tr("{name}\n{sector} · {kecamatan}").format(
            name=unit.name, sector=choice_text(BUSINESS_SECTOR, unit.sector),
            kecamatan=regions.kecamatan_name(unit.kecamatan_code) or ""))
            for unit in found if not sector or unit.sector == sector), chosen)
        self._show_current()

    def open_unit(self, unit_id: str) -> None:
        """Show ``unit_id`` whatever the filters say."""
        clear_filters((self.sector_filter, self.kecamatan), self.search)
        self.refresh(unit_id)

    def current_unit(self) -> UnitInfo | None:
        return self._history.unit if self._history else None

    def new_unit(self) -> UnitDialog:
        dialog = open_kept(UnitDialog(self._ctx, parent=self), self, "dialog")
        dialog.accepted.connect(lambda: self._saved(dialog.saved_id, self.tr(
            "Business unit saved.")))
        return dialog

    def edit_unit(self) -> UnitDialog | None:
        unit = self.current_unit()
        if unit is None:
            return None
        dialog = open_kept(UnitDialog(self._ctx, unit, self), self, "dialog")
        dialog.accepted.connect(lambda: self._saved(dialog.saved_id, self.tr(
            "Business unit saved.")))
        return dialog

    def record_facilitation(self) -> FacilitationDialog | None:
        unit = self.current_unit()
        if unit is None:
            return None
        dialog = open_kept(FacilitationDialog(self._ctx, Subject(BUSINESS_UNIT, unit.id,
                                                                 unit.name), parent=self),
                           self, "dialog")
        dialog.accepted.connect(lambda: self._saved(unit.id, self.tr(
            "Facilitation recorded.")))
        return dialog

    # -- internals --------------------------------------------------------------------
    def _saved(self, unit_id: str | None, message: str) -> None:
        self._changes.business_units_changed.emit(unit_id or "")
        self.refresh(unit_id)
        self.banner.show_message(BannerKind.SUCCESS, message)

    def _show_current(self) -> None:
        item = self.unit_list.currentItem()
        unit_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        try:
            self._history = business_units.unit_history(self._ctx, unit_id) if unit_id \
                else None
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return
        history = self._history
        self._show_facts(history.unit if history else None)
        fill_table(self.owners_table, [
            (o.full_name, o.nik, choice_text(BUSINESS_OWNER_ROLE, o.role))
            for o in (history.unit.owners if history else ())])
        rows = []
        if history is not None:
            rows += [(r.occurred_on, kind_label(r.kind), details_text(r.kind, r.details),
                      r.program_name, r.target_label)
                     for r in history.facilitations]
            rows += [(a.applied_on, self.tr("Application"),
                      translate(STATUS_CONTEXT, STATUS_LABELS.get(a.status, a.status)),
                      a.program_name, "") for a in history.applications]
        rows.sort(key=lambda row: row[0], reverse=True)
        fill_table(self.history_table, [(format_short_date(day, tr), *rest)
                                        for day, *rest in rows])
        self.edit_button.setEnabled(history is not None and self._can_edit)
        self.record_button.setEnabled(history is not None and self._can_edit)

    def _show_facts(self, unit: UnitInfo | None) -> None:
        if unit is None:
            for label in self.facts.values():
                label.clear()
            return
        values = {
            "name": unit.name, "nib": unit.nib or self.tr("(none yet)"),
            "sector": ", ".join((choice_text(BUSINESS_SECTOR, unit.sector),
                                 choice_text(BUSINESS_SCALE, unit.scale))),
            "place": ", ".join(part for part in (unit.street, region_text(
                unit.kecamatan_code, unit.kelurahan_code)) if part),
            "year": str(unit.year_started or "-"),
            "turnover": choice_text(TURNOVER_BAND, unit.turnover_band)
            if unit.turnover_band else "-",
            "products": unit.products or "-",
            "permits": ", ".join(choice_text(BUSINESS_PERMIT, p)
                                 + (f" {unit.permit_numbers[p]}" if p in unit.permit_numbers
                                    else "") for p in unit.permits) or "-"}
        for key, text in values.items():
            self.facts[key].setText(text)
