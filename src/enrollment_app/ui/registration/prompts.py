"""Questions the registration form asks the user, behind one small interface.

The form only needs yes/no answers; tests pass scripted answers instead of real dialogs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

CONTEXT = "RegistrationPrompts"


class RegistrationPrompts(Protocol):
    def confirm_warnings(self, parent: QWidget, warnings: Sequence[str]) -> bool:
        """Ask whether to save despite the (translated) warnings."""

    def offer_open_existing(self, parent: QWidget, name: str, nik: str) -> bool:
        """The typed NIK is registered: ask whether to open that person's record."""

    def confirm_discard(self, parent: QWidget) -> bool:
        """Ask whether to throw away what was typed and not saved."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class DialogPrompts:
    """The real questions, as message boxes. The safe answer is the default button."""

    def confirm_warnings(self, parent: QWidget, warnings: Sequence[str]) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Please check before saving"),
                          _tr("Check these points with the person or their ID card:"),
                          QMessageBox.StandardButton.NoButton, parent)
        box.setObjectName("confirmWarningsBox")
        box.setInformativeText("\n\n".join(f"\u2022 {text}" for text in warnings))
        save = box.addButton(_tr("Yes, save"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(_tr("No, go back and correct"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        return box.clickedButton() is save

    def offer_open_existing(self, parent: QWidget, name: str, nik: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Information, _tr("Already registered"),
                          _tr("NIK {nik} is already registered for {name}.").format(
                              nik=nik, name=name),
                          QMessageBox.StandardButton.NoButton, parent)
        box.setObjectName("openExistingBox")
        box.setInformativeText(_tr("Open their record instead of registering them again?"))
        open_button = box.addButton(_tr("Open their record"), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(_tr("Stay here"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is open_button

    def confirm_discard(self, parent: QWidget) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Discard this form?"),
                          _tr("What you typed has not been saved. Throw it away?"),
                          QMessageBox.StandardButton.NoButton, parent)
        box.setObjectName("confirmDiscardBox")
        discard = box.addButton(_tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(_tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard
