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


class BundleRejected(Exception):
    """A bundle refused before (or instead of) touching any database.

    ``message`` is an English source text in the "sync" translation context with
    ``{placeholders}`` from ``params``; ``code`` is stable for scripts and tests
    (e.g. "signature", "truncated", "payload_hash", "unknown_device", "format_version",
    "wrong_key", "sequence_gap").
    """

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message.format(**params))
        self.code = code
        self.message = message
        self.params = params

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        text = translate("sync", self.message) if translate else self.message
        return text.format(**self.params)
