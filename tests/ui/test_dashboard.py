"""The Dashboard screen shows the database's figures and follows the changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from enrollment_app.domain.regions import load_regions
from enrollment_app.services import applications, programs
from enrollment_app.services.central import default_central_url
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.program_dashboard import AWAITING_DECISION, PIPELINE, PLACE_TAKEN
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.main_window import MainWindow
from enrollment_app.ui.programs.dashboard import ProgramDashboardView
from enrollment_app.ui.programs.features import central_source, device_source
from enrollment_app.ui.programs.progress_model import (
    AWAITING,
    KECAMATAN,
    PERCENT,
    PLACES_TAKEN,
    QUOTA,
    WAITLISTED,
)
from tests.program_rows import add_applications, add_program, count_applications, quota_of
from tests.staff import add_staff
from tests.ui.conftest import FORM_SIZE, ScriptedPrompts
from tests.ui.people import register_people

KEC = [code for code, _name in load_regions().kecamatan()]
NAMES = [name for _code, name in load_regions().kecamatan()]
TOTAL_ROW = len(KEC)


@pytest.fixture
def program(supervisor: ServiceContext) -> str:
    program_id = add_program(supervisor, {KEC[0]: 4, KEC[1]: 200}, name="Tata Boga Kampung")
    add_applications(supervisor, program_id, [
        (KEC[0], "accepted"), (KEC[0], "assigned"), (KEC[0], "waitlisted"),
        (KEC[1], "registered"), (KEC[1], "rejected"), (KEC[2], "completed")])
    add_applications(supervisor, program_id, [(KEC[0], "accepted")], deleted=True)
    return program_id


@pytest.fixture
def view(qtbot: QtBot, supervisor: ServiceContext, changes: DataChanges,
         program: str) -> ProgramDashboardView:
    widget = ProgramDashboardView(device_source(supervisor), changes)
    qtbot.addWidget(widget)
    widget.resize(*FORM_SIZE)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    choose_program(qtbot, widget, "Tata", program)
    return widget


def choose_program(qtbot: QtBot, view: ProgramDashboardView, name: str,
                   program_id: str) -> None:
    """Type the start of the program's name into the selector, as a person picks it
    (no space: a space opens the list)."""
    view.program.setFocus()
    qtbot.keyClicks(view.program, name)
    assert view.current_program_id() == program_id


def shown(view: ProgramDashboardView, row: int, column: int) -> str:
    return view.model.cell(row, column)


def test_tiles_and_table_show_the_counts_in_the_database(
        view: ProgramDashboardView, supervisor: ServiceContext, program: str) -> None:
    for status in PIPELINE:
        expected = count_applications(supervisor, program, {status})
        assert view.tiles[status].value.text() == str(expected)
    assert view.tiles["accepted"].value.text() == "1"  # the tombstoned one is left out
    for row, code in enumerate(KEC):
        assert shown(view, row, KECAMATAN) == NAMES[row]
        assert shown(view, row, QUOTA) == str(quota_of(supervisor, program, code))
        assert shown(view, row, PLACES_TAKEN) == str(
            count_applications(supervisor, program, PLACE_TAKEN, code))
        assert shown(view, row, WAITLISTED) == str(
            count_applications(supervisor, program, {"waitlisted"}, code))
        assert shown(view, row, AWAITING) == str(
            count_applications(supervisor, program, AWAITING_DECISION, code))
    assert (shown(view, 0, PLACES_TAKEN), shown(view, 0, PERCENT)) == ("2", "50%")
    assert shown(view, 3, PERCENT) == "–"  # no quota there
    assert (shown(view, TOTAL_ROW, QUOTA), shown(view, TOTAL_ROW, PLACES_TAKEN)) == (
        "204", "3")
    assert view.chart.categories[0] == f"{NAMES[0]} (50%)"
    assert "3 of 204" in view.headline.text()


def test_a_new_application_updates_the_figures_when_announced(
        qtbot: QtBot, view: ProgramDashboardView, supervisor: ServiceContext,
        changes: DataChanges, program: str) -> None:
    person = register_people(supervisor, 1)[0]  # lives in the first kecamatan
    application = applications.apply(supervisor, person, program)
    applications.decide(supervisor, application, "accepted")
    assert view.tiles["accepted"].value.text() == "1"  # nothing announced yet
    changes.applications_changed.emit(application)
    qtbot.waitUntil(lambda: view.tiles["accepted"].value.text() == "2")
    assert (shown(view, 0, PLACES_TAKEN), shown(view, 0, PERCENT)) == ("3", "75%")
    assert view.chart.categories[0] == f"{NAMES[0]} (75%)"


def test_a_hidden_dashboard_reloads_when_shown_again(
        qtbot: QtBot, view: ProgramDashboardView, supervisor: ServiceContext,
        changes: DataChanges, program: str) -> None:
    view.hide()
    add_applications(supervisor, program, [(KEC[1], "waitlisted")] * 2)
    changes.participants_changed.emit("")
    QApplication.processEvents()
    assert shown(view, 1, WAITLISTED) == "0"
    view.show()
    qtbot.waitUntil(lambda: shown(view, 1, WAITLISTED) == "2")
    assert view.tiles["waitlisted"].value.text() == "3"


def test_ctrl_c_copies_the_selected_rows_for_a_spreadsheet(
        qtbot: QtBot, view: ProgramDashboardView) -> None:
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:3] == ["Kecamatan", "Quota", "Taken"]
    assert lines[1].split("\t") == [NAMES[0], "4", "2", "50%", "1", "0", "0", "0"]
    assert lines[2].split("\t")[:2] == [NAMES[1], "200"]
    assert len(lines) == 3
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert len(QGuiApplication.clipboard().text().splitlines()) == 1 + len(KEC) + 1


def test_the_dashboard_is_a_page_of_the_window_on_ctrl_d(
        qtbot: QtBot, window: MainWindow, supervisor: ServiceContext, program: str) -> None:
    QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    view = window.program_features.dashboard
    assert view is not None and window.pages.currentWidget() is view
    assert window.navigation.currentItem().text() == "Dashboard"
    choose_program(qtbot, view, "Tata", program)
    assert shown(view, 1, QUOTA) == "200"
    # The catalog screen saves new places: the dashboard follows.
    programs.set_quotas(supervisor, program, {KEC[1]: 150})
    window.program_features.catalog.quotas_saved.emit(program)
    qtbot.waitUntil(lambda: shown(view, 1, QUOTA) == "150")


def test_a_trainer_has_no_dashboard(qtbot: QtBot, supervisor: ServiceContext,
                                    prompts: ScriptedPrompts) -> None:
    window = MainWindow(add_staff(supervisor, "pelatih", "trainer"), prompts=prompts)
    qtbot.addWidget(window)
    assert window.program_features.dashboard is None
    texts = [window.navigation.item(row).text() for row in range(window.navigation.count())
             if not window.navigation.item(row).isHidden()]
    assert "Dashboard" not in texts


def test_the_central_office_reads_its_own_database(
        qtbot: QtBot, supervisor: ServiceContext, changes: DataChanges,
        prompts: ScriptedPrompts) -> None:
    central = add_staff(supervisor, "pusat", "central")
    window = MainWindow(central, prompts=prompts)
    qtbot.addWidget(window)
    office = window.program_features.office
    assert office is not None
    assert office.url == default_central_url(supervisor.db.data_dir)
    view = ProgramDashboardView(central_source(office), changes)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    # No central database in this data folder yet: said so, nothing from the device shown.
    assert "not set up yet" in view.banner.text()
    assert view.program.count() == 0
