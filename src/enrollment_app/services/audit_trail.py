"""Reading the audit trail: who changed what, when, on which device, old -> new.

Entries are written by the session hooks (storage.session_hooks) for every write to a
synced table; here they are only read, a page at a time, newest first, filtered by the
user who made the change, a date range (local days), the record (an id, the start of an
id, or a participant's NIK: everything about that person) and the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import Select, func, select

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.validation import Problem
from enrollment_app.services.audit_verify import AuditVerification, verify_audit_chain
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ValidationError
from enrollment_app.services.permissions import Permission, require
from enrollment_app.services.person_records import related_record_ids
from enrollment_app.storage.models import SYNCED_MODELS, AuditEntry, Device, User
from enrollment_app.storage.session_hooks import AppSession

PAGE_SIZE = 100
MAX_PAGE_SIZE = 5000
MIN_ID_PREFIX = 4
NIK_LENGTH = 16
AUDITED_TABLES = tuple(sorted(model.__tablename__ for model in SYNCED_MODELS))


@dataclass(frozen=True)
class AuditFilter:
    """Empty fields do not filter. ``until`` is inclusive; days are in ``tz``."""

    username: str = ""
    since: date | None = None
    until: date | None = None
    record: str = ""
    table: str = ""


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    user_id: str | None
    username: str
    user_full_name: str
    device_id: str
    device_name: str
    action: str
    table: str
    record_id: str
    changes: tuple[FieldChange, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq, "at": self.at.isoformat(), "user_id": self.user_id,
            "username": self.username, "device_id": self.device_id,
            "device_name": self.device_name, "action": self.action, "table": self.table,
            "record_id": self.record_id,
            "changes": {c.field: [c.old, c.new] for c in self.changes},
        }


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    total: int
    offset: int
    limit: int


@dataclass(frozen=True)
class AuditUser:
    user_id: str
    username: str
    full_name: str


def find_entries(ctx: ServiceContext, query: AuditFilter = AuditFilter(), *,
                 offset: int = 0, limit: int = PAGE_SIZE,
                 tz: tzinfo | None = None) -> AuditPage:
    """One page of matching entries, newest first, and how many match in all."""
    require(ctx, Permission.VIEW_AUDIT)
    limit = max(1, min(limit, MAX_PAGE_SIZE))
    offset = max(0, offset)
    with ctx.read() as session:
        statement = _filtered(session, query, tz or local_timezone())
        if statement is None:
            return AuditPage((), 0, offset, limit)
        total = session.scalar(select(func.count()).select_from(statement.subquery())) or 0
        entries = session.scalars(statement.order_by(AuditEntry.seq.desc())
                                  .offset(offset).limit(limit))
        users = _user_names(session)
        device_names = _device_names(session)
        rows = tuple(_row(e, users, device_names) for e in entries)
    return AuditPage(rows, total, offset, limit)


def offset_of(ctx: ServiceContext, query: AuditFilter, seq: int, *,
              tz: tzinfo | None = None) -> int | None:
    """Where entry ``seq`` sits in the newest-first list for ``query`` (None: not in it)."""
    require(ctx, Permission.VIEW_AUDIT)
    with ctx.read() as session:
        statement = _filtered(session, query, tz or local_timezone())
        if statement is None:
            return None
        present = session.scalar(select(func.count()).select_from(
            statement.where(AuditEntry.seq == seq).subquery()))
        if not present:
            return None
        return session.scalar(select(func.count()).select_from(
            statement.where(AuditEntry.seq > seq).subquery())) or 0


def audit_users(ctx: ServiceContext) -> list[AuditUser]:
    """Every account that can appear in the trail, for the user filter."""
    require(ctx, Permission.VIEW_AUDIT)
    with ctx.read() as session:
        return [AuditUser(u.id, u.username, u.full_name) for u in session.scalars(
            select(User).order_by(User.username))]


def verify(ctx: ServiceContext) -> AuditVerification:
    """Walk the whole hash chain; see storage.audit_chain."""
    require(ctx, Permission.VIEW_AUDIT)
    return verify_audit_chain(ctx.db)


def local_timezone() -> tzinfo:
    return datetime.now().astimezone().tzinfo or UTC


def _filtered(session: AppSession, query: AuditFilter, tz: tzinfo
              ) -> Select[tuple[AuditEntry]] | None:
    """The filtered statement, or None when nothing can match (unknown user or record)."""
    statement = select(AuditEntry)
    if query.since and query.until and query.until < query.since:
        raise ValidationError([Problem("until", "audit.until_before_since", QT_TRANSLATE_NOOP(
            "validation", "The end date is before the start date."))])
    if query.username.strip():
        user_ids = list(session.scalars(select(User.id).where(
            User.username == query.username.strip().lower())))
        if not user_ids:
            return None
        statement = statement.where(AuditEntry.user_id.in_(user_ids))
    if query.since:
        statement = statement.where(AuditEntry.at >= _day_start(query.since, tz))
    if query.until:
        statement = statement.where(AuditEntry.at < _day_start(query.until + timedelta(1), tz))
    if query.table.strip():
        statement = statement.where(AuditEntry.table_name == query.table.strip())
    record = query.record.strip()
    if record:
        if record.isdigit() and len(record) == NIK_LENGTH:
            ids = related_record_ids(session, record)
            if not ids:
                return None
            statement = statement.where(AuditEntry.record_id.in_(sorted(ids)))
        elif len(record) < MIN_ID_PREFIX:
            raise ValidationError([Problem("record", "audit.record_short", QT_TRANSLATE_NOOP(
                "validation", "Type at least {minimum} characters of the record id, or a "
                              "16-digit NIK."), params={"minimum": MIN_ID_PREFIX})])
        else:
            statement = statement.where(AuditEntry.record_id.startswith(
                record.lower(), autoescape=True))
    return statement


def _day_start(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def _user_names(session: AppSession) -> dict[str, tuple[str, str]]:
    return {row.id: (row.username, row.full_name) for row in session.execute(
        select(User.id, User.username, User.full_name))}


def _device_names(session: AppSession) -> dict[str, str]:
    return {row.id: row.name for row in session.execute(select(Device.id, Device.name))}


def _row(entry: AuditEntry, users: dict[str, tuple[str, str]],
         devices: dict[str, str]) -> AuditRow:
    username, full_name = users.get(entry.user_id or "", ("", ""))
    changes = tuple(FieldChange(name, *_pair(value))
                    for name, value in sorted((entry.changes or {}).items()))
    return AuditRow(entry.seq, entry.at, entry.user_id, username, full_name,
                    entry.device_id, devices.get(entry.device_id, ""), entry.action,
                    entry.table_name, entry.record_id, changes)


def _pair(value: Any) -> tuple[Any, Any]:
    if isinstance(value, list | tuple) and len(value) == 2:
        return value[0], value[1]
    return None, value  # an entry edited into another shape still shows
