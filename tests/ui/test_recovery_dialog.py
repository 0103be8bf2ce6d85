"""The recovery window, typed into like a person: a wrong code is said in red and changes
nothing; the right file and code set the supervisor's new password and sign them in."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from enrollment_app.services.central_recovery import IssuedRecovery
from enrollment_app.services.errors import AuthenticationError
from enrollment_app.services.recovery import RECOVERY_EVENT
from enrollment_app.services.registration import find_by_nik
from enrollment_app.services.unlock import DeviceAccess
from enrollment_app.storage.models import AuditEntry, User
from enrollment_app.ui.recovery_dialog import RecoveryDialog
from tests.conftest import PASSWORD, VALID_NIK
from tests.recovery_laptop import (
    NEW_PASSWORD,
    SUPERVISOR_NAME,
    folder_bytes,
    issue,
    office_at,
    sealed_laptop,
)


@dataclass
class Field:
    laptop: Path
    issued: IssuedRecovery


@pytest.fixture
def field(tmp_path: Path) -> Iterator[Field]:
    office = office_at(tmp_path / "central")
    laptop = sealed_laptop(office, tmp_path / "field")
    issued = issue(office, laptop, tmp_path / "usb")
    office.close()
    yield Field(laptop, issued)


def show(qtbot: QtBot, laptop: Path) -> RecoveryDialog:
    dialog = RecoveryDialog(DeviceAccess.open(laptop))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def retype(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def tab_and_type(qtbot: QtBot, dialog: RecoveryDialog, text: str) -> None:
    focused = dialog.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    now = dialog.focusWidget()
    assert isinstance(now, QWidget)
    qtbot.keyClicks(now, text)


def test_a_supervisor_sets_a_new_password_with_the_file_and_code(
        qtbot: QtBot, field: Field) -> None:
    dialog = show(qtbot, field.laptop)
    assert [dialog.username.itemText(i) for i in range(dialog.username.count())] == [
        SUPERVISOR_NAME]
    before = folder_bytes(field.laptop)

    # The file's path, then Tab from field to field as a person would.
    qtbot.keyClicks(dialog.file_path, str(field.issued.path))
    qtbot.keyClick(dialog.file_path, Qt.Key.Key_Tab)  # the Choose button
    tab_and_type(qtbot, dialog, "AAAA-BBBB-CCCC-DDDD-EEEE")  # misheard on the phone
    assert dialog.code.text() == "AAAA-BBBB-CCCC-DDDD-EEEE"
    qtbot.keyClick(dialog.code, Qt.Key.Key_Tab)  # the supervisor, already chosen
    tab_and_type(qtbot, dialog, NEW_PASSWORD)
    tab_and_type(qtbot, dialog, NEW_PASSWORD)
    assert dialog.password_again.text() == NEW_PASSWORD
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)

    assert dialog.isVisible() and dialog.context is None
    assert dialog.error.isVisible() and "code is wrong" in dialog.error.text()
    assert dialog.focusWidget() is dialog.code
    assert folder_bytes(field.laptop) == before

    # Typed again, in lower case with spaces: accepted.
    retype(qtbot, dialog.code, field.issued.code.lower().replace("-", " "))
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == RecoveryDialog.DialogCode.Accepted
    ctx = dialog.context
    assert ctx is not None and ctx.actor.username == SUPERVISOR_NAME
    assert find_by_nik(ctx, VALID_NIK) is not None
    with ctx.read() as session:
        assert session.scalar(select(AuditEntry.record_id).where(
            AuditEntry.action == RECOVERY_EVENT)) is not None
        assert session.scalar(select(User.must_change_password).where(
            User.username == SUPERVISOR_NAME)) is False
    ctx.db.close()

    later = DeviceAccess.open(field.laptop)
    with pytest.raises(AuthenticationError):
        later.sign_in(SUPERVISOR_NAME, PASSWORD)
    later.sign_in(SUPERVISOR_NAME, NEW_PASSWORD).db.close()


def test_what_is_missing_or_refused_is_said_in_red(qtbot: QtBot, field: Field) -> None:
    dialog = show(qtbot, field.laptop)
    before = folder_bytes(field.laptop)
    qtbot.keyClick(dialog.file_path, Qt.Key.Key_Return)
    assert "Choose the recovery file" in dialog.error.text()
    assert "#b3261e" in dialog.error.styleSheet()

    qtbot.keyClicks(dialog.file_path, str(field.issued.path))
    qtbot.keyClicks(dialog.code, field.issued.code)
    qtbot.keyClicks(dialog.password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.password_again, NEW_PASSWORD + "x")
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    assert "two new passwords differ" in dialog.error.text()

    retype(qtbot, dialog.password, "rina")
    retype(qtbot, dialog.password_again, "rina")
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    assert "at least 8 characters" in dialog.error.text()

    retype(qtbot, dialog.password, NEW_PASSWORD)
    retype(qtbot, dialog.password_again, NEW_PASSWORD)
    dialog.username.setFocus()
    dialog.username.lineEdit().selectAll()
    qtbot.keyClicks(dialog.username, "petugas1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "not an active supervisor" in dialog.error.text()
    assert dialog.isVisible() and dialog.context is None
    assert folder_bytes(field.laptop) == before

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.context is None
