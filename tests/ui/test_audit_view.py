"""The audit trail viewer: entries with old -> new, filters, pages, and tampering shown."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from enrollment_app.services import registration
from enrollment_app.services.context import ServiceContext
from enrollment_app.ui.audit.audit_model import BROKEN_BACKGROUND, CHANGES, RECORD, USER
from enrollment_app.ui.audit.audit_view import AuditTrailView
from enrollment_app.ui.widgets.banner import BannerKind
from tests.conftest import VALID_NIK, make_draft
from tests.staff import add_staff


@pytest.fixture
def history(supervisor: ServiceContext) -> str:
    officer = add_staff(supervisor, "petugas", "field_officer")
    participant_id = registration.register_participant(officer, make_draft())
    registration.update_participant(officer, participant_id, make_draft(rt="004"))
    return participant_id


def _show(qtbot: QtBot, ctx: ServiceContext, page_size: int = 100) -> AuditTrailView:
    view = AuditTrailView(ctx, page_size=page_size)
    qtbot.addWidget(view)
    view.resize(1190, 680)
    with qtbot.waitSignal(view.verification_finished, timeout=10_000):
        view.show()
        qtbot.waitExposed(view)
    return view


def test_entries_newest_first_with_the_change_and_an_intact_chain(
        qtbot: QtBot, supervisor: ServiceContext, history: str) -> None:
    view = _show(qtbot, supervisor)
    model = view.model
    assert model.total == 4
    assert model.index(0, USER).data() == "petugas"
    assert model.index(0, RECORD).data().startswith("Participant ")
    assert model.index(0, CHANGES).data() == "RT: 003 → 004"
    assert view.verify_banner.kind() is BannerKind.SUCCESS
    assert "4 entries checked" in view.verify_banner.text()
    # The first row is selected and its fields are listed before -> after.
    assert view.detail.rowCount() == 1
    assert [view.detail.item(0, c).text() for c in range(3)] == ["RT", "003", "004"]
    assert "petugas" in view.detail_label.text()


def test_filters_by_user_nik_and_type(qtbot: QtBot, supervisor: ServiceContext,
                                      history: str) -> None:
    view = _show(qtbot, supervisor)
    view.user_filter.set_code("koordinator")
    qtbot.mouseClick(view.apply_button, Qt.MouseButton.LeftButton)
    assert view.model.total == 2 and view.page_label.text() == "Entries 1-2 of 2"
    view.clear_filters()
    qtbot.keyClicks(view.record_filter, VALID_NIK)
    qtbot.keyClick(view.record_filter, Qt.Key.Key_Return)
    assert view.model.total == 2
    view.clear_filters()
    view.table_filter.set_code("users")
    view.apply_filter()
    assert view.model.total == 2
    qtbot.keyClicks(view.since, "31-12-2999")
    view.apply_filter()
    assert view.model.total == 0 and "No entries match" in view.banner.text()
    view.since.setText("31-02-2024")
    view.apply_filter()
    assert view.banner.kind() is BannerKind.ERROR and "day-month-year" in view.banner.text()


def test_all_changes_of_the_selected_record(qtbot: QtBot, supervisor: ServiceContext,
                                            history: str) -> None:
    view = _show(qtbot, supervisor)
    view.table.selectRow(0)
    view.record_button.click()
    assert view.record_filter.text() == history
    assert view.model.total == 2


def test_pages_of_entries(qtbot: QtBot, supervisor: ServiceContext, history: str) -> None:
    view = _show(qtbot, supervisor, page_size=3)
    assert view.page_label.text() == "Entries 1-3 of 4"
    assert not view.newer_button.isEnabled() and view.older_button.isEnabled()
    view.older_button.click()
    assert view.page_label.text() == "Entries 4-4 of 4" and view.model.rowCount() == 1
    view.newer_button.click()
    assert view.model.rowCount() == 3


def test_an_entry_edited_by_raw_sql_is_flagged_in_the_viewer(
        qtbot: QtBot, supervisor: ServiceContext, history: str) -> None:
    with sqlite3.connect(supervisor.db.path) as connection:
        connection.execute("UPDATE audit_log SET changes = replace(changes, '004', '009') "
                           "WHERE seq = 4")
    view = _show(qtbot, supervisor, page_size=2)
    assert view.verify_banner.kind() is BannerKind.ERROR
    assert "at entry 4" in view.verify_banner.text()
    assert view.show_broken_button.isVisible()
    view.older_button.click()  # away from the altered entry
    view.show_broken_button.click()
    entry = view.selected_entry()
    assert entry is not None and entry.seq == 4
    row = view.table.currentIndex().row()
    assert view.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) == BROKEN_BACKGROUND
    assert "altered outside the application" in view.detail_label.text()
    assert view.detail.item(0, 2).text() == "009"
