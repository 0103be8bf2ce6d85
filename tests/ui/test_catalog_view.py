"""The program catalog screen, driven as a supervisor would: pick a program, type the
places for a kecamatan, press Enter and Ctrl+S; a field officer may only read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from enrollment_app.services import programs
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.models import AuditEntry
from enrollment_app.ui.programs.catalog_view import CatalogView
from enrollment_app.ui.programs.quota_table import PLACES_COLUMN
from tests.staff import add_staff
from tests.ui.catalog_screen import catalog_view, click_program
from tests.ui.conftest import OFFSCREEN_NOISE

DP3 = "dp3ap2kb-2026"
CIPONDOH = "36.71.05"


def _type_places(qtbot: QtBot, view: CatalogView, kecamatan: str, text: str) -> None:
    """Double-click the places cell, replace its text and press Enter."""
    table = view.quota_table
    item = table.item(table.row_of(kecamatan), PLACES_COLUMN)
    rect = table.visualItemRect(item)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editors = _open_editors(view)
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes the editor from the event loop.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def _open_editors(view: CatalogView) -> list[QLineEdit]:
    return [e for e in view.quota_table.viewport().findChildren(QLineEdit) if e.isVisible()]


def _places(ctx: ServiceContext, kecamatan: str) -> int | None:
    return programs.get_program(ctx, DP3).quota_for(kecamatan)


def test_a_supervisor_changes_the_places_of_one_kecamatan(
        qtbot: QtBot, supervisor: ServiceContext) -> None:
    view = catalog_view(qtbot, supervisor)
    click_program(qtbot, view, "Dinas Sosial")
    assert view.current_program().code == "dinsos-2025"
    assert "Required" in view.interview.text() and "best 3" in view.packages.text()
    click_program(qtbot, view, "DP3AP2KB")
    assert "Women only" in view.rules.text() and "Aged 20–55 on 1 Feb 2026" in view.rules.text()
    assert view.total.text() == "Total: 2.600 places"
    assert not view.save_button.isEnabled()

    _type_places(qtbot, view, CIPONDOH, "250")
    assert view.total.text() == "Total: 2.650 places"
    assert view.save_button.isEnabled()
    assert _places(supervisor, CIPONDOH) == 200  # nothing saved before Ctrl+S

    with qtbot.waitSignal(view.quotas_saved):
        qtbot.keyClick(view.quota_table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert view.banner.text() == "Places for Pelatihan Keterampilan Perempuan DP3AP2KB " \
                                 "2026 saved: 2.650 in all."
    assert not view.save_button.isEnabled()
    assert _places(supervisor, CIPONDOH) == 250
    quota_id = programs.quota_id_for(programs.program_id_for(DP3), CIPONDOH)
    with supervisor.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.record_id == quota_id)
                                .order_by(AuditEntry.seq.desc())).first()
    assert entry is not None
    assert (entry.user_id, entry.changes) == (supervisor.actor.user_id, {"quota": [200, 250]})


def test_places_that_are_not_a_number_are_refused_until_corrected(
        qtbot: QtBot, supervisor: ServiceContext) -> None:
    view = catalog_view(qtbot, supervisor)
    _type_places(qtbot, view, CIPONDOH, "dua ratus")
    assert view.quota_message.isVisible()
    assert "Cipondoh" in view.quota_message.text()
    assert not view.save_button.isEnabled()
    assert view.save_quotas() is False  # Ctrl+S says why and saves nothing
    assert "correct the places marked in red" in view.banner.text()
    assert _places(supervisor, CIPONDOH) == 200

    _type_places(qtbot, view, CIPONDOH, "")  # empty: this kecamatan gets no quota
    assert not view.quota_message.isVisible()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert _places(supervisor, CIPONDOH) is None
    assert view.total.text() == "Total: 2.400 places"


def test_targets_that_count_business_units_say_so(qtbot: QtBot,
                                                 supervisor: ServiceContext) -> None:
    view = catalog_view(qtbot, supervisor)
    click_program(qtbot, view, "Gampang Kerja")
    lines = view.targets.text().splitlines()
    assert "• Unit usaha mikro dilatih daya saing: 310 business units" in lines
    assert "• Bantuan modal usaha bagi warga miskin: 150 persons" in lines
    assert "• Sertifikasi HAKI (kekayaan intelektual) (number not set, counted in " \
           "business units)" in lines
    assert view.total.text().startswith("No places per kecamatan")


def test_undo_puts_back_the_saved_places(qtbot: QtBot, supervisor: ServiceContext) -> None:
    view = catalog_view(qtbot, supervisor)
    _type_places(qtbot, view, CIPONDOH, "5")
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    cell = view.quota_table.item(view.quota_table.row_of(CIPONDOH), PLACES_COLUMN)
    assert cell.text() == "200"
    assert not view.save_button.isEnabled()


def test_a_field_officer_sees_the_places_but_cannot_change_them(
        qtbot: QtBot, supervisor: ServiceContext) -> None:
    officer = add_staff(supervisor, "petugas1", "field_officer")
    view = catalog_view(qtbot, officer)
    assert not view.save_button.isVisible()
    table = view.quota_table
    item = table.item(table.row_of(CIPONDOH), PLACES_COLUMN)
    assert item.text() == "200"
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton,
                      pos=table.visualItemRect(item).center())
    assert _open_editors(view) == []
    assert view.save_quotas() is False
    assert _places(supervisor, CIPONDOH) == 200


def test_the_main_window_offers_the_catalog_once(qtbot: QtBot,
                                                 supervisor: ServiceContext) -> None:
    from enrollment_app.ui.main_window import MainWindow

    window = MainWindow(supervisor, device_name="Tim A")
    qtbot.addWidget(window)
    pages = [index for index in range(window.pages.count())
             if isinstance(window.pages.widget(index), CatalogView)]
    assert len(pages) == 1
    item = window.navigation.item(pages[0])
    assert item.text() == "Programs" and not item.isHidden()
    window.navigation.setCurrentRow(pages[0])
    assert window.pages.currentWidget().current_program() is not None


assert OFFSCREEN_NOISE  # the conftest marks these tests to ignore the offscreen notice
