"""Recording a facilitation for a business unit or a group: the fields follow the kind.

Certification asks for the scheme, result and certificate number; HAKI for its kind,
number and status; an exhibition or promotion for the event, place and level; capital aid
for its form and amount; equipment for the items, serial numbers and (for a group) the
members who signed. The record may count toward a target of a program. The service
checks everything; its messages appear under the field they are about.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from enrollment_app.domain import facilitation_kinds as fk
from enrollment_app.i18n import translate
from enrollment_app.services import facilitation, programs
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError
from enrollment_app.services.facilitation import FacilitationDraft
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.choice_combo import ChoiceCombo
from enrollment_app.ui.widgets.date_edit import IndonesianDateEdit
from enrollment_app.ui.widgets.field_form import FieldForm
from enrollment_app.ui.widgets.fit_to_text import fit_height

LIST_HEIGHT = 70
# A group without members on the day is refused at the list of who signed.
FIELD_ALIASES = {"group_id": "signed_by"}
# Which detail fields each kind shows.
FIELDS_OF: Mapping[str, tuple[str, ...]] = {
    fk.TRAINING_COMPLETED: ("topic",),
    fk.CERTIFICATION: ("scheme", "result", "certificate_number"),
    fk.HAKI: ("haki_kind", "application_number", "status"),
    fk.EXHIBITION: ("event", "place", "level"),
    fk.PROMOTION: ("event", "place", "level"),
    fk.CAPITAL_AID: ("form", "amount"),
    fk.EQUIPMENT: ("items", "serial_numbers", "signed_by"),
    fk.CINTA_PRODUK_LOKAL: ("topic",),
    fk.MENTORING: ("topic",),
}


@dataclass(frozen=True)
class Subject:
    """Whom the record is about; ``members`` (id, name) may sign for a group."""

    kind: str  # facilitation_kinds.BUSINESS_UNIT or GROUP
    id: str
    name: str
    members: tuple[tuple[str, str], ...] = ()


def kind_label(kind: str) -> str:
    return translate(fk.KIND_CONTEXT, fk.KIND_LABELS.get(kind, kind))


def details_text(kind: str, details: Mapping[str, Any]) -> str:
    """One line saying what a record's details hold, for tables."""
    labels = {**fk.CERTIFICATION_RESULTS, **fk.HAKI_KINDS, **fk.HAKI_STATUSES,
              **fk.EVENT_LEVELS, **fk.CAPITAL_FORMS}
    parts: list[str] = []
    for key in FIELDS_OF.get(kind, ()):
        value = details.get(key)
        if not value or key == "signed_by":
            continue
        if isinstance(value, list):
            parts.append(", ".join(str(v) for v in value))
        elif key == "amount":
            parts.append(f"Rp {value:,}".replace(",", "."))
        else:
            parts.append(translate(fk.KIND_CONTEXT, labels[value]) if value in labels
                         else str(value))
    return " · ".join(parts)


class FacilitationDialog(FieldForm):
    """``saved_id`` holds the new record's id once saved."""

    FIELD_ALIASES = FIELD_ALIASES

    def __init__(self, ctx: ServiceContext, subject: Subject, *,
                 kinds: Sequence[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._subject = subject
        self.saved_id = ""
        self.setWindowTitle(self.tr("Record facilitation for {name}").format(
            name=subject.name))
        self.setMinimumWidth(600)
        self._build([k for k in (kinds or fk.KINDS)
                     if fk.subject_allowed(k, subject.kind)])
        self._kind_changed()

    # -- building ---------------------------------------------------------------------
    def _build(self, kinds: Sequence[str]) -> None:
        self.kind = ChoiceCombo(parent=self)
        self.kind.set_items((k, kind_label(k)) for k in kinds)
        self.kind.setEnabled(len(kinds) > 1)
        self.occurred_on = IndonesianDateEdit(self)
        self.occurred_on.set_date(date.today())
        self.program = QComboBox(self)
        self.program.addItem(self.tr("(no program)"), "")
        for info in programs.list_programs(self._ctx):
            self.program.addItem(info.name, info.id)
        self.target = QComboBox(self)
        self._build_details()
        self.notes = QLineEdit(self)
        self.add_field(self.tr("&Kind:"), "kind", self.kind)
        self.add_field(self.tr("&Date:"), "occurred_on", self.occurred_on)
        self.add_field(self.tr("&Program:"), "program_id", self.program)
        self.add_field(self.tr("Counts toward &target:"), "target_key", self.target)
        for key, (label, widget) in self.details.items():
            self.add_field(label, key, widget)
        self.add_field(self.tr("&Notes:"), "notes", self.notes)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.program.currentIndexChanged.connect(lambda _i: self._load_targets())
    def _build_details(self) -> None:
        def combo(options: Mapping[str, str]) -> ChoiceCombo:
            box = ChoiceCombo(placeholder=self.tr("- choose -"), parent=self)
            box.set_items((code, translate(fk.KIND_CONTEXT, label))
                          for code, label in options.items())
            return box

        def lines(hint: str) -> QPlainTextEdit:
            edit = QPlainTextEdit(self)
            edit.setPlaceholderText(hint)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(LIST_HEIGHT)
            return edit

        self.signers = QListWidget(self)
        self.signers.setFixedHeight(LIST_HEIGHT + 30)
        for participant_id, name in self._subject.members:
            item = QListWidgetItem(name, self.signers)
            item.setData(Qt.ItemDataRole.UserRole, participant_id)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.details: dict[str, tuple[str, QWidget]] = {
            "topic": (self.tr("To&pic:"), QLineEdit(self)),
            "scheme": (self.tr("Certification &scheme:"), QLineEdit(self)),
            "result": (self.tr("&Result:"), combo(fk.CERTIFICATION_RESULTS)),
            "certificate_number": (self.tr("Certificate &number:"), QLineEdit(self)),
            "haki_kind": (self.tr("HAKI &kind:"), combo(fk.HAKI_KINDS)),
            "application_number": (self.tr("Application &number:"), QLineEdit(self)),
            "status": (self.tr("&Status:"), combo(fk.HAKI_STATUSES)),
            "event": (self.tr("&Event:"), QLineEdit(self)),
            "place": (self.tr("P&lace:"), QLineEdit(self)),
            "level": (self.tr("&Level:"), combo(fk.EVENT_LEVELS)),
            "form": (self.tr("&Form:"), combo(fk.CAPITAL_FORMS)),
            "amount": (self.tr("&Amount (Rp):"), QLineEdit(self)),
            "items": (self.tr("&Items:"), lines(self.tr("One item per line, e.g. Mesin obras "
                                                        "Butterfly 1 unit"))),
            "serial_numbers": (self.tr("Serial n&umbers:"),
                               lines(self.tr("One serial number per line"))),
            "signed_by": (self.tr("Signed &by:"), self.signers),
        }

    # -- reacting ---------------------------------------------------------------------
    def _kind_changed(self) -> None:
        shown = set(FIELDS_OF.get(self.kind.code(), ()))
        if self._subject.kind != fk.GROUP:
            shown.discard("signed_by")
        for key in self.details:
            self.form.setRowVisible(self.cells[key], key in shown)
        self._load_targets()
        fit_height(self)

    def _load_targets(self) -> None:
        chosen = self.target.currentData()
        self.target.clear()
        self.target.addItem(self.tr("(not counted toward a target)"), "")
        program_id = self.program.currentData()
        if program_id:
            try:
                specs = facilitation.target_choices(self._ctx, program_id, self.kind.code())
            except (ServiceError, StorageError) as exc:
                self.show_error("", user_message(exc))
                specs = []
            for spec in specs:
                self.target.addItem(spec.label, spec.key)
        self.target.setCurrentIndex(max(self.target.findData(chosen), 0))
        self.target.setEnabled(self.target.count() > 1)

    # -- saving -----------------------------------------------------------------------
    def detail_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key in FIELDS_OF.get(self.kind.code(), ()):
            widget = self.details[key][1]
            if isinstance(widget, ChoiceCombo):
                values[key] = widget.code() or None
            elif isinstance(widget, QPlainTextEdit):
                values[key] = widget.toPlainText().splitlines()
            elif isinstance(widget, QLineEdit):
                values[key] = widget.text()
        if "amount" in values:
            digits = values["amount"].replace(".", "").replace(",", "").strip()
            values["amount"] = int(digits) if digits.isdigit() else None
        if self._subject.kind == fk.GROUP and "items" in values:
            values["signed_by"] = self.signed_by()
        return values

    def signed_by(self) -> list[str]:
        return [self.signers.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.signers.count())
                if self.signers.item(n).checkState() == Qt.CheckState.Checked]

    def draft(self) -> FacilitationDraft:
        subject = self._subject
        return FacilitationDraft(
            kind=self.kind.code(), occurred_on=self.occurred_on.date_value() or date.today(),
            business_unit_id=subject.id if subject.kind == fk.BUSINESS_UNIT else None,
            group_id=subject.id if subject.kind == fk.GROUP else None,
            program_id=self.program.currentData() or None,
            target_key=self.target.currentData() or None,
            details=self.detail_values(), notes=self.notes.text())

    def save(self) -> None:
        self.clear_messages()
        if self.occurred_on.is_unreadable():
            self.show_error("occurred_on", self.occurred_on.unreadable_message())
            return
        draft = self.draft()

        def store() -> None:
            self.saved_id = facilitation.record_facilitation(self._ctx, draft)
        self.run(store)
