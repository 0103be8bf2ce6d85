"""Loading the central office's import receipts on the device (supervisors).

A receipt is stored in ``exported_bundles.receipt`` only after it verified against the
central signing key pinned at provisioning, names this device, and names a bundle this
device exported (same bundle id, number and file hash). Anything else is refused with
its reason and changes nothing. Retention (services.retention) trusts only stored
receipts. See docs/bundle-format.md, "Import receipts".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.device_keys import device_identity
from enrollment_app.services.errors import ServiceError
from enrollment_app.services.permissions import Permission, require
from enrollment_app.storage.models import ExportedBundle
from enrollment_app.storage.session_hooks import append_audit_event
from enrollment_app.sync.bundle_types import BundleRejected
from enrollment_app.sync.receipts import Receipt, read_receipt, rejected

RECEIPT_EVENT = "receipt"


class NoCentralSigningKeyError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "This device does not know the central office's signing key, so it "
                    "cannot check a receipt. Set the device up with a provisioning file, or "
                    "import the central office's public keys.")


@dataclass(frozen=True)
class LoadedReceipt:
    """One receipt file taken (or already there)."""

    file: str
    sequence: int
    bundle_id: str
    imported_at: str
    already_loaded: bool

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "sequence": self.sequence, "bundle_id": self.bundle_id,
                "imported_at": self.imported_at, "already_loaded": self.already_loaded}


@dataclass(frozen=True)
class BundleConfirmation:
    """A bundle this device wrote and whether the central office confirmed it."""

    sequence: int
    created_at: datetime
    mode: str
    file_name: str
    records: int
    confirmed_at: datetime | None  # when the central office merged it (receipt)
    conflicts: int
    possible_duplicates: int


def load_receipt(ctx: ServiceContext, path: Path) -> LoadedReceipt:
    """Verify one receipt file and store it on its bundle (BundleRejected if refused)."""
    require(ctx, Permission.EXPORT_BUNDLES)
    device = device_identity(ctx.db)
    if not device.central_signing_key:
        raise NoCentralSigningKeyError()
    receipt = read_receipt(path, device.central_signing_key)
    if receipt.device_id != device.id:
        raise rejected("wrong_device", device=receipt.device_name or receipt.device_id)
    with ctx.write() as session:
        bundle = session.scalar(select(ExportedBundle).where(
            ExportedBundle.bundle_id == receipt.bundle_id))
        if bundle is None or bundle.sha256 != receipt.bundle_sha256 \
                or bundle.sequence != receipt.sequence:
            raise rejected("unknown_bundle", sequence=receipt.sequence,
                           bundle_id=receipt.bundle_id)
        # The same import confirmed again (a receipt issued later) changes nothing.
        already = isinstance(bundle.receipt, dict) \
            and bundle.receipt.get("imported_at") == receipt.imported_at
        if not already:
            bundle.receipt = receipt.as_json()
            append_audit_event(session, RECEIPT_EVENT, "exported_bundles", receipt.bundle_id,
                               {"sequence": receipt.sequence,
                                "imported_at": receipt.imported_at,
                                "conflicts": receipt.conflicts,
                                "possible_duplicates": receipt.possible_duplicates})
    return LoadedReceipt(str(path), receipt.sequence, receipt.bundle_id,
                         receipt.imported_at, already)


def load_receipts(ctx: ServiceContext, paths: list[Path]
                  ) -> list[LoadedReceipt | tuple[str, BundleRejected]]:
    """Each file in turn: the loaded receipt, or (file, refusal)."""
    outcomes: list[LoadedReceipt | tuple[str, BundleRejected]] = []
    for path in paths:
        try:
            outcomes.append(load_receipt(ctx, path))
        except BundleRejected as exc:
            outcomes.append((str(path), exc))
    return outcomes


def bundle_confirmations(ctx: ServiceContext) -> list[BundleConfirmation]:
    """Every bundle this device wrote, newest first, with its receipt's verdict."""
    require(ctx, Permission.EXPORT_BUNDLES)
    with ctx.read() as session:
        rows = session.scalars(select(ExportedBundle)
                               .order_by(ExportedBundle.sequence.desc())).all()
        return [_confirmation(row) for row in rows]


def _confirmation(row: ExportedBundle) -> BundleConfirmation:
    receipt = stored_receipt(row)
    return BundleConfirmation(
        row.sequence, row.created_at, row.kind, row.file_name,
        sum((row.counts or {}).values()),
        receipt.imported_at_time if receipt else None,
        receipt.conflicts if receipt else 0, receipt.possible_duplicates if receipt else 0)


def stored_receipt(row: ExportedBundle) -> Receipt | None:
    """The receipt stored on a bundle (verified when it was loaded)."""
    data = row.receipt
    if not isinstance(data, dict) or "bundle_id" not in data:
        return None
    return Receipt(**{key: data[key] for key in Receipt.__dataclass_fields__})
