"""Merging one verified device bundle into the central database, in one transaction.

The caller hands over a ``VerifiedBundle`` (signature, hashes and format already checked
by the reader). ``merge_bundle`` then, inside a single transaction:

1. refuses a bundle of the wrong kind, from a device the central office never
   provisioned, or signed by another key than the one pinned from that device's first
   accepted bundle;
2. checks the device's chain: a bundle whose ``previous_bundle_sha256`` contradicts the
   bundle before it, or whose sequence number is taken by another bundle, is refused;
   missing sequence numbers (1 then 3) are accepted and reported;
3. merges every record by UUID (see ``decide``): new rows are inserted, clean updates
   applied, concurrent edits kept as conflict rows with both versions, stale copies
   skipped; tombstones are ordinary column values and so follow the same rules;
4. lists live participants that share a NIK, and live business units that share a NIB,
   as possible duplicates.

Any ``BundleRejected`` (including the one the reader raises when the payload's
authentication tag fails after streaming) rolls the whole transaction back, so a refused
bundle leaves the database exactly as it was. An already imported bundle (same file hash
or same bundle id) is recognised before anything is written.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    Engine,
    Integer,
    LargeBinary,
    Table,
    Time,
    and_,
    bindparam,
    or_,
    select,
)
from sqlalchemy.engine import RowMapping

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.personal_fields import keep_central_copy
from enrollment_app.storage.audit_chain import json_safe
from enrollment_app.storage.base import UTCDateTime, utc_now
from enrollment_app.sync.bundle_types import (
    DEVICE_EXPORT,
    BundleRecord,
    BundleRejected,
    Manifest,
    VerifiedBundle,
)
from enrollment_app.sync.central_keys import unknown_device
from enrollment_app.sync.central_schema import (
    BOOKKEEPING_COLUMNS,
    REQUIRED_COLUMNS,
    SYNCED_TABLES,
    central_conflicts,
    central_devices,
    central_imports,
    central_possible_duplicate_units,
    central_possible_duplicates,
)

CHUNK_SIZE = 1000
PROGRESS_EVERY = 2000
SYNC = "sync"

# progress(done, total) -> False to cancel (the transaction is then rolled back).
Progress = Callable[[int, int], bool]


class Decision(StrEnum):
    INSERT = "inserted"
    UPDATE = "updated"
    UNCHANGED = "unchanged"
    STALE = "stale"
    CONFLICT = "conflicts"


class ImportCancelled(Exception):
    """The user cancelled; the bundle's transaction was rolled back."""


@dataclass
class TableCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    stale: int = 0
    conflicts: int = 0

    def add(self, decision: Decision) -> None:
        setattr(self, decision.value, getattr(self, decision.value) + 1)

    def as_json(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class MergeOutcome:
    """What an accepted bundle changed."""

    import_id: int
    merged: dict[str, TableCounts]
    possible_duplicates: int
    missing_sequences: list[int]
    relinked_next: bool = False  # a re-created bundle whose hash differs from the original

    @property
    def conflicts(self) -> int:
        return sum(counts.conflicts for counts in self.merged.values())


@dataclass(frozen=True)
class KnownImport:
    """The earlier import of the same bundle (same file hash or same bundle id)."""

    import_id: int
    bundle_id: str
    sequence: int
    imported_at: datetime


# ------------------------------------------------------------------------ public entry
def find_imported(connection: Connection, *, sha256: str | None = None,
                  bundle_id: str | None = None) -> KnownImport | None:
    """The earlier import of this bundle, by file hash and/or bundle id."""
    conditions = []
    if sha256:
        conditions.append(central_imports.c.sha256 == sha256)
    if bundle_id:
        conditions.append(central_imports.c.bundle_id == bundle_id)
    if not conditions:
        return None
    row = connection.execute(
        select(central_imports.c.id, central_imports.c.bundle_id, central_imports.c.sequence,
               central_imports.c.imported_at).where(or_(*conditions)).limit(1)).first()
    return None if row is None else KnownImport(row.id, row.bundle_id, row.sequence,
                                                row.imported_at)


def registered_signing_key(connection: Connection, device_id: str) -> bytes | None:
    """The pinned key of a registered device (None if unregistered or not pinned yet)."""
    return connection.execute(select(central_devices.c.signing_public_key).where(
        central_devices.c.device_id == device_id)).scalar_one_or_none()


def merge_bundle(engine: Engine, bundle: VerifiedBundle, *, file_name: str = "",
                 progress: Progress | None = None) -> MergeOutcome | KnownImport:
    """Merge ``bundle`` in one transaction; return what changed, or the earlier import.

    Raises ``BundleRejected`` (nothing changed) or ``ImportCancelled`` (nothing changed).
    """
    with engine.begin() as connection:
        manifest = bundle.manifest
        # Lock the device's registry row first (PostgreSQL: FOR UPDATE; SQLite has one
        # writer anyway): two imports of one device's bundles then run one after the
        # other, and the second sees what the first committed.
        connection.execute(select(central_devices.c.device_id).where(
            central_devices.c.device_id == manifest.device_id).with_for_update()).first()
        known = find_imported(connection, sha256=bundle.sha256, bundle_id=manifest.bundle_id)
        if known is not None:
            return known
        _check_device(connection, bundle)
        missing, relinked = _check_chain(connection, manifest, chain_sha256(bundle))
        import_id = _record_import(connection, bundle, file_name, missing)
        merger = _BundleMerger(connection, import_id, manifest.device_id)
        total = sum(manifest.counts.values())
        for done, record in enumerate(bundle.records(), start=1):
            merger.add(record)
            if progress is not None and done % PROGRESS_EVERY == 0 and not progress(done,
                                                                                    total):
                raise ImportCancelled()
        merger.finish()
        duplicates = (_flag_possible_duplicates(connection, import_id)
                      + _flag_possible_duplicate_units(connection, import_id))
        merged = {name: merger.counts[name] for name in sorted(merger.counts)}
        connection.execute(central_imports.update().where(central_imports.c.id == import_id)
                           .values(merged={k: v.as_json() for k, v in merged.items()}))
        if progress is not None and not progress(total, total):
            raise ImportCancelled()
        return MergeOutcome(import_id, merged, duplicates, missing, relinked)


# --------------------------------------------------------------------- device and chain
def preflight(connection: Connection, bundle: VerifiedBundle) -> tuple[list[int], bool]:
    """Every check ``merge_bundle`` makes before merging, writing nothing: refuses as it
    would (``BundleRejected``); returns the missing sequence numbers and whether the
    next bundle was chained to another copy of this one."""
    _check_device(connection, bundle, pin=False)
    return _check_chain(connection, bundle.manifest, chain_sha256(bundle))


def _check_device(connection: Connection, bundle: VerifiedBundle, *, pin: bool = True
                  ) -> None:
    manifest = bundle.manifest
    if manifest.kind != DEVICE_EXPORT:
        raise BundleRejected("wrong_kind", QT_TRANSLATE_NOOP(
            SYNC, "This is not a device export (kind '{kind}'); only device exports are "
                  "imported at the central office."), kind=manifest.kind)
    device = connection.execute(
        select(central_devices).where(central_devices.c.device_id == manifest.device_id)
    ).first()
    if device is None or not device.active:
        raise unknown_device(manifest.device_id, manifest.device_name)
    if bundle.encryption_public_key is not None and pin:
        connection.execute(central_devices.update()
                           .where(central_devices.c.device_id == manifest.device_id)
                           .values(encryption_public_key=bundle.encryption_public_key))
    if device.signing_public_key is None:
        if pin:
            connection.execute(central_devices.update()
                               .where(central_devices.c.device_id == manifest.device_id)
                               .values(signing_public_key=bundle.signer_public_key,
                                       key_pinned_at=utc_now()))
    elif bytes(device.signing_public_key) != bundle.signer_public_key:
        raise BundleRejected("device_key_mismatch", QT_TRANSLATE_NOOP(
            SYNC, "The bundle is signed with a different key than earlier bundles from "
                  "device '{name}'; it may not come from that laptop."),
            name=manifest.device_name)


def _check_chain(connection: Connection, manifest: Manifest, sha256: str
                 ) -> tuple[list[int], bool]:
    """Refuse a contradicting chain; return the device's missing sequence numbers after
    this bundle, and whether the next bundle was chained to another copy of this one."""
    rows = connection.execute(
        select(central_imports.c.sequence, central_imports.c.chain_sha256,
               central_imports.c.previous_bundle_sha256)
        .where(central_imports.c.device_id == manifest.device_id)).all()
    by_sequence = {row.sequence: row for row in rows}
    sequence = manifest.sequence
    if sequence < 1:
        raise BundleRejected("chain", QT_TRANSLATE_NOOP(
            SYNC, "The bundle's sequence number {sequence} is not valid."), sequence=sequence)
    if sequence in by_sequence:
        raise BundleRejected("chain", QT_TRANSLATE_NOOP(
            SYNC, "Bundle number {sequence} of this device was already imported as a "
                  "different bundle; the device's bundles contradict each other."),
            sequence=sequence)
    before = by_sequence.get(sequence - 1)
    if before is not None and manifest.previous_bundle_sha256 != before.chain_sha256:
        raise BundleRejected("chain", QT_TRANSLATE_NOOP(
            SYNC, "Bundle number {sequence} does not follow the imported bundle number "
                  "{previous} of this device (the previous-bundle hash differs)."),
            sequence=sequence, previous=sequence - 1)
    after = by_sequence.get(sequence + 1)
    # A re-created bundle names the original's hash (original_sha256); one that does not,
    # while the next bundle was chained to other bytes, is accepted and reported.
    relinked = after is not None and after.previous_bundle_sha256 != sha256
    have = set(by_sequence) | {sequence}
    missing = [number for number in range(1, max(have)) if number not in have]
    return missing, relinked


def chain_sha256(bundle: VerifiedBundle) -> str:
    """The hash the device's chain knows this bundle by."""
    return bundle.manifest.original_sha256 or bundle.sha256


def _record_import(connection: Connection, bundle: VerifiedBundle, file_name: str,
                   missing: list[int]) -> int:
    manifest = bundle.manifest
    result = connection.execute(central_imports.insert().values(
        bundle_id=manifest.bundle_id, sha256=bundle.sha256, device_id=manifest.device_id,
        sequence=manifest.sequence, previous_bundle_sha256=manifest.previous_bundle_sha256,
        chain_sha256=chain_sha256(bundle),
        bundle_created_at=manifest.created_at, created_by=manifest.created_by or "",
        imported_at=utc_now(), file_name=file_name[:300], counts=dict(manifest.counts),
        per_kecamatan=dict(manifest.per_kecamatan), merged={},
        missing_sequences=missing))
    return int(result.inserted_primary_key[0])


# ------------------------------------------------------------------------------ records
def decide(current: RowMapping | dict[str, Any], incoming: dict[str, Any],
           base_version: int, *, same_writer: bool, content: Iterable[str]) -> Decision:
    """How an incoming copy of an existing record merges (ODK's baseVersion idea).

    - same content, nothing newer: ``UNCHANGED``;
    - based on the central version or a later one, and newer: ``UPDATE`` (a clean edit,
      or a fast-forward over bundles not received yet);
    - same content as the central row: ``UNCHANGED`` (two devices made the same edit);
    - no edit on the device since its base, or an older copy from the device that wrote
      the central version (a late, older bundle): ``STALE``, skipped;
    - anything else is a concurrent edit: ``CONFLICT``, both versions kept for review.
    """
    central_version = int(current["version"])
    version = int(incoming["version"])
    same = all(current[name] == incoming[name] for name in content)
    if same and version <= central_version:
        return Decision.UNCHANGED
    if base_version >= central_version and version > central_version:
        return Decision.UPDATE
    if same:
        return Decision.UNCHANGED
    if version <= base_version or (same_writer and version < central_version):
        return Decision.STALE
    return Decision.CONFLICT


def _changed_fields(current: RowMapping, incoming: dict[str, Any],
                    content: Iterable[str]) -> list[str]:
    return [name for name in content if current[name] != incoming[name]]


class _BundleMerger:
    """Buffers records per table and merges them chunk by chunk."""

    def __init__(self, connection: Connection, import_id: int, device_id: str) -> None:
        self.connection = connection
        self.import_id = import_id
        self.device_id = device_id
        self.counts: dict[str, TableCounts] = {}
        self._tables: dict[str, _TableMerger] = {}
        self._writers: dict[int, str] = {}  # import id -> device id, for same-writer checks

    def add(self, record: BundleRecord) -> None:
        merger = self._tables.get(record.table)
        if merger is None:
            merger = self._tables[record.table] = self._table_merger(record.table)
        merger.add(record)

    def finish(self) -> None:
        for merger in self._tables.values():
            merger.flush()

    def writer_of(self, import_id: int | None) -> str | None:
        if import_id is None:
            return None
        if import_id not in self._writers:
            self._writers[import_id] = self.connection.execute(
                select(central_imports.c.device_id).where(central_imports.c.id == import_id)
            ).scalar_one_or_none() or ""
        return self._writers[import_id]

    def _table_merger(self, name: str) -> _TableMerger:
        table = SYNCED_TABLES.get(name)
        if table is None:
            raise BundleRejected("unknown_table", QT_TRANSLATE_NOOP(
                SYNC, "The bundle holds records of type '{table}', which this central "
                      "office does not know. Update the central office application first."),
                table=name)
        self.counts[name] = TableCounts()
        return _TableMerger(self, table, self.counts[name])


class _TableMerger:
    """Merges one table's records, a chunk at a time.

    New rows are the bulk of an import. On SQLite they are turned straight into driver
    parameters (the JSON value through our parser, then SQLAlchemy's own bind processor
    for the column type, so the stored form is exactly what SQLAlchemy writes and reads)
    and inserted with one ``executemany``; this skips SQLAlchemy's per-row parameter
    handling, which costs more than the insert itself. Other databases, and every row
    that already exists, go through SQLAlchemy Core.
    """

    def __init__(self, parent: _BundleMerger, table: Table, counts: TableCounts) -> None:
        self.parent = parent
        self.table = table
        self.counts = counts
        self.converters = column_converters(table)
        self.columns = list(self.converters)
        self._change_seq_index = self.columns.index("change_seq")
        self._column_order = tuple(self.columns)
        self.content = [c.name for c in table.columns if c.name not in BOOKKEEPING_COLUMNS]
        self._known_keys: set[tuple[str, ...]] = set()
        self._pending: dict[str, BundleRecord] = {}
        self._update = table.update().where(table.c.id == bindparam("_id"))
        dialect = parent.connection.dialect
        self._driver_insert: str | None = None
        if dialect.name == "sqlite" and dialect.paramstyle == "qmark":
            preparer = dialect.identifier_preparer
            names = ", ".join(preparer.quote(name) for name in self.columns)
            marks = ", ".join("?" for _ in self.columns)
            self._driver_insert = (f"INSERT INTO {preparer.format_table(table)} ({names}) "
                                   f"VALUES ({marks})")
            self._to_driver = [
                (index, convert) for index, (name, parse) in enumerate(self.converters.items())
                if name != "change_seq"  # replaced by the import number below
                and (convert := _driver_converter(table.c[name], parse, dialect)) is not None]

    def add(self, record: BundleRecord) -> None:
        record_id = record.values.get("id")
        if not isinstance(record_id, str) or not record_id:
            raise _bad_record(self.table.name, "id")
        if record_id in self._pending:  # the same record twice: merge in order
            self.flush()
        self._pending[record_id] = record
        if len(self._pending) >= CHUNK_SIZE:
            self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        pending, self._pending = self._pending, {}
        connection = self.parent.connection
        existing = self._existing(list(pending))
        if not existing:  # the common case: all new
            self._insert([self._insert_row(record) for record in pending.values()])
            self.counts.inserted += len(pending)
            return
        inserts: list[Any] = []
        updates: list[dict[str, Any]] = []
        conflicts: list[dict[str, Any]] = []
        for record_id, record in pending.items():
            current = existing.get(record_id)
            if current is None:
                inserts.append(self._insert_row(record))
                self.counts.inserted += 1
                continue
            values = self.convert(record)
            # A laptop's retention never blanks the central office's copy.
            values = keep_central_copy(self.table.name, dict(current), values)
            decision = decide(
                current, values, record.base_version, content=self.content,
                same_writer=self.parent.writer_of(current["change_seq"])
                == self.parent.device_id)
            if decision is Decision.UPDATE:
                del values["id"]
                updates.append({"_id": record_id, **values})
            elif decision is Decision.CONFLICT:
                conflicts.append(self._conflict_row(current, values, record))
            self.counts.add(decision)
        self._insert(inserts)
        if updates:
            connection.execute(self._update, updates)
        conflicts = self._not_yet_listed(conflicts)
        if conflicts:
            connection.execute(central_conflicts.insert(), conflicts)

    def _not_yet_listed(self, conflicts: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Leave out conflicts already on the list (the same copy sent twice)."""
        if not conflicts:
            return conflicts
        listed = central_conflicts.c
        known = {tuple(row) for row in self.parent.connection.execute(
            select(listed.record_id, listed.from_device_id, listed.incoming_version,
                   listed.base_version)
            .where(listed.table_name == self.table.name,
                   listed.record_id.in_([c["record_id"] for c in conflicts])))}
        return [c for c in conflicts if (c["record_id"], c["from_device_id"],
                                         c["incoming_version"], c["base_version"])
                not in known]

    def _insert(self, rows: list[Any]) -> None:
        if not rows:
            return
        if self._driver_insert is not None:
            self.parent.connection.exec_driver_sql(self._driver_insert, rows)
        else:
            self.parent.connection.execute(self.table.insert(), rows)

    def _existing(self, ids: list[str]) -> dict[str, RowMapping]:
        """The central rows among ``ids`` (ids first: a new table has none)."""
        connection = self.parent.connection
        found = list(connection.scalars(select(self.table.c.id)
                                        .where(self.table.c.id.in_(ids))))
        if not found:
            return {}
        return {row.id: row._mapping for row in connection.execute(
            select(self.table).where(self.table.c.id.in_(found)))}

    def _check(self, record: BundleRecord) -> None:
        keys = tuple(record.values)
        if keys in self._known_keys:
            return
        self._check_keys(keys)

    def _check_keys(self, keys: tuple[str, ...]) -> None:
        unknown = set(keys) - set(self.converters)
        if unknown:
            raise BundleRejected("unknown_column", QT_TRANSLATE_NOOP(
                SYNC, "Records of type '{table}' carry fields this central office does "
                      "not know ({fields}). Update the central office application "
                      "first."), table=self.table.name, fields=", ".join(sorted(unknown)))
        for required in REQUIRED_COLUMNS:
            if required not in keys:
                raise _bad_record(self.table.name, required)
        self._known_keys.add(keys)

    def _insert_row(self, record: BundleRecord) -> Any:
        if self._driver_insert is None:
            return self.convert(record)
        values = record.values
        if not values.get("origin_device_id"):
            raise _bad_record(self.table.name, "origin_device_id")
        keys = tuple(values)
        if keys == self._column_order:  # as devices write them: no lookups needed
            row = list(values.values())
        else:
            if keys not in self._known_keys:
                self._check_keys(keys)
            row = [values.get(name) for name in self.columns]
        try:
            for index, convert in self._to_driver:
                if row[index] is not None:
                    row[index] = convert(row[index])
        except (TypeError, ValueError, OverflowError) as exc:
            raise self._locate(record) from exc
        row[self._change_seq_index] = self.parent.import_id
        return tuple(row)

    def _locate(self, record: BundleRecord) -> BundleRejected:
        """The rejection naming the first column whose value does not parse."""
        try:
            self.convert(record)
        except BundleRejected as exc:
            return exc
        return _bad_record(self.table.name, "?")

    def convert(self, record: BundleRecord) -> dict[str, Any]:
        """The record's values as Python objects for every column of the table."""
        self._check(record)
        values = record.values
        converted: dict[str, Any] = {}
        for name, converter in self.converters.items():
            value = values.get(name)
            if value is not None and converter is not None:
                try:
                    value = converter(value)
                except (TypeError, ValueError, OverflowError) as exc:
                    raise _bad_record(self.table.name, name) from exc
            converted[name] = value
        if not isinstance(converted["version"], int) or not converted["origin_device_id"]:
            raise _bad_record(self.table.name, "version")
        converted["change_seq"] = self.parent.import_id
        return converted

    def _conflict_row(self, current: RowMapping, incoming: dict[str, Any],
                      record: BundleRecord) -> dict[str, Any]:
        return {
            "import_id": self.parent.import_id, "table_name": self.table.name,
            "record_id": incoming["id"], "from_device_id": self.parent.device_id,
            "central_version": int(current["version"]),
            "incoming_version": int(incoming["version"]),
            "base_version": record.base_version,
            "central_values": {k: json_safe(v) for k, v in current.items()
                               if k != "change_seq"},
            "incoming_values": dict(record.values),
            "changed_fields": _changed_fields(current, incoming, self.content),
            "detected_at": utc_now(), "status": "open",
        }


def _driver_converter(column: Any, parse: Callable[[Any], Any] | None,
                      dialect: Any) -> Callable[[Any], Any] | None:
    """JSON value (not None) -> driver parameter: our parser, then SQLAlchemy's bind
    processor; None when the value passes as it is. Dates and times use a C-speed
    shortcut, kept only if it gives exactly what SQLAlchemy would for a probe value."""
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return parse
    if parse is None:
        return process

    def through_sqlalchemy(value: Any) -> Any:
        return process(parse(value))

    shortcut = _SHORTCUTS.get(type(column.type))
    if shortcut is not None and all(shortcut(probe) == through_sqlalchemy(probe)
                                    for probe in _PROBES[type(column.type)]):
        return shortcut
    return through_sqlalchemy


def _datetime_text(value: str) -> str:
    # How devices write UTC (with or without microseconds): re-cut the text.
    if value.endswith("+00:00") and len(value) in (25, 32):
        datetime.fromisoformat(value)  # still refuse what does not parse
        return (f"{value[:10]} {value[11:26]}" if len(value) == 32
                else f"{value[:10]} {value[11:19]}.000000")
    parsed = _to_datetime(value).astimezone(UTC).replace(tzinfo=None)
    return parsed.isoformat(" ", "microseconds")


def _date_text(value: str) -> str:
    return date.fromisoformat(value).isoformat()


def _time_text(value: str) -> str:
    return time.fromisoformat(value).isoformat("microseconds")


_SHORTCUTS: dict[type, Callable[[str], str]] = {
    UTCDateTime: _datetime_text, Date: _date_text, Time: _time_text}
_PROBES: dict[type, tuple[str, ...]] = {
    UTCDateTime: ("2025-03-04T05:06:07.089123+00:00", "2025-03-04T12:06:07+07:00",
                  "1999-12-31T23:59:59", "2025-03-04T05:06:07.000000+00:00",
                  "2025-03-04T05:06:07+00:00"),
    Date: ("2025-03-04", "1960-12-31"),
    Time: ("08:05:00", "23:59:59.500000"),
}


def _bad_record(table: str, column: str) -> BundleRejected:
    return BundleRejected("bad_record", QT_TRANSLATE_NOOP(
        SYNC, "A record of type '{table}' has an unreadable value in '{field}'; the bundle "
              "is damaged or was written by an incompatible version."),
        table=table, field=column)


# --------------------------------------------------------------------- value conversion
def _to_datetime(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value in (0, 1):
        return bool(value)
    raise ValueError(value)


def _to_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(value)
    return value


def column_converters(table: Table) -> dict[str, Callable[[Any], Any] | None]:
    """JSON value -> Python value, per column (None: keep as is)."""
    converters: dict[str, Callable[[Any], Any] | None] = {}
    for column in table.columns:
        kind = column.type
        converter: Callable[[Any], Any] | None = None
        if isinstance(kind, UTCDateTime):
            converter = _to_datetime
        elif isinstance(kind, Date):
            converter = date.fromisoformat
        elif isinstance(kind, Time):
            converter = time.fromisoformat
        elif isinstance(kind, Boolean):
            converter = _to_bool
        elif isinstance(kind, Integer):
            converter = _to_int
        elif isinstance(kind, LargeBinary):
            converter = base64.b64decode
        elif isinstance(kind, JSON):
            converter = None
        else:
            converter = None  # strings pass as they are
        converters[column.name] = converter
    return converters


# ------------------------------------------------------------------ possible duplicates
def _flag_possible_duplicates(connection: Connection, import_id: int) -> int:
    """List live participants sharing a NIK with one this import wrote; return how many
    new pairs were listed."""
    return _flag_shared_numbers(connection, import_id, SYNCED_TABLES["participants"], "nik",
                                central_possible_duplicates, ("participant_a",
                                                              "participant_b"))


def _flag_possible_duplicate_units(connection: Connection, import_id: int) -> int:
    """List live business units sharing a NIB with one this import wrote (a unit without
    a NIB is never a duplicate); return how many new pairs were listed."""
    return _flag_shared_numbers(connection, import_id, SYNCED_TABLES["business_units"],
                                "nib", central_possible_duplicate_units, ("unit_a", "unit_b"))


def _flag_shared_numbers(connection: Connection, import_id: int, records: Table, number: str,
                         listed: Table, pair_columns: tuple[str, str]) -> int:
    """Pairs of live ``records`` sharing the identifying ``number`` column with one this
    import wrote, added to ``listed`` unless listed already; returns how many were new."""
    a, b = records.alias("a"), records.alias("b")
    rows = connection.execute(
        select(a.c[number].label("number"), a.c.id, a.c.origin_device_id,
               b.c.id.label("other_id"), b.c.origin_device_id.label("other_device"))
        .join(b, and_(b.c[number] == a.c[number], b.c.id != a.c.id))
        .where(a.c.change_seq == import_id, a.c.deleted_at.is_(None),
               b.c.deleted_at.is_(None), a.c[number].is_not(None), a.c[number] != "")).all()
    first_key, second_key = pair_columns
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        (first, first_device), (second, second_device) = sorted(
            [(row.id, row.origin_device_id), (row.other_id, row.other_device)])
        pairs[(first, second)] = {number: row.number, first_key: first, second_key: second,
                                  "device_a": first_device, "device_b": second_device}
    if not pairs:
        return 0
    known: set[tuple[str, str]] = set()
    for chunk in _chunks(sorted({pair[number] for pair in pairs.values()}), CHUNK_SIZE):
        known.update((first, second) for first, second in connection.execute(
            select(listed.c[first_key], listed.c[second_key])
            .where(listed.c[number].in_(chunk))))
    now = utc_now()
    new = [{**pair, "import_id": import_id, "detected_at": now, "status": "open"}
           for key, pair in sorted(pairs.items()) if key not in known]
    if new:
        connection.execute(listed.insert(), new)
    return len(new)


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]

