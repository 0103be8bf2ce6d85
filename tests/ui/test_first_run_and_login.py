"""First run (device and first supervisor) and signing in afterwards: both leave the
laptop's database encrypted, and later sign-ins unlock it with the password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWizard
from pytestqt.qtbot import QtBot

from enrollment_app.i18n import tr
from enrollment_app.services import accounts, backups, device_setup
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import AccountLockedError, AuthenticationError
from enrollment_app.services.unlock import DeviceAccess
from enrollment_app.storage.data_dir import database_path
from enrollment_app.storage.database import Database
from enrollment_app.storage.engine import PLAIN_HEADER, is_encrypted_file
from enrollment_app.storage.errors import CorruptDatabaseError, WrongDataKeyError
from enrollment_app.storage.key_file import key_file_path
from enrollment_app.ui.first_run_wizard import FirstRunWizard
from enrollment_app.ui.login_dialog import LoginDialog
from enrollment_app.ui.recovery_dialog import RecoveryDialog
from tests.conftest import PASSWORD, SUPERVISOR
from tests.recovery_laptop import NEW_PASSWORD, SUPERVISOR_NAME, issue, office_at, sealed_laptop
from tests.ui.modal_answers import answer_next_message_box

ENCRYPTING = "Protecting the data on this laptop (encrypting)..."


class ProgressWindows(QObject):
    """Remembers the text and range of every progress window shown meanwhile."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[str, int]] = []
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QProgressDialog):
            self.shown.append((watched.labelText(), watched.maximum()))
        return False

    def stop(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.removeEventFilter(self)


def assert_encrypted(data_dir: Path) -> None:
    assert database_path(data_dir).read_bytes()[:16] != PLAIN_HEADER
    assert key_file_path(data_dir).is_file()


def plain_access(db: Database) -> DeviceAccess:
    return DeviceAccess(db.data_dir, db, None)


def show_wizard(qtbot: QtBot, db: Database) -> FirstRunWizard:
    wizard = FirstRunWizard(plain_access(db))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def press(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def test_wizard_creates_the_device_and_a_signed_in_supervisor(qtbot: QtBot,
                                                              db: Database) -> None:
    wizard = show_wizard(qtbot, db)
    qtbot.keyClicks(wizard.device_page.device_name, "Tim Cipondoh 1")
    qtbot.keyClicks(wizard.device_page.team, "Disnaker")
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.supervisor_page
    assert wizard.currentPage() is page
    qtbot.keyClicks(page.username, "rina")
    qtbot.keyClicks(page.full_name, "Rina Wulandari")
    qtbot.keyClicks(page.password, "kopi-pagi-77")
    qtbot.keyClicks(page.password_again, "kopi-pagi-77")
    progress = ProgressWindows()
    try:
        with qtbot.waitSignal(wizard.accepted):
            press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    finally:
        progress.stop()
    ctx = wizard.context
    assert ctx is not None
    assert (ctx.actor.username, ctx.actor.role) == ("rina", "supervisor")
    assert progress.shown == [(ENCRYPTING, 5)]
    assert ctx.db.key is not None, "a new laptop is encrypted from its first minute"
    assert_encrypted(db.data_dir)
    device = device_setup.load_device(ctx.db)
    assert device is not None and device.name == "Tim Cipondoh 1"
    assert accounts.list_usernames(ctx.db) == ["rina"]
    ctx.db.close()
    again = DeviceAccess.open(db.data_dir)
    assert again.encrypted and again.usernames() == ["rina"]
    assert again.device() == (device.id, "Tim Cipondoh 1")
    again.sign_in("rina", "kopi-pagi-77").db.close()


def test_wizard_needs_a_device_name(qtbot: QtBot, db: Database) -> None:
    wizard = show_wizard(qtbot, db)
    qtbot.keyClicks(wizard.device_page.device_name, "   ")
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    # The Next button stays disabled for a blank mandatory field, or the check refuses it.
    assert wizard.currentPage() is wizard.device_page
    assert device_setup.load_device(db) is None


def test_wizard_refuses_different_passwords_and_weak_ones(qtbot: QtBot,
                                                          db: Database) -> None:
    wizard = show_wizard(qtbot, db)
    qtbot.keyClicks(wizard.device_page.device_name, "Tim Karawaci")
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.supervisor_page
    qtbot.keyClicks(page.username, "rina")
    qtbot.keyClicks(page.password, "kopi-pagi-77")
    qtbot.keyClicks(page.password_again, "kopi-pagi-78")
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert page.messages["password_again"].isVisible()
    assert wizard.context is None and device_setup.load_device(db) is None
    for edit in (page.password, page.password_again):
        edit.clear()
        qtbot.keyClicks(edit, "short")
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert page.messages["password"].codes() == ("password.short",)
    assert device_setup.load_device(db) is None
    assert wizard.isVisible()


def show_login(qtbot: QtBot, access: DeviceAccess) -> LoginDialog:
    dialog = LoginDialog(access)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_and_enter(qtbot: QtBot, dialog: LoginDialog, password: str) -> None:
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)


def test_login_offers_the_names_from_the_key_file_of_an_encrypted_laptop(
        qtbot: QtBot, encrypted_device: Path) -> None:
    access = DeviceAccess.open(encrypted_device)
    assert access.encrypted and access.db is None
    dialog = show_login(qtbot, access)
    assert "Tim Cipondoh 1" in dialog.heading.text()
    assert dialog.username.currentText() == SUPERVISOR
    assert dialog.focusWidget() is dialog.password, "one user: the cursor waits in the password"
    assert dialog.forgot_button.isVisible()
    assert access.db is None, "nothing opened before a password"


def test_a_wrong_password_leaves_the_encrypted_file_untouched_and_the_right_one_opens_it(
        qtbot: QtBot, encrypted_device: Path) -> None:
    before = database_path(encrypted_device).read_bytes()
    dialog = show_login(qtbot, DeviceAccess.open(encrypted_device))
    type_and_enter(qtbot, dialog, "salah-sandi")
    assert dialog.isVisible() and dialog.context is None
    assert dialog.error.isVisible()
    assert dialog.error.text() == AuthenticationError().render(tr)
    assert dialog.password.selectedText() == "salah-sandi", "ready to be typed over"
    assert database_path(encrypted_device).read_bytes() == before
    qtbot.keyClicks(dialog.password, PASSWORD)  # replaces the selected wrong one
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    ctx = dialog.context
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx is not None and ctx.actor.username == SUPERVISOR
    assert ctx.db.key is not None and accounts.list_usernames(ctx.db) == [SUPERVISOR]
    ctx.db.close()


def test_wrong_passwords_on_an_encrypted_laptop_lock_the_account_as_before(
        qtbot: QtBot, encrypted_device: Path) -> None:
    dialog = show_login(qtbot, DeviceAccess.open(encrypted_device))
    for _ in range(accounts.FREE_ATTEMPTS):
        type_and_enter(qtbot, dialog, "salah-sandi")
    assert dialog.error.text() == AccountLockedError(minutes=1).render(tr)
    type_and_enter(qtbot, dialog, PASSWORD)
    assert dialog.context is None and dialog.isVisible(), "locked: even the right one waits"


def test_the_first_sign_in_on_a_plain_laptop_encrypts_it(
        qtbot: QtBot, supervisor: ServiceContext) -> None:
    data_dir = supervisor.db.data_dir
    dialog = show_login(qtbot, plain_access(supervisor.db))
    assert not dialog.forgot_button.isVisible(), "a plain laptop has no recovery copy"
    qtbot.keyClicks(dialog.password, PASSWORD)
    progress = ProgressWindows()
    try:
        with qtbot.waitSignal(dialog.accepted):
            QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    finally:
        progress.stop()
    assert progress.shown == [(ENCRYPTING, 5)]
    ctx = dialog.context
    assert ctx is not None and ctx.db.key is not None
    assert_encrypted(data_dir)
    assert accounts.list_usernames(ctx.db) == [SUPERVISOR]
    ctx.db.close()
    assert DeviceAccess.open(data_dir).encrypted


def test_login_is_usable_before_the_database_is_open(qtbot: QtBot,
                                                     encrypted_device: Path) -> None:
    """The start shows the dialog first and connects it once the database was looked at."""
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.has_access and not dialog.sign_in_button.isEnabled()
    assert not dialog.forgot_button.isVisible()
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)  # nothing to check against yet
    assert dialog.isVisible() and dialog.context is None and not dialog.error.isVisible()
    dialog.set_access(DeviceAccess.open(encrypted_device))
    assert dialog.sign_in_button.isEnabled()
    assert "Tim Cipondoh 1" in dialog.heading.text()
    assert dialog.username.currentText() == SUPERVISOR
    assert dialog.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.context is not None
    dialog.context.db.close()


def test_wizard_can_be_filled_in_before_the_database_is_open(qtbot: QtBot,
                                                             db: Database) -> None:
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.keyClicks(wizard.device_page.device_name, "Tim Cipondoh 1")
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.supervisor_page
    qtbot.keyClicks(page.username, "rina")
    for edit in (page.password, page.password_again):
        qtbot.keyClicks(edit, "kopi-pagi-77")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.set_access(plain_access(db))
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.accepted):
        press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.context is not None and device_setup.load_device(wizard.context.db)
    wizard.context.db.close()


def test_a_damaged_encrypted_file_is_replaced_by_its_backup_after_the_password(
        qtbot: QtBot, encrypted_device: Path) -> None:
    ctx = DeviceAccess.open(encrypted_device).sign_in(SUPERVISOR, PASSWORD)
    backup = backups.take_daily_backup(ctx.db).taken
    assert backup is not None and is_encrypted_file(backup)
    ctx.db.close()
    with database_path(encrypted_device).open("r+b") as file:  # keep the salt, spoil pages
        file.seek(16)
        file.write(b"\0" * 8192)
    dialog = show_login(qtbot, DeviceAccess.open(encrypted_device))
    answer = answer_next_message_box(qtbot, "Restore")
    type_and_enter(qtbot, dialog, PASSWORD)
    assert answer.missing == [] and "damaged and cannot be opened" in answer.seen[0]
    assert dialog.context is None and "backup was restored" in dialog.error.text()
    assert is_encrypted_file(database_path(encrypted_device))
    type_and_enter(qtbot, dialog, PASSWORD)
    assert dialog.context is not None and dialog.context.db.key is not None
    assert accounts.list_usernames(dialog.context.db) == [SUPERVISOR]
    dialog.context.db.close()


def test_a_damaged_encrypted_file_without_a_good_backup_is_only_explained(
        qtbot: QtBot, encrypted_device: Path) -> None:
    with database_path(encrypted_device).open("r+b") as file:
        file.seek(16)
        file.write(b"\0" * 8192)
    before = database_path(encrypted_device).read_bytes()
    dialog = show_login(qtbot, DeviceAccess.open(encrypted_device))
    type_and_enter(qtbot, dialog, PASSWORD)  # no backup: no question, the reason only
    assert dialog.context is None and dialog.isVisible()
    # Without a backup a damaged first page cannot be told from a key file of another
    # laptop (services.unlock): either explanation, and nothing changed.
    assert dialog.error.text() in (CorruptDatabaseError.message, WrongDataKeyError.message)
    assert database_path(encrypted_device).read_bytes() == before


def test_forgot_every_password_signs_in_through_the_recovery_window(
        qtbot: QtBot, tmp_path: Path) -> None:
    office = office_at(tmp_path / "central")
    laptop = sealed_laptop(office, tmp_path / "field")
    issued = issue(office, laptop, tmp_path / "usb")
    office.close()
    dialog = show_login(qtbot, DeviceAccess.open(laptop))
    typed: list[str] = []

    def fill_in_recovery() -> None:
        window = QApplication.activeModalWidget()
        if not isinstance(window, RecoveryDialog):
            QTimer.singleShot(10, fill_in_recovery)
            return
        typed.append(window.username.currentText())
        qtbot.keyClicks(window.file_path, str(issued.path))
        qtbot.keyClicks(window.code, issued.code)
        qtbot.keyClicks(window.password, NEW_PASSWORD)
        qtbot.keyClicks(window.password_again, NEW_PASSWORD)
        QTest.keyClick(window.password_again, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_in_recovery)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.forgot_button, Qt.MouseButton.LeftButton)
    assert typed == [SUPERVISOR_NAME]
    ctx = dialog.context
    assert ctx is not None and ctx.actor.username == SUPERVISOR_NAME
    assert ctx.db.key is not None
    ctx.db.close()
    DeviceAccess.open(laptop).sign_in(SUPERVISOR_NAME, NEW_PASSWORD).db.close()
