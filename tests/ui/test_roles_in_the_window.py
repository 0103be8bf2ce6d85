"""Screens and actions a role may not use are not offered in the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from enrollment_app.services.context import ServiceContext
from enrollment_app.ui.main_window import MainWindow
from tests.staff import add_staff
from tests.ui.conftest import ScriptedPrompts


def _window(qtbot: QtBot, ctx: ServiceContext, prompts: ScriptedPrompts) -> MainWindow:
    window = MainWindow(ctx, device_name="Tim Cipondoh 1", prompts=prompts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _offered(window: MainWindow) -> list[str]:
    nav = window.navigation
    return [nav.item(r).text() for r in range(nav.count()) if not nav.item(r).isHidden()]


def _menus(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_a_supervisor_sees_every_screen(qtbot: QtBot, window: MainWindow) -> None:
    assert _offered(window) == [
        "Participants", "Registration", "Classes", "Attendance", "Completion", "Programs",
        "Dashboard", "Candidates", "Groups", "Business units", "Targets", "Users",
        "Audit trail", "Backups"]
    assert "&Administration" in _menus(window)
    QTest.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert window.pages.currentWidget() is window.account_features.users_view
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    audit = window.account_features.audit_view
    assert window.pages.currentWidget() is audit
    with qtbot.waitSignal(audit.verification_finished, timeout=10_000):
        pass  # showing the screen checks the chain in the background


def test_a_field_officer_registers_but_has_no_administration(
        qtbot: QtBot, supervisor: ServiceContext, prompts: ScriptedPrompts) -> None:
    window = _window(qtbot, add_staff(supervisor, "petugas", "field_officer"), prompts)
    assert _offered(window) == ["Participants", "Registration", "Programs", "Dashboard",
                                "Candidates", "Groups", "Business units", "Targets"]
    assert "&Administration" not in _menus(window)
    features = window.account_features
    assert features.users_view is None and features.audit_view is None
    participant_actions = window.participants_menu.actions()
    assert features.correction_action in participant_actions
    assert features.export_data_action not in participant_actions
    assert window.pages.currentWidget() is window.registration_form


def test_a_trainer_is_offered_neither_registration_nor_the_participant_list(
        qtbot: QtBot, supervisor: ServiceContext, prompts: ScriptedPrompts) -> None:
    window = _window(qtbot, add_staff(supervisor, "pelatih", "trainer"), prompts)
    assert "Participants" not in _offered(window) and "Registration" not in _offered(window)
    assert _offered(window)[0] == "Attendance"
    assert not window.new_action.isVisible() and not window.find_action.isVisible()
    attendance = window.class_features.attendance
    assert window.pages.currentWidget() is attendance
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is attendance
    participant_actions = window.participants_menu.actions()
    assert window.account_features.correction_action not in participant_actions
    assert not window.participants_menu.menuAction().isVisible(), "an empty menu is hidden"
    # Locking works for every role.
    assert window.account_features.lock_action in window.file_menu.actions()


def test_the_central_office_starts_on_its_import_screen(
        qtbot: QtBot, supervisor: ServiceContext, prompts: ScriptedPrompts) -> None:
    window = _window(qtbot, add_staff(supervisor, "pusat", "central"), prompts)
    assert _offered(window) == ["Central import", "Programs", "Dashboard", "Targets"]
    assert window.navigation.isVisible() and window.pages.isVisible()
    assert window.navigation.currentItem().text() == "Central import"
    assert "&Administration" not in _menus(window)


def test_the_lock_and_password_actions_are_in_the_file_menu(window: MainWindow) -> None:
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["&Lock screen", "&Change my password..."]
    assert window.account_features.lock_action.shortcut().toString() == "Ctrl+L"
