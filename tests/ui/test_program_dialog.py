"""Editing a program on the Programs screen, typed as a supervisor would: change the
organiser and the end date, add a skill, remove one, save; a refused Save writes nothing;
a field officer gets no Edit button."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from enrollment_app.services import programs
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.models import AuditEntry, ProgramSkill
from enrollment_app.ui.help.shortcut_list import window_shortcuts
from enrollment_app.ui.main_window import MainWindow
from enrollment_app.ui.programs.catalog_view import CatalogView
from enrollment_app.ui.programs.program_dialog import ProgramDialog
from tests.staff import add_staff
from tests.ui.catalog_screen import catalog_view, click_program
from tests.ui.conftest import OFFSCREEN_NOISE

DP3 = "dp3ap2kb-2026"
DP3_NAME = "Pelatihan Keterampilan Perempuan DP3AP2KB 2026"


def _open_dialog(qtbot: QtBot, view: CatalogView, name_part: str) -> ProgramDialog:
    click_program(qtbot, view, name_part)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(ProgramDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _retype(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Click into the field, select everything, type over it."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def _click_skill(qtbot: QtBot, dialog: ProgramDialog, name: str) -> None:
    items = dialog.skill_list.findItems(name, Qt.MatchFlag.MatchStartsWith)
    assert len(items) == 1
    qtbot.mouseClick(dialog.skill_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.skill_list.visualItemRect(items[0]).center())


def _audit_count(ctx: ServiceContext) -> int:
    with ctx.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def _audit(ctx: ServiceContext, record_id: str) -> list[AuditEntry]:
    with ctx.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.record_id == record_id)
                                    .order_by(AuditEntry.seq)))


def test_a_supervisor_edits_the_details_and_skills(qtbot: QtBot,
                                                    supervisor: ServiceContext) -> None:
    view = catalog_view(qtbot, supervisor)
    dialog = _open_dialog(qtbot, view, "DP3AP2KB")
    assert dialog.organiser.text() == "DP3AP2KB Kota Tangerang"
    assert dialog.period_end.text() == "31-12-2026"

    _retype(qtbot, dialog.organiser, "DP3AP2KB Kota Tangerang (Bidang PPA)")
    _retype(qtbot, dialog.period_end, "30/11/2026")
    qtbot.keyClick(dialog.period_end, Qt.Key.Key_Tab)
    assert dialog.period_end.text() == "30-11-2026"  # tidied when left
    qtbot.keyClicks(dialog.skill_code, "membatik")
    qtbot.keyClick(dialog.skill_code, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.skill_name, "Membatik")
    qtbot.keyClick(dialog.skill_name, Qt.Key.Key_Return)  # adds; does not save
    assert dialog.isVisible()
    assert dialog.skill_list.findItems("Membatik (membatik)", Qt.MatchFlag.MatchExactly)
    _click_skill(qtbot, dialog, "Menjahit")
    qtbot.mouseClick(dialog.remove_skill_button, Qt.MouseButton.LeftButton)
    assert not dialog.skill_list.findItems("Menjahit", Qt.MatchFlag.MatchStartsWith)
    assert programs.get_program(supervisor, DP3).skill(
        programs.skill_id_for(programs.program_id_for(DP3), "menjahit")) is not None

    qtbot.keyClick(dialog.organiser, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # The screen
    assert view.banner.text() == f"Program {DP3_NAME} saved."
    assert view.organiser.text() == "DP3AP2KB Kota Tangerang (Bidang PPA)"
    assert view.period.text().endswith("30 Nov 2026")
    assert "Membatik" in view.skills.text() and "Menjahit" not in view.skills.text()
    assert view.current_program().code == DP3
    # The database
    program_id = programs.program_id_for(DP3)
    stored = programs.get_program(supervisor, DP3)
    assert stored.organiser == "DP3AP2KB Kota Tangerang (Bidang PPA)"
    assert (stored.period_start, stored.period_end) == (date(2026, 2, 1), date(2026, 11, 30))
    assert [s.code for s in stored.skills] == ["kerajinan_tangan", "kewirausahaan",
                                               "membatik", "tata_boga"]
    sewing_id = programs.skill_id_for(program_id, "menjahit")
    with supervisor.read() as session:
        sewing = session.get(ProgramSkill, sewing_id)
        assert sewing is not None and sewing.deleted_at is not None  # tombstoned
    # The audit trail, in the supervisor's name
    program_entry = _audit(supervisor, program_id)[-1]
    assert program_entry.user_id == supervisor.actor.user_id
    assert program_entry.changes["organiser"] == ["DP3AP2KB Kota Tangerang",
                                                  "DP3AP2KB Kota Tangerang (Bidang PPA)"]
    assert program_entry.changes["period_end"][1] == "2026-11-30"
    assert "name" not in program_entry.changes  # untouched fields are not written
    assert "deleted_at" in _audit(supervisor, sewing_id)[-1].changes
    added = _audit(supervisor, programs.skill_id_for(program_id, "membatik"))
    assert [(e.action, e.user_id) for e in added] == [("create", supervisor.actor.user_id)]


def test_an_end_before_the_start_is_shown_and_nothing_is_written(
        qtbot: QtBot, supervisor: ServiceContext) -> None:
    view = catalog_view(qtbot, supervisor)
    dialog = _open_dialog(qtbot, view, "DP3AP2KB")
    before = _audit_count(supervisor)
    _retype(qtbot, dialog.organiser, "Dinas Lain")
    qtbot.keyClicks(dialog.skill_code, "membatik")
    qtbot.keyClicks(dialog.skill_name, "Membatik")
    qtbot.mouseClick(dialog.add_skill_button, Qt.MouseButton.LeftButton)
    _retype(qtbot, dialog.period_end, "15-01-2026")
    qtbot.keyClick(dialog.period_end, Qt.Key.Key_Return)  # Enter saves

    assert dialog.isVisible()
    assert dialog.messages["period_end"].isVisible()
    assert dialog.messages["period_end"].text() == "The period cannot end before it starts."
    assert _audit_count(supervisor) == before
    stored = programs.get_program(supervisor, DP3)
    assert stored.organiser == "DP3AP2KB Kota Tangerang"
    assert stored.period_end == date(2026, 12, 31)
    assert "membatik" not in {s.code for s in stored.skills}
    assert view.banner.text() == ""

    _retype(qtbot, dialog.period_end, "31-02-2026")  # no such day
    qtbot.keyClick(dialog.period_end, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "day-month-year" in dialog.messages["period_end"].text()
    assert _audit_count(supervisor) == before

    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _audit_count(supervisor) == before


def test_a_bad_skill_code_or_an_empty_name_is_refused(
        qtbot: QtBot, supervisor: ServiceContext) -> None:
    view = catalog_view(qtbot, supervisor)
    dialog = _open_dialog(qtbot, view, "DP3AP2KB")
    qtbot.keyClicks(dialog.skill_code, "Tata Boga!")
    qtbot.keyClicks(dialog.skill_name, "Tata Boga lagi")
    qtbot.mouseClick(dialog.add_skill_button, Qt.MouseButton.LeftButton)
    assert "small letters, digits or underscores" in dialog.messages["skills"].text()
    _retype(qtbot, dialog.skill_code, "tata_boga")
    qtbot.mouseClick(dialog.add_skill_button, Qt.MouseButton.LeftButton)
    assert "already offers a skill with the code tata_boga" in dialog.messages["skills"].text()
    assert dialog.skill_list.count() == 4

    before = _audit_count(supervisor)
    qtbot.keyClick(dialog.organiser, Qt.Key.Key_Return)  # the typed skill is still wrong
    assert dialog.isVisible()
    assert "already offers a skill" in dialog.messages["skills"].text()

    _retype(qtbot, dialog.skill_code, "tata_boga_lanjut")
    _retype(qtbot, dialog.name, " ")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.messages["name"].isVisible()
    assert dialog.skill_list.count() == 5  # typed and not yet added: added by Save
    stored = programs.get_program(supervisor, DP3)
    assert stored.name == DP3_NAME and len(stored.skills) == 4
    assert _audit_count(supervisor) == before


def test_the_window_offers_edit_program_with_its_own_shortcut(window: MainWindow) -> None:
    shortcuts = window_shortcuts(window)
    edit = [s for s in shortcuts if s.command == "Edit program"]
    assert len(edit) == 1 and edit[0].keys == ("Ctrl+Shift+P",)
    assert sum(s.keys == ("Ctrl+Shift+P",) for s in shortcuts) == 1
    action = window.program_features.edit_action
    assert action is not None
    action.trigger()
    catalog = window.program_features.catalog
    assert window.pages.currentWidget() is catalog
    assert catalog.findChild(ProgramDialog) is not None


def test_a_field_officer_sees_no_edit_button(qtbot: QtBot,
                                             supervisor: ServiceContext) -> None:
    officer = add_staff(supervisor, "petugas1", "field_officer")
    view = catalog_view(qtbot, officer)
    assert view.current_program() is not None
    assert not view.edit_button.isVisible()
    assert view.edit_program() is None
    assert view.findChild(ProgramDialog) is None
    window = MainWindow(officer, device_name="Tim A")
    qtbot.addWidget(window)
    assert window.program_features.edit_action is None
    assert not [s for s in window_shortcuts(window) if s.command == "Edit program"]


assert OFFSCREEN_NOISE  # the conftest marks these tests to ignore the offscreen notice
