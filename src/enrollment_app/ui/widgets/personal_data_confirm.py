"""The one question asked before a file with personal data is written in the clear (PDF
lists, CSV/XLSX reports, data-subject exports): how many people it names, and that it
must be kept safe and deleted when done."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_personal_export(parent: QWidget | None, people: int, what: str) -> bool:
    """True when the user chose to write the file ``what`` names (the dialog title, e.g.
    "Print participant cards") with ``people`` people in it; False when they cancelled."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(what)
    box.setText(QCoreApplication.translate(
        "PersonalDataConfirm", "This file holds personal data. People in it: {count}.").format(
        count=people))
    box.setInformativeText(QCoreApplication.translate(
        "PersonalDataConfirm",
        "It will not be encrypted. Keep it safe, give it only to those who need it, and "
        "delete it when you are done. Writing it is recorded in the audit trail.\n\n"
        "Continue?"))
    write = box.addButton(QCoreApplication.translate("PersonalDataConfirm", "Write the file"),
                          QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("PersonalDataConfirm", "Cancel"),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(write)
    box.exec()
    return box.clickedButton() is write
