"""File > Settings: the interface language (from the next start) and, for supervisors,
the screen-lock time (at once)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGroupBox
from pytestqt.qtbot import QtBot

from enrollment_app import i18n
from enrollment_app.services import lock_settings
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage import device_preferences
from enrollment_app.ui import app as gui
from enrollment_app.ui.main_window import MainWindow
from enrollment_app.ui.settings.settings_dialog import SettingsDialog
from enrollment_app.ui.widgets.banner import BannerKind
from tests.staff import add_staff

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def language_restored(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No ENROLLMENT_LANG during the test; English source texts again afterwards."""
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    font = QApplication.font()
    yield
    i18n.install_translator("en")
    QApplication.setFont(font)


@pytest.mark.parametrize(("environment", "saved", "shown"), [
    (None, None, "id"),  # Bahasa Indonesia unless someone chose otherwise
    (None, "en", "en"),
    ("en", "id", "en"),  # ENROLLMENT_LANG wins over the saved choice
    ("id", "en", "id"),
    ("EN_us", None, "en"),
    ("fr", "en", "en"),  # an unknown value in the environment is ignored
    (None, "fr", "id"),
])
def test_which_language_the_start_uses(monkeypatch: pytest.MonkeyPatch, environment: str | None,
                                       saved: str | None, shown: str) -> None:
    if environment is None:
        monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    else:
        monkeypatch.setenv(i18n.LANGUAGE_ENV, environment)
    assert i18n.chosen_language(saved) == shown


def _shown(qtbot: QtBot, window: MainWindow) -> MainWindow:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _open_settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    QTest.keyClick(window, Qt.Key.Key_Comma, CTRL)
    dialog = window.settings_features.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _labels(window: MainWindow) -> tuple[str, str]:
    return window.navigation.item(0).text(), window.file_menu.title()


def test_choosing_english_shows_english_after_the_restart(
        qtbot: QtBot, supervisor: ServiceContext, language_restored: None) -> None:
    data_dir = supervisor.db.data_dir
    gui.create_application(data_dir=data_dir)  # nothing saved yet: Bahasa Indonesia
    window = _shown(qtbot, gui.build_main_window(supervisor))
    assert _labels(window) == ("Daftar Peserta", "&Berkas")

    dialog = _open_settings(qtbot, window)
    assert dialog.language.currentText() == "Bahasa Indonesia"
    assert dialog.language.hasFocus()
    QTest.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentText() == "English"
    QTest.keyClick(dialog.language, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.settings_features.dialog is None)
    assert device_preferences.saved_language(data_dir) == "en"
    # Until the restart the window keeps speaking Indonesian, and says so.
    assert "berikutnya" in window.statusBar().currentMessage()
    assert _labels(window) == ("Daftar Peserta", "&Berkas"), "applies at the next start"
    window.close()

    gui.create_application(data_dir=data_dir)  # the next start
    window = _shown(qtbot, gui.build_main_window(supervisor))
    assert _labels(window) == ("Participants", "&File")
    assert _open_settings(qtbot, window).language.currentText() == "English"


def test_the_environment_variable_still_wins(
        qtbot: QtBot, supervisor: ServiceContext, language_restored: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    device_preferences.update_preferences(supervisor.db.data_dir, {"language": "en"})
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "id")
    gui.create_application(data_dir=supervisor.db.data_dir)
    window = _shown(qtbot, gui.build_main_window(supervisor))
    assert _labels(window)[0] == "Daftar Peserta"
    dialog = _open_settings(qtbot, window)
    assert dialog.language.currentText() == "English", "the saved choice, not the forced one"
    assert "ENROLLMENT_LANG=id" in dialog.language_note.text()


def test_the_supervisor_changes_the_lock_time_and_it_applies_at_once(
        qtbot: QtBot, window: MainWindow, supervisor: ServiceContext) -> None:
    settings_action = window.settings_features.settings_action
    assert window.file_menu.actions().index(settings_action) < len(
        window.file_menu.actions()) - 1, "Quit stays last"
    dialog = _open_settings(qtbot, window)
    assert dialog.idle_minutes is not None
    assert dialog.idle_minutes.value() == lock_settings.DEFAULT_IDLE_LOCK_MINUTES
    QTest.keyClick(dialog.language, Qt.Key.Key_Tab)
    assert dialog.idle_minutes.hasFocus()
    QTest.keyClick(dialog.idle_minutes, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.idle_minutes, "15")
    QTest.keyClick(dialog.idle_minutes, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.settings_features.dialog is None)
    assert lock_settings.idle_lock_minutes(supervisor.db) == 15
    assert window.account_features.screen_lock.idle.timeout_ms == 15 * 60_000
    assert device_preferences.saved_language(supervisor.db.data_dir) is None, \
        "the language was not touched, so nothing is saved for it"


def test_a_field_officer_chooses_the_language_but_not_the_lock_time(
        qtbot: QtBot, supervisor: ServiceContext) -> None:
    officer = add_staff(supervisor, "petugas", "field_officer")
    window = _shown(qtbot, MainWindow(officer, device_name="Tim Cipondoh 1"))
    dialog = _open_settings(qtbot, window)
    assert dialog.idle_minutes is None
    assert [g.title() for g in dialog.findChildren(QGroupBox)] == ["Interface language"]
    QTest.keyClick(dialog.language, Qt.Key.Key_Down)
    QTest.keyClick(dialog.language, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.settings_features.dialog is None)
    assert device_preferences.saved_language(supervisor.db.data_dir) == "en"


def test_a_refused_save_says_why_and_keeps_the_dialog_open(
        qtbot: QtBot, window: MainWindow, supervisor: ServiceContext) -> None:
    blocker = device_preferences.preferences_path(supervisor.db.data_dir)
    blocker.mkdir()  # a folder where the file should go: it cannot be written
    dialog = _open_settings(qtbot, window)
    QTest.keyClick(dialog.language, Qt.Key.Key_Down)
    QTest.keyClick(dialog.language, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.banner.kind() is BannerKind.ERROR
    assert "Cannot write" in dialog.banner.text() and str(blocker) in dialog.banner.text()
    QTest.keyClick(dialog.language, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.settings_features.dialog is None)
    blocker.rmdir()
    assert device_preferences.saved_language(supervisor.db.data_dir) is None


def test_the_window_is_maximised_when_it_and_its_frame_would_not_fit(
        qtbot: QtBot, supervisor: ServiceContext) -> None:
    """A 1366x768 laptop keeps about 728 pixels above the task bar: the default size plus
    a title bar does not fit, so the window opens maximised instead of hanging over."""
    window = gui.build_main_window(supervisor)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    window.resize(available.width() - 20, available.height() - 20)  # fits; the frame not
    gui.show_fitting_the_screen(window)
    qtbot.waitExposed(window)
    assert window.isMaximized()
    window.close()
    small = gui.build_main_window(supervisor)
    qtbot.addWidget(small)
    small.resize(available.width() // 2, available.height() // 2)
    gui.show_fitting_the_screen(small)
    qtbot.waitExposed(small)
    assert not small.isMaximized()
