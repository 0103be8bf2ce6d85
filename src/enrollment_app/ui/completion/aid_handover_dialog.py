"""Recording an aid handover: a starter kit, equipment (an overlock machine for a sewing
group, say) or capital aid, to a person of the class or to a group (supervisors)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.i18n import tr
from enrollment_app.services import aid_handovers
from enrollment_app.services.aid_handovers import (
    CAPITAL,
    KIND_CONTEXT,
    KIND_LABELS,
    KINDS,
    STARTER_KIT,
    HandoverDraft,
)
from enrollment_app.services.completion import ClassCompletion
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.completion.handovers_table import RecordedHandovers
from enrollment_app.ui.completion.paper_sheet_dialog import error_text
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.date_edit import IndonesianDateEdit

DIALOG_SIZE = (640, 690)


class AidHandoverDialog(QDialog):
    def __init__(self, ctx: ServiceContext, summary: ClassCompletion,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._summary = summary
        self.handover_id = ""
        self.setWindowTitle(self.tr("Record an aid handover"))
        self.resize(*DIALOG_SIZE)
        self.banner = Banner(self)
        self.kind = QComboBox(self)
        for code in KINDS:
            self.kind.addItem(tr(KIND_CONTEXT, KIND_LABELS[code]), code)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.to_person = QRadioButton(self.tr("A person of this class"), self)
        self.to_group = QRadioButton(self.tr("A group"), self)
        self.to_person.setChecked(True)
        recipients = QButtonGroup(self)
        recipients.addButton(self.to_person)
        recipients.addButton(self.to_group)
        self.person = QComboBox(self)
        for row in summary.rows:
            self.person.addItem(row.full_name, row.participant_id)
        self.group = QComboBox(self)
        for choice in aid_handovers.group_choices(ctx):
            self.group.addItem(choice.name, choice.id)
        if self.group.count() == 0:
            self.to_group.setEnabled(False)
            self.to_group.setToolTip(self.tr("No group is registered on this device."))
        self.to_person.toggled.connect(self._recipient_changed)
        self.handed_on = IndonesianDateEdit(self)
        self.handed_on.set_date(date.today())
        self.items = QPlainTextEdit(self)
        self.items.setPlaceholderText(self.tr("One item per line, e.g. Mesin obras 1 unit"))
        self.items.setTabChangesFocus(True)
        self.items.setFixedHeight(90)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("Rupiah, digits only"))
        self.reason = QLineEdit(self)
        self.received = QCheckBox(self.tr("The recipient signed the receipt"), self)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        recipient_row = QHBoxLayout()
        recipient_row.addWidget(self.to_person)
        recipient_row.addWidget(self.to_group)
        recipient_row.addStretch(1)
        form.addRow(self.tr("Given to:"), recipient_row)
        form.addRow(self.tr("Person:"), self.person)
        form.addRow(self.tr("Group:"), self.group)
        form.addRow(self.tr("Date:"), self.handed_on)
        form.addRow(self.tr("Items:"), self.items)
        form.addRow(self.tr("Amount:"), self.amount)
        form.addRow(self.tr("Reason or note:"), self.reason)
        form.addRow("", self.received)
        self.save_button = QPushButton(self.tr("&Save handover"), self)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        self.recorded = RecordedHandovers(ctx, summary.program_id,
                                          [r.participant_id for r in summary.rows], self)
        self.recorded.setMaximumHeight(190)
        new_one = QGroupBox(self.tr("New handover"), self)
        new_one.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.recorded)
        layout.addWidget(new_one, 1)
        layout.addLayout(buttons)
        self._kind_changed()
        self._recipient_changed()
        self._select_pending_starter_kit()

    def _select_pending_starter_kit(self) -> None:
        """A person chosen for a starter package whose kit is not handed over yet comes
        first: that is most often the handover being recorded."""
        pending = next((h for h in self.recorded.handovers
                        if h.kind == STARTER_KIT and h.recipient_kind == "participant"
                        and not h.receipt_confirmed), None)
        if pending is not None:
            self.person.setCurrentIndex(max(self.person.findData(pending.recipient_id), 0))

    def _kind_changed(self) -> None:
        self.amount.setEnabled(self.kind.currentData() == CAPITAL)

    def _recipient_changed(self) -> None:
        self.person.setEnabled(self.to_person.isChecked())
        self.group.setEnabled(self.to_group.isChecked())

    def draft(self) -> HandoverDraft:
        amount_text = self.amount.text().replace(".", "").replace(",", "").strip()
        to_person = self.to_person.isChecked()
        return HandoverDraft(
            kind=self.kind.currentData(),
            handed_on=self.handed_on.date_value() or date.today(),
            items=self.items.toPlainText().splitlines(),
            amount=int(amount_text) if amount_text.isdigit() else None,
            reason=self.reason.text(), receipt_confirmed=self.received.isChecked(),
            program_id=self._summary.program_id,
            participant_id=self.person.currentData() if to_person else None,
            group_id=None if to_person else self.group.currentData())

    def save(self) -> None:
        if self.handed_on.is_unreadable():
            self.banner.show_message(BannerKind.ERROR, self.handed_on.unreadable_message())
            return
        try:
            self.handover_id = aid_handovers.record_handover(self._ctx, self.draft())
        except (ServiceError, StorageError) as error:
            self.banner.show_message(BannerKind.ERROR, error_text(error))
            return
        self.accept()
