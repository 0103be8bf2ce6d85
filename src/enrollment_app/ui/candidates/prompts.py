"""Questions the candidate features ask, behind one small interface (tests may script
them; the real ones are message boxes and an input dialog)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from enrollment_app.services.candidates import CandidateRow

Role = QMessageBox.ButtonRole


class CandidatePrompts(Protocol):
    def offer_candidate(self, parent: QWidget, candidate: CandidateRow, where: str) -> bool:
        """A candidate from a list matches what was typed: open her pre-filled?"""

    def offer_namesakes(self, parent: QWidget, name: str, count: int) -> bool:
        """Several listed candidates have the typed name: show them on the list?"""

    def visit_note(self, parent: QWidget, name: str, outcome: str) -> str | None:
        """The note for a visit outcome ("Not found", "Refused"); None: cancelled."""


class DialogCandidatePrompts(QObject):
    def offer_candidate(self, parent: QWidget, candidate: CandidateRow, where: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Candidate on a list"),
                          self.tr("Candidate from the {program} list: {name}").format(
                              program=candidate.program_name, name=candidate.full_name),
                          QMessageBox.StandardButton.NoButton, parent)
        box.setInformativeText(self.tr(
            "NIK {nik}, {where}.\nOpen the registration pre-filled from the list? Check "
            "the ID card and correct what is wrong before saving.").format(
                nik=candidate.nik, where=where))
        open_button = box.addButton(self.tr("Open pre-filled"), Role.AcceptRole)
        stay = box.addButton(self.tr("No, keep typing"), Role.RejectRole)
        box.setDefaultButton(open_button)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is open_button

    def offer_namesakes(self, parent: QWidget, name: str, count: int) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Candidates on a list"),
                          self.tr("{count} candidates on the lists are called {name}.").format(
                              count=count, name=name),
                          QMessageBox.StandardButton.NoButton, parent)
        show = box.addButton(self.tr("Show them"), Role.AcceptRole)
        stay = box.addButton(self.tr("No, keep typing"), Role.RejectRole)
        box.setDefaultButton(show)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is show

    def visit_note(self, parent: QWidget, name: str, outcome: str) -> str | None:
        text, ok = QInputDialog.getText(
            parent, outcome, self.tr("{name}: {outcome}. Note (what happened, who said "
                                     "so):").format(name=name, outcome=outcome),
            QLineEdit.EchoMode.Normal, "")
        return text if ok else None
