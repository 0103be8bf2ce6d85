"""The main window: shortcuts, status bar, and correcting a record found in the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from enrollment_app.services import registration
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.models import AuditEntry
from enrollment_app.ui.main_window import MainWindow
from enrollment_app.ui.widgets.banner import BannerKind
from tests.ui.conftest import ScriptedPrompts
from tests.ui.form_driver import PERSON, FormDriver
from tests.ui.people import person_name, register_people


def test_status_bar_names_user_role_and_device(window: MainWindow) -> None:
    text = window.user_label.text()
    assert "Rina Koordinator" in text and "koordinator" in text
    assert "Supervisor" in text and "Tim Cipondoh 1" in text


def test_ctrl_f_goes_to_the_search_box(window: MainWindow) -> None:
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.participant_list
    assert window.participant_list.search.hasFocus()


def test_ctrl_n_opens_an_empty_registration(window: MainWindow,
                                            prompts: ScriptedPrompts) -> None:
    window.show_participants()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.registration_form
    assert window.registration_form.fields.identity.nik.hasFocus()
    assert prompts.discard_asked == 0, "nothing typed, nothing to ask"


def test_a_registration_appears_in_the_list(qtbot: QtBot, window: MainWindow) -> None:
    driver = FormDriver(qtbot, window.registration_form)
    driver.fill_person()
    with qtbot.waitSignal(window.participant_list.model.modelReset):
        driver.press_enter("phone")
    assert window.participant_list.model.total == 1
    assert "1" in window.participant_list.count_label.text()


def test_a_person_typed_in_is_found_by_name_nik_and_phone(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    driver = FormDriver(qtbot, window.registration_form)
    driver.fill_person()
    driver.press_enter("phone")
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    view = window.participant_list
    for typed in ("amin", PERSON["nik"], "0812 3456 7890", "siti AMINAH"):
        view.search.clear()
        with qtbot.waitSignal(view.model.modelReset):
            qtbot.keyClicks(view.search, typed)
        assert view.model.total == 1, typed
        assert view.model.index(0, 0).data() == "Siti Aminah"
    with qtbot.waitSignal(view.model.modelReset):
        qtbot.keyClicks(view.search, "x")
    assert view.model.total == 0


def test_correcting_a_record_from_the_list_is_saved_and_audited(
        qtbot: QtBot, window: MainWindow, supervisor: ServiceContext) -> None:
    ids = register_people(supervisor, 3)
    window.participant_list.refresh()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.participant_list.search
    with qtbot.waitSignal(window.participant_list.model.modelReset):
        qtbot.keyClicks(search, person_name(1))
    QTest.keyClick(search, Qt.Key.Key_Return)  # to the results
    QTest.keyClick(window.participant_list.table, Qt.Key.Key_Return)  # open
    form = window.registration_form
    assert window.pages.currentWidget() is form
    assert form.editing_id == ids[1]
    driver = FormDriver(qtbot, form)
    assert driver.widget("full_name").text() == person_name(1)
    old_phone = registration.load_draft(supervisor, ids[1]).phone
    driver.type_into("phone", "0857 1111 2222")
    with qtbot.waitSignal(window.participant_list.model.modelReset):
        driver.press_enter("phone")
    assert form.banner.kind() is BannerKind.SUCCESS and form.editing_id is None
    assert registration.load_draft(supervisor, ids[1]).phone == "085711112222"
    with supervisor.db.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.record_id == ids[1],
                                     AuditEntry.action == "update")).one()
        assert entry.changes["phone"] == [old_phone, "085711112222"]
        assert entry.user_id == supervisor.actor.user_id
    assert registration.find_by_nik(supervisor, PERSON["nik"]) is None, "no new person"


def test_cancel_editing_with_escape(qtbot: QtBot, window: MainWindow,
                                    supervisor: ServiceContext) -> None:
    ids = register_people(supervisor, 1)
    window.open_participant(ids[0])
    form = window.registration_form
    assert form.editing_id == ids[0]
    QTest.keyClick(form.fields.identity.full_name, Qt.Key.Key_Escape)
    assert form.editing_id is None
    assert form.fields.identity.full_name.text() == ""


def test_closing_with_unsaved_input_asks_first(qtbot: QtBot, window: MainWindow,
                                               prompts: ScriptedPrompts) -> None:
    FormDriver(qtbot, window.registration_form).type_into("full_name", "Siti")
    prompts.discard = False
    window.close()
    assert window.isVisible() and prompts.discard_asked == 1
    prompts.discard = True
    window.close()
    assert not window.isVisible()
