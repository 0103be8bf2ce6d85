"""Questions the registration form asks the user, behind one small interface.

The form only needs yes/no answers; tests pass scripted answers instead of real dialogs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget


class RegistrationPrompts(Protocol):
    def confirm_warnings(self, parent: QWidget, warnings: Sequence[str]) -> bool:
        """Ask whether to save despite the (translated) warnings."""

    def offer_open_existing(self, parent: QWidget, name: str, nik: str) -> bool:
        """The typed NIK is registered: ask whether to open that person's record."""

    def confirm_discard(self, parent: QWidget) -> bool:
        """Ask whether to throw away what was typed and not saved."""


Role = QMessageBox.ButtonRole


class DialogPrompts(QObject):
    """The real questions, as message boxes. The safe answer is the default button."""

    def confirm_warnings(self, parent: QWidget, warnings: Sequence[str]) -> bool:
        box = self._box(parent, QMessageBox.Icon.Warning, self.tr("Please check before saving"),
                        self.tr("Check these points with the person or their ID card:"))
        box.setInformativeText("\n\n".join(f"\u2022 {text}" for text in warnings))
        save = box.addButton(self.tr("Yes, save"), Role.AcceptRole)
        back = box.addButton(self.tr("No, go back and correct"), Role.RejectRole)
        return self._ask(box, default=back, escape=back) is save

    def offer_open_existing(self, parent: QWidget, name: str, nik: str) -> bool:
        box = self._box(parent, QMessageBox.Icon.Information, self.tr("Already registered"),
                        self.tr("NIK {nik} is already registered for {name}.").format(
                            nik=nik, name=name))
        box.setInformativeText(self.tr("Open their record instead of registering them again?"))
        open_record = box.addButton(self.tr("Open their record"), Role.AcceptRole)
        stay = box.addButton(self.tr("Stay here"), Role.RejectRole)
        return self._ask(box, default=open_record, escape=stay) is open_record

    def confirm_discard(self, parent: QWidget) -> bool:
        box = self._box(parent, QMessageBox.Icon.Question, self.tr("Discard this form?"),
                        self.tr("What you typed has not been saved. Throw it away?"))
        discard = box.addButton(self.tr("Discard"), Role.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), Role.RejectRole)
        return self._ask(box, default=keep, escape=keep) is discard

    @staticmethod
    def _box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        return QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)

    @staticmethod
    def _ask(box: QMessageBox, *, default: QPushButton, escape: QPushButton
             ) -> QAbstractButton | None:
        box.setDefaultButton(default)
        box.setEscapeButton(escape)
        box.exec()
        return box.clickedButton()
