"""Issue 12, items 3 and 5: a candidate from a registry list is found from the
registration screen (by NIK or by name), opened pre-filled, checked and completed by the
officer, and registered; the Candidates page then counts one person fewer to visit in
her kelurahan. Candidates reach a laptop in a central update (tests/central/
test_candidates.py); here they are stored as the update stores them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from enrollment_app.domain.names import search_key
from enrollment_app.domain.nik import make_nik
from enrollment_app.services.candidates import CandidateRow
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.models import Candidate, Participant, Program
from enrollment_app.ui.candidates.candidates_view import CandidatesView
from enrollment_app.ui.main_window import MainWindow
from tests.conftest import VALID_NIK
from tests.ui.form_driver import FormDriver
from tests.ui.modal_answers import answer_next_message_box

SUKARASA, TANAH_TINGGI = "36.71.01.1001", "36.71.01.1003"


def add_candidate(ctx: ServiceContext, nik: str, name: str, kelurahan: str, **values: object
                  ) -> str:
    with ctx.write() as session:
        program_id = session.scalar(select(Program.id).where(Program.code == "dp3ap2kb-2026"))
        candidate = Candidate(**{
            "program_id": program_id, "source": "dtsen-kota-tangerang.xlsx", "nik": nik,
            "kk": "3671010101090001", "full_name": name, "name_key": search_key(name),
            "sex": "P", "birth_place": "Tangerang", "birth_date": date(1990, 2, 15),
            "street": "Jl. Melati No. 5", "rt": "003", "rw": "007",
            "kecamatan_code": "36.71.01", "kelurahan_code": kelurahan,
            "phone": "081111111111", "registry_status": "dtsen", "desil": 3,
            "assistance": "pkh", **values})
        session.add(candidate)
        session.flush()
        return candidate.id


@pytest.fixture
def listed(supervisor: ServiceContext) -> dict[str, str]:
    """Siti (the form driver's NIK) and Dewi in Sukarasa, Ani in Tanah Tinggi."""
    return {
        "siti": add_candidate(supervisor, VALID_NIK, "Siti Aminah", SUKARASA),
        "dewi": add_candidate(supervisor, make_nik("36.71.01", date(1988, 6, 1), "P", 7),
                              "Dewi Lestari", SUKARASA, birth_date=date(1988, 6, 1)),
        "ani": add_candidate(supervisor, make_nik("36.71.01", date(1985, 1, 9), "P", 8),
                             "Ani Suryani", TANAH_TINGGI, birth_date=date(1985, 1, 9)),
    }


def candidate(ctx: ServiceContext, candidate_id: str) -> Candidate:
    with ctx.read() as session:
        row = session.get(Candidate, candidate_id)
        assert row is not None
        session.expunge(row)
        return row


def page(window: MainWindow) -> CandidatesView:
    view = window.candidate_features.view
    assert view is not None
    return view


def test_a_candidate_typed_by_nik_is_opened_prefilled_and_registered(
        qtbot: QtBot, window: MainWindow, supervisor: ServiceContext,
        listed: dict[str, str]) -> None:
    candidates_page = page(window)
    candidates_page.refresh()
    assert candidates_page.to_visit_in(SUKARASA) == 2
    assert candidates_page.to_visit_in("") == 3

    window.show_registration()
    form = window.registration_form
    driver = FormDriver(qtbot, form)
    offer = answer_next_message_box(qtbot, "Open pre-filled")
    driver.type_into("nik", VALID_NIK)
    qtbot.waitUntil(lambda: form.candidate_id == listed["siti"])
    assert offer.missing == []
    assert "Candidate from the" in offer.seen[0] and "Siti Aminah" in offer.seen[0]
    assert form.title.text() == "New registration from a candidate list"
    assert driver.widget("full_name").text() == "Siti Aminah"
    assert driver.widget("kelurahan_code").currentData() == SUKARASA
    assert driver.widget("phone").text() == "081111111111"
    assert not form.fields.consent.consent.isChecked()  # the officer records it

    driver.type_into("phone", "0812-9876-5432")  # the number changed since the survey
    driver.tick(form.fields.consent.consent)
    driver.press_enter("phone")
    qtbot.waitUntil(lambda: form.candidate_id is None)

    with supervisor.read() as session:
        person = session.scalar(select(Participant).where(Participant.nik == VALID_NIK))
        assert person is not None
        assert (person.full_name, person.phone, person.kelurahan_code) == (
            "Siti Aminah", "081298765432", SUKARASA)
    marked = candidate(supervisor, listed["siti"])
    assert (marked.status, marked.participant_id) == ("registered", person.id)
    assert "Saved: Siti Aminah is registered" in form.banner.text()
    assert candidates_page.to_visit_in(SUKARASA) == 1
    assert candidates_page.to_visit_in(TANAH_TINGGI) == 1


def test_a_candidate_typed_by_name_is_offered_too(qtbot: QtBot, window: MainWindow,
                                                  supervisor: ServiceContext,
                                                  listed: dict[str, str]) -> None:
    window.show_registration()
    form = window.registration_form
    driver = FormDriver(qtbot, form)
    offer = answer_next_message_box(qtbot, "Open pre-filled")
    driver.type_into("full_name", "dewi  lestari")
    driver.leave("full_name")
    qtbot.waitUntil(lambda: form.candidate_id == listed["dewi"])
    assert offer.missing == []
    assert driver.widget("nik").text().replace(" ", "") == candidate(
        supervisor, listed["dewi"]).nik


def test_declining_the_offer_keeps_what_was_typed(qtbot: QtBot, window: MainWindow,
                                                  listed: dict[str, str]) -> None:
    window.show_registration()
    form = window.registration_form
    driver = FormDriver(qtbot, form)
    offer = answer_next_message_box(qtbot, "No, keep typing")
    driver.type_into("nik", VALID_NIK)
    qtbot.waitUntil(lambda: len(offer.seen) == 1)
    assert form.candidate_id is None and driver.widget("full_name").text() == ""


@dataclass
class ScriptedNotes:
    note: str | None
    asked: list[tuple[str, str]] = field(default_factory=list)

    def offer_candidate(self, parent: QWidget, candidate: CandidateRow, where: str) -> bool:
        raise AssertionError("the page never offers")

    def offer_namesakes(self, parent: QWidget, name: str, count: int) -> bool:
        raise AssertionError("the page never offers")

    def visit_note(self, parent: QWidget, name: str, outcome: str) -> str | None:
        self.asked.append((name, outcome))
        return self.note


def test_the_page_marks_a_candidate_not_found_with_a_note(
        qtbot: QtBot, supervisor: ServiceContext, listed: dict[str, str]) -> None:
    notes = ScriptedNotes("Pindah ke Bekasi menurut Pak RT")
    view = CandidatesView(supervisor, notes)
    qtbot.addWidget(view)
    view.resize(1190, 600)
    view.show()
    qtbot.waitExposed(view)
    view.counts.selectRow(view.counts_model.row_of(SUKARASA))
    assert [view.list_model.candidate(r).full_name
            for r in range(view.list_model.rowCount())] == ["Dewi Lestari", "Siti Aminah"]
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.mouseClick(view.not_found_button, Qt.MouseButton.LeftButton)
    assert notes.asked == [("Dewi Lestari", "Not found")]
    dewi = candidate(supervisor, listed["dewi"])
    assert (dewi.status, dewi.notes) == ("not_found", "Pindah ke Bekasi menurut Pak RT")
    assert view.to_visit_in(SUKARASA) == 1
    assert "recorded as \"Not found\"" in view.banner.text()

    opened: list[str] = []
    view.open_requested.connect(opened.append)
    view.table.setFocus()
    view.table.selectRow(0)
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [listed["siti"]]
