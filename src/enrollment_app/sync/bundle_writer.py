"""Writing a bundle file: signed manifest, encrypted payload, never half-visible.

The records are streamed (JSON Lines -> zlib -> AES-256-GCM) into an anonymous temporary
file, so memory stays flat whatever the size; the manifest (which holds the payload's
hash) is then signed and the ZIP is assembled as ``<name>.partial`` in the target folder,
flushed to disk and renamed. A crash, a cancel or a full USB stick leaves no file that
looks like a complete bundle. The format is in docs/bundle-format.md.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
import tempfile
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from enrollment_app import __version__
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.services.errors import ServiceError
from enrollment_app.storage.base import new_uuid, utc_now
from enrollment_app.storage.durable_file import sync_directory
from enrollment_app.sync.bundle_types import (
    ENCRYPTION_ALG,
    FORMAT_NAME,
    FORMAT_VERSION,
    HKDF_INFO,
    MANIFEST_ENTRY,
    PAYLOAD_ENTRY,
    SIGNATURE_ENTRY,
    BundleRecord,
)
from enrollment_app.sync.keys import b64, key_id, raw_public

CHUNK = 1 << 16
LINES_PER_CHUNK = 256
NONCE_LENGTH = 12
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # fixed: the signed manifest holds the only timestamps
PARTIAL_SUFFIX = ".partial"
PARTICIPANTS = "participants"


class BundleWriteError(ServiceError):
    """The bundle could not be written; no file was left behind."""

    message = QT_TRANSLATE_NOOP("services", "The bundle could not be written to {folder}: "
                                            "{reason}. Nothing was saved there.")


class DestinationFullError(BundleWriteError):
    message = QT_TRANSLATE_NOOP("services", "The drive {folder} is full. Free some space or "
                                            "use another USB stick; no bundle was written.")


class DestinationReadOnlyError(BundleWriteError):
    message = QT_TRANSLATE_NOOP("services", "The folder {folder} cannot be written to "
                                            "(read-only or protected). Choose another folder; "
                                            "no bundle was written.")


class DestinationMissingError(BundleWriteError):
    message = QT_TRANSLATE_NOOP("services", "The folder {folder} does not exist. Plug in the "
                                            "USB stick or choose another folder.")


class BundleExistsError(BundleWriteError):
    message = QT_TRANSLATE_NOOP("services", "A file named {name} already exists in {folder}; "
                                            "it was left untouched.")


class BundleWriteCancelled(Exception):
    """The progress callback asked to stop; nothing was left behind."""


@dataclass(frozen=True)
class BundleHeader:
    """What the manifest says besides what the writer counts and computes."""

    kind: str
    device_id: str
    device_name: str
    sequence: int
    previous_bundle_sha256: str | None
    created_by: str
    change_seq_from: int = 0
    change_seq_to: int = 0
    bundle_id: str = field(default_factory=new_uuid)
    created_at: datetime = field(default_factory=utc_now)
    # Further manifest fields (mode, date_range, original_sha256, ...), written as given.
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class WrittenBundle:
    path: Path
    sha256: str  # of the whole file
    size: int
    manifest: dict[str, Any]

    @property
    def counts(self) -> dict[str, int]:
        return dict(self.manifest["counts"])

    @property
    def per_kecamatan(self) -> dict[str, int]:
        return dict(self.manifest["per_kecamatan"])

    @property
    def record_count(self) -> int:
        return int(self.manifest["record_count"])


@dataclass
class _Tally:
    """Counts gathered while the records stream past."""

    kecamatan_label: Callable[[str], str]
    counts: dict[str, int] = field(default_factory=dict)
    per_code: dict[str, int] = field(default_factory=dict)
    first: str | None = None
    last: str | None = None
    total: int = 0

    def add(self, record: BundleRecord) -> None:
        self.total += 1
        self.counts[record.table] = self.counts.get(record.table, 0) + 1
        if record.table == PARTICIPANTS:
            code = record.values.get("kecamatan_code") or ""
            self.per_code[code] = self.per_code.get(code, 0) + 1
        stamp = record.values.get("updated_at")
        if isinstance(stamp, str):
            if self.first is None or stamp < self.first:
                self.first = stamp
            if self.last is None or stamp > self.last:
                self.last = stamp

    def per_kecamatan(self) -> dict[str, int]:
        named: dict[str, int] = {}
        for code, count in sorted(self.per_code.items()):
            label = self.kecamatan_label(code)
            named[label] = named.get(label, 0) + count
        return named


def file_slug(name: str) -> str:
    """A device name as the safe, lowercase start of a bundle's file name."""
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()[:40] or "device"


def bundle_key(shared_secret: bytes, bundle_id: str) -> bytes:
    """HKDF-SHA256 over the X25519 shared secret; salt = the 16 bytes of the bundle UUID."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=uuid.UUID(bundle_id).bytes,
                info=HKDF_INFO).derive(shared_secret)


def associated_data(bundle_id: str, device_id: str) -> bytes:
    """AES-GCM additional data: the ASCII text of bundle_id followed by device_id."""
    return (bundle_id + device_id).encode("ascii")


def write_bundle(folder: Path, file_name: str, header: BundleHeader,
                 records: Iterable[BundleRecord], *, signing_key: Ed25519PrivateKey,
                 recipient_public_key: X25519PublicKey,
                 kecamatan_label: Callable[[str], str] = lambda code: code,
                 progress: Callable[[int], bool] | None = None,
                 work_dir: Path | None = None,
                 before_publish: Callable[[WrittenBundle], None] | None = None
                 ) -> WrittenBundle:
    """Write ``records`` as one bundle ``folder/file_name`` and return what was written.

    ``progress(records_done)`` is called every few hundred records; returning False
    cancels (raises BundleWriteCancelled). ``before_publish(bundle)`` runs once the file
    is complete and on disk but still named ``.partial``: the exporter records the
    bundle there, so a crash never leaves a finished bundle its device does not know
    (an exception from it removes the file). Raises BundleWriteError subclasses for a
    missing, full or read-only destination; in every failure no file is left.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise DestinationMissingError(folder=str(folder))
    target = folder / file_name
    if target.exists():
        raise BundleExistsError(name=file_name, folder=str(folder))
    partial = folder / (file_name + PARTIAL_SUFFIX)
    tally = _Tally(kecamatan_label)
    try:
        with tempfile.TemporaryFile(dir=work_dir) as payload:
            encryption, payload_sha, payload_size = _write_payload(
                payload, header, records, recipient_public_key, tally, progress)
            manifest = _manifest(header, signing_key, tally, encryption, payload_sha,
                                 payload_size)
            manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
            signature = signing_key.sign(manifest_bytes)
            payload.seek(0)
            file_sha, size = _write_container(partial, manifest_bytes, signature, payload,
                                              payload_size)
        written = WrittenBundle(target, file_sha, size, manifest)
        if before_publish is not None:
            before_publish(written)
        os.rename(partial, target)
        sync_directory(folder)
    except BaseException as exc:
        _discard(partial)
        if isinstance(exc, OSError):
            raise _write_error(exc, folder) from exc
        raise
    return written


def _write_payload(out: IO[bytes], header: BundleHeader, records: Iterable[BundleRecord],
                   recipient: X25519PublicKey, tally: _Tally,
                   progress: Callable[[int], bool] | None
                   ) -> tuple[dict[str, Any], str, int]:
    ephemeral = X25519PrivateKey.generate()
    key = bundle_key(ephemeral.exchange(recipient), header.bundle_id)
    nonce = os.urandom(NONCE_LENGTH)
    encryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
    encryptor.authenticate_additional_data(associated_data(header.bundle_id, header.device_id))
    compressor = zlib.compressobj(6)
    digest = hashlib.sha256()
    size = 0

    def emit(data: bytes) -> None:
        nonlocal size
        if data:
            encrypted = encryptor.update(data)
            digest.update(encrypted)
            out.write(encrypted)
            size += len(encrypted)

    lines: list[str] = []
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    for record in records:
        tally.add(record)
        lines.append(dumps({"table": record.table, "values": record.values,
                            "base_version": record.base_version}))
        if len(lines) >= LINES_PER_CHUNK:
            emit(compressor.compress(("\n".join(lines) + "\n").encode("utf-8")))
            lines.clear()
            if progress is not None and not progress(tally.total):
                raise BundleWriteCancelled()
    if lines:
        emit(compressor.compress(("\n".join(lines) + "\n").encode("utf-8")))
    emit(compressor.flush())
    tail = encryptor.finalize() + encryptor.tag
    digest.update(tail)
    out.write(tail)
    size += len(tail)
    if progress is not None and not progress(tally.total):
        raise BundleWriteCancelled()
    encryption = {
        "alg": ENCRYPTION_ALG,
        "ephemeral_public_key": b64(raw_public(ephemeral)),
        "nonce": b64(nonce),
        "recipient_key_id": key_id(raw_public(recipient)),
    }
    return encryption, digest.hexdigest(), size


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _manifest(header: BundleHeader, signing_key: Ed25519PrivateKey, tally: _Tally,
              encryption: dict[str, Any], payload_sha: str, payload_size: int
              ) -> dict[str, Any]:
    signer = raw_public(signing_key)
    manifest: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "kind": header.kind,
        "bundle_id": header.bundle_id,
        "device_id": header.device_id,
        "device_name": header.device_name,
        "sequence": header.sequence,
        "previous_bundle_sha256": header.previous_bundle_sha256,
        "created_at": _iso(header.created_at),
        "created_by": header.created_by,
        "app_version": __version__,
        "change_seq_from": header.change_seq_from,
        "change_seq_to": header.change_seq_to,
        "time_range": {"first_updated_at": tally.first, "last_updated_at": tally.last},
        "record_count": tally.total,
        "counts": dict(sorted(tally.counts.items())),
        "per_kecamatan": tally.per_kecamatan(),
        "payload": {"file": PAYLOAD_ENTRY, "sha256": payload_sha, "size": payload_size,
                    "encoding": "jsonl", "compression": "zlib"},
        "encryption": encryption,
        "signer_public_key": b64(signer),
        "signer_key_id": key_id(signer),
    }
    for name, value in header.extra.items():
        manifest.setdefault(name, value)
    return manifest


def _entry(name: str, size: int = 0) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_STORED
    info.file_size = size
    info.external_attr = 0o644 << 16
    return info


def _write_container(partial: Path, manifest: bytes, signature: bytes, payload: IO[bytes],
                     payload_size: int) -> tuple[str, int]:
    partial.unlink(missing_ok=True)  # a leftover from a crash: never a finished bundle
    with open(partial, "xb") as handle:
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_STORED) as archive:
            archive.writestr(_entry(MANIFEST_ENTRY), manifest)
            archive.writestr(_entry(SIGNATURE_ENTRY), signature)
            with archive.open(_entry(PAYLOAD_ENTRY, payload_size), "w") as dest:
                shutil.copyfileobj(payload, dest, CHUNK)
        handle.flush()
        os.fsync(handle.fileno())
    digest = hashlib.sha256()
    with open(partial, "rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest(), partial.stat().st_size


def _discard(partial: Path) -> None:
    """Remove a half-written file; on a read-only or vanished medium even that fails
    (EROFS, EIO), and the original error is the one to report."""
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)




def _write_error(exc: OSError, folder: Path) -> BundleWriteError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DestinationFullError(folder=str(folder))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DestinationReadOnlyError(folder=str(folder))
    if exc.errno == errno.ENOENT:
        return DestinationMissingError(folder=str(folder))
    return BundleWriteError(folder=str(folder), reason=exc.strerror or str(exc))
