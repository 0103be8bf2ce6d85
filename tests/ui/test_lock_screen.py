"""The lock screen: Ctrl+L or idle time covers the window; the password brings the user
back to the same screen with everything they had typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from enrollment_app.services import lock_settings
from enrollment_app.services.context import ServiceContext
from enrollment_app.ui.main_window import MainWindow
from tests.conftest import PASSWORD, SUPERVISOR
from tests.staff import STAFF_PASSWORD, add_staff
from tests.ui.conftest import ScriptedPrompts
from tests.ui.form_driver import FormDriver


def _press_ctrl_l(window: MainWindow) -> None:
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def _unlock_with(qtbot: QtBot, window: MainWindow, password: str) -> None:
    overlay = window.account_features.screen_lock.overlay
    qtbot.keyClicks(overlay.password, password)
    QTest.keyClick(overlay.password, Qt.Key.Key_Return)


def test_lock_and_unlock_keep_the_forms_text(qtbot: QtBot, window: MainWindow) -> None:
    driver = FormDriver(qtbot, window.registration_form)
    driver.type_into("nik", "3671015502900001")
    driver.type_into("full_name", "Siti Aminah")
    name = driver.widget("full_name")
    assert name.hasFocus()
    lock = window.account_features.screen_lock

    with qtbot.waitSignal(lock.locked):
        _press_ctrl_l(window)
    assert lock.is_locked() and lock.overlay.isVisible()
    assert lock.overlay.geometry() == window.rect()
    assert not window.centralWidget().isEnabled() and not window.menuBar().isEnabled()
    assert lock.overlay.password.hasFocus()

    with qtbot.waitSignal(lock.unlocked) as unlocked:
        _unlock_with(qtbot, window, PASSWORD)
    assert unlocked.args == [SUPERVISOR]
    assert not lock.is_locked() and not lock.overlay.isVisible()
    assert window.pages.currentWidget() is window.registration_form
    assert driver.widget("nik").text() == "3671015502900001"
    assert name.text() == "Siti Aminah"
    assert window.registration_form.has_unsaved_input()
    assert name.hasFocus(), "the cursor goes back where it was"
    qtbot.keyClicks(name, " Rahayu")
    assert name.text() == "Siti Aminah Rahayu"


def test_a_wrong_password_keeps_it_locked_and_says_so(qtbot: QtBot,
                                                      window: MainWindow) -> None:
    lock = window.account_features.screen_lock
    lock.lock()
    with qtbot.assertNotEmitted(lock.unlocked):
        _unlock_with(qtbot, window, "salah-sekali")
    assert lock.is_locked() and lock.overlay.error.isVisible()
    assert "Wrong user name or password" in lock.overlay.error.text()
    assert lock.overlay.password.hasFocus()


def test_while_locked_shortcuts_do_nothing_and_tab_stays_on_the_cover(
        qtbot: QtBot, window: MainWindow, prompts: ScriptedPrompts) -> None:
    window.show_participants()
    lock = window.account_features.screen_lock
    lock.lock()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.participant_list
    for _ in range(6):
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Tab)
        assert lock.overlay.isAncestorOf(window.focusWidget())
    _unlock_with(qtbot, window, PASSWORD)
    assert window.new_action.isEnabled() and window.menuBar().isEnabled()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.registration_form


def test_a_supervisor_can_unlock_a_field_officers_screen(
        qtbot: QtBot, supervisor: ServiceContext, prompts: ScriptedPrompts) -> None:
    officer = add_staff(supervisor, "petugas", "field_officer")
    window = MainWindow(officer, device_name="Tim Cipondoh 1", prompts=prompts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    lock = window.account_features.screen_lock
    lock.lock()
    overlay = lock.overlay
    assert overlay.username.text() == "petugas"
    add_staff(supervisor, "pelatih", "trainer")
    assert not lock.try_unlock("pelatih", STAFF_PASSWORD), "another officer may not"
    assert "Only petugas or a supervisor" in overlay.error.text()
    overlay.username.setText(SUPERVISOR)
    with qtbot.waitSignal(lock.unlocked) as unlocked:
        _unlock_with(qtbot, window, PASSWORD)
    assert unlocked.args == [SUPERVISOR]


def test_the_screen_locks_itself_after_the_idle_time(qtbot: QtBot,
                                                     window: MainWindow) -> None:
    lock = window.account_features.screen_lock
    assert lock.idle.timeout_ms == lock_settings.DEFAULT_IDLE_LOCK_MINUTES * 60_000
    lock.idle.set_timeout_ms(150)
    with qtbot.waitSignal(lock.locked, timeout=3000):
        pass
    assert lock.is_locked()
    _unlock_with(qtbot, window, PASSWORD)
    assert not lock.is_locked() and lock.idle.is_running()


def test_typing_keeps_the_screen_unlocked(qtbot: QtBot, window: MainWindow) -> None:
    lock = window.account_features.screen_lock
    lock.idle.set_timeout_ms(300)
    name = FormDriver(qtbot, window.registration_form).click_into("full_name")
    for _ in range(6):  # 600 ms of typing, never 300 ms idle
        qtbot.keyClicks(name, "a")
        qtbot.wait(100)
    assert not lock.is_locked()
    qtbot.waitUntil(lock.is_locked, timeout=3000)


def test_the_idle_time_comes_from_the_device_setting(qtbot: QtBot,
                                                     supervisor: ServiceContext,
                                                     prompts: ScriptedPrompts) -> None:
    lock_settings.set_idle_lock_minutes(supervisor, 2)
    window = MainWindow(supervisor, prompts=prompts)
    qtbot.addWidget(window)
    assert window.account_features.screen_lock.idle.timeout_ms == 2 * 60_000
