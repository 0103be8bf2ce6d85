"""Stamping and auditing every write, whoever makes it.

Services put the signed-in user and the device into ``session.info``; the hooks here then
fill the sync columns (origin, version, change sequence, who/when) and append a
hash-chained audit entry for every created, changed or tombstoned row. A write without a
user is refused, so no code path can save anonymously.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session, sessionmaker

from enrollment_app.storage.audit_chain import GENESIS_HASH, entry_hash, hashed_fields, json_safe
from enrollment_app.storage.base import SyncedMixin, new_uuid, utc_now
from enrollment_app.storage.models import AuditEntry, ChangeCounter

USER_KEY = "user_id"
DEVICE_KEY = "device_id"

BOOKKEEPING = frozenset({
    "id", "origin_device_id", "version", "change_seq", "created_at", "created_by",
    "updated_at", "updated_by",
})
SECRET_COLUMNS = frozenset({"password_hash"})
REDACTED = "***"


class AnonymousWriteError(RuntimeError):
    """A synced row was written without a signed-in user on the session."""


class PhysicalDeleteError(RuntimeError):
    """Synced rows are tombstoned (``deleted_at``), never deleted."""


class AppSession(Session):
    """Session class the hooks are attached to (other sessions stay untouched)."""


def make_session_factory(engine: Any) -> sessionmaker[AppSession]:
    return sessionmaker(bind=engine, class_=AppSession, expire_on_commit=False)


def next_change_seq(session: Session) -> int:
    result = session.execute(
        update(ChangeCounter).where(ChangeCounter.id == 1)
        .values(value=ChangeCounter.value + 1).returning(ChangeCounter.value)
    ).scalar_one_or_none()
    if result is None:
        session.execute(ChangeCounter.__table__.insert().values(id=1, value=1))
        result = 1
    return result


def _column_keys(obj: SyncedMixin) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs]


def _shown(key: str, value: Any) -> Any:
    return REDACTED if key in SECRET_COLUMNS and value is not None else json_safe(value)


def _created_changes(obj: SyncedMixin) -> dict[str, list[Any]]:
    return {
        key: [None, _shown(key, getattr(obj, key))]
        for key in _column_keys(obj)
        if key not in BOOKKEEPING and getattr(obj, key) is not None
    }


def _updated_changes(obj: SyncedMixin) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for key in _column_keys(obj):
        if key in BOOKKEEPING:
            continue
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            changes[key] = [_shown(key, old), _shown(key, new)]
    return changes


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for obj in session.deleted:
        if isinstance(obj, SyncedMixin):
            raise PhysicalDeleteError(f"{type(obj).__name__} rows are tombstoned, not deleted")
    created = [o for o in session.new if isinstance(o, SyncedMixin)]
    updated = [(o, c) for o in session.dirty if isinstance(o, SyncedMixin)
               and (c := _updated_changes(o))]
    if not created and not updated:
        return
    user_id = session.info.get(USER_KEY)
    device_id = session.info.get(DEVICE_KEY)
    if not user_id or not device_id:
        raise AnonymousWriteError("no signed-in user and device on this session")
    now = utc_now()
    seq = next_change_seq(session)
    entries: list[tuple[str, SyncedMixin, dict[str, Any]]] = []
    for obj in created:
        if obj.id is None:
            obj.id = new_uuid()
        obj.origin_device_id = obj.origin_device_id or device_id
        obj.version = 1
        obj.created_at = obj.updated_at = now
        obj.created_by = obj.updated_by = user_id
        obj.change_seq = seq
        entries.append(("create", obj, _created_changes(obj)))
    for obj, changes in updated:
        obj.version = (obj.version or 0) + 1
        obj.updated_at = now
        obj.updated_by = user_id
        obj.change_seq = seq
        action = "delete" if "deleted_at" in changes and obj.deleted_at else "update"
        entries.append((action, obj, changes))
    _append_audit(session, now, user_id, device_id, entries)


def _append_audit(session: Session, now: datetime, user_id: str, device_id: str,
                  entries: list[tuple[str, SyncedMixin, dict[str, Any]]]) -> None:
    _chain(session, now, user_id, device_id,
           [(action, type(obj).__tablename__, obj.id, changes)
            for action, obj, changes in entries])


def append_audit_event(session: Session, action: str, subject: str, record_id: str,
                       details: dict[str, Any]) -> None:
    """Audit something that writes no synced row (a file exported, receipts loaded...):
    ``details`` name -> value, shown like a created record's fields."""
    user_id = session.info.get(USER_KEY)
    device_id = session.info.get(DEVICE_KEY)
    if not user_id or not device_id:
        raise AnonymousWriteError("no signed-in user and device on this session")
    changes = {key: [None, json_safe(value)] for key, value in details.items()}
    _chain(session, utc_now(), user_id, device_id, [(action, subject, record_id, changes)])
    session.flush()  # the next entry chains to this one


def _chain(session: Session, now: datetime, user_id: str, device_id: str,
           entries: list[tuple[str, str, str, dict[str, Any]]]) -> None:
    with session.no_autoflush:
        prev = session.execute(
            select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
        ).scalar_one_or_none() or GENESIS_HASH
    for action, table, record_id, changes in entries:
        fields = hashed_fields(now, user_id, device_id, action, table, record_id, changes)
        digest = entry_hash(prev, fields)
        session.add(AuditEntry(at=now, user_id=user_id, device_id=device_id, action=action,
                               table_name=table, record_id=record_id, changes=changes,
                               prev_hash=prev, hash=digest))
        prev = digest


def install_hooks() -> None:
    from sqlalchemy import event

    if not event.contains(AppSession, "before_flush", _before_flush):
        event.listen(AppSession, "before_flush", _before_flush)


install_hooks()
