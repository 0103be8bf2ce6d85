"""Help: the keyboard shortcut sheet made from the real menus, and the first-hour guide
per role, opened after signing in until the user says "do not show again"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from enrollment_app.services import interface_settings
from enrollment_app.services.context import ServiceContext
from enrollment_app.ui import app as gui
from enrollment_app.ui.help.guide_dialog import FirstHourGuide
from enrollment_app.ui.help.shortcut_list import plain_text
from enrollment_app.ui.help.shortcut_sheet import ShortcutSheet
from enrollment_app.ui.main_window import MainWindow
from tests.staff import add_staff
from tests.ui.test_app import (
    restored_app_state,  # noqa: F401 - a fixture used below
    sign_in_when_ready,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def _shown(qtbot: QtBot, window: MainWindow) -> MainWindow:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _staff_window(qtbot: QtBot, supervisor: ServiceContext, role: str) -> MainWindow:
    staff = add_staff(supervisor, "staf", role)
    return _shown(qtbot, MainWindow(staff, device_name="Tim Cipondoh 1"))


def _sheet(qtbot: QtBot, window: MainWindow, key: int,
           modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> ShortcutSheet:
    QTest.keyClick(window, Qt.Key(key), modifier)
    sheet = window.help_features.sheet
    assert sheet is not None
    qtbot.waitUntil(sheet.isActiveWindow)
    return sheet


def _commands(sheet: ShortcutSheet) -> dict[str, str]:
    return {command: keys for _group, keys, command in sheet.rows()}


@pytest.mark.parametrize(("text", "plain"), [
    ("&Settings...", "Settings"),
    ("Export personal &data (UU PDP)...", "Export personal data (UU PDP)"),
    ("Save && close", "Save & close"),
    ("&Keyboard shortcuts", "Keyboard shortcuts"),
])
def test_menu_texts_lose_their_mnemonics(text: str, plain: str) -> None:
    assert plain_text(text) == plain


def test_f1_shows_the_shortcuts_of_the_supervisors_menus(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    sheet = _sheet(qtbot, window, Qt.Key.Key_F1)
    commands = _commands(sheet)
    for command, keys in {"New registration": "Ctrl+N", "Find participant": "Ctrl+F",
                          "Lock screen": "Ctrl+L", "Settings": "Ctrl+,",
                          "Users": "Ctrl+Shift+U", "Audit trail": "Ctrl+Shift+T",
                          "Export for the central office": "Ctrl+E",
                          "Keyboard shortcuts": "F1 / Ctrl+/"}.items():
        assert commands[command] == keys
    assert "Change my password" not in commands, "only actions with a shortcut"
    groups = [row[0] for row in sheet.rows()]
    assert groups[0] == "File menu" and groups[-1] == "In every form, list and dialog"
    QTest.keyClick(sheet.tree, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.help_features.sheet is None or not sheet.isVisible())


def test_the_sheet_follows_the_menus_as_they_are(qtbot: QtBot, window: MainWindow) -> None:
    """Made from the real actions: one added later is listed, one hidden is not."""
    added = QAction("&Print attendance sheet...", window)
    added.setShortcut(QKeySequence("Ctrl+P"))
    window.participants_menu.addAction(added)
    window.find_action.setVisible(False)
    sheet = _sheet(qtbot, window, Qt.Key.Key_Slash, CTRL)
    commands = _commands(sheet)
    assert commands["Print attendance sheet"] == "Ctrl+P"
    assert "Find participant" not in commands


def test_a_trainer_sees_only_the_shortcuts_of_a_trainer(qtbot: QtBot,
                                                        supervisor: ServiceContext) -> None:
    window = _staff_window(qtbot, supervisor, "trainer")
    commands = _commands(_sheet(qtbot, window, Qt.Key.Key_F1))
    assert "Lock screen" in commands and "Keyboard shortcuts" in commands
    for hidden in ("New registration", "Find participant", "Users",
                   "Export for the central office"):
        assert hidden not in commands


@pytest.mark.parametrize(("role", "titles"), [
    ("field_officer", ["Register a person", "Find a person", "Correct a record"]),
    ("trainer", ["Mark attendance", "No laptop at hand"]),
    ("supervisor", ["Users", "Daily export", "Backups and power cuts"]),
    ("central", ["Import bundles", "Conflicts and duplicates"]),
])
def test_each_role_has_its_own_short_guide_with_its_real_keys(
        qtbot: QtBot, supervisor: ServiceContext, role: str, titles: list[str]) -> None:
    window = (_shown(qtbot, MainWindow(supervisor)) if role == "supervisor"
              else _staff_window(qtbot, supervisor, role))
    guide = window.help_features.open_guide()
    qtbot.waitUntil(guide.isActiveWindow)
    shown = [page.title for page in guide.pages]
    assert 4 <= len(shown) - 1 <= 6, "4 to 6 pages, then the shortcut keys"
    assert all(title in shown for title in titles)
    assert shown[-1] == "Your shortcut keys"
    text = "".join(page.text for page in guide.pages)
    assert "{" not in text, "every key placeholder is filled"
    assert "Ctrl+L" in text  # every role locks the screen
    assert ("Ctrl+N" in text) == (role in ("field_officer", "supervisor"))
    guide.reject()


def test_the_guide_is_read_with_the_keyboard_and_can_be_silenced(
        qtbot: QtBot, supervisor: ServiceContext) -> None:
    officer = add_staff(supervisor, "petugas", "field_officer")
    window = _shown(qtbot, MainWindow(officer, device_name="Tim Cipondoh 1"))
    window.help_features.guide_action.trigger()  # Help > Getting started
    guide = window.help_features.guide
    assert guide is not None
    qtbot.waitUntil(guide.isActiveWindow)
    assert guide.position.text() == f"Page 1 of {len(guide.pages)}"
    assert not guide.back_button.isEnabled()
    QTest.keyClick(guide, Qt.Key.Key_Return)
    assert guide.title.text() == "Register a person"
    assert "Ctrl+N" in guide.text.text()
    for _ in range(len(guide.pages)):  # Enter past the end stays on the last page
        QTest.keyClick(guide, Qt.Key.Key_Return)
        if not guide.isVisible():
            break
    assert not guide.isVisible(), "Enter on the last page presses Done"
    assert interface_settings.guide_wanted(officer), "not silenced without the tick"

    window.help_features.guide_action.trigger()
    guide = window.help_features.guide
    assert guide is not None
    qtbot.waitUntil(guide.isActiveWindow)
    qtbot.mouseClick(guide.do_not_show, Qt.MouseButton.LeftButton)
    QTest.keyClick(guide, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.help_features.guide is None)
    assert not interface_settings.guide_wanted(officer)
    assert interface_settings.guide_wanted(supervisor), "per account"


def _start(qtbot: QtBot, supervisor: ServiceContext) -> gui.Started:
    supervisor.db.close()  # the start opens (and at first encrypts) the database itself
    QTimer.singleShot(0, lambda: sign_in_when_ready(qtbot))
    started = gui.start(str(supervisor.db.data_dir))
    assert isinstance(started, gui.Started)
    qtbot.addWidget(started.window)
    return started


def test_the_guide_opens_after_signing_in_until_it_is_silenced(
        qtbot: QtBot, supervisor: ServiceContext,
        restored_app_state: None) -> None:  # noqa: F811 - the imported fixture
    started = _start(qtbot, supervisor)
    try:
        guide = started.window.help_features.guide
        assert isinstance(guide, FirstHourGuide)
        qtbot.waitUntil(guide.isActiveWindow)
        assert guide.title.text() == "Welcome"
        qtbot.mouseClick(guide.do_not_show, Qt.MouseButton.LeftButton)
        QTest.keyClick(guide, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: started.window.help_features.guide is None)
    finally:
        started.window.close()
        started.db.close()

    started = _start(qtbot, supervisor)
    try:
        assert started.window.isVisible()
        assert started.window.help_features.guide is None
    finally:
        started.window.close()
        started.db.close()
