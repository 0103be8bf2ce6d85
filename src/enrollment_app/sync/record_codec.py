"""Rows of synced tables as bundle values (JSON types) and back.

Encoding, column by column type (docs/bundle-format.md, "Records"):
timestamps ``YYYY-MM-DDTHH:MM:SS[.ffffff]+00:00`` (UTC), dates ``YYYY-MM-DD``, times
``HH:MM:SS[.ffffff]``, booleans true/false, JSON columns as JSON, everything else as is.
Some columns never leave the device (``OMITTED_COLUMNS``): password hashes and the local
sign-in state. ``change_seq`` does travel, for information only: it is the exporting
device's own counter and means nothing to a receiver.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, time
from functools import cache
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    ColumnElement,
    Date,
    LargeBinary,
    String,
    Table,
    Time,
    type_coerce,
)

from enrollment_app.storage.base import UTCDateTime
from enrollment_app.storage.models import SYNCED_MODELS, Base
from enrollment_app.sync.keys import b64, unb64

# Columns a device export leaves out, per table (they stay on the device).
OMITTED_COLUMNS: dict[str, frozenset[str]] = {
    "users": frozenset({"password_hash", "failed_logins", "locked_until",
                        "must_change_password"}),
}

Encoder = Callable[[Any], Any] | None


def synced_tables() -> list[Table]:
    """Every synced table, parents before children (foreign-key order)."""
    names = {model.__tablename__ for model in SYNCED_MODELS}
    return [table for table in Base.metadata.sorted_tables if table.name in names]


def synced_table(name: str) -> Table | None:
    table = Base.metadata.tables.get(name)
    synced = {model.__tablename__ for model in SYNCED_MODELS}
    return table if table is not None and name in synced else None


def table_order() -> dict[str, int]:
    return {table.name: index for index, table in enumerate(synced_tables())}


def _encode_datetime(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _encoder(column: Column[Any]) -> Encoder:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _encode_datetime
    if isinstance(kind, Date | Time):
        return _isoformat
    if isinstance(kind, LargeBinary):
        return b64
    return None


def _isoformat(value: date | time) -> str:
    return value.isoformat()


def exported_columns(table: Table) -> list[Column[Any]]:
    """The columns a bundle carries for ``table`` (all but the omitted ones)."""
    omitted = OMITTED_COLUMNS.get(table.name, frozenset())
    return [column for column in table.columns if column.key not in omitted]


@cache
def _encoders(table_name: str) -> tuple[tuple[str, Encoder], ...]:
    table = Base.metadata.tables[table_name]
    return tuple((column.key, _encoder(column)) for column in exported_columns(table))


def encode_row(table_name: str, row: Any) -> dict[str, Any]:
    """``row`` (a Row or sequence in ``exported_columns`` order) as JSON values."""
    return {
        key: value if encode is None or value is None else encode(value)
        for (key, encode), value in zip(_encoders(table_name), row, strict=True)
    }


# The device export reads timestamps, dates and times as the text SQLite stores them
# (SQLAlchemy writes "YYYY-MM-DD HH:MM:SS.ffffff", "YYYY-MM-DD", "HH:MM:SS.ffffff"): a
# third of the per-row cost was parsing them into objects only to format them again.
_TEXT_TYPES = (UTCDateTime, Date, Time)


def stored_columns(table: Table) -> list[ColumnElement[Any]]:
    """``exported_columns`` for a SQLite select, with timestamps, dates and times as
    their stored text (pair with ``encode_stored_row``)."""
    return [type_coerce(column, String).label(column.key)
            if isinstance(column.type, _TEXT_TYPES) else column
            for column in exported_columns(table)]


def _stored_timestamp(text: str) -> str:
    return text.replace(" ", "T", 1) + "+00:00"  # stored as naive UTC


@cache
def _stored_encoders(table_name: str) -> tuple[tuple[str, Encoder], ...]:
    table = Base.metadata.tables[table_name]
    return tuple(
        (column.key, _stored_timestamp if isinstance(column.type, UTCDateTime)
         else None if isinstance(column.type, _TEXT_TYPES) else _encoder(column))
        for column in exported_columns(table))


def encode_stored_row(table_name: str, row: Any) -> dict[str, Any]:
    """A row selected with ``stored_columns`` as JSON values (same result as
    ``encode_row`` on the same row, up to ".000000" on whole seconds)."""
    return {
        key: value if encode is None or value is None else encode(value)
        for (key, encode), value in zip(_stored_encoders(table_name), row, strict=True)
    }


@cache
def _all_encoders(table_name: str) -> tuple[tuple[str, Encoder], ...]:
    table = Base.metadata.tables[table_name]
    return tuple((column.key, _encoder(column)) for column in table.columns)


def encode_mapping(table_name: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A row given by column name (e.g. from the central database, whose synced tables
    have the device's column names) as JSON values; every column of the device table
    that ``row`` has, omitted ones included."""
    return {
        key: None if (value := row[key]) is None else value if encode is None
        else encode(value)
        for key, encode in _all_encoders(table_name) if key in row
    }


# ------------------------------------------------------------------------------ decoding
def _decode_datetime(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError(f"timestamp without a time zone: {text!r}")
    return value.astimezone(UTC)


def _decoder(column: Column[Any]) -> Callable[[Any], Any] | None:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _decode_datetime
    if isinstance(kind, Date):
        return date.fromisoformat
    if isinstance(kind, Time):
        return time.fromisoformat
    if isinstance(kind, LargeBinary):
        return unb64
    if isinstance(kind, Boolean):
        return bool
    return None


@cache
def _decoders(table_name: str) -> dict[str, Callable[[Any], Any] | None]:
    table = Base.metadata.tables[table_name]
    return {column.key: _decoder(column) for column in table.columns}


def decode_values(table_name: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Bundle values as Python values for an insert into ``table_name``.

    Keys the table does not have (from a newer schema) are dropped. Raises ValueError
    for a value that does not parse.
    """
    decoders = _decoders(table_name)
    decoded: dict[str, Any] = {}
    for key, value in values.items():
        if key not in decoders:
            continue
        decode = decoders[key]
        decoded[key] = value if decode is None or value is None else decode(value)
    return decoded
