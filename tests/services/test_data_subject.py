"""Data-subject requests (UU PDP): everything about one person, and recorded corrections."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from enrollment_app.domain.names import search_key
from enrollment_app.services import data_subject, registration
from enrollment_app.services.audit_trail import AuditFilter, find_entries
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from enrollment_app.storage.base import new_uuid
from enrollment_app.storage.models import Candidate, Program
from tests.conftest import VALID_NIK, make_draft
from tests.staff import add_staff


@pytest.fixture
def person(supervisor: ServiceContext) -> str:
    participant_id = registration.register_participant(supervisor, make_draft(
        business_name="Kue Basah Bu Siti", business_sector="kuliner"))
    registration.update_participant(supervisor, participant_id, make_draft(
        street="Jl. Kenanga No. 9", business_name="Kue Basah Bu Siti",
        business_sector="kuliner"))
    return participant_id


def test_export_holds_everything_about_the_person(supervisor: ServiceContext, person: str,
                                                  tmp_path: Path) -> None:
    result = data_subject.export_subject_data(supervisor, VALID_NIK, tmp_path / "out")
    document = json.loads(result.json_path.read_text(encoding="utf-8"))
    assert document["format"] == data_subject.EXPORT_FORMAT
    assert document["participant"]["nik"] == VALID_NIK
    assert document["participant"]["street"] == "Jl. Kenanga No. 9"
    assert [u["name"] for u in document["business_units"]] == ["Kue Basah Bu Siti"]
    assert len(document["business_owners"]) == 1
    for key in ("applications", "interviews", "attendance_marks", "class_enrollments",
                "aid_handovers", "group_members"):
        assert document[key] == []
    # The export itself is recorded as an access request, and it is audited.
    (request,) = document["data_subject_requests"]
    assert request["kind"] == "access" and request["status"] == "done"
    tables = [e["table"] for e in document["audit_entries"]]
    assert tables.count("participants") == 2 and "business_units" in tables
    assert "data_subject_requests" in tables and "users" not in tables
    change = next(e for e in document["audit_entries"] if e["action"] == "update")
    assert change["changes"]["street"] == ["Jl. Melati No. 5", "Jl. Kenanga No. 9"]
    assert change["username"] == "koordinator"
    assert result.counts["audit_entries"] == len(document["audit_entries"])


def test_the_readable_page_shows_names_not_codes(supervisor: ServiceContext, person: str,
                                                 tmp_path: Path) -> None:
    result = data_subject.export_subject_data(supervisor, VALID_NIK, tmp_path)
    page = result.html_path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "Personal data held about Siti Aminah" in page
    assert "Female" in page and "Senior high school (SMA/SMK)" in page
    assert "15-02-1990" in page  # dates as people write them
    assert "Jl. Melati No. 5" in page and "Jl. Kenanga No. 9" in page  # history old/new
    assert "Kue Basah Bu Siti" in page and "36.71.01" not in page


def test_names_are_escaped_in_the_page(supervisor: ServiceContext, tmp_path: Path) -> None:
    registration.register_participant(supervisor, make_draft(notes="<script>x</script>"))
    page = data_subject.export_subject_data(supervisor, VALID_NIK, tmp_path).html_path
    text = page.read_text(encoding="utf-8")
    assert "<script>x" not in text and "&lt;script&gt;x" in text


def test_unknown_person_and_roles(supervisor: ServiceContext, person: str,
                                  tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(NotFoundError):
        data_subject.export_subject_data(supervisor, "3671019999990001", out)
    officer = add_staff(supervisor, "petugas", "field_officer")
    with pytest.raises(PermissionDeniedError):
        data_subject.export_subject_data(officer, VALID_NIK, out)
    trainer = add_staff(supervisor, "pelatih", "trainer")
    with pytest.raises(PermissionDeniedError):
        data_subject.record_correction(trainer, person, request_text="Nama salah")
    assert not out.exists()


def test_an_unwritable_folder_records_nothing(supervisor: ServiceContext, person: str,
                                              tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(data_subject.ServiceError):
        data_subject.export_subject_data(supervisor, VALID_NIK, blocker / "out")
    assert data_subject.list_requests(supervisor, person) == []


def test_a_correction_request_is_recorded_and_audited(supervisor: ServiceContext,
                                                      person: str) -> None:
    officer = add_staff(supervisor, "petugas", "field_officer")
    request_id = data_subject.record_correction(
        officer, person, request_text="Alamat lama, sudah pindah ke Jl. Kenanga",
        status="done", response="Alamat diperbaiki", received_on=date.today())
    (saved,) = data_subject.list_requests(officer, person)
    assert saved.id == request_id and saved.kind == "correction"
    assert saved.handled_by == "petugas" and saved.handled_at is not None
    entries = find_entries(supervisor, AuditFilter(record=request_id)).rows
    assert [(e.action, e.username) for e in entries] == [("create", "petugas")]
    assert {c.field for c in entries[0].changes} >= {"request_text", "status", "response"}


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"request_text": ""}, "request_text.required"),
    ({"request_text": "Nama", "status": "maybe"}, "request.status"),
    ({"request_text": "Nama", "status": "refused"}, "request.reason_needed"),
    ({"request_text": "Nama", "received_on": date.today() + timedelta(days=2)},
     "request.future"),
])
def test_incomplete_correction_requests_are_refused(supervisor: ServiceContext, person: str,
                                                    kwargs: dict, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        data_subject.record_correction(supervisor, person, **kwargs)
    assert code in {p.code for p in refused.value.problems}


def test_a_pending_request_has_no_handler_yet(supervisor: ServiceContext, person: str) -> None:
    data_subject.record_correction(supervisor, person, request_text="Cek desil",
                                   status="pending")
    (saved,) = data_subject.list_requests(supervisor, person)
    assert saved.status == "pending" and saved.handled_by == "" and saved.handled_at is None


def add_candidate(ctx: ServiceContext, program_name: str, nik: str, name: str, *,
                  participant_id: str | None = None, status: str = "to_visit",
                  notes: str = "") -> str:
    program = Program(id=new_uuid(), code=f"P-{new_uuid()[:8]}", name=program_name,
                      organiser="Disnaker", period_start=date(2026, 1, 1))
    row = Candidate(program_id=program.id, source="dtsen-kota-tangerang.xlsx", nik=nik,
                    full_name=name, name_key=search_key(name), sex="P",
                    birth_date=date(1990, 2, 15), street="Jl. Melati No. 5",
                    kecamatan_code="36.71.01", kelurahan_code="36.71.01.1001",
                    registry_status="dtsen", desil=3, status=status,
                    participant_id=participant_id, notes=notes,
                    visited_on=date(2026, 3, 2) if status != "to_visit" else None)
    with ctx.write() as session:
        session.add(program)
        session.flush()
        session.add(row)
    return row.id


def test_registry_list_entries_about_the_person_are_in_both_files(
        supervisor: ServiceContext, person: str, tmp_path: Path) -> None:
    linked = add_candidate(supervisor, "Menjahit Kreasi", VALID_NIK, "Siti Aminah",
                           participant_id=person, status="registered",
                           notes="Ditemui di rumah, KTP dicek")
    same_nik = add_candidate(supervisor, "Tata Boga Dasar", VALID_NIK, "Siti Aminah")
    other = add_candidate(supervisor, "Menjahit Kreasi", "3671014107850002",
                          "Rina Marlina", status="refused", notes="Tidak berminat")

    result = data_subject.export_subject_data(supervisor, VALID_NIK, tmp_path)

    document = json.loads(result.json_path.read_text(encoding="utf-8"))
    rows = {row["id"]: row for row in document["candidates"]}
    assert set(rows) == {linked, same_nik} and result.counts["candidates"] == 2
    assert rows[linked]["program_name"] == "Menjahit Kreasi"
    assert rows[linked]["status"] == "registered"
    assert rows[linked]["notes"] == "Ditemui di rumah, KTP dicek"
    assert rows[same_nik]["participant_id"] is None and rows[same_nik]["nik"] == VALID_NIK
    assert (rows[same_nik]["source"], rows[same_nik]["full_name"]) == (
        "dtsen-kota-tangerang.xlsx", "Siti Aminah")
    audited = {e["record_id"] for e in document["audit_entries"]
               if e["table"] == "candidates"}
    assert audited == {linked, same_nik}
    page = result.html_path.read_text(encoding="utf-8")
    assert "Registry lists to visit and register from (2)" in page
    assert "Menjahit Kreasi" in page and "Tata Boga Dasar" in page
    assert "Source list" in page and "dtsen-kota-tangerang.xlsx" in page
    assert "Registered" in page and "To visit" in page and "02-03-2026" in page
    assert "Ditemui di rumah, KTP dicek" in page
    history = page.split('<table class="history">', 1)[1]
    assert ">Registered<" in history and ">registered<" not in history  # names, not codes
    for text in (result.json_path.read_text(encoding="utf-8"), page):
        assert other not in text and "Rina Marlina" not in text
        assert "3671014107850002" not in text and "Tidak berminat" not in text


def test_a_person_on_no_registry_list_has_an_empty_section(
        supervisor: ServiceContext, person: str, tmp_path: Path) -> None:
    add_candidate(supervisor, "Menjahit Kreasi", "3671014107850002", "Rina Marlina")
    result = data_subject.export_subject_data(supervisor, VALID_NIK, tmp_path)
    document = json.loads(result.json_path.read_text(encoding="utf-8"))
    assert document["candidates"] == [] and result.counts["candidates"] == 0
    page = result.html_path.read_text(encoding="utf-8")
    assert "Registry lists" not in page and "Rina Marlina" not in page
