"""A titled group of form fields; each field gets a message line under it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.ui.widgets.field_message import FieldMessage


@dataclass(frozen=True)
class FieldSlot:
    """One ParticipantDraft field on screen: the input widget and its message line."""

    name: str
    widget: QWidget
    message: FieldMessage


class FormSection(QGroupBox):
    """Subclasses add their rows in ``__init__`` and map them to and from a draft."""

    edited = Signal(str)  # the user changed the field with this name
    left = Signal(str)  # the user finished with the field (left it or pressed Enter)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._slots: list[FieldSlot] = []
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setVerticalSpacing(6)

    def add_field(self, label: str, name: str, widget: QWidget) -> FieldSlot:
        """Add a row: ``label`` (with a mnemonic "&") on the left, the widget and its
        message on the right."""
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        slot = self.watch(name, widget, cell)
        box.addWidget(slot.message)
        self.add_row(label, cell, buddy=widget)
        return slot

    def add_row(self, label: str, cell: QWidget, buddy: QWidget | None = None) -> None:
        caption = QLabel(label, self)
        if buddy is not None:
            caption.setBuddy(buddy)
        self.form.addRow(caption, cell)

    def watch(self, name: str, widget: QWidget, message_parent: QWidget) -> FieldSlot:
        """Register ``widget`` as the input for draft field ``name``."""
        slot = FieldSlot(name, widget, FieldMessage(message_parent))
        self._slots.append(slot)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _text: self.edited.emit(name))
            widget.editingFinished.connect(lambda: self.left.emit(name))
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda _index: self.edited.emit(name))
            widget.activated.connect(lambda _index: self.left.emit(name))
        elif isinstance(widget, QAbstractButton):
            widget.clicked.connect(lambda _checked: self.edited.emit(name))
            widget.clicked.connect(lambda _checked: self.left.emit(name))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda: self.edited.emit(name))
        return slot

    def slots(self) -> list[FieldSlot]:
        return list(self._slots)

    def focus_order(self) -> list[QWidget]:
        """The section's focusable widgets in Tab order."""
        return [slot.widget for slot in self._slots]

    def fill(self, draft: ParticipantDraft) -> None:
        """Copy what is on screen into ``draft``."""
        raise NotImplementedError

    def load(self, draft: ParticipantDraft) -> None:
        """Show ``draft`` on screen (programmatic changes do not emit ``edited``)."""
        raise NotImplementedError
