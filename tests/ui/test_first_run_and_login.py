"""First run (device and first supervisor) and signing in afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QWizard
from pytestqt.qtbot import QtBot

from enrollment_app.i18n import tr
from enrollment_app.services import accounts, device_setup
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import AuthenticationError
from enrollment_app.storage.database import Database
from enrollment_app.ui.first_run_wizard import FirstRunWizard
from enrollment_app.ui.login_dialog import LoginDialog
from tests.conftest import PASSWORD, SUPERVISOR


def show_wizard(qtbot: QtBot, db: Database) -> FirstRunWizard:
    wizard = FirstRunWizard(db)
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
    with qtbot.waitSignal(wizard.accepted):
        press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.context is not None
    assert (wizard.context.actor.username, wizard.context.actor.role) == ("rina", "supervisor")
    device = device_setup.load_device(db)
    assert device is not None and device.name == "Tim Cipondoh 1"
    assert accounts.list_usernames(db) == ["rina"]


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


def show_login(qtbot: QtBot, supervisor: ServiceContext) -> LoginDialog:
    dialog = LoginDialog(supervisor.db, supervisor.device_id, "Tim Cipondoh 1")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_login_offers_the_user_names(qtbot: QtBot, supervisor: ServiceContext) -> None:
    dialog = show_login(qtbot, supervisor)
    assert dialog.username.currentText() == SUPERVISOR
    assert dialog.focusWidget() is dialog.password, "one user: the cursor waits in the password"


def test_login_rejects_a_wrong_password_and_accepts_the_right_one(
        qtbot: QtBot, supervisor: ServiceContext) -> None:
    dialog = show_login(qtbot, supervisor)
    qtbot.keyClicks(dialog.password, "salah-sandi")
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.context is None
    assert dialog.error.isVisible()
    assert dialog.error.text() == AuthenticationError().render(tr)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.context is not None and dialog.context.actor.username == SUPERVISOR


def test_login_is_usable_before_the_database_is_open(qtbot: QtBot,
                                                     supervisor: ServiceContext) -> None:
    """The start shows the dialog first and connects it once the database is open."""
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.has_database and not dialog.sign_in_button.isEnabled()
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)  # nothing to check against yet
    assert dialog.isVisible() and dialog.context is None and not dialog.error.isVisible()
    dialog.set_database(supervisor.db, supervisor.device_id, "Tim Cipondoh 1")
    assert dialog.sign_in_button.isEnabled()
    assert "Tim Cipondoh 1" in dialog.heading.text()
    assert dialog.username.currentText() == SUPERVISOR
    assert dialog.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.context is not None


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
    wizard.set_database(db)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.accepted):
        press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.context is not None and device_setup.load_device(db) is not None
