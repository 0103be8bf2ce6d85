"""Import receipts: the central office's signed word that it merged a device's bundle.

A receipt is a small JSON file (docs/bundle-format.md, "Import receipts"): an outer
object holding the signed payload as canonical JSON text and an Ed25519 signature over
its UTF-8 bytes, made with the central signing key. The central office writes one per
accepted (or already imported) bundle from its ``central_imports`` row; the device
verifies it against the central key it pinned at provisioning before storing it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, func, select

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.sync.bundle_types import BundleRejected
from enrollment_app.sync.bundle_writer import file_slug
from enrollment_app.sync.central_schema import (
    central_conflicts,
    central_devices,
    central_imports,
    central_possible_duplicates,
)
from enrollment_app.sync.keys import b64, key_id, raw_public
from enrollment_app.sync.signed_file import (
    SignedFileKind,
    check_version,
    read_verified_payload,
    write_signed_file,
)

RECEIPT_FORMAT = "enrollment-receipt"
RECEIPT_VERSION = 1
RECEIPT_SUFFIX = ".receipt.json"
MAX_RECEIPT_BYTES = 1_000_000
_TEXT_FIELDS = ("bundle_id", "bundle_sha256", "device_id", "device_name", "imported_at",
                "issued_at", "central_signing_key_id")

MESSAGES = {
    "unreadable": QT_TRANSLATE_NOOP("sync", "The receipt {path} cannot be read ({reason})."),
    "not_receipt": QT_TRANSLATE_NOOP(
        "sync", "This file is not an import receipt from the central office ({detail})."),
    "format_version": QT_TRANSLATE_NOOP(
        "sync", "The receipt was made by a newer version of the application (format "
                "version {found}; this version reads up to {supported}). Update the "
                "application first."),
    "signature": QT_TRANSLATE_NOOP(
        "sync", "The receipt's signature does not match its contents: it was changed or "
                "damaged after the central office made it. Nothing was stored."),
    "unknown_signer": QT_TRANSLATE_NOOP(
        "sync", "The receipt was signed by another central office key ({found}), not the "
                "one this device trusts ({expected}). Nothing was stored."),
    "receipt": QT_TRANSLATE_NOOP(
        "sync", "The receipt is incomplete or malformed ({detail}). Nothing was stored."),
    "wrong_device": QT_TRANSLATE_NOOP(
        "sync", "The receipt is for another device ({device}), not this one. Nothing was "
                "stored."),
    "unknown_bundle": QT_TRANSLATE_NOOP(
        "sync", "The receipt is for bundle {sequence} ({bundle_id}), which this device "
                "never exported. Nothing was stored."),
    "not_imported": QT_TRANSLATE_NOOP(
        "sync", "The central office has not imported bundle {bundle_id}, so there is no "
                "receipt for it."),
}


def rejected(code: str, **params: Any) -> BundleRejected:
    return BundleRejected(code, MESSAGES[code], **params)


RECEIPT_FILE = SignedFileKind(RECEIPT_FORMAT, RECEIPT_VERSION, MAX_RECEIPT_BYTES,
                              "not_receipt", rejected)


@dataclass(frozen=True)
class Receipt:
    """A verified receipt's contents."""

    bundle_id: str
    bundle_sha256: str  # the hash the device knows the bundle by (original file)
    device_id: str
    device_name: str
    sequence: int
    counts: dict[str, int]  # announced in the bundle's manifest
    merged: dict[str, dict[str, int]]  # table -> outcome -> n
    conflicts: int
    possible_duplicates: int
    imported_at: str
    issued_at: str
    central_signing_key_id: str

    @property
    def imported_at_time(self) -> datetime:
        return datetime.fromisoformat(self.imported_at)

    def as_json(self) -> dict[str, Any]:
        return {"format": RECEIPT_FORMAT, "format_version": RECEIPT_VERSION,
                "bundle_id": self.bundle_id, "bundle_sha256": self.bundle_sha256,
                "device_id": self.device_id, "device_name": self.device_name,
                "sequence": self.sequence, "counts": self.counts, "merged": self.merged,
                "conflicts": self.conflicts, "possible_duplicates": self.possible_duplicates,
                "imported_at": self.imported_at, "issued_at": self.issued_at,
                "central_signing_key_id": self.central_signing_key_id}


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


# ------------------------------------------------------------------------- central side
def receipt_from_import(connection: Connection, bundle_id: str, signing_public: bytes,
                        issued_at: datetime) -> Receipt:
    """The receipt for an imported bundle, from the central database's record of it."""
    row = connection.execute(
        select(central_imports, central_devices.c.name.label("device_name"))
        .join(central_devices, central_devices.c.device_id == central_imports.c.device_id,
              isouter=True)
        .where(central_imports.c.bundle_id == bundle_id)).first()
    if row is None:
        raise rejected("not_imported", bundle_id=bundle_id)
    conflicts = connection.scalar(select(func.count()).select_from(central_conflicts).where(
        central_conflicts.c.import_id == row.id)) or 0
    duplicates = connection.scalar(
        select(func.count()).select_from(central_possible_duplicates).where(
            central_possible_duplicates.c.import_id == row.id)) or 0
    return Receipt(
        bundle_id=row.bundle_id, bundle_sha256=row.chain_sha256, device_id=row.device_id,
        device_name=row.device_name or "", sequence=row.sequence, counts=dict(row.counts),
        merged={table: dict(counts) for table, counts in dict(row.merged).items()},
        conflicts=conflicts, possible_duplicates=duplicates,
        imported_at=row.imported_at.isoformat(), issued_at=issued_at.isoformat(),
        central_signing_key_id=key_id(signing_public))


def write_receipt(receipt: Receipt, signing_key: Ed25519PrivateKey, out_dir: Path) -> Path:
    """Sign ``receipt`` and write it into ``out_dir`` (atomically); return the file."""
    name = f"{file_slug(receipt.device_name or receipt.device_id)}-{receipt.sequence:05d}"
    return write_signed_file(Path(out_dir) / f"{name}{RECEIPT_SUFFIX}", RECEIPT_FILE,
                             canonical_json(receipt.as_json()), signing_key,
                             signer_public_key=b64(raw_public(signing_key)))


# -------------------------------------------------------------------------- device side
def read_receipt(path: Path, central_signing_key: bytes) -> Receipt:
    """Read ``path`` and verify it was signed by ``central_signing_key`` (raw Ed25519).

    Raises BundleRejected (codes in MESSAGES) for anything else; device and bundle
    checks are the caller's (services.receipts).
    """
    payload = read_verified_payload(path, RECEIPT_FILE, central_signing_key)
    return _receipt(payload, central_signing_key)




def _receipt(payload: Any, central_signing_key: bytes) -> Receipt:
    if not isinstance(payload, dict) or payload.get("format") != RECEIPT_FORMAT:
        raise rejected("receipt", detail="format")
    check_version(payload.get("format_version"), RECEIPT_FILE)
    for name in _TEXT_FIELDS:
        if not isinstance(payload.get(name), str):
            raise rejected("receipt", detail=name)
    numbers = ("sequence", "conflicts", "possible_duplicates")
    for name in numbers:
        value = payload.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise rejected("receipt", detail=name)
    for name in ("counts", "merged"):
        if not isinstance(payload.get(name), dict):
            raise rejected("receipt", detail=name)
    if payload["central_signing_key_id"] != key_id(central_signing_key):
        raise rejected("unknown_signer", found=payload["central_signing_key_id"][:16],
                       expected=key_id(central_signing_key)[:16])
    try:
        datetime.fromisoformat(payload["imported_at"])
    except ValueError:
        raise rejected("receipt", detail="imported_at") from None
    return Receipt(**{name: payload[name] for name in (*_TEXT_FIELDS, *numbers,
                                                        "counts", "merged")})
