"""Social welfare: registry status and desil, assistance received, disability."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from enrollment_app.domain.choices import ASSISTANCE, CHOICES_CONTEXT, DISABILITY, REGISTRY_STATUS
from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.i18n import tr
from enrollment_app.ui.registration.section import FormSection
from enrollment_app.ui.widgets.choice_combo import ChoiceCombo

NOT_REGISTERED = "none"
DESIL_RANGE = range(1, 11)


class WelfareSection(FormSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Social welfare"), parent)
        self.registry_status = ChoiceCombo(REGISTRY_STATUS, parent=self)
        self.registry_status.set_code(NOT_REGISTERED)
        self.desil = ChoiceCombo(placeholder=self.tr("- unknown -"), parent=self)
        self.desil.set_items((str(n), str(n)) for n in DESIL_RANGE)
        self.disability = ChoiceCombo(DISABILITY, parent=self)
        self.disability.set_code("none")
        self.add_field(self.tr("Registry status"), "registry_status", self.registry_status)
        self.add_field(self.tr("Desil (1-10)"), "desil", self.desil)
        self._add_assistance()
        self.add_field(self.tr("Disability"), "disability", self.disability)
        self.registry_status.currentIndexChanged.connect(self._enable_desil)
        self._enable_desil()

    def _add_assistance(self) -> None:
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        self.assistance: dict[str, QCheckBox] = {}
        for code, label in ASSISTANCE.items():
            box = QCheckBox(tr(CHOICES_CONTEXT, label), self)
            self.assistance[code] = box
            row.addWidget(box)
        row.addStretch(1)
        column.addLayout(row)
        first = next(iter(self.assistance.values()))
        slot = self.watch("assistance", first, cell)
        for box in list(self.assistance.values())[1:]:
            box.clicked.connect(lambda _checked: self.edited.emit("assistance"))
        column.addWidget(slot.message)
        self.add_row(self.tr("Assistance received"), cell, buddy=first)

    def focus_order(self) -> list[QWidget]:
        order = super().focus_order()
        at = order.index(next(iter(self.assistance.values())))
        return [*order[:at + 1], *list(self.assistance.values())[1:], *order[at + 1:]]

    def _enable_desil(self) -> None:
        registered = self.registry_status.code() not in ("", NOT_REGISTERED)
        self.desil.setEnabled(registered)

    def fill(self, draft: ParticipantDraft) -> None:
        draft.registry_status = self.registry_status.code() or NOT_REGISTERED
        code = self.desil.code() if self.desil.isEnabled() else ""
        draft.desil = int(code) if code else None
        draft.assistance = frozenset(c for c, box in self.assistance.items() if box.isChecked())
        draft.disability = self.disability.code() or "none"

    def load(self, draft: ParticipantDraft) -> None:
        self.registry_status.set_code(draft.registry_status or NOT_REGISTERED)
        self.desil.set_code(str(draft.desil) if draft.desil else "")
        for code, box in self.assistance.items():
            box.setChecked(code in draft.assistance)
        self.disability.set_code(draft.disability or "none")
        self._enable_desil()
