"""Applying the central office's update (catalog and class rosters) on this device.

The file is verified first (signed with the central key from provisioning, addressed to
this device, encrypted for it); then every record is applied in one transaction, keyed
by UUID:

- a row the device does not have is inserted as received;
- a row the device has is replaced when the update's version is higher, unless it has
  local changes not exported yet (those win here; the central office sees both versions
  when the device's next bundle arrives and keeps the conflict for review);
- anything else is left alone, so applying the same update twice changes nothing (and
  a second apply is recognised by the bundle id and refused politely).

A row that cannot be stored (say, a participant whose NIK a different local record has)
is skipped with its reason, and so are rows that depend on it. Received rows get change
sequence 0: they are not sent back unless someone changes them here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.exc import IntegrityError

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.device_keys import device_identity
from enrollment_app.services.errors import ServiceError
from enrollment_app.services.export import last_complete_bundle
from enrollment_app.services.permissions import Permission, require
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.models import AppliedUpdate
from enrollment_app.storage.session_hooks import AppSession
from enrollment_app.sync.bundle_reader import open_central_update
from enrollment_app.sync.bundle_types import BundleRecord
from enrollment_app.sync.record_codec import decode_values, synced_table

INSERTED, UPDATED, UNCHANGED, KEPT_LOCAL, SKIPPED = (
    "inserted", "updated", "unchanged", "kept_local", "skipped")
OUTCOMES = (INSERTED, UPDATED, UNCHANGED, KEPT_LOCAL, SKIPPED)
PROGRESS_EVERY = 500

Progress = Callable[[int, int], bool]


class NoCentralSigningKeyError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "This device does not know the central office's signing key, so it "
        "cannot check an update. Set the device up with a provisioning file, or import "
        "the central office's public keys ('enrollment keys trust-central FILE').")


class UpdateCancelledError(ServiceError):
    message = QT_TRANSLATE_NOOP("services", "Update cancelled; nothing was changed.")


@dataclass
class UpdateResult:
    bundle_id: str
    sequence: int
    already_applied: bool = False
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    skipped: list[dict[str, str]] = field(default_factory=list)
    previous_missing: bool = False  # an earlier update of this device was never applied

    def count(self, outcome: str) -> int:
        return sum(per.get(outcome, 0) for per in self.counts.values())

    def as_json(self) -> dict[str, Any]:
        return {"bundle_id": self.bundle_id, "sequence": self.sequence,
                "already_applied": self.already_applied, "counts": self.counts,
                "totals": {outcome: self.count(outcome) for outcome in OUTCOMES},
                "skipped": self.skipped, "previous_missing": self.previous_missing}


def apply_central_update(ctx: ServiceContext, path: Path, *,
                         progress: Progress | None = None) -> UpdateResult:
    """Verify and apply one update file; BundleRejected when the file is refused."""
    require(ctx, Permission.EXPORT_BUNDLES)  # the supervisor who syncs with the office
    device = device_identity(ctx.db)
    if not device.central_signing_key:
        raise NoCentralSigningKeyError()
    bundle = open_central_update(path, device_private_key=device.encryption_key,
                                 central_signing_key=device.central_signing_key,
                                 device_id=device.id)
    manifest = bundle.manifest
    result = UpdateResult(manifest.bundle_id, manifest.sequence)
    with ctx.write() as session:
        if session.get(AppliedUpdate, manifest.bundle_id) is not None:
            result.already_applied = True
            return result
        applier = _Applier(session, _exported_up_to(session), result)
        total = manifest.record_count
        for done, record in enumerate(bundle.records(), start=1):
            applier.apply(record)
            if progress is not None and done % PROGRESS_EVERY == 0 \
                    and not progress(done, total):
                raise UpdateCancelledError()
        result.previous_missing = manifest.sequence > 1 and session.scalar(
            select(AppliedUpdate.bundle_id)
            .where(AppliedUpdate.sequence == manifest.sequence - 1)) is None
        session.add(AppliedUpdate(
            bundle_id=manifest.bundle_id, sequence=manifest.sequence, sha256=bundle.sha256,
            created_at=manifest.created_at, applied_at=utc_now(),
            applied_by=ctx.actor.user_id, file_name=Path(path).name[:200],
            counts=result.counts))
    if progress is not None:
        progress(manifest.record_count, manifest.record_count)
    return result


def _exported_up_to(session: AppSession) -> int:
    """Rows changed after this change sequence have local edits not exported yet."""
    last = last_complete_bundle(session)
    return last.to_change_seq if last is not None else 0


@dataclass
class _Applier:
    session: AppSession
    exported_up_to: int
    result: UpdateResult

    def apply(self, record: BundleRecord) -> None:
        table = synced_table(record.table)
        if table is None:
            outcome = self._skip(record, "unknown table")
        else:
            try:
                values = decode_values(record.table, record.values)
            except (ValueError, TypeError) as exc:
                outcome = self._skip(record, f"malformed value: {exc}")
            else:
                values["change_seq"] = 0
                outcome = self._store(table, record, values)
        per = self.result.counts.setdefault(record.table, {})
        per[outcome] = per.get(outcome, 0) + 1

    def _store(self, table: Table, record: BundleRecord, values: dict[str, Any]) -> str:
        current = self.session.execute(
            select(table.c.version, table.c.change_seq).where(table.c.id == values["id"])
        ).first()
        if current is not None:
            if current.change_seq > self.exported_up_to:
                return KEPT_LOCAL
            if int(values.get("version") or 0) <= current.version:
                return UNCHANGED
        statement = (table.insert().values(**values) if current is None else
                     table.update().where(table.c.id == values["id"]).values(**values))
        try:
            with self.session.begin_nested():
                self.session.execute(statement)
        except IntegrityError as exc:
            return self._skip(record, _reason(exc))
        return INSERTED if current is None else UPDATED

    def _skip(self, record: BundleRecord, reason: str) -> str:
        self.result.skipped.append({"table": record.table,
                                    "id": str(record.values.get("id")), "reason": reason})
        return SKIPPED


def _reason(exc: IntegrityError) -> str:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    if "FOREIGN KEY" in text.upper():
        return "refers to a record this device does not have"
    if "UNIQUE" in text.upper():
        return "conflicts with a different local record (" + text.split(":")[-1].strip() + ")"
    return text
