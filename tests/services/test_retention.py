"""Issue 11 item 4: retention removes from the laptop only the personal data of people
whose programs ended and whose records a central-office receipt confirms; counts stay,
the search index forgets them, the audit chain still verifies, and the central office
keeps its copy."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from enrollment_app.domain.names import search_key
from enrollment_app.domain.nik import make_nik
from enrollment_app.services import data_subject
from enrollment_app.services.audit_trail import verify
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.participant_search import SearchQuery, count_participants
from enrollment_app.services.registration import ConfirmationNeededError, register_participant
from enrollment_app.services.retention import (
    NothingToRemoveError,
    apply_retention,
    plan_retention,
)
from enrollment_app.services.stats import collect_stats
from enrollment_app.storage.base import new_uuid
from enrollment_app.storage.data_dir import database_path
from enrollment_app.storage.models import (
    Application,
    AuditEntry,
    Candidate,
    DataSubjectRequest,
    Interview,
    Participant,
    Program,
)
from enrollment_app.sync.central_schema import SYNCED_TABLES
from tests.conftest import make_draft
from tests.sync.office_and_laptop import OfficeAndLaptop, set_up

TODAY = date(2026, 11, 23)
ENDED = TODAY - timedelta(days=30)
RUNNING = TODAY + timedelta(days=30)


@pytest.fixture
def field(tmp_path: Path) -> Iterator[OfficeAndLaptop]:
    setting = set_up(tmp_path)
    yield setting
    setting.office.close()
    setting.laptop.db.close()


def register(ctx: ServiceContext, serial: int, name: str) -> str:
    draft = make_draft(nik=make_nik("36.71.01", date(1990, 2, 15), "P", serial),
                       full_name=name, kk="", phone=f"08123456{serial:04d}")
    try:
        return register_participant(ctx, draft)
    except ConfirmationNeededError as asked:
        return register_participant(ctx, draft, confirmed=asked.codes)


def program(ctx: ServiceContext, period_end: date) -> str:
    row = Program(id=new_uuid(), code=f"P-{new_uuid()[:8]}", name="Menjahit",
                  organiser="Disnaker", period_start=date(2025, 1, 1), period_end=period_end)
    with ctx.write() as session:
        session.add(row)
    return row.id


def apply(ctx: ServiceContext, participant_id: str, program_id: str, status: str) -> str:
    row = Application(id=new_uuid(), program_id=program_id, participant_id=participant_id,
                      kecamatan_code="36.71.01", applied_on=date(2025, 2, 1), status=status)
    with ctx.write() as session:
        session.add(row)
    return row.id


def participant(ctx: ServiceContext, participant_id: str) -> Participant:
    with ctx.read() as session:
        row = session.get(Participant, participant_id)
        assert row is not None
        return row


@pytest.mark.parametrize(("status", "period_end", "confirmed", "removed"), [
    ("completed", ENDED, True, True),
    ("dropped", ENDED, True, True),
    ("rejected", ENDED, True, True),
    ("completed", RUNNING, True, False),  # program still running
    ("assigned", ENDED, True, False),  # application not final
    ("completed", None, True, False),  # no end date: not ended
    ("completed", ENDED, False, False),  # exported, no receipt loaded
])
def test_only_ended_and_confirmed_people_are_blanked(
        field: OfficeAndLaptop, status: str, period_end: date | None, confirmed: bool,
        removed: bool) -> None:
    ctx = field.laptop
    person = register(ctx, 1, "Dewi Lestari")
    apply(ctx, person, program(ctx, period_end or TODAY), status)
    if period_end is None:
        with ctx.write() as session:
            session.get(Program, session.scalars(select(Program.id).where(
                Program.code.like("P-%"))).one()).period_end = None
    if confirmed:
        field.round_trip()
    else:
        field.import_bundle(field.export())

    plan = plan_retention(ctx, TODAY)
    assert plan.removable == ((person,) if removed else ())
    ended_unconfirmed = not confirmed and status == "completed" and period_end == ENDED
    assert plan.unconfirmed == ((person,) if ended_unconfirmed else ())
    if not removed:
        with pytest.raises(NothingToRemoveError) as refused:
            apply_retention(ctx, TODAY)
        assert refused.value.params["unconfirmed"] == len(plan.unconfirmed)
        assert participant(ctx, person).full_name == "Dewi Lestari"
        return
    assert apply_retention(ctx, TODAY).removed == 1
    row = participant(ctx, person)
    assert (row.full_name, row.kk, row.phone, row.street, row.birth_place) == ("",) * 5
    assert not row.nik.isdigit() and len(row.nik) == 16 and row.redacted_at is not None
    assert row.birth_date == date(1990, 1, 1) and row.kecamatan_code == "36.71.01"


def test_an_edit_after_the_receipt_keeps_the_person_until_the_next_receipt(
        field: OfficeAndLaptop) -> None:
    ctx = field.laptop
    person = register(ctx, 1, "Dewi Lestari")
    application = apply(ctx, person, program(ctx, ENDED), "completed")
    field.round_trip()
    with ctx.write() as session:
        session.get(Application, application).status_reason = "Lulus dengan baik"

    assert plan_retention(ctx, TODAY).unconfirmed == (person,)
    with pytest.raises(NothingToRemoveError):
        apply_retention(ctx, TODAY)
    field.round_trip()
    assert plan_retention(ctx, TODAY).removable == (person,)


def test_blanking_keeps_counts_empties_search_and_audit_and_spares_the_central_copy(
        field: OfficeAndLaptop) -> None:
    ctx = field.laptop
    done = register(ctx, 1, "Dewi Lestari")
    staying = register(ctx, 2, "Rina Marlina")
    ended = program(ctx, ENDED)
    apply(ctx, done, ended, "completed")
    apply(ctx, staying, program(ctx, RUNNING), "assigned")
    field.round_trip()
    nik = make_nik("36.71.01", date(1990, 2, 15), "P", 1)
    stats_before = collect_stats(ctx.db)
    assert count_participants(ctx.db, SearchQuery(text="Lestari")) == 1

    result = apply_retention(ctx, TODAY)

    assert (result.removed, result.unconfirmed) == (1, 0) and result.audit_entries_blanked
    assert collect_stats(ctx.db) == stats_before
    assert count_participants(ctx.db, SearchQuery(text="Lestari")) == 0
    assert count_participants(ctx.db, SearchQuery(text=nik)) == 0
    assert count_participants(ctx.db, SearchQuery(text="Marlina")) == 1
    with ctx.read() as session:
        audit_text = " ".join(str(c) for c in session.scalars(select(AuditEntry.changes)))
        fts = session.execute(text("SELECT count(*) FROM participants_fts "
                                   "WHERE participants_fts MATCH 'Lestari'")).scalar()
    assert nik not in audit_text and "Lestari" not in audit_text
    assert "Marlina" in audit_text  # people still in a program keep their history
    assert fts == 0
    assert verify(ctx).first_break is None

    # Nothing is left to send; a full export carries the redacted row, and the central
    # office keeps the person's data anyway.
    from enrollment_app.services.export import summarize_pending

    assert summarize_pending(ctx).counts == {}
    field.import_bundle(field.export(full=True))
    people = SYNCED_TABLES["participants"]
    with field.office.engine.connect() as connection:
        central = connection.execute(select(people).where(people.c.id == done)).one()
    assert (central.full_name, central.nik) == ("Dewi Lestari", nik)
    assert central.birth_date == date(1990, 2, 15)

    # A later edit of the blanked row travels as a clean update: the office takes the
    # change, and still keeps the person's data.
    with ctx.write() as session:
        session.get(Participant, done).education = "s1"
    field.import_bundle(field.export())
    with field.office.engine.connect() as connection:
        central = connection.execute(select(people).where(people.c.id == done)).one()
    assert (central.full_name, central.nik, central.education) == ("Dewi Lestari", nik, "s1")
    assert central.redacted_at is not None


def candidate(ctx: ServiceContext, program_id: str, nik: str, name: str,
              participant_id: str | None = None) -> str:
    row = Candidate(program_id=program_id, source="dtsen-kota-tangerang.xlsx", nik=nik,
                    kk="3671010101090001", full_name=name, name_key=search_key(name),
                    sex="P", birth_place="Tangerang", birth_date=date(1990, 2, 15),
                    street="Jl. Melati No. 5", rt="003", rw="007",
                    kecamatan_code="36.71.01", kelurahan_code="36.71.01.1001",
                    phone="081111111111", registry_status="dtsen", desil=3,
                    status="registered" if participant_id else "to_visit",
                    participant_id=participant_id, notes=f"Rumah {name}, NIK {nik}")
    with ctx.write() as session:
        session.add(row)
    return row.id


def from_central_office(ctx: ServiceContext, candidate_id: str) -> None:
    """As if the row came in an update bundle (change sequence 0)."""
    with ctx.write() as session:
        session.execute(text("UPDATE candidates SET change_seq = 0 WHERE id = :id"),
                        {"id": candidate_id})


def interview(ctx: ServiceContext, application_id: str, name: str, nik: str) -> str:
    row = Interview(application_id=application_id, interviewer_id=ctx.actor.user_id,
                    held_on=date(2025, 2, 10), score=80, recommendation="accept",
                    answers={"motivation": f"Saya {name}", "available_time": "all",
                             "family_support": 4, "needs": f"KTP {nik}"},
                    notes=f"{name} datang bersama suami")
    with ctx.write() as session:
        session.add(row)
    return row.id


def database_bytes(ctx: ServiceContext) -> bytes:
    path = database_path(ctx.db.data_dir)
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_rows_naming_the_person_are_blanked_with_them(field: OfficeAndLaptop) -> None:
    ctx = field.laptop
    done = register(ctx, 1, "Dewi Lestari")
    staying = register(ctx, 2, "Rina Marlina")
    done_nik = make_nik("36.71.01", date(1990, 2, 15), "P", 1)
    staying_nik = make_nik("36.71.01", date(1990, 2, 15), "P", 2)
    ended, running = program(ctx, ENDED), program(ctx, RUNNING)
    done_application = apply(ctx, done, ended, "completed")
    staying_application = apply(ctx, staying, running, "assigned")
    linked = candidate(ctx, ended, done_nik, "Dewi Lestari", participant_id=done)
    same_nik = candidate(ctx, running, done_nik, "Dewi Lestari")
    from_central_office(ctx, same_nik)
    other = candidate(ctx, running, staying_nik, "Rina Marlina", participant_id=staying)
    done_interview = interview(ctx, done_application, "Dewi Lestari", done_nik)
    interview(ctx, staying_application, "Rina Marlina", staying_nik)
    for person in (done, staying):
        data_subject.record_correction(ctx, person, request_text=f"Nama saya {person}",
                                       response="Nama diperbaiki")
    data_subject.record_correction(ctx, done, request_text="Nama saya Dewi Lestari, "
                                   f"NIK {done_nik}", response="Dewi Lestari diperbaiki")
    field.round_trip()
    stats_before = collect_stats(ctx.db)
    assert done_nik.encode() in database_bytes(ctx)

    assert apply_retention(ctx, TODAY).removed == 1

    assert collect_stats(ctx.db) == stats_before
    assert verify(ctx).first_break is None
    raw = database_bytes(ctx)
    for secret in (done_nik, "Dewi Lestari", "Lestari"):
        assert secret.encode() not in raw, secret
    for kept in (staying_nik, "Rina Marlina"):  # the other person keeps everything
        assert kept.encode() in raw, kept
    with ctx.read() as session:
        for row_id in (linked, same_nik):
            row = session.get(Candidate, row_id)
            assert row is not None
            assert (row.full_name, row.name_key, row.kk, row.street, row.rt, row.rw,
                    row.phone, row.birth_place, row.notes) == ("",) * 9
            assert not row.nik.isdigit() and row.birth_date == date(1990, 1, 1)
            assert (row.kecamatan_code, row.kelurahan_code, row.sex, row.desil) == (
                "36.71.01", "36.71.01.1001", "P", 3)
        assert session.get(Candidate, linked).status == "registered"
        kept = session.get(Candidate, other)
        assert kept is not None and (kept.nik, kept.full_name) == (staying_nik, "Rina Marlina")
        blanked = session.get(Interview, done_interview)
        assert blanked is not None and blanked.notes == ""
        assert blanked.answers == {"motivation": "", "available_time": "all",
                                   "family_support": 4, "needs": ""}
        assert (blanked.score, blanked.recommendation) == (80, "accept")
        texts = session.execute(select(DataSubjectRequest.request_text,
                                       DataSubjectRequest.response)
                                .where(DataSubjectRequest.participant_id == done)).all()
        assert texts and all(t == ("", "") for t in texts)
        redacted = {(e.table_name, e.record_id) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.action == "redact"))}
        redact_changes = " ".join(str(e.changes) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.action == "redact")))
    assert {("candidates", linked), ("candidates", same_nik),
            ("interviews", done_interview)} <= redacted
    assert done_nik not in redact_changes and "notes" in redact_changes
    assert summarize_pending_counts(ctx) == {}


def test_an_unconfirmed_registry_row_with_the_nik_holds_the_person_back(
        field: OfficeAndLaptop) -> None:
    ctx = field.laptop
    person = register(ctx, 1, "Dewi Lestari")
    ended = program(ctx, ENDED)
    apply(ctx, person, ended, "completed")
    field.round_trip()
    listed = candidate(ctx, ended, make_nik("36.71.01", date(1990, 2, 15), "P", 1),
                       "Dewi Lestari")

    assert plan_retention(ctx, TODAY).unconfirmed == (person,)
    with pytest.raises(NothingToRemoveError):
        apply_retention(ctx, TODAY)
    with ctx.read() as session:
        row = session.get(Candidate, listed)
        assert row is not None and row.full_name == "Dewi Lestari"


def summarize_pending_counts(ctx: ServiceContext) -> dict[str, int]:
    from enrollment_app.services.export import summarize_pending

    return dict(summarize_pending(ctx).counts)


def test_later_edits_of_blanked_rows_never_blank_the_central_copy(
        field: OfficeAndLaptop) -> None:
    ctx = field.laptop
    done = register(ctx, 1, "Dewi Lestari")
    nik = make_nik("36.71.01", date(1990, 2, 15), "P", 1)
    ended = program(ctx, ENDED)
    application = apply(ctx, done, ended, "completed")
    listed = candidate(ctx, ended, nik, "Dewi Lestari", participant_id=done)
    talked = interview(ctx, application, "Dewi Lestari", nik)
    data_subject.record_correction(ctx, done, request_text="Nama saya Dewi Lestari",
                                   response="Diperbaiki")
    field.round_trip()
    assert apply_retention(ctx, TODAY).removed == 1
    with ctx.write() as session:  # the laptop keeps working on the blanked rows
        session.get(Candidate, listed).visited_on = date(2026, 11, 20)
        session.get(Interview, talked).score = 85
        for request in session.scalars(select(DataSubjectRequest)):
            request.status = "refused"
    field.import_bundle(field.export())
    tables = {name: SYNCED_TABLES[name] for name in
              ("candidates", "interviews", "data_subject_requests")}
    with field.office.engine.connect() as connection:
        row = connection.execute(select(tables["candidates"]).where(
            tables["candidates"].c.id == listed)).one()
        talk = connection.execute(select(tables["interviews"]).where(
            tables["interviews"].c.id == talked)).one()
        requests = connection.execute(select(tables["data_subject_requests"])).all()
    assert (row.nik, row.full_name, row.visited_on) == (nik, "Dewi Lestari",
                                                         date(2026, 11, 20))
    assert (talk.score, talk.notes) == (85, "Dewi Lestari datang bersama suami")
    assert talk.answers["motivation"] == "Saya Dewi Lestari"
    assert requests and all(r.request_text == "Nama saya Dewi Lestari"
                            and r.status == "refused" for r in requests)
