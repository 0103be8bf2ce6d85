"""Where the person lives: street, RT/RW, kecamatan -> kelurahan, or outside the city."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.domain.regions import load_regions
from enrollment_app.ui.registration.section import FormSection
from enrollment_app.ui.widgets.choice_combo import ChoiceCombo

RT_RW_DIGITS = 3


class AddressSection(FormSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Address"), parent)
        self._regions = load_regions()
        self.street = QLineEdit(self)
        self.street.setPlaceholderText(self.tr("street, house number"))
        self.add_field(self.tr("Street"), "street", self.street)
        self._add_rt_rw()
        self.kecamatan = ChoiceCombo(placeholder=self.tr("- choose kecamatan -"), parent=self)
        self.kecamatan.set_items(self._regions.kecamatan())
        self.kelurahan = ChoiceCombo(placeholder=self.tr("- choose kecamatan first -"),
                                     parent=self)
        self.kelurahan.setEnabled(False)
        self.outside_city = QCheckBox(self.tr("Lives outside Kota Tangerang"), self)
        self.outside_region = QLineEdit(self)
        self.outside_region.setPlaceholderText(
            self.tr("kelurahan/desa, kecamatan, city or regency"))
        self.add_field(self.tr("Kecamatan"), "kecamatan_code", self.kecamatan)
        self.add_field(self.tr("Kelurahan"), "kelurahan_code", self.kelurahan)
        self.add_field("", "outside_city", self.outside_city)
        self.add_field(self.tr("Region outside the city"), "outside_region", self.outside_region)
        self.kecamatan.currentIndexChanged.connect(self._show_kelurahan_of_kecamatan)
        self.outside_city.toggled.connect(self._show_outside_city)
        self._show_outside_city(False)

    def _add_rt_rw(self) -> None:
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        self.rt = QLineEdit(self)
        self.rw = QLineEdit(self)
        for edit, hint in ((self.rt, self.tr("RT")), (self.rw, self.tr("RW"))):
            edit.setPlaceholderText(hint)
            edit.setMaxLength(10)
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("0000000"))
        row.addWidget(self.rt)
        row.addWidget(QLabel("/", self))
        row.addWidget(self.rw)
        row.addStretch(1)
        column.addLayout(row)
        for name, edit in (("rt", self.rt), ("rw", self.rw)):
            column.addWidget(self.watch(name, edit, cell).message)
        self.add_row(self.tr("RT / RW"), cell, buddy=self.rt)

    def _show_kelurahan_of_kecamatan(self) -> None:
        code = self.kecamatan.code()
        chosen = self.kelurahan.code()
        self.kelurahan.set_placeholder(self.tr("- choose kelurahan -") if code
                                       else self.tr("- choose kecamatan first -"))
        self.kelurahan.set_items(self._regions.kelurahan(code) if code else [])
        self.kelurahan.set_code(chosen)  # kept only when it belongs to this kecamatan
        self.kelurahan.setEnabled(bool(code) and not self.outside_city.isChecked())

    def _show_outside_city(self, outside: bool) -> None:
        self.kecamatan.setEnabled(not outside)
        self.kelurahan.setEnabled(not outside and bool(self.kecamatan.code()))
        self.outside_region.setEnabled(outside)

    def fill(self, draft: ParticipantDraft) -> None:
        draft.street = self.street.text()
        draft.rt = self.rt.text()
        draft.rw = self.rw.text()
        draft.outside_city = self.outside_city.isChecked()
        if draft.outside_city:
            draft.kecamatan_code = draft.kelurahan_code = ""
            draft.outside_region = self.outside_region.text()
        else:
            draft.kecamatan_code = self.kecamatan.code()
            draft.kelurahan_code = self.kelurahan.code()
            draft.outside_region = ""

    def load(self, draft: ParticipantDraft) -> None:
        self.street.setText(draft.street)
        self.rt.setText(draft.rt)
        self.rw.setText(draft.rw)
        self.kecamatan.set_code(draft.kecamatan_code)
        self._show_kelurahan_of_kecamatan()
        self.kelurahan.set_code(draft.kelurahan_code)
        self.outside_city.setChecked(draft.outside_city)
        self.outside_region.setText(draft.outside_region)
        self._show_outside_city(draft.outside_city)
