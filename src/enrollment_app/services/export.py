"""Exporting sync bundles for the central office (supervisors only).

Three modes: ``daily`` (every change since the last daily or full bundle), ``range``
(rows last changed within chosen dates) and ``full`` (every row changed on this device).
Rows received from the central office and not changed here (``change_seq`` 0) never go
back. The rows are read in one snapshot and streamed into the bundle, so memory stays
flat and writes by others during the export land in the next bundle.

Each record carries ``base_version``: the version the central office is known to have,
i.e. the row's version minus the changes made on this device since the last daily or
full bundle (counted in the audit trail, which has one entry per version step); 0 for
a row created since. The device remembers every bundle (``exported_bundles``) so it can
number and chain them and re-create any of them. See docs/bundle-format.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, case, func, select
from sqlalchemy.exc import IntegrityError

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.regions import load_regions
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.device_keys import DeviceIdentity, device_identity
from enrollment_app.services.errors import ServiceError
from enrollment_app.services.permissions import Permission, require
from enrollment_app.services.stats import OUTSIDE_CITY
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.models import AuditEntry, ChangeCounter, ExportedBundle
from enrollment_app.storage.session_hooks import AppSession
from enrollment_app.sync.bundle_types import BUNDLE_SUFFIX, DEVICE_EXPORT, BundleRecord
from enrollment_app.sync.bundle_writer import (
    BundleHeader,
    BundleWriteCancelled,
    BundleWriteError,
    DestinationMissingError,
    WrittenBundle,
    file_slug,
    write_bundle,
)
from enrollment_app.sync.keys import b64, raw_public
from enrollment_app.sync.record_codec import (
    OMITTED_COLUMNS,
    encode_stored_row,
    stored_columns,
    synced_tables,
)

DAILY, RANGE, FULL = "daily", "range", "full"
EXPORT_MODES = (DAILY, RANGE, FULL)
# Audit actions that step a row's version (other entries, such as sign-ins, do not).
VERSION_ACTIONS = ("create", "update", "delete")
STREAM_BATCH = 2000
PARTICIPANTS = "participants"

Progress = Callable[[int, int], bool]


class NoCentralKeyError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "This device does not have the central office's key yet, so it cannot "
        "encrypt a bundle. Set the device up with a provisioning file, or import the "
        "central office's public keys ('enrollment keys trust-central FILE').")


class ExportCancelledError(ServiceError):
    message = QT_TRANSLATE_NOOP("services", "Export cancelled; no bundle was written.")


class UnknownBundleError(ServiceError):
    message = QT_TRANSLATE_NOOP("services", "This device never exported a bundle number "
                                            "{sequence}.")


class DateRangeError(ServiceError):
    message = QT_TRANSLATE_NOOP("services", "The date range is empty: the first day ({since}) "
                                            "is after the last day ({until}).")


class ConcurrentExportError(ServiceError):
    message = QT_TRANSLATE_NOOP("services", "Another export finished at the same time and "
                                            "took this bundle number; export again.")


@dataclass(frozen=True)
class ExportRequest:
    mode: str = DAILY
    since: date | None = None  # range mode: first day (local time), inclusive
    until: date | None = None  # range mode: last day (local time), inclusive


@dataclass(frozen=True)
class Selection:
    """A request resolved against one snapshot of the database."""

    mode: str
    change_seq_from: int  # exclusive
    change_seq_to: int  # inclusive
    audit_base: int  # audit position of the last daily/full bundle: base_version origin
    exported_up_to: int  # change sequence of that bundle: rows at or below are unchanged
    since: date | None = None
    until: date | None = None

    def condition(self, table: Table) -> ColumnElement[bool]:
        parts = [table.c.change_seq > max(self.change_seq_from, 0),
                 table.c.change_seq <= self.change_seq_to]
        if self.since is not None:
            parts.append(table.c.updated_at >= _local_midnight(self.since))
        if self.until is not None:
            parts.append(table.c.updated_at < _local_midnight(self.until + timedelta(days=1)))
        return and_(*parts)


@dataclass(frozen=True)
class ExportSummary:
    """What a bundle would hold, before writing it."""

    mode: str
    sequence: int  # the number the bundle will get
    change_seq_from: int
    change_seq_to: int
    counts: dict[str, int]
    per_kecamatan: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class ExportResult:
    """What was written; ``path`` is None when there was nothing to export."""

    path: Path | None
    mode: str
    sequence: int | None
    counts: dict[str, int]
    per_kecamatan: dict[str, int]
    sha256: str = ""
    bundle_id: str = ""
    recreated: bool = False

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def as_json(self) -> dict[str, Any]:
        return {"bundle": str(self.path) if self.path else None, "counts": self.counts,
                "per_kecamatan": self.per_kecamatan, "sequence": self.sequence,
                "mode": self.mode, "sha256": self.sha256 or None,
                "bundle_id": self.bundle_id or None, "recreated": self.recreated,
                "records": self.total}


@dataclass(frozen=True)
class ExportedBundleInfo:
    sequence: int
    created_at: datetime
    mode: str
    file_name: str
    sha256: str
    counts: dict[str, int]
    since: date | None
    until: date | None

    @property
    def total(self) -> int:
        return sum(self.counts.values())


# ------------------------------------------------------------------------------ queries
def _local_midnight(day: date) -> datetime:
    """Start of ``day`` in this computer's time zone (WIB in the field)."""
    return datetime.combine(day, time.min).astimezone()


def kecamatan_label(code: str) -> str:
    """The kecamatan's name as ``enrollment stats`` shows it."""
    if not code:
        return OUTSIDE_CITY
    return load_regions().kecamatan_name(code) or code


def last_complete_bundle(session: AppSession, before: int | None = None
                         ) -> ExportedBundle | None:
    """The latest daily or full bundle (optionally: numbered below ``before``)."""
    query = select(ExportedBundle).where(ExportedBundle.kind.in_((DAILY, FULL)))
    if before is not None:
        query = query.where(ExportedBundle.sequence < before)
    return session.scalar(query.order_by(ExportedBundle.sequence.desc()).limit(1))


def _resolve(session: AppSession, request: ExportRequest) -> Selection:
    if request.mode not in EXPORT_MODES:
        raise ValueError(f"unknown export mode {request.mode!r}")
    if request.mode == RANGE and request.since and request.until \
            and request.since > request.until:
        raise DateRangeError(since=request.since.isoformat(), until=request.until.isoformat())
    now_seq = session.scalar(select(ChangeCounter.value).where(ChangeCounter.id == 1)) or 0
    last = last_complete_bundle(session)
    base = (last.audit_seq_to or 0) if last is not None else 0
    marker = last.to_change_seq if last is not None else 0
    since = until = None
    start = 0
    if request.mode == DAILY:
        start = marker
    elif request.mode == RANGE:
        since, until = request.since, request.until
    return Selection(request.mode, start, now_seq, base, marker, since, until)


def _counts(session: AppSession, selection: Selection) -> dict[str, int]:
    counts = {}
    for table in synced_tables():
        count = session.scalar(select(func.count()).select_from(table)
                               .where(selection.condition(table))) or 0
        if count:
            counts[table.name] = count
    return counts


def _per_kecamatan(session: AppSession, selection: Selection) -> dict[str, int]:
    table = next(t for t in synced_tables() if t.name == PARTICIPANTS)
    rows = session.execute(select(table.c.kecamatan_code, func.count()).where(
        selection.condition(table)).group_by(table.c.kecamatan_code)).all()
    named: dict[str, int] = {}
    for code, count in sorted(rows, key=lambda row: row[0] or ""):
        label = kecamatan_label(code or "")
        named[label] = named.get(label, 0) + count
    return named


def _next_sequence(session: AppSession) -> int:
    return (session.scalar(select(func.max(ExportedBundle.sequence))) or 0) + 1


def _records(session: AppSession, selection: Selection) -> Iterator[BundleRecord]:
    """Every selected row, parents before children, in change-sequence order."""
    audit = AuditEntry.__table__
    for table in synced_tables():
        local_changes = (
            select(func.count()).select_from(audit)
            .where(audit.c.record_id == table.c.id, audit.c.seq > selection.audit_base,
                   audit.c.action.in_(VERSION_ACTIONS))
            .scalar_subquery())
        # Rows unchanged since the last daily/full bundle need no look at the audit trail.
        base_version = case((table.c.change_seq <= selection.exported_up_to, table.c.version),
                            else_=table.c.version - local_changes)
        # change_seq alone: the index gives that order (ties by rowid) without a sort.
        query = (select(*stored_columns(table), base_version)
                 .where(selection.condition(table)).order_by(table.c.change_seq))
        result = session.execute(query, execution_options={"yield_per": STREAM_BATCH})
        for row in result:
            yield BundleRecord(table.name, encode_stored_row(table.name, row[:-1]),
                               max(0, row[-1]))


# ------------------------------------------------------------------------------ service
def summarize_pending(ctx: ServiceContext, request: ExportRequest | None = None
                      ) -> ExportSummary:
    """Counts per record type and per kecamatan of what ``export_bundle`` would write."""
    require(ctx, Permission.EXPORT_BUNDLES)
    with ctx.read() as session:
        selection = _resolve(session, request or ExportRequest())
        return ExportSummary(selection.mode, _next_sequence(session),
                             selection.change_seq_from, selection.change_seq_to,
                             _counts(session, selection), _per_kecamatan(session, selection))


def export_bundle(ctx: ServiceContext, folder: Path, request: ExportRequest | None = None, *,
                  progress: Progress | None = None, work_dir: Path | None = None
                  ) -> ExportResult:
    """Write one bundle into ``folder`` and remember it; nothing to export writes nothing.

    ``progress(done, total)`` returning False cancels (ExportCancelledError, no file).
    """
    require(ctx, Permission.EXPORT_BUNDLES)
    request = request or ExportRequest()
    device = _device_with_keys(ctx)
    _require_folder(folder)
    with ctx.read() as session:
        selection = _resolve(session, request)
        counts = _counts(session, selection)
        if not counts:
            return ExportResult(None, selection.mode, None, {}, {})
        sequence = _next_sequence(session)
        previous = session.get(ExportedBundle, sequence - 1)
        audit_to = session.scalar(select(func.max(AuditEntry.seq))) or 0
        header = BundleHeader(
            kind=DEVICE_EXPORT, device_id=device.id, device_name=device.name,
            sequence=sequence, previous_bundle_sha256=previous.sha256 if previous else None,
            created_by=ctx.actor.username, change_seq_from=selection.change_seq_from,
            change_seq_to=selection.change_seq_to,
            extra=_manifest_extra(ctx, device, selection))
        remembered: list[WrittenBundle] = []

        def remember(made: WrittenBundle) -> None:  # before the file gets its real name
            _remember(ctx, made, selection, audit_to)
            remembered.append(made)

        try:
            written = _write(session, device, folder, header, selection,
                             sum(counts.values()), progress, work_dir, before_publish=remember)
        except BundleWriteError:
            if remembered:  # recorded, then the rename failed: no file, so no record
                _forget(ctx, sequence)
            raise
    return _result(written, selection.mode)


def recreate_bundle(ctx: ServiceContext, sequence: int, folder: Path, *,
                    progress: Progress | None = None, work_dir: Path | None = None
                    ) -> ExportResult:
    """Write bundle ``sequence`` again: same number, id, chain link and selection.

    Rows changed after the original export are left out (a later bundle carries their
    newer version); the file's bytes differ from the original (fresh encryption), and
    its manifest names the original's hash (``original_sha256``).
    """
    require(ctx, Permission.EXPORT_BUNDLES)
    device = _device_with_keys(ctx)
    _require_folder(folder)
    with ctx.read() as session:
        original = session.get(ExportedBundle, sequence)
        if original is None or not original.bundle_id:
            raise UnknownBundleError(sequence=sequence)
        base = last_complete_bundle(session, before=sequence)
        selection = Selection(original.kind, original.from_change_seq, original.to_change_seq,
                              (base.audit_seq_to or 0) if base is not None else 0,
                              base.to_change_seq if base is not None else 0,
                              original.since_date, original.until_date)
        total = sum(_counts(session, selection).values())
        extra = {**_manifest_extra(ctx, device, selection),
                 "original_sha256": original.sha256, "recreated_at": utc_now().isoformat()}
        header = BundleHeader(
            kind=DEVICE_EXPORT, device_id=device.id, device_name=device.name,
            sequence=sequence, previous_bundle_sha256=original.previous_sha256,
            created_by=ctx.actor.username, change_seq_from=selection.change_seq_from,
            change_seq_to=selection.change_seq_to, bundle_id=original.bundle_id,
            created_at=original.created_at, extra=extra)
        written = _write(session, device, folder, header, selection, total, progress,
                         work_dir, copy=True)
    return _result(written, selection.mode, recreated=True)


def list_exports(ctx: ServiceContext) -> list[ExportedBundleInfo]:
    """Every bundle this device wrote, newest first."""
    require(ctx, Permission.EXPORT_BUNDLES)
    with ctx.read() as session:
        rows = session.scalars(select(ExportedBundle)
                               .order_by(ExportedBundle.sequence.desc())).all()
        return [ExportedBundleInfo(row.sequence, row.created_at, row.kind, row.file_name,
                                   row.sha256, dict(row.counts or {}), row.since_date,
                                   row.until_date) for row in rows]


# ------------------------------------------------------------------------------ helpers
def _device_with_keys(ctx: ServiceContext) -> DeviceIdentity:
    device = device_identity(ctx.db)
    if device.central_recipient is None:
        raise NoCentralKeyError()
    return device


def _require_folder(folder: Path) -> None:
    """Say at once that the stick is missing, even when there is nothing to write."""
    if not Path(folder).is_dir():
        raise DestinationMissingError(folder=str(folder))


def _manifest_extra(ctx: ServiceContext, device: DeviceIdentity, selection: Selection
                    ) -> dict[str, Any]:
    return {
        "mode": selection.mode,
        "date_range": None if selection.mode != RANGE else {
            "since": selection.since.isoformat() if selection.since else None,
            "until": selection.until.isoformat() if selection.until else None},
        "device_team": device.team,
        "created_by_user_id": ctx.actor.user_id,
        "device_encryption_public_key": b64(raw_public(device.encryption_key)),
        "omitted_columns": {table: sorted(columns)
                            for table, columns in OMITTED_COLUMNS.items()},
    }


def bundle_file_name(device_name: str, sequence: int, created: datetime, *,
                     copy: bool = False) -> str:
    stamp = created.astimezone().strftime("%Y%m%d-%H%M%S")
    suffix = f"-copy-{utc_now().astimezone():%Y%m%d-%H%M%S}" if copy else ""
    return f"{file_slug(device_name)}-{sequence:05d}-{stamp}{suffix}{BUNDLE_SUFFIX}"


def _write(session: AppSession, device: DeviceIdentity, folder: Path, header: BundleHeader,
           selection: Selection, total: int, progress: Progress | None,
           work_dir: Path | None, *, copy: bool = False,
           before_publish: Callable[[WrittenBundle], None] | None = None) -> WrittenBundle:
    recipient = device.central_recipient
    assert recipient is not None  # checked by _device_with_keys
    report = None if progress is None else (lambda done: progress(done, total))
    name = bundle_file_name(device.name, header.sequence, header.created_at, copy=copy)
    try:
        return write_bundle(Path(folder), name, header, _records(session, selection),
                            signing_key=device.signing_key,
                            recipient_public_key=recipient, kecamatan_label=kecamatan_label,
                            progress=report, work_dir=work_dir,
                            before_publish=before_publish)
    except BundleWriteCancelled:
        raise ExportCancelledError() from None


def _remember(ctx: ServiceContext, written: WrittenBundle, selection: Selection,
              audit_to: int) -> None:
    manifest = written.manifest
    try:
        with ctx.write() as session:
            session.add(ExportedBundle(
                sequence=manifest["sequence"],
                created_at=datetime.fromisoformat(manifest["created_at"]),
                created_by=ctx.actor.user_id, kind=selection.mode,
                from_change_seq=selection.change_seq_from,
                to_change_seq=selection.change_seq_to, file_name=written.path.name,
                sha256=written.sha256, counts=written.counts, bundle_id=manifest["bundle_id"],
                previous_sha256=manifest["previous_bundle_sha256"],
                payload_sha256=manifest["payload"]["sha256"], since_date=selection.since,
                until_date=selection.until, audit_seq_to=audit_to,
                per_kecamatan=written.per_kecamatan))
    except IntegrityError:
        written.path.unlink(missing_ok=True)
        raise ConcurrentExportError() from None
    except BaseException:
        # An unrecorded bundle would break the chain: it must not stay on the stick.
        written.path.unlink(missing_ok=True)
        raise


def _forget(ctx: ServiceContext, sequence: int) -> None:
    with ctx.write() as session:
        row = session.get(ExportedBundle, sequence)
        if row is not None:
            session.delete(row)


def _result(written: WrittenBundle, mode: str, *, recreated: bool = False) -> ExportResult:
    manifest = written.manifest
    return ExportResult(written.path, mode, manifest["sequence"], written.counts,
                        written.per_kecamatan, written.sha256, manifest["bundle_id"],
                        recreated)
