"""Start-up: the GUI entry point, a database it must refuse, the encryption of a laptop at
its first sign-in, and the crash handler."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from enrollment_app import i18n
from enrollment_app.services import accounts, device_setup
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.registration import register_participant
from enrollment_app.storage.data_dir import database_path, logs_dir
from enrollment_app.storage.database import Database
from enrollment_app.storage.key_file import key_file_path
from enrollment_app.ui import app as gui
from enrollment_app.ui.crash_report import LOG_FILE, install_excepthook, log
from enrollment_app.ui.first_run_wizard import FirstRunWizard
from enrollment_app.ui.login_dialog import LoginDialog
from enrollment_app.ui.main_window import MainWindow
from tests.conftest import PASSWORD, make_draft
from tests.ui.modal_answers import answer_next_message_box
from tests.ui.test_first_run_and_login import assert_encrypted


@pytest.fixture
def restored_app_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """main() installs an excepthook, a log handler, a translator and a font: undo them
    so later tests see the plain English source texts and pytest-qt's own hook."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    font = QApplication.font()
    handlers = list(log.handlers)
    yield
    for handler in log.handlers[len(handlers):]:
        log.removeHandler(handler)
        handler.close()
    i18n.install_translator("en")
    QApplication.setFont(font)


def test_build_main_window_names_the_device(qtbot: QtBot, supervisor: ServiceContext) -> None:
    window = gui.build_main_window(supervisor)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)
    assert "Tim Cipondoh 1" in window.windowTitle()
    assert window.width() <= 1366 and window.height() <= 768


def test_data_dir_flag_and_qt_arguments_are_separated() -> None:
    args, qt_args = gui.parse_args(["--data-dir", "/tmp/x", "-style", "fusion"])
    assert args.data_dir == "/tmp/x"
    assert qt_args == ["-style", "fusion"]


def test_first_start_runs_the_wizard_then_shows_the_main_window(
        qtbot: QtBot, tmp_path: Path, restored_app_state: None) -> None:
    """What main() does before app.exec(): wizard, then the signed-in main window."""
    data_dir = tmp_path / "portable"
    seen: list[str] = []

    def fill_wizard() -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, FirstRunWizard) or not wizard.has_access:
            QTimer.singleShot(10, fill_wizard)
            return
        seen.append("wizard")
        qtbot.keyClicks(wizard.device_page.device_name, "Tim Periuk")
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton),
                         Qt.MouseButton.LeftButton)
        page = wizard.supervisor_page
        qtbot.keyClicks(page.username, "rina")
        for edit in (page.password, page.password_again):
            qtbot.keyClicks(edit, "kopi-pagi-77")
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)

    gui.create_application()
    assert QApplication.font().pointSizeF() >= gui.READABLE_POINT_SIZE
    QTimer.singleShot(0, fill_wizard)
    started = gui.start(str(data_dir))
    assert isinstance(started, gui.Started)
    qtbot.addWidget(started.window)
    try:
        assert seen == ["wizard"]
        assert started.window.isVisible()
        assert "rina" in started.window.user_label.text()
        assert started.db.key is not None
        assert_encrypted(data_dir)
        device = device_setup.load_device(started.db)
        assert device is not None and device.name == "Tim Periuk"
        assert accounts.list_usernames(started.db) == ["rina"]
    finally:
        started.window.close()
        started.db.close()
    assert (logs_dir(data_dir) / LOG_FILE).exists()


def test_cancelling_the_login_ends_with_status_0(qtbot: QtBot, supervisor: ServiceContext,
                                                 restored_app_state: None) -> None:
    answer_login = [0]

    def cancel_login() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog) or not dialog.has_access:
            QTimer.singleShot(10, cancel_login)
            return
        answer_login[0] += 1
        dialog.reject()

    QTimer.singleShot(0, cancel_login)
    assert gui.start(str(supervisor.db.data_dir)) == 0
    assert answer_login == [1]


def test_a_database_from_a_newer_app_is_refused_with_a_message(
        qtbot: QtBot, tmp_path: Path, restored_app_state: None) -> None:
    data_dir = tmp_path / "newer"
    data_dir.mkdir()
    Database.open(data_dir).close()
    with sqlite3.connect(database_path(data_dir)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    answer = answer_next_message_box(qtbot, "OK")
    assert gui.open_access(str(data_dir)) is None
    assert answer.missing == [] and "newer version" in answer.seen[0]


def test_a_refused_database_ends_the_start_with_status_1(
        qtbot: QtBot, tmp_path: Path, restored_app_state: None) -> None:
    data_dir = tmp_path / "newer"
    data_dir.mkdir()
    Database.open(data_dir).close()
    with sqlite3.connect(database_path(data_dir)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    answer = answer_next_message_box(qtbot, "OK")
    assert gui.start(str(data_dir)) == 1  # the login dialog was up; the box explains
    assert answer.missing == [] and "newer version" in answer.seen[0]


def test_a_laptop_whose_setup_was_never_finished_gets_the_wizard(
        qtbot: QtBot, tmp_path: Path, restored_app_state: None) -> None:
    """The file exists, so the login dialog comes first; with no device in it, the
    wizard takes its place."""
    data_dir = tmp_path / "half"
    data_dir.mkdir()
    Database.open(data_dir).close()
    seen: list[str] = []

    def cancel_the_wizard() -> None:
        window = QApplication.activeModalWidget()
        if isinstance(window, LoginDialog) and "login" not in seen:
            seen.append("login")
        if not isinstance(window, FirstRunWizard) or not window.has_access:
            QTimer.singleShot(10, cancel_the_wizard)
            return
        seen.append("wizard")
        window.reject()

    QTimer.singleShot(0, cancel_the_wizard)
    assert gui.start(str(data_dir)) == 0
    assert seen == ["login", "wizard"]


def sign_in_when_ready(qtbot: QtBot, password: str = PASSWORD) -> None:
    """Types the password into the login dialog once it can sign in, then Enter."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, LoginDialog) or not dialog.has_access:
        QTimer.singleShot(10, lambda: sign_in_when_ready(qtbot, password))
        return
    qtbot.keyClicks(dialog.password, password)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)


def start_and_find(qtbot: QtBot, data_dir: Path, name: str) -> int:
    """Start, sign in typed, search ``name`` in the participant list: the rows found."""
    QTimer.singleShot(0, lambda: sign_in_when_ready(qtbot))
    started = gui.start(str(data_dir))
    assert isinstance(started, gui.Started)
    qtbot.addWidget(started.window)
    try:
        window = started.window
        assert window.isVisible() and started.db.key is not None
        help_guide = window.help_features.guide
        if help_guide is not None:
            help_guide.close()
        window.find_participant()
        qtbot.keyClicks(window.participant_list.search, name)
        QTest.keyClick(window.participant_list.search, Qt.Key.Key_Return)
        return window.participant_list.model.rowCount()
    finally:
        started.window.close()
        started.db.close()


def test_the_first_start_after_the_upgrade_encrypts_and_the_next_one_unlocks(
        qtbot: QtBot, supervisor: ServiceContext, restored_app_state: None) -> None:
    register_participant(supervisor, make_draft())
    data_dir = supervisor.db.data_dir
    supervisor.db.close()
    assert not key_file_path(data_dir).exists()
    assert start_and_find(qtbot, data_dir, "Siti Aminah") == 1
    assert_encrypted(data_dir)
    assert start_and_find(qtbot, data_dir, "Siti Aminah") == 1, "signed in to the encrypted file"


def test_a_damaged_key_file_is_explained_not_a_traceback(
        qtbot: QtBot, encrypted_device: Path, restored_app_state: None) -> None:
    key_file = key_file_path(encrypted_device)
    key_file.write_text(key_file.read_text(encoding="utf-8")[:200], encoding="utf-8")
    before = database_path(encrypted_device).read_bytes()
    answer = answer_next_message_box(qtbot, "OK")
    assert gui.start(str(encrypted_device)) == 1
    assert answer.missing == [] and "key file" in answer.seen[0]
    assert str(encrypted_device) in answer.seen[0]
    assert database_path(encrypted_device).read_bytes() == before


def test_a_missing_key_file_is_explained_too(
        qtbot: QtBot, encrypted_device: Path, restored_app_state: None) -> None:
    key_file_path(encrypted_device).unlink()
    answer = answer_next_message_box(qtbot, "OK")
    assert gui.start(str(encrypted_device)) == 1
    assert answer.missing == [] and "(enrollment.keys) is missing" in answer.seen[0]


START_ORDER_PROBE = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from enrollment_app.ui import app as gui

seen = {}

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "painted" not in seen:
            seen["painted"] = type(watched.window()).__name__
            seen["database layer at first paint"] = "sqlalchemy" in sys.modules
        return False

def cancel_when_ready():
    dialog = QApplication.activeModalWidget()
    if dialog is None or not getattr(dialog, "has_access", False):
        QTimer.singleShot(10, cancel_when_ready)
        return
    seen["users"] = dialog.username.count()
    dialog.reject()

app = gui.create_application()
watch = Watch()
app.installEventFilter(watch)
QTimer.singleShot(0, cancel_when_ready)
seen["status"] = gui.start(sys.argv[1])
print(json.dumps(seen))
"""


def test_the_login_dialog_is_painted_before_the_database_layer_is_imported(
        encrypted_device: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", START_ORDER_PROBE, str(encrypted_device)],
        capture_output=True, text=True, timeout=120, check=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert json.loads(result.stdout.splitlines()[-1]) == {
        "painted": "LoginDialog", "database layer at first paint": False, "users": 1,
        "status": 0}


def test_an_unexpected_error_is_logged_and_shown(qtbot: QtBot, tmp_path: Path,
                                                 restored_app_state: None) -> None:
    log_path = install_excepthook(tmp_path)
    answer = answer_next_message_box(qtbot, "OK")
    try:
        raise ValueError("boom in a slot")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    for handler in log.handlers:
        handler.flush()
    assert answer.seen and str(log_path) in answer.seen[0]
    text = log_path.read_text(encoding="utf-8")
    assert "boom in a slot" in text and "Traceback" in text
    assert logging.getLogger("enrollment_app").level == logging.INFO
