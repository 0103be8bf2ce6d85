"""The trainer's attendance screen driven like at the venue door: a USB scanner typing card
codes and Enter, one-key marks on the selected row, the name search, the rest absent."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from enrollment_app.domain.card_code import encode_card
from enrollment_app.services import classes
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.models import AttendanceMark
from enrollment_app.ui.classes.attendance_model import CODE, NAME
from enrollment_app.ui.classes.attendance_view import AttendanceView
from tests.class_setup import Setting, class_with_people, setting
from tests.ui.modal_answers import answer_next_message_box

PEOPLE = 30


@pytest.fixture
def place(supervisor: ServiceContext) -> Setting:
    return setting(supervisor)


@pytest.fixture
def lesson(supervisor: ServiceContext, place: Setting) -> tuple[str, str]:
    """A class of 30 with a session today; (class id, session id)."""
    return class_with_people(supervisor, place, PEOPLE, session_day=date.today(),
                             joined_on=date.today())


@pytest.fixture
def screen(qtbot: QtBot, place: Setting, lesson: tuple[str, str]) -> AttendanceView:
    view = AttendanceView(place.trainer)
    qtbot.addWidget(view)
    view.resize(1190, 680)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def saved_marks(ctx: ServiceContext, session_id: str) -> dict[str, tuple[str, str]]:
    with ctx.read() as session:
        rows = session.scalars(select(AttendanceMark).where(
            AttendanceMark.session_id == session_id)).all()
        return {m.participant_id: (m.code, m.source) for m in rows}


def shown_codes(view: AttendanceView) -> dict[str, str]:
    model = view.model
    return {model.data(model.index(r, NAME)): model.data(model.index(r, CODE))
            for r in range(model.rowCount())}


def scan(qtbot: QtBot, view: AttendanceView, text: str) -> None:
    qtbot.keyClicks(view.scan_field, text)
    qtbot.keyClick(view.scan_field, Qt.Key.Key_Return)


def test_thirty_people_scanned_at_the_door_are_saved_and_shown(
        qtbot: QtBot, supervisor: ServiceContext, lesson: tuple[str, str],
        screen: AttendanceView) -> None:
    class_id, session_id = lesson
    people = classes.roster(supervisor, class_id)
    assert len(people) == PEOPLE
    assert screen.session_combo.currentData() == session_id
    assert set(shown_codes(screen).values()) == {"·"}
    for person in people:
        scan(qtbot, screen, encode_card(person.participant_id))
        assert screen.feedback.text().startswith(f"{person.full_name} — Present (H)")
        assert screen.feedback.property("kind") == "ok"
        assert screen.scan_field.hasFocus() and screen.scan_field.text() == ""
        row = screen.model.row_of(person.participant_id)
        assert screen.model.is_flashing(row)
    assert saved_marks(supervisor, session_id) == {
        p.participant_id: ("H", "scan") for p in people}
    assert set(shown_codes(screen).values()) == {"H"}
    assert "H 30" in screen.summary.text() and "not marked 0" in screen.summary.text()
    # The flash fades.
    qtbot.waitUntil(lambda: not any(screen.model.is_flashing(r) for r in range(PEOPLE)),
                    timeout=3000)


def test_a_card_of_another_class_is_refused_and_nothing_written(
        qtbot: QtBot, supervisor: ServiceContext, place: Setting, lesson: tuple[str, str],
        screen: AttendanceView) -> None:
    _, session_id = lesson
    other_class, _ = class_with_people(supervisor, place, 1, session_day=date.today(),
                                       name="Tata Boga Sore", first_serial=200,
                                       joined_on=date.today())
    outsider = classes.roster(supervisor, other_class)[0]
    scan(qtbot, screen, encode_card(outsider.participant_id))
    assert screen.feedback.property("kind") == "error"
    assert screen.feedback.text() == (
        f"{outsider.full_name} belongs to another class: Tata Boga Sore. Nothing was marked.")
    scan(qtbot, screen, "3671015502900001")  # a NIK typed in by mistake
    assert screen.feedback.text().startswith("This is not a participant card")
    assert saved_marks(supervisor, session_id) == {}
    assert outsider.full_name not in shown_codes(screen)
    assert set(shown_codes(screen).values()) == {"·"}


def test_one_key_marks_the_selected_row_and_moves_down(
        qtbot: QtBot, supervisor: ServiceContext, lesson: tuple[str, str],
        screen: AttendanceView) -> None:
    _, session_id = lesson
    table = screen.table
    first = table.visualRect(screen.proxy.index(0, NAME)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    names = [screen.model.person(r) for r in range(3)]
    for key, code in ((Qt.Key.Key_I, "I"), (Qt.Key.Key_S, "S"), (Qt.Key.Key_A, "A")):
        expected_row = table.currentIndex().row() + 1
        qtbot.keyClick(table, key)
        qtbot.waitUntil(lambda row=expected_row: table.currentIndex().row() == row)
        assert screen.feedback.text().endswith(f"({code})")
    assert saved_marks(supervisor, session_id) == {
        names[0].participant_id: ("I", "key"), names[1].participant_id: ("S", "key"),
        names[2].participant_id: ("A", "key")}
    codes = shown_codes(screen)
    assert [codes[p.full_name] for p in names] == ["I", "S", "A"]


def test_a_scanner_typing_into_the_table_scans_instead_of_marking_t(
        qtbot: QtBot, supervisor: ServiceContext, lesson: tuple[str, str],
        screen: AttendanceView) -> None:
    class_id, session_id = lesson
    screen.table.setFocus()
    screen.table.select_row(0)
    person = classes.roster(supervisor, class_id)[5]
    qtbot.keyClicks(screen.table, encode_card(person.participant_id))
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert saved_marks(supervisor, session_id) == {person.participant_id: ("H", "scan")}


def test_search_by_name_then_a_key(qtbot: QtBot, supervisor: ServiceContext,
                                   lesson: tuple[str, str], screen: AttendanceView) -> None:
    class_id, session_id = lesson
    person = classes.roster(supervisor, class_id)[7]
    qtbot.keyClicks(screen.search_field, person.full_name)
    assert screen.proxy.rowCount() >= 1
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Return)
    assert screen.table.hasFocus()
    row = screen.proxy.mapToSource(screen.table.currentIndex()).row()
    assert screen.model.person(row).full_name == person.full_name
    target = screen.model.person(row).participant_id
    qtbot.keyClick(screen.table, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: target in saved_marks(supervisor, session_id))
    assert saved_marks(supervisor, session_id)[target] == ("H", "key")


def test_the_rest_are_marked_absent_after_confirming(
        qtbot: QtBot, supervisor: ServiceContext, lesson: tuple[str, str],
        screen: AttendanceView) -> None:
    class_id, session_id = lesson
    people = classes.roster(supervisor, class_id)
    for person in people[:2]:
        scan(qtbot, screen, encode_card(person.participant_id))
    refused = answer_next_message_box(qtbot, "Cancel")
    screen.rest_button.click()
    assert "28 people without a mark" in refused.seen[0]
    assert len(saved_marks(supervisor, session_id)) == 2
    answer = answer_next_message_box(qtbot, "Mark absent")
    screen.rest_button.click()
    assert answer.seen
    marks = saved_marks(supervisor, session_id)
    assert sorted(code for code, _ in marks.values()) == ["A"] * 28 + ["H"] * 2
    assert sorted(shown_codes(screen).values()) == ["A"] * 28 + ["H"] * 2
    assert not screen.rest_button.isEnabled()


def test_a_future_session_is_shown_but_refuses_marks(
        qtbot: QtBot, supervisor: ServiceContext, place: Setting, lesson: tuple[str, str],
        screen: AttendanceView) -> None:
    class_id, _ = lesson
    tomorrow = classes.add_session(supervisor, class_id, date.today() + timedelta(days=1))
    screen.reload_classes()
    screen.session_combo.setCurrentIndex(screen.session_combo.findData(tomorrow))
    assert "in the future" in screen.session_note.text()
    person = classes.roster(supervisor, class_id)[0]
    scan(qtbot, screen, encode_card(person.participant_id))
    assert screen.feedback.property("kind") == "error"
    assert "has not happened yet" in screen.feedback.text()
    assert saved_marks(supervisor, tomorrow) == {}
    assert set(shown_codes(screen).values()) == {"·"}
