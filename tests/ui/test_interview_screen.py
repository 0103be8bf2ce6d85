"""The interview screen driven like an interviewer does: type the answers, Tab, the score,
Enter; then a supervisor decides in the same window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from enrollment_app.services import applications
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.models import Application, Interview
from enrollment_app.ui.applications.interview_dialog import InterviewDialog
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.widgets.banner import BannerKind
from tests.applicants import APPLIED_ON, KEC_TANGERANG, add_program, register, skill_id
from tests.staff import add_staff

TODAY = date(2026, 2, 10)
QUESTIONS = [
    {"key": "motivation", "label": "Why do you want to join this training?", "type": "text"},
    {"key": "time", "label": "Time available for the training", "type": "choice",
     "options": [{"value": "all", "label": "Can attend every session"},
                 {"value": "some", "label": "Can attend only some sessions"}]},
    {"key": "support", "label": "Family support (1 = none, 5 = full)", "type": "scale",
     "min": 1, "max": 5},
    {"key": "idea", "label": "What business would you run after the training?",
     "type": "text"},
]


@pytest.fixture
def application(supervisor: ServiceContext) -> str:
    program = add_program(supervisor, requires_interview=True, questions=QUESTIONS,
                          quotas={KEC_TANGERANG: 1})
    person = register(supervisor, 1, name="Siti Rahmawati")
    return applications.apply(supervisor, person, program, skill_id(supervisor, program),
                              today=APPLIED_ON)


def open_dialog(qtbot: QtBot, ctx: ServiceContext, application_id: str,
                changes: DataChanges | None = None) -> InterviewDialog:
    dialog = InterviewDialog(ctx, application_id, changes=changes, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_and_tab(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def interviews_of(ctx: ServiceContext, application_id: str) -> list[Interview]:
    with ctx.read() as session:
        rows = list(session.scalars(select(Interview).where(
            Interview.application_id == application_id)))
        session.expunge_all()
        return rows


def status_of(ctx: ServiceContext, application_id: str) -> str:
    with ctx.read() as session:
        return session.scalar(select(Application.status).where(
            Application.id == application_id)) or ""


def test_typing_the_answers_and_enter_saves_the_interview(
        qtbot: QtBot, supervisor: ServiceContext, application: str) -> None:
    officer = add_staff(supervisor, "wulan", "field_officer", "Wulan Pewawancara")
    changes = DataChanges()
    dialog = open_dialog(qtbot, officer, application, changes)
    assert focused() is dialog.answers.inputs["motivation"]
    assert not dialog.decision.isVisible()  # a field officer does not decide
    type_and_tab(qtbot, "Ingin membuka usaha katering")
    for _ in range(2):  # past "(no answer)" and "every session"
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_and_tab(qtbot, "4")
    type_and_tab(qtbot, "Warung nasi uduk")
    assert focused() is dialog.score
    qtbot.keyClicks(dialog.score, "85")
    qtbot.keyClick(dialog.score, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Rec")
    assert dialog.recommendation.code() == "recommended"
    with qtbot.waitSignal(changes.applications_changed) as emitted:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert emitted.args == [application]
    (saved,) = interviews_of(officer, application)
    assert saved.answers == {"motivation": "Ingin membuka usaha katering", "time": "some",
                             "support": 4, "idea": "Warung nasi uduk"}
    assert (saved.score, saved.recommendation, saved.held_on) == (85, "recommended", TODAY)
    assert saved.interviewer_id == officer.actor.user_id
    assert status_of(officer, application) == "interviewed"
    assert dialog.banner.kind() is BannerKind.SUCCESS
    assert "Interviewed" in dialog.status_label.text()
    assert not dialog.save_button.isEnabled() and not dialog.score.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # a second Enter records nothing more
    assert len(interviews_of(officer, application)) == 1


def test_a_missing_score_is_said_next_to_the_field_and_nothing_saved(
        qtbot: QtBot, supervisor: ServiceContext, application: str) -> None:
    dialog = open_dialog(qtbot, supervisor, application)
    type_and_tab(qtbot, "Menambah penghasilan keluarga")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.messages["score"].isVisible()
    assert "score from 0 to 100" in dialog.messages["score"].text()
    assert dialog.messages["recommendation"].isVisible()
    assert dialog.banner.kind() is BannerKind.ERROR
    assert interviews_of(supervisor, application) == []
    assert focused() is dialog.score  # the first field to correct


def test_ctrl_s_saves_from_the_notes(qtbot: QtBot, supervisor: ServiceContext,
                                     application: str) -> None:
    dialog = open_dialog(qtbot, supervisor, application)
    dialog.score.setFocus()
    qtbot.keyClicks(dialog.score, "70")
    dialog.recommendation.set_code("consider")
    dialog.notes.setFocus()
    qtbot.keyClicks(dialog.notes, "Perlu dukungan penitipan anak.")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (saved,) = interviews_of(supervisor, application)
    assert (saved.score, saved.recommendation, saved.notes) == (
        70, "consider", "Perlu dukungan penitipan anak.")


def test_a_supervisor_accepts_after_the_interview(
        qtbot: QtBot, supervisor: ServiceContext, application: str) -> None:
    dialog = open_dialog(qtbot, supervisor, application)
    panel = dialog.decision
    assert panel.isVisible()
    assert not panel.accept_button.isEnabled()  # the program requires the interview first
    assert "requires an interview" in panel.places.text()
    dialog.score.setValue(90)
    dialog.recommendation.set_code("recommended")
    qtbot.keyClick(dialog.score, Qt.Key.Key_Return)
    assert panel.accept_button.isEnabled() and panel.accept_button.hasFocus()
    assert "0 of 1 places taken" in panel.places.text()
    qtbot.keyClick(panel.accept_button, Qt.Key.Key_Space)
    assert status_of(supervisor, application) == "accepted"
    assert panel.banner.kind() is BannerKind.SUCCESS
    assert "1 of 1 places taken" in panel.places.text()
    assert not panel.accept_button.isEnabled()


def test_rejecting_needs_a_reason(qtbot: QtBot, supervisor: ServiceContext,
                                  application: str) -> None:
    dialog = open_dialog(qtbot, supervisor, application)
    panel = dialog.decision
    qtbot.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    assert panel.banner.kind() is BannerKind.ERROR
    assert status_of(supervisor, application) == "registered"
    qtbot.keyClicks(panel.reason, "Tidak termasuk penerima bansos.")
    qtbot.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    assert status_of(supervisor, application) == "rejected"
    assert "Rejected" in dialog.status_label.text()


def test_a_decided_application_takes_no_more_interviews(
        qtbot: QtBot, supervisor: ServiceContext, application: str) -> None:
    applications.decide(supervisor, application, "rejected", "Mengundurkan diri.")
    dialog = open_dialog(qtbot, supervisor, application)
    assert dialog.banner.kind() is BannerKind.INFO
    assert "Rejected" in dialog.banner.text()
    assert not dialog.save_button.isEnabled()
    assert not dialog.answers.inputs["motivation"].isEnabled()
    assert not dialog.decision.accept_button.isEnabled()
