"""The Backups screen, the start-up check with its offer to restore, and the settings."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from enrollment_app.services import backups
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.demo_data import generate_demo_participants
from enrollment_app.services.unlock import DeviceAccess
from enrollment_app.storage.backup import count_live_participants, name_parts
from enrollment_app.storage.data_dir import backups_dir
from enrollment_app.storage.engine import is_encrypted_file
from enrollment_app.ui import app as gui
from enrollment_app.ui.backups.backups_model import KIND, PARTICIPANTS, TAKEN, WHERE
from enrollment_app.ui.backups.backups_view import BackupsView
from enrollment_app.ui.backups.window_features import StartupOutcome
from enrollment_app.ui.crash_report import log
from enrollment_app.ui.main_window import MainWindow
from tests.conftest import PASSWORD, SUPERVISOR
from tests.staff import add_staff
from tests.ui.modal_answers import answer_next_message_box


def taken_text(path: Path) -> str:
    parts = name_parts(path.name)
    assert parts is not None
    return parts[1].strftime("%d-%m-%Y %H:%M")


def participant_rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return connection.execute("SELECT * FROM participants ORDER BY id").fetchall()


def cell(view: BackupsView, row: int, column: int) -> str:
    return view.model.index(row, column, QModelIndex()).data()


def click_row(qtbot: QtBot, view: BackupsView, row: int) -> None:
    rect = view.table.visualRect(view.model.index(row, TAKEN, QModelIndex()))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def backed_up(supervisor: ServiceContext) -> tuple[ServiceContext, Path]:
    """120 people in today's backup, 30 more registered since."""
    generate_demo_participants(supervisor, 120, seed=5)
    taken = backups.take_daily_backup(supervisor.db).taken
    assert taken is not None
    generate_demo_participants(supervisor, 30, seed=6)
    return supervisor, taken


@pytest.fixture
def view(qtbot: QtBot, backed_up: tuple[ServiceContext, Path]) -> BackupsView:
    widget = BackupsView(backed_up[0])
    qtbot.addWidget(widget)
    widget.resize(1100, 640)
    with qtbot.waitSignal(widget.listed, timeout=10_000):
        widget.show()
    return widget


def test_the_list_shows_date_kind_count_and_place_newest_first(
        qtbot: QtBot, view: BackupsView, backed_up: tuple[ServiceContext, Path]) -> None:
    with qtbot.waitSignals([view.backed_up, view.listed], timeout=10_000):
        qtbot.mouseClick(view.backup_button, Qt.MouseButton.LeftButton)
    assert "Backup written to" in view.banner.text()
    assert view.model.rowCount() == 2
    assert cell(view, 0, KIND) == "Made by hand" and cell(view, 0, PARTICIPANTS) == "150"
    assert (cell(view, 1, TAKEN), cell(view, 1, KIND), cell(view, 1, PARTICIPANTS),
            cell(view, 1, WHERE)) == (taken_text(backed_up[1]), "Daily (automatic)", "120",
                                      "This laptop")
    assert view.status.text() == "2 backups, newest first."


def test_restoring_asks_what_will_be_lost_then_brings_the_backup_back(
        qtbot: QtBot, view: BackupsView, backed_up: tuple[ServiceContext, Path]) -> None:
    ctx, taken = backed_up
    before = participant_rows(taken)
    click_row(qtbot, view, 0)
    assert view.selected_backup() is not None and view.selected_backup().path == taken
    answer = answer_next_message_box(qtbot, "Restore")
    with qtbot.waitSignal(view.restored, timeout=20_000) as restored:
        qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert answer.missing == []
    question = answer.seen[0]
    assert f"taken on {taken_text(taken)}?" in question
    assert "150 participants, the backup 120; 30 participant records" in question
    assert "saved as a copy" in question
    assert participant_rows(ctx.db.path) == before
    saved = restored.args[0].previous_saved_as
    assert saved.parent == backups_dir(ctx.db.data_dir) and len(participant_rows(saved)) == 150
    assert "restored" in view.banner.text()


def test_cancelling_the_confirmation_changes_nothing(
        qtbot: QtBot, view: BackupsView, backed_up: tuple[ServiceContext, Path]) -> None:
    ctx, _taken = backed_up
    click_row(qtbot, view, 0)
    answer = answer_next_message_box(qtbot, "Cancel")
    with qtbot.assertNotEmitted(view.restored, wait=200):
        qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert answer.seen and len(participant_rows(ctx.db.path)) == 150
    assert [p.name for p in backups_dir(ctx.db.data_dir).iterdir()] == [_taken.name]


def test_the_settings_are_typed_and_saved(qtbot: QtBot, view: BackupsView,
                                          backed_up: tuple[ServiceContext, Path],
                                          tmp_path: Path) -> None:
    usb = tmp_path / "flashdisk"
    usb.mkdir()
    view.usb_folder.setFocus()
    qtbot.keyClicks(view.usb_folder, str(usb))
    view.keep_daily.selectAll()
    qtbot.keyClicks(view.keep_daily, "10")
    view.keep_weekly.selectAll()
    qtbot.keyClicks(view.keep_weekly, "2")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.banner.text() == "Backup settings saved."
    assert backups.backup_settings(backed_up[0].db) == backups.BackupSettings(str(usb), 10, 2)


class Recorder:
    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.asked: list[str] = []
        self.told: list[str] = []
        self.signed_out: list[QWidget] = []

    def confirm(self, _parent: QWidget | None, question: str, details: str) -> bool:
        self.asked.append(f"{question}\n{details}")
        return self.answer

    def inform(self, _parent: QWidget, _title: str, text: str) -> None:
        self.told.append(text)


def features_with(window: MainWindow, recorder: Recorder) -> None:
    features = window.backup_features
    features.confirm = recorder.confirm
    features.inform = recorder.inform
    features.after_restore = recorder.signed_out.append


def test_the_start_up_check_makes_the_day_backup_on_a_sound_file(
        qtbot: QtBot, window: MainWindow, supervisor: ServiceContext) -> None:
    recorder = Recorder()
    features_with(window, recorder)
    with qtbot.waitSignal(window.backup_features.startup_checked, timeout=20_000) as done:
        window.backup_features.check_and_back_up()
    outcome: StartupOutcome = done.args[0]
    assert outcome.check.integrity.ok and outcome.check.daily is not None
    assert outcome.check.daily.taken is not None and outcome.check.daily.taken.exists()
    assert recorder.asked == [] and recorder.told == []
    assert window.statusBar().currentMessage() == "Today's backup is made."


def test_a_damaged_file_found_at_start_up_is_restored_from_the_latest_good_backup(
        qtbot: QtBot, window: MainWindow, backed_up: tuple[ServiceContext, Path]) -> None:
    ctx, taken = backed_up
    before = participant_rows(taken)
    recorder = Recorder()
    features_with(window, recorder)
    ctx.db.engine.dispose()
    noise = random.Random(3).randbytes(8192)
    with ctx.db.path.open("r+b") as file:  # overwrite the middle of the live file
        file.seek(ctx.db.path.stat().st_size // 2)
        file.write(noise)
    info = answer_next_message_box(qtbot, "OK")  # "restored, sign in again"
    with qtbot.waitSignal(window.backup_features.startup_checked, timeout=20_000) as done:
        window.backup_features.check_and_back_up()
    assert not done.args[0].check.integrity.ok
    assert len(recorder.asked) == 1
    assert f"{taken_text(taken)} (120 participants)" in recorder.asked[0]
    qtbot.waitUntil(lambda: recorder.signed_out == [window], timeout=20_000)
    assert info.seen and "sign in again" in info.seen[0]
    assert participant_rows(ctx.db.path) == before
    kept = sorted(backups_dir(ctx.db.data_dir).glob("*.sqlite"))
    assert [p.name.split("-")[0] for p in kept] == [
        "daily", "damaged"], "no daily backup of the damaged file; the damaged file kept"


def test_someone_who_may_not_restore_is_told_to_call_a_supervisor(
        qtbot: QtBot, supervisor: ServiceContext) -> None:
    officer = add_staff(supervisor, "petugas", "field_officer")
    main = MainWindow(officer, device_name="Tim Cipondoh 1")
    qtbot.addWidget(main)
    recorder = Recorder()
    features_with(main, recorder)
    assert main.backup_features.view is None and main.backup_features.page == -1
    officer.db.engine.dispose()
    with officer.db.path.open("r+b") as file:
        file.seek(4096)
        file.write(random.Random(4).randbytes(4096))
    with qtbot.waitSignal(main.backup_features.startup_checked, timeout=20_000):
        main.backup_features.check_and_back_up()
    assert recorder.asked == [] and len(recorder.told) == 1
    assert "ask a supervisor" in recorder.told[0]


def test_the_backups_page_is_in_the_supervisor_navigation(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    features = window.backup_features
    assert features.view is not None
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert window.pages.currentWidget() is features.view
    assert window.navigation.currentItem().text() == "Backups"


@pytest.fixture
def app_state_restored(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """open_access() installs the crash log and handler: undo them afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(log.handlers)
    yield
    for handler in log.handlers[len(handlers):]:
        log.removeHandler(handler)
        handler.close()


def test_a_file_that_cannot_be_opened_is_restored_before_sign_in(
        qtbot: QtBot, backed_up: tuple[ServiceContext, Path],
        app_state_restored: None) -> None:
    ctx, taken = backed_up
    ctx.db.close()
    with ctx.db.path.open("r+b") as file:  # the header and the first pages
        file.write(b"\0" * 8192)
    answer = answer_next_message_box(qtbot, "Restore")
    access = gui.open_access(ctx.db.data_dir)
    assert access is not None and access.db is not None and not access.encrypted
    try:
        assert answer.missing == [] and "cannot be opened" in answer.seen[0]
        assert f"{taken_text(taken)} (120 participants)" in answer.seen[0]
        assert participant_rows(access.db.path) == participant_rows(taken)
    finally:
        access.close()


SIGN_IN_AGAIN_PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from enrollment_app.ui import app as gui
from enrollment_app.ui.login_dialog import LoginDialog
from enrollment_app.ui.main_window import MainWindow

seen = []

def step():
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, LoginDialog) and dialog.has_access:
        if seen.count("login") == 1 and "sign in again" in seen:
            seen.append("login")
            dialog.reject()  # the second sign-in: cancel, main() ends with 0
            return
        if "login" not in seen:
            seen.append("login")
            dialog.password.setText(sys.argv[2])
            dialog.try_sign_in()
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w.isVisible()]
    if windows and "sign in again" not in seen:
        seen.append("sign in again")
        gui.sign_in_again(windows[0])
    QTimer.singleShot(20, step)

QTimer.singleShot(0, step)
status = gui.main(["--data-dir", sys.argv[1]])
print(json.dumps({"seen": seen, "status": status}))
"""


def test_after_a_restore_main_shows_the_sign_in_again(supervisor: ServiceContext) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SIGN_IN_AGAIN_PROBE, str(supervisor.db.data_dir), PASSWORD],
        capture_output=True, text=True, timeout=240, check=False,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == {
        "seen": ["login", "sign in again", "login"], "status": 0}


# ------------------------------------------------------------------ an encrypted laptop
@pytest.fixture
def sealed(backed_up: tuple[ServiceContext, Path]) -> Iterator[tuple[ServiceContext, Path]]:
    """``backed_up`` after the sign-in that encrypted the laptop (and its backups)."""
    ctx, taken = backed_up
    ctx.db.close()
    signed_in = DeviceAccess.open(ctx.db.data_dir).sign_in(SUPERVISOR, PASSWORD)
    assert is_encrypted_file(signed_in.db.path) and is_encrypted_file(taken)
    yield signed_in, taken
    signed_in.db.close()


def test_an_encrypted_laptop_lists_its_encrypted_backups_and_restores_one(
        qtbot: QtBot, sealed: tuple[ServiceContext, Path]) -> None:
    ctx, taken = sealed
    view = BackupsView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 640)
    with qtbot.waitSignal(view.listed, timeout=10_000):
        view.show()
    assert "Backups are encrypted like the database" in view.intro.text()
    with qtbot.waitSignals([view.backed_up, view.listed], timeout=10_000):
        qtbot.mouseClick(view.backup_button, Qt.MouseButton.LeftButton)
    assert [(cell(view, row, KIND), cell(view, row, PARTICIPANTS)) for row in (0, 1)] == [
        ("Made by hand", "150"), ("Daily (automatic)", "120")]
    by_hand = view.model.backup_at(0).path
    assert view.model.backup_at(1).path == taken
    assert is_encrypted_file(by_hand) and count_live_participants(by_hand) is None

    click_row(qtbot, view, 1)
    answer = answer_next_message_box(qtbot, "Restore")
    with qtbot.waitSignal(view.restored, timeout=20_000) as restored:
        qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert "150 participants, the backup 120" in answer.seen[0]
    assert is_encrypted_file(ctx.db.path)
    assert count_live_participants(ctx.db.path, ctx.db.key) == 120
    saved = restored.args[0].previous_saved_as
    assert is_encrypted_file(saved) and count_live_participants(saved, ctx.db.key) == 150


def test_the_start_up_check_of_an_encrypted_laptop_finds_damage_and_restores(
        qtbot: QtBot, sealed: tuple[ServiceContext, Path]) -> None:
    ctx, taken = sealed
    main = MainWindow(ctx, device_name="Tim Cipondoh 1")
    qtbot.addWidget(main)
    recorder = Recorder()
    features_with(main, recorder)
    ctx.db.engine.dispose()
    with ctx.db.path.open("r+b") as file:  # overwrite the middle of the live file
        file.seek(ctx.db.path.stat().st_size // 2)
        file.write(random.Random(5).randbytes(8192))
    info = answer_next_message_box(qtbot, "OK")  # "restored, sign in again"
    with qtbot.waitSignal(main.backup_features.startup_checked, timeout=20_000) as done:
        main.backup_features.check_and_back_up()
    assert not done.args[0].check.integrity.ok
    assert len(recorder.asked) == 1
    assert f"{taken_text(taken)} (120 participants)" in recorder.asked[0]
    qtbot.waitUntil(lambda: recorder.signed_out == [main], timeout=20_000)
    assert info.seen and "sign in again" in info.seen[0]
    assert is_encrypted_file(ctx.db.path)
    assert count_live_participants(ctx.db.path, ctx.db.key) == 120
