"""The audit trail viewer's service: paging, filters, old -> new, and tamper detection."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from enrollment_app.services import audit_trail, registration
from enrollment_app.services.audit_trail import AuditFilter, find_entries
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import PermissionDeniedError, ValidationError
from tests.conftest import SUPERVISOR, VALID_NIK, make_draft
from tests.staff import add_staff


@pytest.fixture
def history(supervisor: ServiceContext) -> dict[str, str]:
    """A supervisor, an officer who registers and corrects one person."""
    officer = add_staff(supervisor, "petugas", "field_officer")
    participant_id = registration.register_participant(officer, make_draft())
    registration.update_participant(officer, participant_id,
                                    make_draft(phone="081298765432"))
    return {"participant": participant_id, "officer": officer.actor.user_id}


def test_newest_first_with_user_and_changed_fields(supervisor: ServiceContext,
                                                   history: dict[str, str]) -> None:
    page = find_entries(supervisor)
    assert page.total == len(page.rows) == 4  # two accounts, one registration, one fix
    newest = page.rows[0]
    assert newest.action == "update" and newest.table == "participants"
    assert newest.username == "petugas" and newest.device_name == "Tim Cipondoh 1"
    assert [(c.field, c.old, c.new) for c in newest.changes] == [
        ("phone", "081234567890", "081298765432")]
    assert [r.seq for r in page.rows] == sorted((r.seq for r in page.rows), reverse=True)


def test_pages(supervisor: ServiceContext, history: dict[str, str]) -> None:
    first = find_entries(supervisor, offset=0, limit=3)
    second = find_entries(supervisor, offset=3, limit=3)
    assert len(first.rows) == 3 and len(second.rows) == 1 and second.total == 4
    assert {r.seq for r in first.rows}.isdisjoint(r.seq for r in second.rows)


@pytest.mark.parametrize(("query", "expected"), [
    (AuditFilter(username="petugas"), 2),
    (AuditFilter(username="PETUGAS "), 2),
    (AuditFilter(username=SUPERVISOR), 2),
    (AuditFilter(username="nobody"), 0),
    (AuditFilter(table="participants"), 2),
    (AuditFilter(table="users"), 2),
    (AuditFilter(record=VALID_NIK), 2),
    (AuditFilter(record="3671019999990001"), 0),
    (AuditFilter(username="petugas", table="users"), 0),
])
def test_filters(supervisor: ServiceContext, history: dict[str, str], query: AuditFilter,
                 expected: int) -> None:
    assert find_entries(supervisor, query).total == expected


def test_record_filter_by_id_and_id_prefix(supervisor: ServiceContext,
                                           history: dict[str, str]) -> None:
    participant_id = history["participant"]
    assert find_entries(supervisor, AuditFilter(record=participant_id)).total == 2
    assert find_entries(supervisor, AuditFilter(record=participant_id[:8])).total >= 2
    with pytest.raises(ValidationError):
        find_entries(supervisor, AuditFilter(record="ab"))


def test_date_range_in_local_days(supervisor: ServiceContext,
                                  history: dict[str, str]) -> None:
    today = datetime.now(UTC).date()
    assert find_entries(supervisor, AuditFilter(since=today, until=today), tz=UTC).total == 4
    tomorrow = today + timedelta(days=1)
    assert find_entries(supervisor, AuditFilter(since=tomorrow), tz=UTC).total == 0
    assert find_entries(supervisor, AuditFilter(until=today - timedelta(1)), tz=UTC).total == 0
    with pytest.raises(ValidationError):
        find_entries(supervisor, AuditFilter(since=today, until=date(2000, 1, 1)))


def test_only_supervisors_read_the_trail(supervisor: ServiceContext) -> None:
    for role in ("field_officer", "trainer", "central"):
        other = add_staff(supervisor, f"orang.{role[:5]}", role)
        with pytest.raises(PermissionDeniedError):
            find_entries(other)
        with pytest.raises(PermissionDeniedError):
            audit_trail.verify(other)


def test_editing_an_audit_row_by_raw_sql_is_detected_through_the_service(
        supervisor: ServiceContext, history: dict[str, str]) -> None:
    assert audit_trail.verify(supervisor).first_break is None
    newest = find_entries(supervisor, limit=1).rows[0]
    with sqlite3.connect(supervisor.db.path) as connection:
        connection.execute("UPDATE audit_log SET changes = replace(changes, '081298765432', "
                           "'081200000000') WHERE seq = ?", (newest.seq,))
    result = audit_trail.verify(supervisor)
    assert result.first_break is not None and result.first_break.seq == newest.seq
    # The viewer still shows the edited row, so a supervisor can see what was altered.
    shown = find_entries(supervisor, limit=1).rows[0]
    assert shown.changes[0].new == "081200000000"
