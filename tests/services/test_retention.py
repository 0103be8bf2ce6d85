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

from enrollment_app.domain.nik import make_nik
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
from enrollment_app.storage.models import Application, AuditEntry, Participant, Program
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
