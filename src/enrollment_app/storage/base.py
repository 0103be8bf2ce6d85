"""Declarative base and the columns every synced table carries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes, stored as naive UTC (SQLite has no time zones)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use enrollment_app.storage.base.utc_now()")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


UUID_LENGTH = 36


def uuid_pk() -> Mapped[str]:
    return mapped_column(String(UUID_LENGTH), primary_key=True, default=new_uuid)


class SyncedMixin:
    """Columns that let a row travel in sync bundles and merge at the central office.

    - ``id``: UUID made on the device, never reused.
    - ``origin_device_id``: the device the row was created on.
    - ``version``: 1 on creation, +1 on every change; a bundle carries it so the central
      office can tell a clean update from a concurrent edit.
    - ``change_seq``: the local change sequence at the last change; "everything since the
      last bundle" is ``change_seq > last exported``. Set by the session hooks.
    - ``deleted_at``: tombstone; rows are never physically deleted.
    The hooks in ``storage.session_hooks`` fill all of these and the who/when columns.
    """

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True, default=new_uuid)
    origin_device_id: Mapped[str] = mapped_column(String(UUID_LENGTH))
    version: Mapped[int] = mapped_column(Integer, default=1)
    change_seq: Mapped[int] = mapped_column(Integer, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str | None] = mapped_column(String(UUID_LENGTH))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str | None] = mapped_column(String(UUID_LENGTH))
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
