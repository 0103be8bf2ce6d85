"""The first-run wizard's provisioning step: an optional file from the central office.

``ProvisioningChooser`` sits on the wizard's first page: a path, a Choose button and a
line saying what the file holds (or why it is refused). When a file is chosen the
wizard shows ``ProvisioningPage`` (what will be set up, and the central office key id to
compare with the one the central office gives out) before the supervisor page. The
heavy imports (cryptography) wait until a file is actually read, so the wizard opens
as fast as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from enrollment_app.ui.widgets.field_message import FieldMessage

if TYPE_CHECKING:
    from enrollment_app.sync.provisioning import Provisioning

FileChooser = Callable[[QWidget, str], str]
KEY_ID_SHOWN = 16


def grouped_key_id(key_id: str) -> str:
    """The first characters of a key id in groups of four, easy to read aloud."""
    short = key_id[:KEY_ID_SHOWN]
    return " ".join(short[i:i + 4] for i in range(0, len(short), 4))


class ProvisioningChooser(QWidget):
    """An optional provisioning file; ``provisioning`` is the verified file or None."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *,
                 choose_file: FileChooser | None = None) -> None:
        super().__init__(parent)
        self.provisioning: Provisioning | None = None
        self._choose_file = choose_file or self._ask_file
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("optional: the file from the central office"))
        self.choose_button = QPushButton(self.tr("Choose..."), self)
        self.choose_button.clicked.connect(self.choose)
        self.path.editingFinished.connect(lambda: self.load(self.path.text()))
        self.message = FieldMessage(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(self.summary)
        box.addWidget(self.message)

    def _ask_file(self, parent: QWidget, current: str) -> str:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent, self.tr("Provisioning file"), current,
            self.tr("Provisioning files (*.json);;All files (*)"))
        return chosen

    def choose(self) -> None:
        chosen = self._choose_file(self, self.path.text())
        if chosen:
            self.path.setText(chosen)
            self.load(chosen)

    def load(self, text: str) -> bool:
        """Read and verify the file at ``text`` (empty: no file). True when usable."""
        from pathlib import Path

        from enrollment_app.i18n import tr
        from enrollment_app.sync.bundle_types import BundleRejected
        from enrollment_app.sync.provisioning import read_provisioning_file

        previous = self.provisioning
        self.provisioning = None
        self.message.show_problems([])
        self.summary.hide()
        if text.strip():
            try:
                self.provisioning = read_provisioning_file(Path(text.strip()))
            except BundleRejected as exc:
                self.message.show_problems([], [exc.render(tr)])
            else:
                self.summary.setText(self.tr("Laptop '{name}', {users} user account(s), "
                                             "{programs} program(s).").format(
                    name=self.provisioning.device_name, users=len(self.provisioning.users),
                    programs=sum(1 for r in self.provisioning.catalog
                                 if r.table == "programs")))
                self.summary.show()
        if previous is not self.provisioning:
            self.changed.emit()
        return self.provisioning is not None

    def is_refused(self) -> bool:
        """A path was given but the file could not be used."""
        return bool(self.path.text().strip()) and self.provisioning is None


class ProvisioningPage(QWizardPage):
    """What the provisioning file sets up; shown only when a file was chosen."""

    def __init__(self, chooser: ProvisioningChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chooser = chooser
        self.setTitle(self.tr("Provisioning file"))
        self.setSubTitle(self.tr("The central office prepared this laptop. Check the central "
                                 "office key below against the one the central office "
                                 "gave you, then go on."))
        self.device = QLabel(self)
        self.team = QLabel(self)
        self.central_key = QLabel(self)
        font = self.central_key.font()
        font.setBold(True)
        self.central_key.setFont(font)
        self.users = QLabel(self)
        self.users.setWordWrap(True)
        self.programs = QLabel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Laptop name"), self.device)
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Central office key"), self.central_key)
        form.addRow(self.tr("User accounts"), self.users)
        form.addRow(self.tr("Programs"), self.programs)

    def initializePage(self) -> None:
        provisioning = self._chooser.provisioning
        if provisioning is None:
            return
        from enrollment_app.domain.choices import CHOICES_CONTEXT, ROLES

        self.device.setText(provisioning.device_name)
        self.team.setText(provisioning.team or "-")
        self.central_key.setText(grouped_key_id(provisioning.central.signing_key_id))
        users = [(u.values["username"], u.values["role"]) for u in provisioning.users]
        self.users.setText(", ".join(
            f"{name} ({QCoreApplication.translate(CHOICES_CONTEXT, ROLES.get(role, role))})"
            for name, role in users) or self.tr("none: create the first supervisor next"))
        self.programs.setText(str(sum(1 for r in provisioning.catalog
                                      if r.table == "programs")))
