"""Applying to a program from the participant screens: the verdict with its reasons, the
supervisor's override, and one person's history."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from enrollment_app.services import programs
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.data_subject import find_subject
from enrollment_app.storage.models import Application, AuditEntry
from enrollment_app.ui.applications.apply_dialog import ApplyDialog
from enrollment_app.ui.applications.history_dialog import ParticipantHistoryDialog
from enrollment_app.ui.applications.interview_dialog import InterviewDialog
from enrollment_app.ui.main_window import MainWindow
from enrollment_app.ui.widgets.banner import BannerKind
from tests.applicants import register
from tests.staff import add_staff

WOMENS_PROGRAM = "dp3ap2kb-2026"  # the seed catalog's DP3AP2KB training for women 20-55
TODAY = date(2026, 2, 2)


def open_apply(qtbot: QtBot, ctx: ServiceContext, participant_id: str) -> ApplyDialog:
    dialog = ApplyDialog(ctx, find_subject(ctx, participant_id), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose_program(qtbot: QtBot, ctx: ServiceContext, dialog: ApplyDialog,
                   code: str = WOMENS_PROGRAM) -> None:
    """Pick the program in the combo box with the keyboard, as a user does."""
    wanted = programs.get_program(ctx, code).id
    dialog.program.setFocus()
    for _ in range(dialog.program.count()):
        if dialog.program.code() == wanted:
            return
        qtbot.keyClick(dialog.program, Qt.Key.Key_Down)
    raise AssertionError(f"program {code} is not offered")


def applications_of(ctx: ServiceContext, participant_id: str) -> list[Application]:
    with ctx.read() as session:
        rows = list(session.scalars(select(Application).where(
            Application.participant_id == participant_id)))
        session.expunge_all()
        return rows


@pytest.fixture
def officer(supervisor: ServiceContext) -> ServiceContext:
    return add_staff(supervisor, "dedi", "field_officer", "Dedi Petugas")


def test_a_man_sees_why_he_cannot_join_the_womens_program(
        qtbot: QtBot, officer: ServiceContext) -> None:
    man = register(officer, 1, sex="L", name="Budi Santoso")
    dialog = open_apply(qtbot, officer, man)
    choose_program(qtbot, officer, dialog)
    assert dialog.verdict is not None and not dialog.verdict.eligible
    assert "Does not meet" in dialog.verdict_label.text()
    lines = dialog.checks.lines()
    assert lines[0] == "\u2717  The program is for women only; the person is recorded as male"
    assert "\u2713  Age 35 on 1 Feb 2026, within 20\u201355" in lines
    assert not dialog.apply_button.isEnabled()
    assert dialog.officer_note.isVisible() and not dialog.override_reason.isVisible()
    qtbot.keyClick(dialog.program, Qt.Key.Key_Return)  # Enter does not apply either
    assert applications_of(officer, man) == []


def test_a_supervisor_admits_him_with_a_written_reason(
        qtbot: QtBot, supervisor: ServiceContext) -> None:
    man = register(supervisor, 2, sex="L", name="Agus Saputra")
    dialog = open_apply(qtbot, supervisor, man)
    choose_program(qtbot, supervisor, dialog)
    assert dialog.override_reason.isVisible() and not dialog.officer_note.isVisible()
    assert not dialog.apply_button.isEnabled()
    reason = "Pendamping istri penyandang disabilitas; disetujui Kepala Bidang."
    qtbot.keyClicks(dialog.override_reason, reason)
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    (application,) = applications_of(supervisor, man)
    assert dialog.application_id == application.id
    assert application.override_reason == reason
    assert application.eligibility["eligible"] is False
    with supervisor.read() as session:
        audited = session.scalars(select(AuditEntry).where(
            AuditEntry.record_id == application.id)).one()
    assert audited.changes["override_reason"][1] == reason


def test_an_eligible_woman_applies_with_enter(qtbot: QtBot, officer: ServiceContext) -> None:
    woman = register(officer, 3, name="Dewi Lestari")
    dialog = open_apply(qtbot, officer, woman)
    choose_program(qtbot, officer, dialog)
    assert "Meets all" in dialog.verdict_label.text()
    qtbot.keyClick(dialog.program, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.skill, Qt.Key.Key_Down)
    chosen = dialog.skill.code()
    qtbot.keyClick(dialog.skill, Qt.Key.Key_Return)
    (application,) = applications_of(officer, woman)
    assert (application.skill_id, application.status, application.applied_on) == (
        chosen, "registered", TODAY)
    # Applying again shows that she is already in the program.
    again = open_apply(qtbot, officer, woman)
    choose_program(qtbot, officer, again)
    assert any("still open" in line for line in again.checks.lines())
    assert not again.apply_button.isEnabled()


def test_from_the_participant_list_to_the_history_and_the_interview(
        qtbot: QtBot, window: MainWindow, supervisor: ServiceContext) -> None:
    woman = register(supervisor, 4, name="Nur Rahma")
    window.participant_list.refresh()
    window.find_participant()
    qtbot.keyClicks(window.participant_list.search, "Nur Rahma")
    qtbot.keyClick(window.participant_list.search, Qt.Key.Key_Return)
    features = window.application_features
    qtbot.keyClick(window, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = features.dialog
    assert isinstance(dialog, ApplyDialog)
    choose_program(qtbot, supervisor, dialog)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert features.dialog is None
    (application,) = applications_of(supervisor, woman)

    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = features.dialog
    assert isinstance(history, ParticipantHistoryDialog)
    top = history.tree.topLevelItem(0)
    assert top.text(0).startswith("Pelatihan Keterampilan Perempuan DP3AP2KB 2026")
    assert top.text(1) == "Registered"
    assert history.tree.selected_application() == application.id
    assert history.interview_button.isEnabled()
    qtbot.mouseClick(history.interview_button, Qt.MouseButton.LeftButton)
    interview = history.child_dialog
    assert isinstance(interview, InterviewDialog)
    interview.score.setValue(77)
    interview.recommendation.set_code("recommended")
    qtbot.mouseClick(interview.save_button, Qt.MouseButton.LeftButton)
    assert interview.banner.kind() is BannerKind.SUCCESS
    interview.close()
    assert history.tree.topLevelItem(0).text(1) == "Interviewed"
    qtbot.mouseClick(history.decision.accept_button, Qt.MouseButton.LeftButton)
    assert history.tree.topLevelItem(0).text(1) == "Accepted"
    assert applications_of(supervisor, woman)[0].status == "accepted"
    history.close()
