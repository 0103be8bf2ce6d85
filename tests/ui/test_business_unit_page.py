"""The Business units page: a NIB of 12 digits or with letters is refused next to the
field with nothing written; a valid unit with two owners found by NIK is saved; a
facilitation recorded for it shows in its history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.models import BusinessOwner, BusinessUnit, Facilitation
from enrollment_app.ui.business_units.unit_dialog import UnitDialog
from enrollment_app.ui.business_units.units_view import UnitsView
from enrollment_app.ui.data_changes import DataChanges
from tests.ui.test_group_page import niks, type_and_enter
from tests.umkm_records import KECAMATAN, make_unit, register, row_counts

SCREEN = (1340, 700)


@pytest.fixture
def view(qtbot: QtBot, supervisor: ServiceContext, changes: DataChanges) -> UnitsView:
    widget = UnitsView(supervisor, changes)
    qtbot.addWidget(widget)
    widget.resize(*SCREEN)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fill_unit(qtbot: QtBot, dialog: UnitDialog, nib: str) -> None:
    qtbot.keyClicks(dialog.name, "Dapur Bu Siti")
    qtbot.keyClicks(dialog.nib, nib)
    dialog.sector.setCurrentIndex(dialog.sector.findData("kuliner"))
    dialog.kecamatan.setCurrentIndex(dialog.kecamatan.findData(KECAMATAN))
    dialog.kelurahan.setCurrentIndex(1)
    qtbot.keyClicks(dialog.year_started, "2019")


def save(qtbot: QtBot, dialog: UnitDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("nib", ["123456789012", "12345678901AB", "NIB1234567890"])
def test_a_wrong_nib_is_refused_next_to_the_field(qtbot: QtBot, view: UnitsView,
                                                  supervisor: ServiceContext,
                                                  nib: str) -> None:
    owner = register(supervisor, 1)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, UnitDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    fill_unit(qtbot, dialog, nib)
    dialog.nib.setFocus()
    qtbot.keyClick(dialog.nib, Qt.Key.Key_Tab)  # leaving the field checks it
    assert dialog.messages["nib"].isVisible()
    assert "NIB" in dialog.messages["nib"].text()
    type_and_enter(qtbot, dialog.owner_picker.field, niks(supervisor, [owner])[0])
    before = row_counts(supervisor)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.messages["nib"].has_error()
    assert row_counts(supervisor) == before
    dialog.reject()


def test_a_valid_unit_with_two_owners_is_saved(qtbot: QtBot, view: UnitsView,
                                               supervisor: ServiceContext) -> None:
    siti, dewi = register(supervisor, 1), register(supervisor, 2, "Dewi Lestari")
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, UnitDialog)
    fill_unit(qtbot, dialog, "1234567890123")
    assert not dialog.messages["nib"].isVisible()
    for nik in niks(supervisor, [siti, dewi]):
        type_and_enter(qtbot, dialog.owner_picker.field, nik)
    assert dialog.isVisible()  # Enter in the owner search did not save the dialog
    assert dialog.owners_table.rowCount() == 2
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: view.dialog is None)
    with supervisor.read() as session:
        unit = session.scalars(select(BusinessUnit)).one()
        owners = set(session.scalars(select(BusinessOwner.participant_id).where(
            BusinessOwner.business_unit_id == unit.id)))
    assert (unit.name, unit.nib, unit.sector, unit.year_started) == (
        "Dapur Bu Siti", "1234567890123", "kuliner", 2019)
    assert owners == {siti, dewi}
    assert view.current_unit() is not None
    assert view.owners_table.rowCount() == 2
    assert view.facts["nib"].text() == "1234567890123"


def test_a_unit_without_owner_is_refused_at_the_owners(qtbot: QtBot, view: UnitsView,
                                                        supervisor: ServiceContext) -> None:
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, UnitDialog)
    fill_unit(qtbot, dialog, "")
    before = row_counts(supervisor)
    save(qtbot, dialog)
    assert dialog.messages["owners"].codes() == ("unit.no_owner",)
    assert row_counts(supervisor) == before
    dialog.reject()


def test_record_an_exhibition_shows_in_the_history(qtbot: QtBot, view: UnitsView,
                                                   supervisor: ServiceContext) -> None:
    make_unit(supervisor, register(supervisor, 1))
    view.refresh()
    qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData("exhibition"))
    assert dialog.cells["event"].isVisible() and not dialog.cells["scheme"].isVisible()
    event, place = dialog.details["event"][1], dialog.details["place"][1]
    assert isinstance(event, QLineEdit) and isinstance(place, QLineEdit)
    qtbot.keyClicks(event, "Tangerang Expo")
    qtbot.keyClicks(place, "Tangcity Mall")
    level = dialog.details["level"][1]
    level.setCurrentIndex(level.findData("local"))  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is None)
    with supervisor.read() as session:
        record = session.scalars(select(Facilitation)).one()
    assert record.details == {"event": "Tangerang Expo", "place": "Tangcity Mall",
                              "level": "local"}
    assert view.history_table.rowCount() == 1
    assert "Tangerang Expo" in view.history_table.item(0, 2).text()


def test_the_history_names_the_target_a_record_counts_toward(
        qtbot: QtBot, view: UnitsView, supervisor: ServiceContext) -> None:
    make_unit(supervisor, register(supervisor, 1))
    view.refresh()
    qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData("exhibition"))
    qtbot.keyClicks(dialog.details["event"][1], "Tangerang Expo")
    qtbot.keyClicks(dialog.details["place"][1], "Tangcity Mall")
    level = dialog.details["level"][1]
    level.setCurrentIndex(level.findData("local"))  # type: ignore[attr-defined]
    dialog.program.setCurrentIndex(
        dialog.program.findText("Gampang Kerja", Qt.MatchFlag.MatchContains))
    dialog.target.setCurrentIndex(dialog.target.findData("pameran"))
    assert dialog.target.currentText() == "UMKM mengikuti pameran"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is None)
    with supervisor.read() as session:
        assert session.scalars(select(Facilitation.target_key)).one() == "pameran"
    columns = [view.history_table.item(0, c).text()
               for c in range(view.history_table.columnCount())]
    assert "UMKM mengikuti pameran" in columns and "pameran" not in columns
