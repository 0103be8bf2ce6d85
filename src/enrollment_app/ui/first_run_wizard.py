"""First run: name this laptop (device/team) and create the first supervisor account.

Like the login dialog, the wizard is shown before the database is open; ``set_access``
connects it (and enables "Create and sign in") once it is. The new database is then
encrypted at once (``DeviceAccess.seal``, under a progress window), so a new laptop
holds no readable personal data from its first minute.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from enrollment_app.domain.names import check_free_text
from enrollment_app.domain.validation import Problem
from enrollment_app.ui.sync.provisioning_page import (
    FileChooser,
    ProvisioningChooser,
    ProvisioningPage,
)
from enrollment_app.ui.widgets.field_message import FieldMessage

if TYPE_CHECKING:
    from enrollment_app.services.context import ServiceContext
    from enrollment_app.services.unlock import DeviceAccess

DEVICE_NAME_MAX = 100
# Page ids: the provisioning page is shown only when a provisioning file was chosen.
DEVICE_PAGE, PROVISIONING_PAGE, SUPERVISOR_PAGE = 0, 1, 2


def _field_with_message(parent: QWidget, widget: QWidget) -> tuple[QWidget, FieldMessage]:
    cell = QWidget(parent)
    box = QVBoxLayout(cell)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(widget)
    message = FieldMessage(cell)
    box.addWidget(message)
    return cell, message


class DevicePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None, *,
                 choose_file: FileChooser | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(self.tr("This laptop is not set up yet. Give it a name so the "
                                 "central office knows whose data it receives."))
        self.device_name = QLineEdit(self)
        self.device_name.setPlaceholderText(self.tr("for example: Tim Cipondoh 1"))
        self.team = QLineEdit(self)
        self.team.setPlaceholderText(self.tr("optional, for example: Disnaker field team"))
        form = QFormLayout(self)
        cell, self.device_name_message = _field_with_message(self, self.device_name)
        form.addRow(self.tr("Laptop name"), cell)
        form.addRow(self.tr("Team"), self.team)
        # Optional: a laptop prepared by the central office takes its name from the file.
        self.provisioning = ProvisioningChooser(self, choose_file=choose_file)
        self.provisioning.changed.connect(self._provisioning_changed)
        form.addRow(self.tr("Provisioning file"), self.provisioning)
        self.registerField("device_name*", self.device_name)

    def _provisioning_changed(self) -> None:
        provisioning = self.provisioning.provisioning
        for edit, value in ((self.device_name, provisioning and provisioning.device_name),
                            (self.team, provisioning and provisioning.team)):
            edit.setReadOnly(provisioning is not None)
            if provisioning is not None:
                edit.setText(value or "")

    def nextId(self) -> int:
        return PROVISIONING_PAGE if self.provisioning.provisioning else SUPERVISOR_PAGE

    def validatePage(self) -> bool:
        if self.provisioning.path.text().strip() and not self.provisioning.load(
                self.provisioning.path.text()):
            return False  # the chooser says why the file is refused
        result = check_free_text(self.device_name.text(), "device_name", required=True,
                                 max_length=DEVICE_NAME_MAX)
        self.device_name_message.show_problems(result.problems)
        if not result.ok:
            self.device_name.setFocus(Qt.FocusReason.OtherFocusReason)
        return result.ok


class SupervisorPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("First supervisor"))
        self.setSubTitle(self.tr("The supervisor signs in on this laptop and can add the "
                                 "other team members later."))
        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("lowercase, for example: rina"))
        self.full_name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("at least 8 characters"))
        self.password_again = QLineEdit(self)
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        self.messages: dict[str, FieldMessage] = {}
        rows = ((self.tr("User name"), "username", self.username),
                (self.tr("Full name"), "full_name", self.full_name),
                (self.tr("Password"), "password", self.password),
                (self.tr("Password again"), "password_again", self.password_again))
        for label, name, widget in rows:
            cell, self.messages[name] = _field_with_message(self, widget)
            form.addRow(label, cell)
        self.general_message = FieldMessage(self)
        form.addRow(self.general_message)
        self.username.textChanged.connect(self._update_password_again)

    def _provisioned_names(self) -> set[str]:
        wizard = self.wizard()
        provisioning = (wizard.device_page.provisioning.provisioning
                        if isinstance(wizard, FirstRunWizard) else None)
        return {u.values["username"] for u in provisioning.users} if provisioning else set()

    def needs_password_again(self) -> bool:
        """Not for an account from the provisioning file: its password is checked."""
        return self.username.text().strip().lower() not in self._provisioned_names()

    def _update_password_again(self) -> None:
        layout = self.layout()
        cell = self.password_again.parentWidget()
        if isinstance(layout, QFormLayout) and cell is not None:
            layout.setRowVisible(cell, self.needs_password_again())

    def initializePage(self) -> None:
        if self._provisioned_names():
            self.setSubTitle(self.tr("Sign in with your account from the provisioning file, "
                                     "or create a new supervisor account."))
        self._update_password_again()

    def widget_for(self, name: str) -> QLineEdit | None:
        return {"username": self.username, "full_name": self.full_name,
                "password": self.password, "password_again": self.password_again}.get(name)

    def show_problems(self, problems: Sequence[Problem], extra: Sequence[str] = ()) -> None:
        for name, message in self.messages.items():
            message.show_problems([p for p in problems if p.field == name])
        others = [p for p in problems if p.field not in self.messages]
        self.general_message.show_problems(others, extra)
        first = next((p.field for p in problems if self.widget_for(p.field)), None)
        widget = self.widget_for(first) if first else None
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        if self.needs_password_again() and self.password.text() != self.password_again.text():
            self.show_problems([])
            self.messages["password_again"].show_problems([], [self.tr(
                "The two passwords are not the same; type them again.")])
            self.password_again.selectAll()
            self.password_again.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        return wizard.create_device()

    def isComplete(self) -> bool:
        wizard = self.wizard()
        return (super().isComplete() and isinstance(wizard, FirstRunWizard)
                and wizard.has_access)


class FirstRunWizard(QWizard):
    """On success ``context`` is the new supervisor's signed-in ServiceContext, on the
    encrypted database. ``access`` is a plain database not set up yet."""

    def __init__(self, access: DeviceAccess | None = None, parent: QWidget | None = None, *,
                 choose_file: FileChooser | None = None) -> None:
        super().__init__(parent)
        self._access = access
        self.context: ServiceContext | None = None
        self.setWindowTitle(self.tr("Set up this laptop"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create and sign in"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.device_page = DevicePage(self, choose_file=choose_file)
        self.provisioning_page = ProvisioningPage(self.device_page.provisioning, self)
        self.supervisor_page = SupervisorPage(self)
        self.setPage(DEVICE_PAGE, self.device_page)
        self.setPage(PROVISIONING_PAGE, self.provisioning_page)
        self.setPage(SUPERVISOR_PAGE, self.supervisor_page)
        self.setMinimumSize(620, 440)

    @property
    def has_access(self) -> bool:
        return self._access is not None

    def set_access(self, access: DeviceAccess) -> None:
        self._access = access
        self.supervisor_page.completeChanged.emit()

    def create_device(self) -> bool:
        """Create the device and its supervisor, then encrypt the database; show what
        is wrong next to the fields."""
        from enrollment_app.services import device_setup
        from enrollment_app.services.errors import ServiceError, ValidationError
        from enrollment_app.storage.errors import StorageError
        from enrollment_app.ui.encryption_progress import EncryptionProgress, warn_if_still_plain
        from enrollment_app.ui.error_text import user_message

        page = self.supervisor_page
        access = self._access
        if access is None or access.db is None:
            return False
        provisioning = self.device_page.provisioning.provisioning
        try:
            if provisioning is not None:
                from enrollment_app.services.provisioning import set_up_from_provisioning

                ctx = set_up_from_provisioning(
                    access.db, provisioning, username=page.username.text(),
                    password=page.password.text(), full_name=page.full_name.text())
            else:
                ctx = device_setup.initialize_device(
                    access.db, device_name=self.device_page.device_name.text(),
                    team=self.device_page.team.text(),
                    supervisor_username=page.username.text(),
                    password=page.password.text(),
                    supervisor_full_name=page.full_name.text())
        except ValidationError as exc:
            page.show_problems(exc.problems)
            device_problems = [p for p in exc.problems if p.field == "device_name"]
            if device_problems:
                self.device_page.device_name_message.show_problems(device_problems)
            return False
        except (ServiceError, StorageError) as exc:
            page.show_problems([], [user_message(exc)])
            return False
        with EncryptionProgress(self) as progress:
            self.context = access.seal(ctx, progress)
        warn_if_still_plain(self, access)
        return True
