"""The shapes a verified bundle is handed over in, between the reader and the importers.

The file format itself is in docs/bundle-format.md; ``sync.bundle_reader`` turns a file
into a ``VerifiedBundle`` only after every check passed (signature, hashes, known device,
format version), and streams the records from the decrypted payload.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

FORMAT_NAME = "enrollment-bundle"
FORMAT_VERSION = 1

# Kinds of bundle: a device's export to the central office, and the central office's
# catalog/roster update back to one device.
DEVICE_EXPORT = "device-export"
CENTRAL_UPDATE = "central-update"

# The container (docs/bundle-format.md): a ZIP holding exactly these entries, in order.
MANIFEST_ENTRY = "manifest.json"
SIGNATURE_ENTRY = "manifest.sig"
PAYLOAD_ENTRY = "payload.bin"
ENTRY_NAMES = (MANIFEST_ENTRY, SIGNATURE_ENTRY, PAYLOAD_ENTRY)
ENCRYPTION_ALG = "X25519-HKDF-SHA256-AES-256-GCM"
HKDF_INFO = b"enrollment-bundle v1"
GCM_TAG_LENGTH = 16
BUNDLE_SUFFIX = ".bundle"


@dataclass(frozen=True)
class BundleRecord:
    """One row of a synced table: every column by name, JSON types only.

    ``values`` always holds ``id``, ``origin_device_id``, ``version``, ``created_at``,
    ``created_by``, ``updated_at``, ``updated_by`` and ``deleted_at`` (ISO 8601 UTC or
    null). ``base_version`` is the version this change was made on top of as far as the
    exporting device knows (the version it last received or exported for that row; 0 for
    a row new to the receiver), so a receiver can tell a clean update from a concurrent
    edit.
    """

    table: str
    values: dict[str, Any]
    base_version: int


@dataclass(frozen=True)
class Manifest:
    """The signed, readable part of a bundle (see docs/bundle-format.md)."""

    format_version: int
    kind: str
    bundle_id: str
    device_id: str
    device_name: str
    sequence: int
    previous_bundle_sha256: str | None
    created_at: str
    created_by: str
    change_seq_from: int
    change_seq_to: int
    counts: dict[str, int]
    per_kecamatan: dict[str, int]
    raw: dict[str, Any] = field(default_factory=dict, compare=False)
    # Added after the first draft of this interface (all optional, so older callers work):
    mode: str = ""  # device exports: "daily", "range" or "full"; central updates: ""
    record_count: int = 0
    # Set on a bundle re-created by the device: the sha256 of the file it stands in for
    # (same bundle_id and sequence), so the chain of previous_bundle_sha256 still holds.
    original_sha256: str | None = None


@dataclass
class VerifiedBundle:
    """A bundle whose signature and hashes have been checked.

    ``records()`` streams the payload; it raises ``BundleRejected`` if the payload turns
    out damaged (authentication tag) at the end, so importers must consume it inside
    their transaction and roll back on that error.
    """

    manifest: Manifest
    sha256: str  # of the whole bundle file
    signer_public_key: bytes  # raw Ed25519 public key of the device that signed
    records: Callable[[], Iterator[BundleRecord]]
    # The sender's raw X25519 public key (device exports only): the central office
    # encrypts its updates for this device with it.
    encryption_public_key: bytes | None = None
    path: str = ""


class BundleRejected(Exception):
    """A bundle refused before (or instead of) touching any database.

    ``message`` is an English source text in the "sync" translation context with
    ``{placeholders}`` from ``params``; ``code`` is stable for scripts and tests. The
    reader's codes (docs/bundle-format.md has the table): "unreadable", "truncated",
    "damaged", "not_a_bundle", "format_version", "signature", "manifest", "wrong_kind",
    "unknown_device", "device_key_mismatch", "unknown_signer", "wrong_device",
    "payload_hash", "wrong_key", "payload_tag", "records", "counts"; provisioning files
    add "not_provisioning" and "provisioning"; importers add their own (e.g. "chain").
    """

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message.format(**params))
        self.code = code
        self.message = message
        self.params = params

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        text = translate("sync", self.message) if translate else self.message
        return text.format(**self.params)
