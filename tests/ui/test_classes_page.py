"""The Classes page driven by a supervisor: a class typed into the dialog, a schedule of
sessions, accepted applicants assigned, a person moved to another class."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from enrollment_app.services import classes
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.models import Application, ClassEnrollment, TrainingClass
from enrollment_app.ui.classes.classes_view import ClassesView
from enrollment_app.ui.data_changes import DataChanges
from tests.class_setup import Setting, accepted_applicants, class_draft, setting


@pytest.fixture
def place(supervisor: ServiceContext) -> Setting:
    return setting(supervisor)


@pytest.fixture
def page(qtbot: QtBot, supervisor: ServiceContext, changes: DataChanges,
         place: Setting) -> ClassesView:
    view = ClassesView(supervisor, changes)
    qtbot.addWidget(view)
    view.resize(1190, 680)
    view.show()
    qtbot.waitExposed(view)
    return view


def save(qtbot: QtBot, dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_a_class_is_typed_in_and_refused_until_complete(
        qtbot: QtBot, supervisor: ServiceContext, place: Setting, page: ClassesView) -> None:
    dialog = page.new_class()
    dialog.program.setCurrentIndex(dialog.program.findData(place.program_id))
    qtbot.keyClicks(dialog.name, "Menjahit Pagi")
    qtbot.keyClicks(dialog.venue_name, "Balai Warga RW 07")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "Choose an active trainer account." in dialog.message.text()
    with supervisor.read() as session:
        assert session.scalars(select(TrainingClass)).all() == []
    dialog.trainer.setCurrentIndex(dialog.trainer.findText("Budi Pelatih"))
    dialog.capacity.selectAll()
    qtbot.keyClicks(dialog.capacity, "12")
    qtbot.keyClicks(dialog.start_date, "02-03-2026")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.class_dialog is None)
    with supervisor.read() as session:
        saved = session.scalars(select(TrainingClass)).one()
    assert (saved.name, saved.capacity, saved.trainer_id, saved.start_date) == (
        "Menjahit Pagi", 12, place.trainer.actor.user_id, date(2026, 3, 2))
    assert page.class_list.currentItem().text().startswith("Menjahit Pagi")
    assert page.banner.text() == "Class saved."


def test_sessions_people_and_a_move(qtbot: QtBot, supervisor: ServiceContext,
                                    place: Setting, page: ClassesView) -> None:
    first = classes.create_class(supervisor, class_draft(place))
    second = classes.create_class(supervisor, class_draft(place, name="Tata Boga Sore"))
    applicants = accepted_applicants(supervisor, place, 3)
    page.refresh(first)

    schedule = page.add_sessions()
    assert schedule is not None
    for edit, text in ((schedule.first, "02-03-2026"), (schedule.last, "13-03-2026")):
        edit.clear()
        qtbot.keyClicks(edit, text)
    for number, box in enumerate(schedule.weekdays):
        box.setChecked(number in (0, 3))  # Mondays and Thursdays
    qtbot.keyClicks(schedule.topics, "Pembukaan")
    save(qtbot, schedule)
    qtbot.waitUntil(lambda: page.schedule_dialog is None)
    assert [s.session_date.day for s in classes.list_sessions(supervisor, first)] == [
        2, 5, 9, 12]
    assert page.sessions_table.rowCount() == 4
    assert page.sessions_table.item(0, 2).text() == "Pembukaan"

    assign = page.assign_people()
    assert assign is not None and len(assign.chosen()) == 3
    assign.day.clear()
    qtbot.keyClicks(assign.day, "01-03-2026")
    save(qtbot, assign)
    qtbot.waitUntil(lambda: page.assign_dialog is None)
    with supervisor.read() as session:
        statuses = session.scalars(select(Application.status).where(
            Application.id.in_(applicants))).all()
    assert statuses == ["assigned"] * 3
    assert page.roster_table.rowCount() == 3
    assert page.banner.text() == "3 person(s) assigned to the class."

    page.roster_table.selectRow(1)
    mover = page.roster_table.item(1, 0).text()
    move = page.move_person()
    assert move is not None and move.target.currentData() == second
    move.day.clear()
    qtbot.keyClicks(move.day, "09-03-2026")
    save(qtbot, move)
    qtbot.waitUntil(lambda: page.move_dialog is None)
    with supervisor.read() as session:
        enrollments = session.scalars(select(ClassEnrollment).order_by(
            ClassEnrollment.created_at)).all()
    moved = [e for e in enrollments if e.class_id == second]
    assert len(moved) == 1 and moved[0].joined_on == date(2026, 3, 9)
    assert [m.full_name for m in classes.roster(supervisor, second, date(2026, 3, 9))] == [
        mover]
    assert page.roster_table.rowCount() == 2  # the page shows who is in the class today
