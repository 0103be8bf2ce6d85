"""The aid already recorded for a class (its people, and the program's groups and
businesses), with a button to confirm a receipt signed later."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.birth_date import format_short_date
from enrollment_app.i18n import tr
from enrollment_app.services import aid_handovers
from enrollment_app.services.aid_handovers import KIND_CONTEXT, KIND_LABELS, HandoverInfo
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.error_text import user_message


class RecordedHandovers(QWidget):
    def __init__(self, ctx: ServiceContext, program_id: str, participant_ids: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._program_id = program_id
        self._people = set(participant_ids)
        self.handovers: list[HandoverInfo] = []
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Kind"), self.tr("Given to"), self.tr("What"),
            self.tr("Receipt")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.confirm_button = QPushButton(self.tr("Receipt &signed"), self)
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Recorded for this class:"), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        rows = aid_handovers.list_handovers(self._ctx, program_id=self._program_id)
        self.handovers = [h for h in rows
                          if h.recipient_kind != "participant" or h.recipient_id in self._people]
        self.table.setRowCount(len(self.handovers))
        for n, handover in enumerate(self.handovers):
            what = ", ".join(handover.items)
            if handover.amount:
                what = f"Rp {handover.amount:,}".replace(",", ".") + (f" ({what})" if what
                                                                        else "")
            for column, text in enumerate((
                    format_short_date(handover.handed_on),
                    tr(KIND_CONTEXT, KIND_LABELS.get(handover.kind, handover.kind)),
                    handover.recipient_name, what or handover.reason,
                    self.tr("Signed") if handover.receipt_confirmed
                    else self.tr("Not yet"))):
                self.table.setItem(n, column, QTableWidgetItem(text))
        self._selection_changed()

    def selected(self) -> HandoverInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.handovers[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.confirm_button.setEnabled(chosen is not None and not chosen.receipt_confirmed)

    def confirm_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            aid_handovers.confirm_receipt(self._ctx, chosen.id)
        except (ServiceError, StorageError) as error:
            self.message.setText(user_message(error))
            return
        self.message.setText(self.tr("Receipt recorded for {name}.").format(
            name=chosen.recipient_name))
        self.reload()
