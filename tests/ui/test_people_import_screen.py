"""The people import screen (issue 12): the list file, the column mapping done by hand,
the dry run, the import off the GUI thread with cancel, and files refused as a whole."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from enrollment_app.domain.nik import make_nik
from enrollment_app.services import registration
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.models import Participant
from enrollment_app.ui.main_window import MainWindow
from enrollment_app.ui.people_import.dialog import PeopleImportDialog, Step
from enrollment_app.ui.sync.worker import running_count
from enrollment_app.ui.widgets.banner import BannerKind
from tests.conftest import VALID_NIK, make_draft
from tests.services.list_files import HEADERS, person, write_csv, write_xlsx
from tests.staff import add_staff
from tests.ui.people import FAMILY, GIVEN

SCREEN = (1366, 768)
ODD_NAME_HEADING = "NAMA PENERIMA MANFAAT"  # no office alias: mapped by hand
RUN_TIMEOUT_MS = 60_000


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def live_niks(ctx: ServiceContext) -> set[str]:
    with ctx.read() as session:
        return set(session.scalars(select(Participant.nik)))


def participant_count(ctx: ServiceContext) -> int:
    with ctx.read() as session:
        return session.scalar(select(func.count()).select_from(Participant)) or 0


def odd_heading_list(path: Path, rows: list[dict[str, object]]) -> Path:
    """The list with the name under a heading no office alias knows."""
    headers = [ODD_NAME_HEADING if h == "Nama Lengkap" else h for h in HEADERS]
    renamed = [{ODD_NAME_HEADING if k == "Nama Lengkap" else k: v for k, v in row.items()}
               for row in rows]
    return write_csv(path, renamed, headers=headers)


def open_dialog(qtbot: QtBot, dialog: PeopleImportDialog, path: Path) -> None:
    """Step 1: type the path, Next."""
    dialog.file_page.path.setFocus()
    qtbot.keyClicks(dialog.file_page.path, str(path))
    click(qtbot, dialog.next_button)


def map_name_by_hand(qtbot: QtBot, dialog: PeopleImportDialog) -> None:
    combo = dialog.mapping_page.combos["full_name"]
    combo.setFocus()
    # The keyboard search of a combo box ("N" passes over "NIK"; a space would open it).
    qtbot.keyClicks(combo, ODD_NAME_HEADING[:4])
    assert combo.currentText().startswith(ODD_NAME_HEADING)


def run_step(qtbot: QtBot, dialog: PeopleImportDialog) -> None:
    """Press the step's main button and wait for its run to end."""
    with qtbot.waitSignal(dialog.run_finished, timeout=RUN_TIMEOUT_MS):
        click(qtbot, dialog.next_button)


@pytest.fixture
def dialog(qtbot: QtBot, supervisor: ServiceContext) -> PeopleImportDialog:
    widget = PeopleImportDialog(supervisor)
    qtbot.addWidget(widget)
    widget.resize(*SCREEN)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # bringing it up
def test_a_list_is_mapped_checked_and_imported_from_the_menu(
        qtbot: QtBot, supervisor: ServiceContext, window: MainWindow,
        tmp_path: Path) -> None:
    registration.register_participant(supervisor, make_draft())  # NIK of person(1)
    good = [person(serial) for serial in range(2, 7)]
    damaged = person(7, NIK="3.67101E+15")
    path = odd_heading_list(tmp_path / "daftar-sukarasa.csv", [*good, damaged, person(1)])
    assert person(1)["NIK"] == VALID_NIK
    window.participant_list.refresh()
    assert window.participant_list.model.total == 1

    action = window.people_import_features.action
    assert action is not None and action in window.participants_menu.actions()
    action.trigger()
    dialog = window.people_import_features.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.resize(*SCREEN)
    open_dialog(qtbot, dialog, path)

    # Step 2: the name column was not recognised; the import waits for it.
    assert dialog.step() is Step.MAPPING
    page = dialog.mapping_page
    assert page.combos["nik"].currentText() == "NIK (column A)"
    assert page.combos["full_name"].currentText() == "(not in this list)"
    assert f"Ignored columns: {ODD_NAME_HEADING}" in page.intro.text()
    assert "Full name" in page.missing.text() and not dialog.next_button.isEnabled()
    map_name_by_hand(qtbot, dialog)
    assert page.missing.isHidden() and dialog.next_button.isEnabled()
    assert "Ignored columns" not in page.intro.text()
    headings = [page.preview.horizontalHeaderItem(c).text()
                for c in range(page.preview.columnCount())]
    name_column = headings.index("Full name")
    assert page.preview.item(0, name_column).text() == good[0]["Nama Lengkap"]
    assert page.preview.verticalHeaderItem(0).text() == "2"  # spreadsheet line numbers

    # Step 3: the dry run counts and explains, and saves nothing.
    run_step(qtbot, dialog)
    assert dialog.step() is Step.CHECK
    check = dialog.check_view
    assert (check.accepted.text(), check.duplicates.text(), check.refused.text()) == (
        "5", "1", "1")
    assert "3.67101E+15" in check.reason_at(7)
    assert "already registered" in check.reason_at(8)
    assert participant_count(supervisor) == 1

    # Step 4: the import, then the report; the participant list refreshes itself.
    with qtbot.waitSignal(window.participant_list.model.modelReset, timeout=RUN_TIMEOUT_MS):
        run_step(qtbot, dialog)
    report = dialog.report_view
    assert dialog.step() is Step.REPORT and dialog.banner.isHidden()
    assert (report.accepted.text(), report.duplicates.text(), report.refused.text()) == (
        "5", "1", "1")
    assert "5 people were saved" in report.summary.text()
    assert "NIK: " in report.reason_at(7) and "3.67101E+15" in report.reason_at(7)
    assert live_niks(supervisor) == {VALID_NIK, *(str(row["NIK"]) for row in good)}
    assert window.participant_list.model.total == 6
    refused = dialog.refused_path()
    assert refused == tmp_path / "daftar-sukarasa-ditolak.csv" and refused.exists()
    assert "3.67101E+15" in refused.read_text(encoding="utf-8-sig")
    assert str(refused) in dialog.refused_file.text()
    assert dialog.open_refused_button.isVisible()


@pytest.mark.parametrize(("name", "content", "message"), [
    pytest.param("foto-ktp.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
                 "is not a spreadsheet", id="picture"),
    pytest.param("daftar.xlsx", b"NIK,Nama\n3671015502900001,Siti\n",
                 "is not a spreadsheet", id="text-named-xlsx"),
    pytest.param("terkunci.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512,
                 "password-protected", id="encrypted-workbook"),
])
def test_a_file_that_is_not_a_list_is_refused_with_nothing_written(
        qtbot: QtBot, supervisor: ServiceContext, dialog: PeopleImportDialog,
        tmp_path: Path, name: str, content: bytes, message: str) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    path = usb / name
    path.write_bytes(content)
    open_dialog(qtbot, dialog, path)
    assert dialog.step() is Step.FILE
    assert dialog.banner.kind() is BannerKind.ERROR
    assert message in dialog.banner.text() and "Nothing was imported" in dialog.banner.text()
    assert participant_count(supervisor) == 0
    assert [p.name for p in usb.iterdir()] == [name]
    # The screen keeps working: a good list opens next.
    dialog.file_page.path.clear()
    open_dialog(qtbot, dialog, write_csv(usb / "baik.csv", [person(2)]))
    assert dialog.step() is Step.MAPPING


@pytest.mark.parametrize(("role", "offered"), [("field_officer", True), ("trainer", False)])
def test_the_menu_offers_the_import_to_those_who_register(
        qtbot: QtBot, supervisor: ServiceContext, role: str, offered: bool) -> None:
    window = MainWindow(add_staff(supervisor, "staf", role))
    qtbot.addWidget(window)
    action = window.people_import_features.action
    assert (action is not None and action in window.participants_menu.actions()) is offered


def test_the_file_can_be_chosen_instead_of_typed(
        qtbot: QtBot, supervisor: ServiceContext, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "daftar.csv", [person(2)])
    asked: list[str] = []

    def choose(_parent: QWidget, current: str) -> str:
        asked.append(current)
        return str(path)

    dialog = PeopleImportDialog(supervisor, path="E:\\", choose_file=choose)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.file_page.choose_button)
    assert asked == ["E:\\"] and dialog.file_page.path.text() == str(path)
    click(qtbot, dialog.next_button)
    assert dialog.step() is Step.MAPPING


def test_a_heading_row_without_people_is_refused_at_the_check(
        qtbot: QtBot, supervisor: ServiceContext, dialog: PeopleImportDialog,
        tmp_path: Path) -> None:
    open_dialog(qtbot, dialog, write_csv(tmp_path / "kosong.csv", []))
    assert dialog.step() is Step.MAPPING
    run_step(qtbot, dialog)
    assert dialog.banner.kind() is BannerKind.ERROR
    assert "no rows of people" in dialog.banner.text()
    assert not dialog.next_button.isEnabled() and dialog.back_button.isEnabled()
    assert participant_count(supervisor) == 0


def test_a_column_chosen_twice_is_pointed_out_not_taken_away(
        qtbot: QtBot, dialog: PeopleImportDialog, tmp_path: Path) -> None:
    open_dialog(qtbot, dialog, write_csv(tmp_path / "daftar.csv", [person(2)]))
    page = dialog.mapping_page
    combo = page.combos["full_name"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "NIK (column A)", the NIK's column
    assert page.combos["nik"].currentText() == "NIK (column A)"
    assert "Column NIK is chosen for more than one field: NIK, Full name" in (
        page.missing.text())
    assert not dialog.next_button.isEnabled()
    qtbot.keyClicks(combo, "Nama")
    assert page.missing.isHidden() and dialog.next_button.isEnabled()
    assert page.mapping() is not None and page.mapping().columns["nik"] == 0


def test_rows_with_only_warnings_are_saved_when_the_user_says_so(
        qtbot: QtBot, supervisor: ServiceContext, dialog: PeopleImportDialog,
        tmp_path: Path) -> None:
    registration.register_participant(supervisor, make_draft())
    namesake = person(2, **{"Nama Lengkap": "Siti Aminah"})  # same name and birth date
    open_dialog(qtbot, dialog, write_csv(tmp_path / "daftar.csv", [namesake]))
    run_step(qtbot, dialog)
    assert dialog.check_view.refused.text() == "1"
    assert "Possible duplicate" in dialog.check_view.reason_at(2)
    assert "nobody to import" in dialog.check_view.summary.text()
    assert not dialog.next_button.isEnabled()
    with qtbot.waitSignal(dialog.run_finished, timeout=RUN_TIMEOUT_MS):
        click(qtbot, dialog.accept_warnings)
    assert (dialog.check_view.accepted.text(), dialog.check_view.refused.text()) == (
        "1", "0")
    run_step(qtbot, dialog)
    assert live_niks(supervisor) == {VALID_NIK, str(namesake["NIK"])}


def test_a_workbook_list_shows_its_dates_and_gets_a_workbook_of_refused_rows(
        qtbot: QtBot, supervisor: ServiceContext, dialog: PeopleImportDialog,
        tmp_path: Path) -> None:
    rows = [person(2, **{"Tanggal Lahir": datetime(1990, 2, 15)}),
            person(3, NIK=3671015502900003)]  # a number cell: digits may be lost
    path = write_xlsx(tmp_path / "dtks.xlsx", rows, title_rows=["DAFTAR DTKS 2026"])
    open_dialog(qtbot, dialog, path)
    page = dialog.mapping_page
    assert "row 2" in page.intro.text()  # under the merged title row
    headings = [page.preview.horizontalHeaderItem(c).text()
                for c in range(page.preview.columnCount())]
    assert page.preview.item(0, headings.index("Birth date")).text() == "15-02-1990"
    run_step(qtbot, dialog)
    run_step(qtbot, dialog)
    assert live_niks(supervisor) == {str(rows[0]["NIK"])}
    assert "NIK: " in dialog.report_view.reason_at(4)
    refused = dialog.refused_path()
    assert refused == tmp_path / "dtks-ditolak.xlsx"
    sheet = load_workbook(refused, read_only=True).worksheets[0]
    assert [row[-1] for row in sheet.iter_rows(values_only=True)][1:] == [
        dialog.report_view.reason_at(4)]


def test_closing_the_window_during_an_import_stops_it_cleanly(
        qtbot: QtBot, supervisor: ServiceContext, dialog: PeopleImportDialog,
        tmp_path: Path) -> None:
    rows = many_people(1500)
    open_dialog(qtbot, dialog, write_csv(tmp_path / "dtsen.csv", rows))
    run_step(qtbot, dialog)
    closed: list[int] = []

    def close_once(done: int, _total: int) -> None:
        if not closed:
            closed.append(done)
            click(qtbot, dialog.close_button)

    dialog.progressed.connect(close_once)
    click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: bool(closed), timeout=RUN_TIMEOUT_MS)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: running_count() == 0, timeout=RUN_TIMEOUT_MS)
    saved = live_niks(supervisor)
    assert 0 < len(saved) < len(rows)
    assert saved == {str(row["NIK"]) for row in rows[:len(saved)]}


def many_people(count: int) -> list[dict[str, object]]:
    """Distinct women (name, birth date and NIK all differ)."""
    rows = []
    for index in range(count):
        born = date(1970 + index % 30, 1 + (index // 30) % 12, 1 + (index // 360) % 28)
        name = (f"{GIVEN[index % len(GIVEN)]} {FAMILY[(index // 10) % len(FAMILY)]} "
                f"{chr(65 + (index // 80) % 26)}")
        rows.append(person(NIK=make_nik("36.71.01", born, "P", index % 9999 + 1),
                           **{"Nama Lengkap": name,
                              "Tanggal Lahir": born.strftime("%d/%m/%Y")}))
    return rows


def test_cancel_during_a_large_import_says_what_was_saved(
        qtbot: QtBot, supervisor: ServiceContext, dialog: PeopleImportDialog,
        tmp_path: Path) -> None:
    rows = many_people(3000)
    path = write_csv(tmp_path / "dtsen-besar.csv", rows)
    open_dialog(qtbot, dialog, path)
    run_step(qtbot, dialog)
    assert dialog.check_view.accepted.text() == QLocale().toString(3000)

    pressed: list[int] = []

    def cancel_once(done: int, _total: int) -> None:
        if not pressed:
            pressed.append(done)
            click(qtbot, dialog.cancel_button)

    dialog.progressed.connect(cancel_once)
    run_step(qtbot, dialog)
    assert pressed and dialog.step() is Step.REPORT
    saved = live_niks(supervisor)
    assert 0 < len(saved) < 3000
    # Whole batches, from the top of the list: rows 2 .. N saved, nothing after.
    assert saved == {str(row["NIK"]) for row in rows[:len(saved)]}
    summary = dialog.report_view.summary.text()
    last_line = len(saved) + 1
    assert summary.startswith(f"Import cancelled after line {last_line}: ")
    shown = QLocale().toString(len(saved))
    assert dialog.report_view.accepted.text() == shown
    assert f"{shown} people from the rows up to that line were saved" in summary
    assert dialog.refused_path() is None and dialog.open_refused_button.isHidden()
