"""The Completion page driven like a person: keying a paper sheet in with the keyboard,
recording completion, printing PDFs off the GUI thread, choosing the best three and
recording an overlock machine handed to a group."""

from __future__ import annotations

import io
from datetime import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from enrollment_app.domain.application_status import COMPLETED
from enrollment_app.services import attendance, starter_packages
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.models import (
    AidHandover,
    Application,
    AttendanceMark,
    AuditEntry,
    Group,
)
from enrollment_app.ui.completion.aid_handover_dialog import AidHandoverDialog
from enrollment_app.ui.completion.best_three_dialog import BestThreeDialog
from enrollment_app.ui.completion.completion_model import ATTENDED, COMPLETES, NAME
from enrollment_app.ui.completion.completion_view import CompletionView
from enrollment_app.ui.completion.document_printer import add_document_buttons
from enrollment_app.ui.completion.paper_sheet_dialog import PaperSheetDialog
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.main_window import MainWindow
from enrollment_app.ui.widgets.banner import BannerKind
from tests.class_setup import Setting, setting
from tests.finished_class import FinishedClass, finished_class, mark_codes
from tests.ui.modal_answers import answer_next_message_box

SIZE = (1340, 680)


@pytest.fixture
def place(supervisor: ServiceContext) -> Setting:
    return setting(supervisor)


@pytest.fixture
def done(supervisor: ServiceContext, place: Setting) -> FinishedClass:
    return finished_class(supervisor, place, people=4, sessions=2)


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


@pytest.fixture
def view(qtbot: QtBot, supervisor: ServiceContext, done: FinishedClass) -> CompletionView:
    widget = CompletionView(supervisor, DataChanges())
    widget.resize(*SIZE)
    show(qtbot, widget)
    return widget


def table_text(view: CompletionView, row: int, column: int) -> str:
    return view.model.index(row, column).data()


def row_of(view: CompletionView, name: str) -> int:
    return next(r for r in range(view.model.rowCount())
                if table_text(view, r, NAME) == name)


def type_and_enter(qtbot: QtBot, text: str) -> None:
    """Keys go to whatever has the focus, as on a real keyboard."""
    focused = QApplication.focusWidget()
    assert focused is not None
    if text:
        qtbot.keyClicks(focused, text)
    qtbot.keyClick(focused, Qt.Key.Key_Return)


def test_a_paper_sheet_is_keyed_in_with_codes_and_enter(
        qtbot: QtBot, supervisor: ServiceContext, view: CompletionView,
        done: FinishedClass) -> None:
    first_session = done.session_ids[0]
    # One person was scanned at the door before the laptop gave up: H, source scan.
    scanned = attendance.session_roster(supervisor, first_session)[0]
    attendance.mark(supervisor, first_session, scanned.participant_id, "H", source="scan")
    view.session_combo.setCurrentIndex(0)
    driven: list[PaperSheetDialog] = []

    def key_in(dialog: QDialog) -> int:
        assert isinstance(dialog, PaperSheetDialog)
        driven.append(dialog)
        show(qtbot, dialog)
        assert dialog.rows[0].code.hasFocus() and dialog.rows[0].code.text() == "H"
        type_and_enter(qtbot, "a")  # the paper says absent: a correction
        assert dialog.rows[1].code.hasFocus()
        type_and_enter(qtbot, "t")  # late: the arrival time comes next
        assert dialog.rows[1].arrival.hasFocus() and dialog.rows[1].code.text() == "T"
        type_and_enter(qtbot, "0845")
        type_and_enter(qtbot, "s")
        type_and_enter(qtbot, "")  # left empty: stays unmarked
        assert dialog.save_button.hasFocus()
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
        return dialog.result()

    view.open_dialog = key_in
    qtbot.mouseClick(view.paper_button, Qt.MouseButton.LeftButton)
    assert driven and driven[0].saved_count == 3
    roster = attendance.session_roster(supervisor, first_session)
    assert [(r.code, r.arrival_time, r.source) for r in roster] == [
        ("A", None, "paper"), ("T", time(8, 45), "paper"), ("S", None, "paper"),
        ("", None, "")]
    with supervisor.read() as session:
        corrected = session.scalars(select(AuditEntry).where(
            AuditEntry.table_name == "attendance_marks", AuditEntry.action == "update")).all()
    assert [entry.changes["code"] for entry in corrected] == [["H", "A"]]
    assert "3 mark(s) saved from the paper sheet" in view.banner.text()
    first = row_of(view, roster[1].full_name)
    assert table_text(view, first, ATTENDED) == "1 of 2"


def test_late_without_a_time_is_not_saved(qtbot: QtBot, supervisor: ServiceContext,
                                          view: CompletionView, done: FinishedClass) -> None:
    def key_in(dialog: QDialog) -> int:
        assert isinstance(dialog, PaperSheetDialog)
        show(qtbot, dialog)
        qtbot.keyClicks(dialog.rows[0].code, "t")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert "needs the arrival time" in dialog.banner.text()
        assert dialog.rows[0].arrival.hasFocus()
        return dialog.result()

    view.open_dialog = key_in
    view.key_paper_sheet()
    with supervisor.read() as session:
        assert session.scalars(select(AttendanceMark)).all() == []


def test_completion_is_recorded_from_the_page(qtbot: QtBot, supervisor: ServiceContext,
                                              view: CompletionView,
                                              done: FinishedClass) -> None:
    p = done.participant_ids
    mark_codes(supervisor, done, {p[0]: "HH", p[1]: "HT", p[2]: "HA", p[3]: "A-"})
    view.refresh()
    assert [table_text(view, r, COMPLETES) for r in range(4)].count("Yes") == 2
    answer = answer_next_message_box(qtbot, "&Yes")
    qtbot.mouseClick(view.complete_button, Qt.MouseButton.LeftButton)
    assert answer.seen and "2 people" in answer.seen[0]
    with supervisor.read() as session:
        statuses = [session.get(Application, a).status  # type: ignore[union-attr]
                    for a in done.application_ids]
    assert statuses[:2] == [COMPLETED, COMPLETED] and COMPLETED not in statuses[2:]
    assert "Completion recorded for 2 people" in view.banner.text()


def test_cards_and_certificates_are_written_off_the_gui_thread(
        qtbot: QtBot, supervisor: ServiceContext, view: CompletionView, done: FinishedClass,
        tmp_path: Path) -> None:
    target = tmp_path / "kartu.pdf"
    asked: list[str] = []

    def choose(_parent: QWidget, _title: str, suggested: str) -> str:
        asked.append(suggested)
        return str(target)

    view.runner.choose_path = choose
    confirmed = answer_next_message_box(qtbot, "Write the file")
    with qtbot.waitSignal(view.runner.finished, timeout=30_000):
        qtbot.mouseClick(view.cards_button, Qt.MouseButton.LeftButton)
    assert "People in it: 4" in confirmed.seen[0]  # issue 11: personal data in the clear
    assert asked == ["kartu_peserta_Tata_Boga_A.pdf"]
    assert len(PdfReader(io.BytesIO(target.read_bytes())).pages) == 1
    assert "kartu.pdf" in view.banner.text() and "1 page(s)" in view.banner.text()
    # No graduate yet: the certificate is refused with the reason, no file.
    target = tmp_path / "sertifikat.pdf"
    answer_next_message_box(qtbot, "Write the file")
    with qtbot.waitSignal(view.runner.failed, timeout=30_000):
        qtbot.mouseClick(view.certificates_button, Qt.MouseButton.LeftButton)
    assert "record the completion first" in view.banner.text()
    assert not target.exists()


def test_the_best_three_are_chosen_with_a_reason(qtbot: QtBot, supervisor: ServiceContext,
                                                 view: CompletionView,
                                                 done: FinishedClass) -> None:
    p = done.participant_ids
    mark_codes(supervisor, done, {p[0]: "HH", p[1]: "HH", p[2]: "HH", p[3]: "HH"})
    view.refresh()

    def choose(dialog: QDialog) -> int:
        assert isinstance(dialog, BestThreeDialog)
        show(qtbot, dialog)
        ticked = dialog.ticked_ids()
        assert len(ticked) == 3  # the suggestion is ticked
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert "required" in dialog.banner.text().lower() or dialog.banner.isVisible()
        qtbot.keyClicks(dialog.reason, "Praktik paling rapi dan hadir penuh")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    view.open_dialog = choose
    qtbot.mouseClick(view.best_button, Qt.MouseButton.LeftButton)
    with supervisor.read() as session:
        rows = session.scalars(select(AidHandover).where(
            AidHandover.deleted_at.is_(None))).all()
    assert len(rows) == 3
    assert {r.reason for r in rows} == {"Praktik paling rapi dan hadir penuh"}
    chosen = [table_text(view, r, 11) for r in range(4)]
    assert chosen.count("Chosen") == 3


def test_an_overlock_machine_is_handed_to_a_group(qtbot: QtBot, supervisor: ServiceContext,
                                                  view: CompletionView) -> None:
    with supervisor.write() as session:
        session.add(Group(name="Kelompok Payet Melati", kind="kelompok_usaha"))

    def record(dialog: QDialog) -> int:
        assert isinstance(dialog, AidHandoverDialog)
        show(qtbot, dialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("equipment"))
        qtbot.mouseClick(dialog.to_group, Qt.MouseButton.LeftButton)
        assert dialog.group.isEnabled() and not dialog.person.isEnabled()
        qtbot.keyClicks(dialog.items, "Mesin obras 2 unit")
        qtbot.mouseClick(dialog.reason, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.reason, "Gerai kelompok")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)  # on to the receipt check box
        assert dialog.received.hasFocus()
        qtbot.keyClick(dialog.received, Qt.Key.Key_Space)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    view.open_dialog = record
    qtbot.mouseClick(view.aid_button, Qt.MouseButton.LeftButton)
    with supervisor.read() as session:
        [row] = session.scalars(select(AidHandover)).all()
        group = session.scalars(select(Group)).one()
    assert (row.group_id, row.kind, row.items, row.reason, row.receipt_confirmed) == (
        group.id, "equipment", ["Mesin obras 2 unit"], "Gerai kelompok", True)
    assert "handover was saved" in view.banner.text()


def test_a_trainer_prints_but_does_not_decide(qtbot: QtBot, place: Setting,
                                              done: FinishedClass) -> None:
    widget = CompletionView(place.trainer, DataChanges())
    show(qtbot, widget)
    assert widget.class_combo.count() == 1
    assert widget.cards_button.isVisible() and widget.paper_button.isVisible()
    assert not any(b.isVisible() for b in (widget.complete_button, widget.best_button,
                                           widget.certificates_button, widget.aid_button))


def test_the_window_has_the_completion_page_and_documents_menu(
        qtbot: QtBot, supervisor: ServiceContext, done: FinishedClass) -> None:
    window = MainWindow(supervisor, device_name="Tim")
    show(qtbot, window)
    features = window.completion_features
    assert window.navigation.item(features.page).text() == "Completion"
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Documents" in menus
    features.show_page()
    assert window.pages.currentWidget() is features.view


def test_other_screens_add_the_document_buttons(qtbot: QtBot, supervisor: ServiceContext,
                                                done: FinishedClass, tmp_path: Path) -> None:
    host = QWidget()
    layout = QHBoxLayout(host)
    said: list[tuple[BannerKind, str]] = []
    session = attendance.get_session(supervisor, done.session_ids[1])
    printer = add_document_buttons(
        layout, host, supervisor, lambda: (done.class_id, "Tata Boga A"),
        lambda: (session.id, session.session_date), lambda kind, text: said.append(
            (kind, text)))
    printer.runner.choose_path = lambda *_args: str(tmp_path / "hadir.pdf")
    show(qtbot, host)
    cards, sheet = (layout.itemAt(n).widget() for n in range(2))
    assert isinstance(cards, QPushButton) and cards.text() == "Print cards…"
    assert isinstance(sheet, QPushButton) and sheet.text() == "Attendance sheet PDF…"
    answer_next_message_box(qtbot, "Write the file")
    with qtbot.waitSignal(printer.runner.finished, timeout=30_000):
        qtbot.mouseClick(sheet, Qt.MouseButton.LeftButton)
    text = PdfReader(io.BytesIO((tmp_path / "hadir.pdf").read_bytes())).pages[0].extract_text()
    assert "3 Mar 2026" in text and "Materi 2" in text
    assert said and said[0][0] == BannerKind.SUCCESS


def test_a_receipt_signed_later_is_confirmed_from_the_list(
        qtbot: QtBot, supervisor: ServiceContext, view: CompletionView,
        done: FinishedClass) -> None:
    p = done.participant_ids
    mark_codes(supervisor, done, {p[2]: "HH"})
    [pending] = starter_packages.choose(supervisor, done.class_id, [p[2]], "Terbaik")
    view.refresh()

    def confirm(dialog: QDialog) -> int:
        assert isinstance(dialog, AidHandoverDialog)
        show(qtbot, dialog)
        assert dialog.person.currentData() == p[2]  # the chosen person comes first
        table = dialog.recorded.table
        assert table.rowCount() == 1 and table.item(0, 4).text() == "Not yet"
        assert not dialog.recorded.confirm_button.isEnabled()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         pos=table.visualItemRect(table.item(0, 2)).center())
        qtbot.mouseClick(dialog.recorded.confirm_button, Qt.MouseButton.LeftButton)
        assert table.item(0, 4).text() == "Signed"
        dialog.reject()
        return dialog.result()

    view.open_dialog = confirm
    qtbot.mouseClick(view.aid_button, Qt.MouseButton.LeftButton)
    with supervisor.read() as session:
        row = session.get(AidHandover, pending)
        assert row is not None and row.receipt_confirmed
