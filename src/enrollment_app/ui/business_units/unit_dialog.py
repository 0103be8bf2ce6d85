"""Creating or editing a business unit: details, permits held and owners.

The NIB is checked as it is typed (13 digits; letters or another length get a message
next to the field). Owners are registered participants, found by NIK, name or card.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.choices import (
    BUSINESS_OWNER_ROLE,
    BUSINESS_PERMIT,
    BUSINESS_SCALE,
    BUSINESS_SECTOR,
    CHOICES_CONTEXT,
    TURNOVER_BAND,
)
from enrollment_app.domain.nib import NIB_LENGTH, check_nib
from enrollment_app.domain.regions import load_regions
from enrollment_app.i18n import tr
from enrollment_app.services import business_units
from enrollment_app.services.business_units import OwnerDraft, UnitDraft, UnitInfo
from enrollment_app.services.context import ServiceContext
from enrollment_app.ui.groups.groups_view import fill_table, read_only_table
from enrollment_app.ui.groups.person_picker import PersonPicker
from enrollment_app.ui.widgets.choice_combo import ChoiceCombo
from enrollment_app.ui.widgets.field_form import FieldForm
from enrollment_app.ui.widgets.id_number_edit import IdNumberEdit

PRODUCTS_HEIGHT = 50
OWNERS_HEIGHT = 90


class UnitDialog(FieldForm):
    """``saved_id`` holds the unit's id once saved."""

    def __init__(self, ctx: ServiceContext, existing: UnitInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._existing = existing
        self.saved_id = ""
        self._regions = load_regions()
        self.owners: list[tuple[str, str, str]] = []  # (participant id, name, role)
        self.setWindowTitle(self.tr("Edit business unit") if existing
                            else self.tr("New business unit"))
        self.setMinimumWidth(640)
        self._build()
        if existing is not None:
            self._fill(existing)

    def _build(self) -> None:
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Dapur Bu Siti"))
        self.nib = IdNumberEdit(NIB_LENGTH, self)
        self.nib.setPlaceholderText(self.tr("13 digits; leave empty when there is none yet"))
        self.sector = ChoiceCombo(BUSINESS_SECTOR, placeholder=self.tr("- choose -"),
                                  parent=self)
        self.scale = ChoiceCombo(BUSINESS_SCALE, parent=self)
        self.kecamatan = ChoiceCombo(placeholder=self.tr("- choose kecamatan -"), parent=self)
        self.kecamatan.set_items(self._regions.kecamatan())
        self.kelurahan = ChoiceCombo(placeholder=self.tr("- choose kecamatan first -"),
                                     parent=self)
        self.street = QLineEdit(self)
        self.year_started = QLineEdit(self)
        self.year_started.setPlaceholderText(self.tr("e.g. 2019"))
        self.year_started.setMaxLength(4)
        self.products = QPlainTextEdit(self)
        self.products.setTabChangesFocus(True)
        self.products.setFixedHeight(PRODUCTS_HEIGHT)
        self.turnover = ChoiceCombo(TURNOVER_BAND, placeholder=self.tr("- not known -"),
                                    parent=self)
        for label, key, widget in (
                (self.tr("&Name:"), "name", self.name), (self.tr("N&IB:"), "nib", self.nib),
                (self.tr("&Sector:"), "sector", self.sector),
                (self.tr("Sc&ale:"), "scale", self.scale),
                (self.tr("Ke&camatan:"), "kecamatan_code", self.kecamatan),
                (self.tr("Ke&lurahan:"), "kelurahan_code", self.kelurahan),
                (self.tr("S&treet:"), "street", self.street),
                (self.tr("&Year started:"), "year_started", self.year_started),
                (self.tr("&Products:"), "products", self.products),
                (self.tr("T&urnover:"), "turnover_band", self.turnover)):
            self.add_field(label, key, widget)
        self.add_field(self.tr("Permits held:"), "permits", self._permits())
        self.add_field(self.tr("&Owners:"), "owners", self._owners())
        self.nib.textChanged.connect(lambda _t: self.check_nib_field())
        self.nib.editingFinished.connect(lambda: self.check_nib_field(finished=True))
        self.kecamatan.currentIndexChanged.connect(lambda _i: self._kecamatan_chosen())
        self._kecamatan_chosen()

    def _permits(self) -> QWidget:
        cell = QWidget(self)
        grid = QGridLayout(cell)
        grid.setContentsMargins(0, 0, 0, 0)
        self.permits: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        for row, (code, label) in enumerate(BUSINESS_PERMIT.items()):
            box = QCheckBox(tr(CHOICES_CONTEXT, label), cell)
            number = QLineEdit(cell)
            number.setPlaceholderText(self.tr("number (optional)"))
            number.setEnabled(False)
            box.toggled.connect(number.setEnabled)
            grid.addWidget(box, row // 2, (row % 2) * 2)
            grid.addWidget(number, row // 2, (row % 2) * 2 + 1)
            self.permits[code] = (box, number)
        return cell

    def _owners(self) -> QWidget:
        cell = QWidget(self)
        self.owner_picker = PersonPicker(self._ctx, cell)
        self.owner_picker.picked.connect(self.add_owner)
        self.owner_role = ChoiceCombo(BUSINESS_OWNER_ROLE, parent=cell)
        self.owners_table = read_only_table(cell, (self.tr("Name"), self.tr("Role")))
        self.owners_table.setFixedHeight(OWNERS_HEIGHT)
        self.owners_table.setAccessibleName(self.tr("Owners of the unit"))
        self.remove_owner_button = QPushButton(self.tr("&Remove owner"), cell)
        self.remove_owner_button.setAutoDefault(False)
        self.remove_owner_button.clicked.connect(self.remove_owner)
        top = QHBoxLayout()
        top.addWidget(self.owner_picker, 1)
        top.addWidget(self.owner_role, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.owners_table)
        layout.addWidget(self.remove_owner_button, 0, Qt.AlignmentFlag.AlignLeft)
        return cell

    def _fill(self, unit: UnitInfo) -> None:
        self.name.setText(unit.name)
        self.nib.setText(unit.nib)
        self.sector.set_code(unit.sector)
        self.scale.set_code(unit.scale)
        self.kecamatan.set_code(unit.kecamatan_code)
        self._kecamatan_chosen()
        self.kelurahan.set_code(unit.kelurahan_code)
        self.street.setText(unit.street)
        self.year_started.setText(str(unit.year_started or ""))
        self.products.setPlainText(unit.products)
        self.turnover.set_code(unit.turnover_band)
        for code, (box, number) in self.permits.items():
            box.setChecked(code in unit.permits)
            number.setText(unit.permit_numbers.get(code, ""))
        self.owners = [(o.participant_id, o.full_name, o.role) for o in unit.owners]
        self._show_owners()

    # -- reacting ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the owner search picks a person; it must not save the dialog.
        picking = self.focusWidget() in (self.owner_picker.field, self.owner_picker.results)
        if picking and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)

    def check_nib_field(self, *, finished: bool = False) -> None:
        """The NIB's message next to the field, once it looks complete or is left."""
        message = self.messages["nib"]
        if not (finished or self.nib.looks_complete()) or not self.nib.text().strip():
            message.clear_problems()
            return
        message.show_problems(check_nib(self.nib.text()).problems)

    def _kecamatan_chosen(self) -> None:
        code = self.kecamatan.code()
        chosen = self.kelurahan.code()
        self.kelurahan.set_placeholder(self.tr("- choose kelurahan -") if code
                                       else self.tr("- choose kecamatan first -"))
        self.kelurahan.set_items(self._regions.kelurahan(code) if code else [])
        self.kelurahan.set_code(chosen)
        self.kelurahan.setEnabled(bool(code))

    def add_owner(self, participant_id: str, name: str) -> None:
        if any(pid == participant_id for pid, _n, _r in self.owners):
            self.owner_picker.show_error(self.tr("{name} is an owner already.").format(
                name=name))
            return
        self.owners.append((participant_id, name, self.owner_role.code()))
        self.messages["owners"].clear_problems()
        self._show_owners()

    def remove_owner(self) -> None:
        row = self.owners_table.currentRow()
        if 0 <= row < len(self.owners):
            del self.owners[row]
            self._show_owners()

    def _show_owners(self) -> None:
        fill_table(self.owners_table, [
            (name, tr(CHOICES_CONTEXT, BUSINESS_OWNER_ROLE.get(role, role)))
            for _pid, name, role in self.owners])

    # -- saving -----------------------------------------------------------------------
    def draft(self) -> UnitDraft:
        year = self.year_started.text().strip()
        held = [code for code, (box, _n) in self.permits.items() if box.isChecked()]
        return UnitDraft(
            name=self.name.text(), nib=self.nib.text(),
            owners=[OwnerDraft(pid, role) for pid, _name, role in self.owners],
            sector=self.sector.code(), scale=self.scale.code(),
            kecamatan_code=self.kecamatan.code(), kelurahan_code=self.kelurahan.code(),
            street=self.street.text(),
            year_started=int(year) if year.isdigit() else None,
            products=self.products.toPlainText(), turnover_band=self.turnover.code(),
            permits=held, permit_numbers={code: number.text() for code, (_b, number)
                                          in self.permits.items() if code in held})

    def save(self) -> None:
        year = self.year_started.text().strip()
        if year and not year.isdigit():
            self.clear_messages()
            self.show_error("year_started", self.tr("Type the year in digits, e.g. 2019."))
            return

        def store() -> None:
            if self._existing is None:
                self.saved_id = business_units.create_unit(self._ctx, self.draft())
            else:
                business_units.edit_unit(self._ctx, self._existing.id, self.draft())
                self.saved_id = self._existing.id
        self.run(store)
