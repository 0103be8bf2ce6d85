"""The supervisors' Users screen and the account dialogs, driven as a supervisor would."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from enrollment_app.services import accounts, user_admin
from enrollment_app.services.context import ServiceContext
from enrollment_app.ui.accounts.dialogs import (
    AddUserDialog,
    ChangePasswordDialog,
    ResetPasswordDialog,
)
from enrollment_app.ui.accounts.users_view import UsersView
from tests.conftest import SUPERVISOR
from tests.staff import STAFF_PASSWORD, add_staff

Filler = Callable[[QDialog], None]


def _dialog_runner(qtbot: QtBot, fill: Filler) -> Callable[[QDialog], int]:
    """Instead of exec(): show the dialog, let ``fill`` type and press OK, return."""
    def run(dialog: QDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        fill(dialog)
        return dialog.result()
    return run


def _view(qtbot: QtBot, ctx: ServiceContext, *, fill: Filler | None = None,
          confirm: bool = True) -> UsersView:
    view = UsersView(ctx, confirm=lambda _parent, _text: confirm,
                     run=_dialog_runner(qtbot, fill or (lambda d: None)))
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def _press_ok(qtbot: QtBot, dialog: QWidget, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _usernames(view: UsersView) -> list[str]:
    return [view.model.index(r, 0).data() for r in range(view.model.rowCount())]


def test_adding_a_user_through_the_dialog(qtbot: QtBot, supervisor: ServiceContext) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AddUserDialog)
        qtbot.keyClicks(dialog.username, "dewi")
        qtbot.keyClicks(dialog.full_name, "Dewi Lestari")
        dialog.role.set_code("trainer")
        qtbot.keyClicks(dialog.password, "pelatih-jahit-3")
        qtbot.keyClicks(dialog.password_again, "pelatih-jahit-3")
        _press_ok(qtbot, dialog, dialog.ok_button)

    view = _view(qtbot, supervisor, fill=fill)
    view.add_button.click()
    assert _usernames(view) == ["dewi", SUPERVISOR]
    assert view.selected_user().username == "dewi"
    assert "dewi can now sign in" in view.banner.text()
    assert view.model.index(0, 2).data() == "Trainer"
    assert accounts.sign_in(supervisor.db, supervisor.device_id, "dewi", "pelatih-jahit-3")


def test_the_add_dialog_says_what_is_wrong_next_to_the_field(
        qtbot: QtBot, supervisor: ServiceContext) -> None:
    dialog = AddUserDialog(supervisor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.username, "Budi Santoso")
    qtbot.keyClicks(dialog.password, "pendek")
    qtbot.keyClicks(dialog.password_again, "pendek")
    _press_ok(qtbot, dialog, dialog.ok_button)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "lowercase letters" in dialog.messages["username"].text()
    assert "at least 8 characters" in dialog.messages["password"].text()
    assert dialog.messages["role"].text() == "Choose a role."
    assert dialog.username.hasFocus()
    dialog.password_again.setText("lain-lagi-99")
    _press_ok(qtbot, dialog, dialog.ok_button)
    assert "The two passwords differ." in dialog.messages["password_again"].text()
    assert user_admin.list_users(supervisor)[0].username == SUPERVISOR


def test_disable_and_enable_from_the_buttons(qtbot: QtBot, supervisor: ServiceContext) -> None:
    add_staff(supervisor, "petugas", "field_officer")
    view = _view(qtbot, supervisor)
    view.select(SUPERVISOR)
    assert not view.disable_button.isEnabled(), "nobody disables their own account"
    view.select("petugas")
    assert view.disable_button.isEnabled() and not view.enable_button.isEnabled()
    view.disable_button.click()
    assert view.model.index(view.model.row_of("petugas"), 3).data() == "Disabled"
    assert "petugas" not in accounts.list_usernames(supervisor.db)
    assert view.enable_button.isEnabled()
    view.enable_button.click()
    assert "petugas" in accounts.list_usernames(supervisor.db)


def test_nothing_happens_when_the_supervisor_says_no(qtbot: QtBot,
                                                    supervisor: ServiceContext) -> None:
    add_staff(supervisor, "petugas", "field_officer")
    view = _view(qtbot, supervisor, confirm=False)
    view.select("petugas")
    view.disable_button.click()
    assert "petugas" in accounts.list_usernames(supervisor.db)


def test_reset_password_then_the_person_chooses_their_own(
        qtbot: QtBot, supervisor: ServiceContext) -> None:
    add_staff(supervisor, "petugas", "field_officer")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ResetPasswordDialog)
        qtbot.keyClicks(dialog.password, "sementara-123")
        qtbot.keyClicks(dialog.password_again, "sementara-123")
        _press_ok(qtbot, dialog, dialog.ok_button)

    view = _view(qtbot, supervisor, fill=fill)
    view.select("petugas")
    view.reset_button.click()
    row = view.model.row_of("petugas")
    assert view.model.index(row, 3).data() == "Active, must choose a new password"
    officer = accounts.sign_in(supervisor.db, supervisor.device_id, "petugas",
                               "sementara-123")
    dialog = ChangePasswordDialog(officer, required=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current, "salah-sekali")
    qtbot.keyClicks(dialog.password, "pilihan-sendiri-5")
    qtbot.keyClicks(dialog.password_again, "pilihan-sendiri-5")
    _press_ok(qtbot, dialog, dialog.ok_button)
    assert "Wrong user name or password" in dialog.messages["current"].text()
    dialog.current.setText("sementara-123")
    _press_ok(qtbot, dialog, dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not accounts.must_change_password(supervisor.db, officer.actor.user_id)


def test_a_locked_out_account_shows_and_can_be_enabled(qtbot: QtBot,
                                                       supervisor: ServiceContext) -> None:
    add_staff(supervisor, "petugas", "field_officer")
    for _ in range(accounts.FREE_ATTEMPTS):
        with pytest.raises(accounts.ServiceError):
            accounts.sign_in(supervisor.db, supervisor.device_id, "petugas", "salah-sekali")
    view = _view(qtbot, supervisor)
    view.select("petugas")
    row = view.model.row_of("petugas")
    assert view.model.index(row, 3).data().startswith("Locked until")
    assert view.model.index(row, 4).data() == str(accounts.FREE_ATTEMPTS)
    view.enable_button.click()
    assert accounts.sign_in(supervisor.db, supervisor.device_id, "petugas", STAFF_PASSWORD)


def test_after_a_reset_the_sign_in_asks_for_an_own_password_first(
        qtbot: QtBot, supervisor: ServiceContext) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from enrollment_app.ui import app as gui

    add_staff(supervisor, "petugas", "field_officer")
    officer = accounts.sign_in(supervisor.db, supervisor.device_id, "petugas", STAFF_PASSWORD)
    assert gui.own_password_chosen(officer), "no reset, no question"
    user_admin.reset_password(supervisor, "petugas", "sementara-123")
    answers = iter([None, "pilihan-sendiri-5"])  # cancel once, then choose a password

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ChangePasswordDialog):
            QTimer.singleShot(10, answer)
            return
        new = next(answers)
        if new is None:
            dialog.reject()
            return
        for edit, text in ((dialog.current, "sementara-123"), (dialog.password, new),
                           (dialog.password_again, new)):
            qtbot.keyClicks(edit, text)
        dialog.ok_button.click()

    QTimer.singleShot(0, answer)
    assert not gui.own_password_chosen(officer)
    QTimer.singleShot(0, answer)
    assert gui.own_password_chosen(officer)
    assert accounts.sign_in(supervisor.db, supervisor.device_id, "petugas", "pilihan-sendiri-5")
