"""Attendance marks: who may mark, when, the one-row-per-person rule with audited
corrections, late arrivals, scanned cards and the rest marked absent."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import func, select

from enrollment_app.domain.card_code import decode_card, encode_card
from enrollment_app.services import attendance, classes
from enrollment_app.services.class_errors import (
    FutureSessionError,
    NotInClassError,
    UnknownCardError,
)
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import PermissionDeniedError, ValidationError
from enrollment_app.storage.models import AttendanceMark, AuditEntry
from tests.class_setup import Setting, class_with_people, setting
from tests.staff import add_staff

DAY = date(2026, 3, 2)


@pytest.fixture
def place(supervisor: ServiceContext) -> Setting:
    return setting(supervisor)


@pytest.fixture
def lesson(supervisor: ServiceContext, place: Setting) -> tuple[str, str, list[str]]:
    """(class id, session id on DAY, the four people's ids)."""
    class_id, session_id = class_with_people(supervisor, place, 4, session_day=DAY)
    people = [m.participant_id for m in classes.roster(supervisor, class_id, DAY)]
    return class_id, session_id, people


def marks(ctx: ServiceContext, session_id: str) -> dict[str, tuple[str, time | None, str]]:
    with ctx.read() as session:
        rows = session.scalars(select(AttendanceMark).where(
            AttendanceMark.session_id == session_id)).all()
        return {m.participant_id: (m.code, m.arrival_time, m.source) for m in rows}


# ---------------------------------------------------------------------------- card code
@pytest.mark.parametrize(("text", "expected"), [
    ("TNG1:3f2b0c9e-1a2b-4c3d-8e9f-0a1b2c3d4e5f", "3f2b0c9e-1a2b-4c3d-8e9f-0a1b2c3d4e5f"),
    ("  tng1:3F2B0C9E-1A2B-4C3D-8E9F-0A1B2C3D4E5F\r\n", "3f2b0c9e-1a2b-4c3d-8e9f-0a1b2c3d4e5f"),
    ("\tTNG1:3f2b0c9e-1a2b-4c3d-8e9f-0a1b2c3d4e5f ", "3f2b0c9e-1a2b-4c3d-8e9f-0a1b2c3d4e5f"),
    ("3f2b0c9e-1a2b-4c3d-8e9f-0a1b2c3d4e5f", None),  # no prefix
    ("TNG2:3f2b0c9e-1a2b-4c3d-8e9f-0a1b2c3d4e5f", None),
    ("TNG1:3f2b0c9e-1a2b-4c3d-8e9f-0a1b2c3d4e5", None),  # one digit short
    ("TNG1:3f2b0c9e-1a2b-4c3d-8e9f-0a1b2c3d4e5f-x", None),
    ("TNG1: 3f2b0c9e-1a2b-4c3d-8e9f-0a1b2c3d4e5f", None),
    ("3671015502900001", None),  # a NIK typed into the scan field
    ("", None),
])
def test_card_codes_are_read_tolerantly_and_nothing_else(text: str,
                                                         expected: str | None) -> None:
    assert decode_card(text) == expected


def test_a_card_code_round_trips() -> None:
    participant = "0f6a1b2c-3d4e-4f50-8a61-728394a5b6c7"
    assert encode_card(participant) == "TNG1:" + participant
    assert decode_card(encode_card(participant)) == participant
    with pytest.raises(ValueError):
        encode_card("not-a-uuid")


# ------------------------------------------------------------------------------ marking
def test_a_future_session_is_refused(supervisor: ServiceContext, place: Setting,
                                     lesson: tuple[str, str, list[str]]) -> None:
    _, session_id, people = lesson
    day_before = date(2026, 3, 1)
    with pytest.raises(FutureSessionError) as refused:
        attendance.mark(supervisor, session_id, people[0], "H", today=day_before)
    assert "The session of 2 Mar 2026 has not happened yet" in refused.value.render()
    for refused_call in (
            lambda: attendance.scan(supervisor, session_id, encode_card(people[0]),
                                    today=day_before),
            lambda: attendance.mark_rest_absent(supervisor, session_id, today=day_before)):
        with pytest.raises(FutureSessionError):
            refused_call()
    assert marks(supervisor, session_id) == {}
    attendance.mark(place.trainer, session_id, people[0], "H", today=DAY)
    assert marks(supervisor, session_id)[people[0]][0] == "H"


def test_a_correction_updates_the_one_row_and_is_audited(
        supervisor: ServiceContext, place: Setting,
        lesson: tuple[str, str, list[str]]) -> None:
    _, session_id, people = lesson
    attendance.mark(place.trainer, session_id, people[0], "A", today=DAY)
    # A week later the supervisor corrects it: she had a doctor's letter.
    result = attendance.mark(supervisor, session_id, people[0], "s", note="Surat dokter",
                             today=date(2026, 3, 9))
    assert (result.code, result.changed) == ("S", True)
    with supervisor.read() as session:
        rows = session.scalars(select(AttendanceMark).where(
            AttendanceMark.participant_id == people[0])).all()
        assert [(r.code, r.note, r.version) for r in rows] == [("S", "Surat dokter", 2)]
        entries = session.scalars(select(AuditEntry).where(
            AuditEntry.record_id == rows[0].id).order_by(AuditEntry.seq)).all()
    assert [(e.action, e.user_id) for e in entries] == [
        ("create", place.trainer.actor.user_id), ("update", supervisor.actor.user_id)]
    assert entries[1].changes["code"] == ["A", "S"]
    # The same mark again changes nothing and writes no audit entry.
    again = attendance.mark(supervisor, session_id, people[0], "S", today=date(2026, 3, 9))
    assert again.changed is False
    with supervisor.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.record_id == rows[0].id)) == 2


def test_a_trainer_of_another_class_is_refused(supervisor: ServiceContext, place: Setting,
                                               lesson: tuple[str, str, list[str]]) -> None:
    _, session_id, people = lesson
    stranger = add_staff(supervisor, "pelatih2", "trainer", "Sari Pelatih")
    officer = add_staff(supervisor, "petugas", "field_officer")
    for ctx in (stranger, officer):
        with pytest.raises(PermissionDeniedError):
            attendance.mark(ctx, session_id, people[0], "H", today=DAY)
        with pytest.raises(PermissionDeniedError):
            attendance.session_roster(ctx, session_id)
    with pytest.raises(PermissionDeniedError):
        attendance.scan(stranger, session_id, encode_card(people[0]), today=DAY)
    assert marks(supervisor, session_id) == {}


def test_late_needs_the_arrival_time(supervisor: ServiceContext, place: Setting,
                                     lesson: tuple[str, str, list[str]]) -> None:
    _, session_id, people = lesson
    trainer = place.trainer
    # On the day the time now is taken; a week later it must be typed.
    attendance.mark(trainer, session_id, people[0], "T", today=DAY, now=time(8, 25))
    with pytest.raises(ValidationError) as refused:
        attendance.mark(trainer, session_id, people[1], "T", today=date(2026, 3, 9))
    assert refused.value.problems[0].field == "arrival_time"
    attendance.mark(trainer, session_id, people[1], "T", time(8, 40), today=date(2026, 3, 9))
    # Turning late into excused drops the time.
    attendance.mark(trainer, session_id, people[2], "T", time(9, 0), today=DAY)
    attendance.mark(trainer, session_id, people[2], "I", today=DAY)
    assert marks(supervisor, session_id) == {
        people[0]: ("T", time(8, 25), "key"), people[1]: ("T", time(8, 40), "key"),
        people[2]: ("I", None, "key")}


@pytest.mark.parametrize("code", ["X", "", "HA", "h "])
def test_only_the_five_codes_are_taken(supervisor: ServiceContext,
                                       lesson: tuple[str, str, list[str]], code: str) -> None:
    _, session_id, people = lesson
    if code.strip().upper() == "H":
        attendance.mark(supervisor, session_id, people[0], code, today=DAY)
        assert marks(supervisor, session_id)[people[0]][0] == "H"
        return
    with pytest.raises(ValidationError):
        attendance.mark(supervisor, session_id, people[0], code, today=DAY)


def test_the_rest_are_marked_absent_once(supervisor: ServiceContext, place: Setting,
                                         lesson: tuple[str, str, list[str]]) -> None:
    _, session_id, people = lesson
    attendance.mark(place.trainer, session_id, people[0], "H", today=DAY)
    attendance.mark(place.trainer, session_id, people[1], "S", today=DAY)
    assert attendance.mark_rest_absent(place.trainer, session_id, today=DAY) == 2
    assert {p: m[0] for p, m in marks(supervisor, session_id).items()} == {
        people[0]: "H", people[1]: "S", people[2]: "A", people[3]: "A"}
    assert attendance.mark_rest_absent(place.trainer, session_id, today=DAY) == 0
    roster = attendance.session_roster(place.trainer, session_id)
    assert sorted(r.code for r in roster) == ["A", "A", "H", "S"]


# --------------------------------------------------------------------------------- scans
def test_a_scan_marks_present_and_says_who(supervisor: ServiceContext, place: Setting,
                                           lesson: tuple[str, str, list[str]]) -> None:
    _, session_id, people = lesson
    result = attendance.scan(place.trainer, session_id, f" {encode_card(people[0]).lower()}\n",
                             today=DAY, now=time(7, 55))
    assert (result.participant_id, result.code, result.changed) == (people[0], "H", True)
    assert result.full_name.startswith("Peserta Nomor")
    # A second scan of the same card keeps the first arrival time.
    again = attendance.scan(place.trainer, session_id, encode_card(people[0]), today=DAY,
                            now=time(8, 30))
    assert (again.changed, again.arrival_time) == (False, time(7, 55))
    assert marks(supervisor, session_id) == {people[0]: ("H", time(7, 55), "scan")}


def test_a_card_of_another_class_is_refused_naming_that_class(
        supervisor: ServiceContext, place: Setting,
        lesson: tuple[str, str, list[str]]) -> None:
    _, session_id, _people = lesson
    other_class, _ = class_with_people(supervisor, place, 1, session_day=DAY,
                                       name="Tata Boga Sore", first_serial=20)
    outsider = classes.roster(supervisor, other_class, DAY)[0]
    with pytest.raises(NotInClassError) as refused:
        attendance.scan(place.trainer, session_id, encode_card(outsider.participant_id),
                        today=DAY)
    assert refused.value.render() == (
        f"{outsider.full_name} belongs to another class: Tata Boga Sore. Nothing was marked.")
    with pytest.raises(UnknownCardError):
        attendance.scan(place.trainer, session_id, "TNG1:" + "0" * 8 + "-0000-4000-8000-"
                        + "0" * 12, today=DAY)
    with pytest.raises(UnknownCardError):
        attendance.scan(place.trainer, session_id, "hello", today=DAY)
    assert marks(supervisor, session_id) == {}
