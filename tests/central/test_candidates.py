"""Issue 12, item 3: candidate lists from the registry to the field. The central office
loads a registry spreadsheet as a program's candidates, sends one laptop the candidates
of its kecamatan in a signed, encrypted update, the laptop applies it, registers a
candidate, and its next bundle tells the central office she is registered. A tampered
candidate update is refused and writes nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from enrollment_app.domain.nik import make_nik
from enrollment_app.services import candidates
from enrollment_app.services.apply_update import apply_central_update
from enrollment_app.services.central import CentralOffice
from enrollment_app.services.central_updates import (
    CandidateRequest,
    UnknownCandidateProgramError,
    UnknownKecamatanError,
)
from enrollment_app.services.spreadsheet_reader import SpreadsheetRefused
from enrollment_app.storage.models import Candidate, Participant
from enrollment_app.sync.bundle_types import BundleRejected
from enrollment_app.sync.central_schema import SYNCED_TABLES
from tests.central.devices import SimulatedDevice
from tests.central.dump import dump
from tests.central.test_cli import run
from tests.central.test_update import device_dump, provision, send_bundles
from tests.services.list_files import BIRTH, person, write_xlsx
from tests.sync.bundle_files import flip_byte_inside

PROGRAM = "dp3ap2kb-2026"
CIPONDOH = "36.71.05"
TODAY = date(2026, 3, 1)


def cipondoh_person(serial: int, **changes: object) -> dict[str, object]:
    return person(serial, **{"NIK": make_nik(CIPONDOH, BIRTH, "P", serial),
                             "Kelurahan": "Cipondoh Makmur", "Kecamatan": "Cipondoh",
                             **changes})


def registry_sheet(folder: Path) -> Path:
    """Three women in Kecamatan Tangerang, two in Cipondoh, one damaged NIK and one NIK
    listed twice."""
    rows = [person(1), person(2), person(3), cipondoh_person(4),
            cipondoh_person(5, **{"No. HP": ""}), person(6, NIK="3.67101E+15"), person(2)]
    return write_xlsx(folder / "dtsen-kota-tangerang.xlsx", rows)


def central_candidates(office: CentralOffice) -> list[tuple[str, str, str]]:
    table = SYNCED_TABLES["candidates"]
    with office.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(
            select(table.c.nik, table.c.kecamatan_code, table.c.status)
            .order_by(table.c.nik))]


def device_candidates(device: SimulatedDevice) -> list[Candidate]:
    with device.ctx.read() as session:
        return list(session.scalars(select(Candidate).order_by(Candidate.nik)))


@dataclass
class Field:
    office: CentralOffice
    cipondoh: SimulatedDevice  # laptop A, visiting Cipondoh
    other: SimulatedDevice  # laptop B
    sheet: Path
    out: Path


@pytest.fixture
def field(sqlite_office: CentralOffice, tmp_path: Path) -> Iterator[Field]:
    laptop_a = provision(sqlite_office, tmp_path, "Laptop Cipondoh", "Tim A")
    laptop_b = provision(sqlite_office, tmp_path, "Laptop Larangan", "Tim B")
    laptop_a.register(full_name="Ani Suryani", kecamatan=CIPONDOH)  # a day's work each,
    laptop_b.register(full_name="Dewi Lestari", kecamatan="36.71.13")
    usb = tmp_path / "usb"
    usb.mkdir()
    send_bundles(sqlite_office, usb, laptop_a, laptop_b)  # so the office knows their keys
    out = tmp_path / "updates"
    out.mkdir()
    yield Field(sqlite_office, laptop_a, laptop_b, registry_sheet(tmp_path), out)
    laptop_a.close()
    laptop_b.close()


def test_a_registry_sheet_becomes_the_programs_candidates_once(field: Field) -> None:
    office = field.office
    report = office.import_candidates(field.sheet, PROGRAM)
    assert (report.accepted, report.duplicates, report.refused) == (5, 1, 1)
    assert [(row.line, str(row.outcome), [p.code for p in row.problems])
            for row in report.rows] == [(7, "refused", ["nik.scientific"]),
                                        (8, "duplicate", ["import.repeated_in_file"])]
    listed = central_candidates(office)
    assert len(listed) == 5 and {status for *_rest, status in listed} == {"to_visit"}
    assert sorted(kec for _nik, kec, _status in listed) == ["36.71.01"] * 3 + [CIPONDOH] * 2

    again = office.import_candidates(field.sheet, PROGRAM.upper())  # code in any case
    assert (again.accepted, again.duplicates, again.refused) == (0, 6, 1)
    assert {p.code for row in again.rows for p in row.problems} == {
        "candidates.already_listed", "nik.scientific"}
    assert central_candidates(office) == listed


def test_an_unknown_program_or_unreadable_file_imports_nothing(field: Field,
                                                              tmp_path: Path) -> None:
    before = dump(field.office)
    with pytest.raises(UnknownCandidateProgramError):
        field.office.import_candidates(field.sheet, "no-such-program")
    not_a_sheet = tmp_path / "list.xlsx"
    not_a_sheet.write_bytes(b"this is not a spreadsheet")
    with pytest.raises(SpreadsheetRefused):
        field.office.import_candidates(not_a_sheet, PROGRAM)
    assert dump(field.office) == before


def test_the_chosen_kecamatan_reaches_the_laptop_and_comes_back_registered(
        field: Field, tmp_path: Path) -> None:
    office, laptop = field.office, field.cipondoh
    office.import_candidates(field.sheet, PROGRAM)
    sent = office.write_update(laptop.name, field.out,
                               candidates=CandidateRequest(PROGRAM, ("cipondoh",)))
    assert sent.counts["candidates"] == 2

    applied = apply_central_update(laptop.ctx, sent.path)
    assert applied.counts["candidates"] == {"inserted": 2}
    received = device_candidates(laptop)
    assert [(c.kecamatan_code, c.kelurahan_code, c.status) for c in received] == [
        (CIPONDOH, "36.71.05.1002", "to_visit")] * 2
    assert device_candidates(field.other) == []
    counts = candidates.kelurahan_counts(laptop.ctx)
    assert [(c.kelurahan_code, c.to_visit, c.done) for c in counts] == [
        ("36.71.05.1002", 2, 0)]

    first = received[0]
    found = candidates.find_open_candidate(laptop.ctx, first.nik)
    assert found is not None and found.id == first.id
    draft = candidates.candidate_draft(laptop.ctx, first.id)
    assert (draft.nik, draft.full_name, draft.consent) == (first.nik, first.full_name, False)
    draft.phone, draft.consent = "081298765432", True
    participant_id = candidates.register_candidate(laptop.ctx, first.id, draft, today=TODAY)
    with laptop.ctx.read() as session:
        person_row = session.get(Participant, participant_id)
        marked = session.get(Candidate, first.id)
        assert person_row is not None and person_row.phone == "081298765432"
        assert marked is not None and (marked.status, marked.participant_id,
                                       marked.visited_on) == ("registered", participant_id,
                                                              TODAY)
    assert candidates.find_open_candidate(laptop.ctx, first.nik) is None
    with pytest.raises(candidates.CandidateClosedError):
        candidates.register_candidate(laptop.ctx, first.id, draft, today=TODAY)

    second = received[1]
    candidates.mark_visit(laptop.ctx, second.id, candidates.NOT_FOUND,
                          "Pindah ke Bekasi menurut tetangga", today=TODAY)
    assert candidates.search_candidates(laptop.ctx) == []
    [not_found] = candidates.search_candidates(laptop.ctx, statuses=[candidates.NOT_FOUND],
                                               text=second.full_name[:6])
    assert not_found.notes == "Pindah ke Bekasi menurut tetangga"

    usb = tmp_path / "usb-back"
    usb.mkdir()
    send_bundles(office, usb, laptop)  # the laptop's next bundle
    by_nik = {nik: status for nik, _kec, status in central_candidates(office)}
    assert (by_nik[first.nik], by_nik[second.nik]) == ("registered", "not_found")
    nothing_left = office.write_update(laptop.name, field.out,
                                       candidates=CandidateRequest(PROGRAM, (CIPONDOH,)))
    assert "candidates" not in nothing_left.counts


def test_a_tampered_candidate_update_is_refused_and_writes_nothing(field: Field) -> None:
    field.office.import_candidates(field.sheet, PROGRAM)
    sent = field.office.write_update(field.cipondoh.name, field.out,
                                     candidates=CandidateRequest(PROGRAM))
    assert sent.counts["candidates"] == 5
    flip_byte_inside(sent.path, "payload.bin", offset=40)
    before = device_dump(field.cipondoh)
    with pytest.raises(BundleRejected) as refused:
        apply_central_update(field.cipondoh.ctx, sent.path)
    assert refused.value.code == "payload_hash"
    assert device_dump(field.cipondoh) == before
    assert device_candidates(field.cipondoh) == []


@pytest.mark.parametrize(("request_", "error"), [
    (CandidateRequest("no-such-program"), UnknownCandidateProgramError),
    (CandidateRequest(PROGRAM, ("Bekasi Timur",)), UnknownKecamatanError),
], ids=["unknown-program", "unknown-kecamatan"])
def test_an_update_with_unknown_candidates_is_refused(field: Field,
                                                      request_: CandidateRequest,
                                                      error: type[Exception]) -> None:
    before = dump(field.office)
    with pytest.raises(error):
        field.office.write_update(field.cipondoh.name, field.out, candidates=request_)
    assert list(field.out.iterdir()) == [] and dump(field.office) == before


def test_the_command_line_loads_the_list_and_sends_it(field: Field, tmp_path: Path) -> None:
    office, laptop = field.office, field.cipondoh
    central = ("--db", office.url, "--keys", str(office.keys_dir))
    office_dir = tmp_path / "office"
    refused_out = tmp_path / "ditolak.xlsx"
    loaded = run(office_dir, "central", "candidates", *central, "import", str(field.sheet),
                 "--program", PROGRAM, "--refused-out", str(refused_out), "--json")
    assert loaded.returncode == 0, loaded.stderr
    report = json.loads(loaded.stdout)
    assert (report["accepted"], report["duplicates"], report["refused"]) == (5, 1, 1)
    assert report["rows"][0]["line"] == 7 and "E+15" in report["rows"][0]["reasons"][0]
    assert report["refused_file"] == str(refused_out)
    [refused_row] = list(load_workbook(refused_out).active.iter_rows(min_row=2,
                                                                      values_only=True))
    assert refused_row[0] == "3.67101E+15" and "E+15" in str(refused_row[-1])

    text = run(office_dir, "central", "candidates", *central, "import", str(field.sheet),
               "--program", PROGRAM, "--refused-out", str(tmp_path / "again.xlsx"))
    assert text.returncode == 0, text.stderr
    assert "0 added, 6 already on the list, 1 refused" in text.stdout

    written = run(office_dir, "central", "update", *central, "--device", laptop.name,
                  "--out", str(field.out), "--candidates-program", PROGRAM,
                  "--kecamatan", "Cipondoh", "--json")
    assert written.returncode == 0, written.stderr
    sent = json.loads(written.stdout)
    assert sent["counts"]["candidates"] == 2
    applied = run(tmp_path / laptop.name, "apply-update", sent["bundle"], "--json")
    assert applied.returncode == 0, applied.stderr
    assert json.loads(applied.stdout)["counts"]["candidates"] == {"inserted": 2}

    unknown = run(office_dir, "central", "update", *central, "--device", laptop.name,
                  "--out", str(field.out), "--candidates-program", "nope")
    assert unknown.returncode == 1 and "no program with the code 'nope'" in unknown.stderr
    usage = run(office_dir, "central", "update", *central, "--device", laptop.name,
                "--out", str(field.out), "--kecamatan", "Cipondoh")
    assert usage.returncode == 2
