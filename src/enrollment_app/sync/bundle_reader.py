"""Reading and verifying a bundle file before anything touches a database.

``open_bundle`` (the central office, for device exports) and ``open_central_update`` (a
device, for the central office's updates) check, in this order: the file is a complete
ZIP with the three entries; the format version is not newer than ours; the Ed25519
signature over the exact manifest bytes; the format name; the manifest's fields and
kind; that the signer is the key known for the sender; the payload's SHA-256 (which
also catches a payload swapped in from another bundle); that the payload is encrypted
for our key; and, unless told not to, the AES-GCM authentication tag over the whole
payload. Only then is a ``VerifiedBundle`` returned; its ``records()`` streams the
decrypted records and checks the tag again at the end.

Every refusal is a ``BundleRejected`` with a stable ``code`` and an English message in
the "sync" translation context. The format is in docs/bundle-format.md.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.sync.bundle_types import (
    CENTRAL_UPDATE,
    DEVICE_EXPORT,
    ENCRYPTION_ALG,
    ENTRY_NAMES,
    FORMAT_NAME,
    FORMAT_VERSION,
    GCM_TAG_LENGTH,
    BundleRecord,
    BundleRejected,
    Manifest,
    VerifiedBundle,
)
from enrollment_app.sync.bundle_writer import NONCE_LENGTH, associated_data, bundle_key
from enrollment_app.sync.keys import key_id, raw_public, unb64

CHUNK = 1 << 16
MAX_DECOMPRESSED_CHUNK = 1 << 20
MAX_MANIFEST_BYTES = 1 << 20
LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")
LOCAL_HEADER_SIGNATURE = 0x04034B50
ZIP_START = b"PK\x03\x04"
END_OF_DIRECTORY = b"PK\x05\x06"
END_RECORD_SIZE = 22

KnownDeviceKey = Callable[[str], bytes | None]

MESSAGES = {
    "unreadable": QT_TRANSLATE_NOOP(
        "sync", "The bundle file {path} cannot be read: {reason}."),
    "truncated": QT_TRANSLATE_NOOP(
        "sync", "The bundle file is incomplete (truncated). Copy it again from the "
                "device."),
    "damaged": QT_TRANSLATE_NOOP(
        "sync", "The bundle file is damaged: its ZIP structure cannot be read."),
    "not_a_bundle": QT_TRANSLATE_NOOP(
        "sync", "This file is not an enrollment bundle ({detail})."),
    "format_version": QT_TRANSLATE_NOOP(
        "sync", "The bundle was made by a newer version of the application (format "
                "version {found}; this version reads up to {supported}). Update the "
                "application first."),
    "signature": QT_TRANSLATE_NOOP(
        "sync", "The bundle's signature does not match its manifest: the manifest was "
                "changed or damaged after it was signed."),
    "wrong_kind": QT_TRANSLATE_NOOP(
        "sync", "This bundle is a {found} bundle; a {expected} bundle was expected "
                "here."),
    "unknown_device": QT_TRANSLATE_NOOP(
        "sync", "The bundle comes from an unknown device ({device_id})."),
    "device_key_mismatch": QT_TRANSLATE_NOOP(
        "sync", "The bundle says it comes from device {device_id} but is signed with "
                "another key than that device's (key {found}, expected {expected})."),
    "unknown_signer": QT_TRANSLATE_NOOP(
        "sync", "The update is not signed by the central office key this device was "
                "provisioned with (key {found})."),
    "wrong_device": QT_TRANSLATE_NOOP(
        "sync", "The update is meant for another device ({found})."),
    "manifest": QT_TRANSLATE_NOOP(
        "sync", "The bundle's manifest is incomplete or malformed ({detail})."),
    "payload_hash": QT_TRANSLATE_NOOP(
        "sync", "The bundle's data does not match its manifest: it was damaged or "
                "swapped in from another bundle."),
    "wrong_key": QT_TRANSLATE_NOOP(
        "sync", "The bundle is encrypted for another key ({found}); the key used here "
                "is {expected}."),
    "payload_tag": QT_TRANSLATE_NOOP(
        "sync", "The bundle's data failed its integrity check while being decrypted: "
                "it is damaged or not encrypted for this key."),
    "records": QT_TRANSLATE_NOOP(
        "sync", "Record {line} in the bundle is malformed ({detail})."),
    "counts": QT_TRANSLATE_NOOP(
        "sync", "The bundle holds {found} records but its manifest lists {expected}."),
}


def rejected(code: str, **params: Any) -> BundleRejected:
    return BundleRejected(code, MESSAGES[code], **params)


# ----------------------------------------------------------------------------- container
@dataclass(frozen=True)
class _Container:
    path: Path
    manifest_bytes: bytes
    signature: bytes
    payload_offset: int
    payload_size: int
    file_sha256: str


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def _classify_bad_zip(path: Path) -> BundleRejected:
    """A ZIP that will not open: cut short (its end record missing or incomplete), not a
    ZIP at all, or damaged otherwise."""
    size = path.stat().st_size
    with open(path, "rb") as handle:
        start = handle.read(4)
        handle.seek(max(0, size - (1 << 16) - 22))
        tail = handle.read()
    if start != ZIP_START:
        return rejected("not_a_bundle", detail="not a ZIP file")
    end = tail.rfind(END_OF_DIRECTORY)
    if end < 0 or end + END_RECORD_SIZE > len(tail):
        return rejected("truncated")
    return rejected("damaged")


def _entry_span(handle: IO[bytes], info: zipfile.ZipInfo, file_size: int) -> tuple[int, int]:
    """Offset and length of a stored entry's data, from its local header. The end record
    was found, so the file is not cut short: a span outside it is damage."""
    if not 0 <= info.header_offset <= file_size - LOCAL_HEADER.size:
        raise rejected("damaged")
    handle.seek(info.header_offset)
    fields = LOCAL_HEADER.unpack(handle.read(LOCAL_HEADER.size))
    if fields[0] != LOCAL_HEADER_SIGNATURE:
        raise rejected("damaged")
    offset = info.header_offset + LOCAL_HEADER.size + fields[9] + fields[10]
    if offset + info.compress_size > file_size:
        raise rejected("damaged")
    return offset, info.compress_size


def _open_container(path: Path) -> _Container:
    try:
        file_size = path.stat().st_size
        with open(path, "rb") as handle:
            spans = _entry_spans(path, handle, file_size)
            handle.seek(spans[0][0])
            manifest_bytes = handle.read(spans[0][1])
            handle.seek(spans[1][0])
            signature = handle.read(spans[1][1])
        return _Container(path, manifest_bytes, signature, spans[2][0], spans[2][1],
                          _file_sha256(path))
    except OSError as exc:
        raise rejected("unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc


def _entry_spans(path: Path, handle: IO[bytes], file_size: int) -> list[tuple[int, int]]:
    """Where the three entries' data lie, after checking the ZIP's directory."""
    try:
        with zipfile.ZipFile(handle) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile:
        raise _classify_bad_zip(path) from None
    except (NotImplementedError, ValueError, OverflowError, struct.error, OSError):
        raise rejected("damaged") from None  # a directory field no ZIP reader accepts
    names = tuple(info.filename for info in infos)
    if names != ENTRY_NAMES:
        raise rejected("not_a_bundle", detail="entries " + ", ".join(names))
    if any(info.compress_type != zipfile.ZIP_STORED or info.flag_bits & 0x1
           for info in infos):
        raise rejected("not_a_bundle", detail="entries must be stored")
    spans = [_entry_span(handle, info, file_size) for info in infos]
    if spans[0][1] > MAX_MANIFEST_BYTES:
        raise rejected("not_a_bundle", detail="manifest too large")
    return spans


# ------------------------------------------------------------------------------ manifest
def _parse(container: _Container) -> dict[str, Any]:
    """The manifest as JSON, its signature checked; a newer format is refused first (it
    may sign differently)."""
    try:
        raw = json.loads(container.manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise rejected("signature") from None  # not even JSON: not what was signed
    if not isinstance(raw, dict):
        raise rejected("not_a_bundle", detail="manifest is not an object")
    version = raw.get("format_version")
    valid = isinstance(version, int) and not isinstance(version, bool)
    if valid and version > FORMAT_VERSION:
        raise rejected("format_version", found=version, supported=FORMAT_VERSION)
    _verify_signature(raw, container)
    if raw.get("format") != FORMAT_NAME:
        raise rejected("not_a_bundle", detail="format is not " + FORMAT_NAME)
    if not valid or version < 1:
        raise rejected("not_a_bundle", detail="no format version")
    return raw


def _verify_signature(raw: dict[str, Any], container: _Container) -> None:
    try:
        signer = unb64(str(raw["signer_public_key"]))
        Ed25519PublicKey.from_public_bytes(signer).verify(container.signature,
                                                          container.manifest_bytes)
    except (KeyError, ValueError, InvalidSignature):
        raise rejected("signature") from None


def _signer(raw: dict[str, Any]) -> bytes:
    return unb64(str(raw["signer_public_key"]))  # verified by _parse


def _field(raw: dict[str, Any], name: str, kind: type | tuple[type, ...],
           optional: bool = False) -> Any:
    value = raw.get(name)
    if value is None and optional:
        return None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise rejected("manifest", detail=name)
    return value


def _counts(raw: dict[str, Any], name: str) -> dict[str, int]:
    value = _field(raw, name, dict)
    if not all(isinstance(k, str) and isinstance(v, int) for k, v in value.items()):
        raise rejected("manifest", detail=name)
    return dict(value)


def _manifest(raw: dict[str, Any]) -> Manifest:
    bundle_id = _field(raw, "bundle_id", str)
    try:
        uuid.UUID(bundle_id)
    except ValueError:
        raise rejected("manifest", detail="bundle_id") from None
    for section, keys in (("payload", ("sha256", "size")),
                          ("encryption", ("alg", "ephemeral_public_key", "nonce",
                                          "recipient_key_id"))):
        part = _field(raw, section, dict)
        if any(not isinstance(part.get(key), str) for key in keys if key != "size"):
            raise rejected("manifest", detail=section)
        if section == "payload" and (not isinstance(part.get("size"), int)
                                     or isinstance(part["size"], bool)):
            raise rejected("manifest", detail=section)
    counts = _counts(raw, "counts")
    record_count = raw.get("record_count", sum(counts.values()))
    if not isinstance(record_count, int) or isinstance(record_count, bool):
        raise rejected("manifest", detail="record_count")
    if not isinstance(raw.get("mode") or "", str):
        raise rejected("manifest", detail="mode")
    return Manifest(
        format_version=raw["format_version"], kind=_field(raw, "kind", str),
        bundle_id=bundle_id, device_id=_field(raw, "device_id", str),
        device_name=_field(raw, "device_name", str), sequence=_field(raw, "sequence", int),
        previous_bundle_sha256=_field(raw, "previous_bundle_sha256", str, optional=True),
        created_at=_field(raw, "created_at", str), created_by=_field(raw, "created_by", str),
        change_seq_from=_field(raw, "change_seq_from", int),
        change_seq_to=_field(raw, "change_seq_to", int), counts=counts,
        per_kecamatan=_counts(raw, "per_kecamatan"), raw=raw,
        mode=raw.get("mode") or "", record_count=int(record_count),
        original_sha256=_field(raw, "original_sha256", str, optional=True))


# ------------------------------------------------------------------------------- payload
@dataclass(frozen=True)
class _Decryption:
    key: bytes
    nonce: bytes
    aad: bytes


def _decryption(manifest: Manifest, private_key: X25519PrivateKey) -> _Decryption:
    encryption = manifest.raw["encryption"]
    if encryption["alg"] != ENCRYPTION_ALG:
        raise rejected("not_a_bundle", detail="encryption " + str(encryption["alg"]))
    ours = key_id(raw_public(private_key))
    if encryption["recipient_key_id"] != ours:
        raise rejected("wrong_key", found=str(encryption["recipient_key_id"])[:16],
                       expected=ours[:16])
    try:
        ephemeral = X25519PublicKey.from_public_bytes(unb64(encryption["ephemeral_public_key"]))
        nonce = unb64(encryption["nonce"])
        shared = private_key.exchange(ephemeral)
        if len(nonce) != NONCE_LENGTH:
            raise ValueError("nonce length")
    except ValueError:
        raise rejected("manifest", detail="encryption") from None
    return _Decryption(bundle_key(shared, manifest.bundle_id), nonce,
                       associated_data(manifest.bundle_id, manifest.device_id))


def _decryptor(decryption: _Decryption) -> Any:
    decryptor = Cipher(algorithms.AES(decryption.key), modes.GCM(decryption.nonce)).decryptor()
    decryptor.authenticate_additional_data(decryption.aad)
    return decryptor


def _ciphertext(container: _Container) -> Iterator[bytes]:
    """The payload without its trailing tag, in blocks."""
    with open(container.path, "rb") as handle:
        handle.seek(container.payload_offset)
        remaining = container.payload_size - GCM_TAG_LENGTH
        while remaining > 0:
            block = handle.read(min(CHUNK, remaining))
            if not block:
                raise rejected("truncated")
            remaining -= len(block)
            yield block


def _tag(container: _Container) -> bytes:
    with open(container.path, "rb") as handle:
        handle.seek(container.payload_offset + container.payload_size - GCM_TAG_LENGTH)
        tag = handle.read(GCM_TAG_LENGTH)
    if len(tag) != GCM_TAG_LENGTH:
        raise rejected("truncated")
    return tag


def _check_payload(container: _Container, manifest: Manifest, private_key: X25519PrivateKey,
                   verify_tag: bool) -> _Decryption:
    """Payload hash, then the key, then the GCM tag (decrypted in the same pass as the
    hash, output discarded)."""
    payload = manifest.raw["payload"]
    if payload.get("size") != container.payload_size or container.payload_size < GCM_TAG_LENGTH:
        raise rejected("payload_hash")
    key_problem: BundleRejected | None = None
    decryption: _Decryption | None = None
    try:
        decryption = _decryption(manifest, private_key)
    except BundleRejected as exc:
        key_problem = exc
    decryptor = _decryptor(decryption) if decryption is not None and verify_tag else None
    digest = hashlib.sha256()
    for block in _ciphertext(container):
        digest.update(block)
        if decryptor is not None:
            decryptor.update(block)
    tag = _tag(container)
    digest.update(tag)
    if digest.hexdigest() != payload.get("sha256"):
        raise rejected("payload_hash")
    if key_problem is not None:
        raise key_problem
    assert decryption is not None
    if decryptor is not None:
        try:
            decryptor.finalize_with_tag(tag)
        except InvalidTag:
            raise rejected("payload_tag") from None
    return decryption


def _decrypted(container: _Container, decryption: _Decryption) -> Iterator[bytes]:
    decryptor = _decryptor(decryption)
    for block in _ciphertext(container):
        yield decryptor.update(block)
    try:
        decryptor.finalize_with_tag(_tag(container))
    except InvalidTag:
        raise rejected("payload_tag") from None


def _decompressed(blocks: Iterator[bytes]) -> Iterator[bytes]:
    inflater = zlib.decompressobj()
    try:
        for block in blocks:
            data = block
            while data:
                out = inflater.decompress(data, MAX_DECOMPRESSED_CHUNK)
                if out:
                    yield out
                data = inflater.unconsumed_tail
        tail = inflater.flush()
    except zlib.error:
        raise rejected("payload_tag") from None
    if tail:
        yield tail
    if not inflater.eof:
        raise rejected("payload_tag")


def _lines(blocks: Iterator[bytes]) -> Iterator[bytes]:
    pending = b""
    for block in blocks:
        pending += block
        *complete, pending = pending.split(b"\n")
        yield from complete
    if pending:
        yield pending


def _record(line: bytes, number: int) -> BundleRecord:
    try:
        item = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise rejected("records", line=number, detail="not JSON") from None
    if not isinstance(item, dict):
        raise rejected("records", line=number, detail="not an object")
    table, values, base = item.get("table"), item.get("values"), item.get("base_version")
    if (not isinstance(table, str) or not isinstance(values, dict)
            or not isinstance(base, int) or isinstance(base, bool)
            or not isinstance(values.get("id"), str)):
        raise rejected("records", line=number, detail="table, values.id, base_version")
    return BundleRecord(table, values, base)


def _records(container: _Container, manifest: Manifest, decryption: _Decryption
             ) -> Iterator[BundleRecord]:
    number = 0
    for line in _lines(_decompressed(_decrypted(container, decryption))):
        if not line:
            continue
        number += 1
        yield _record(line, number)
    if number != manifest.record_count:
        raise rejected("counts", found=number, expected=manifest.record_count)


# ---------------------------------------------------------------------------- public API
def _open(path: str | os.PathLike[str], *, kind: str, private_key: X25519PrivateKey,
          check_signer: Callable[[Manifest, bytes], None], verify_payload: bool
          ) -> VerifiedBundle:
    container = _open_container(Path(path))
    raw = _parse(container)
    signer = _signer(raw)
    manifest = _manifest(raw)
    if manifest.kind != kind:
        raise rejected("wrong_kind", found=manifest.kind, expected=kind)
    check_signer(manifest, signer)
    decryption = _check_payload(container, manifest, private_key, verify_payload)
    encryption_key = raw.get("device_encryption_public_key")
    try:
        sender_key = unb64(encryption_key) if isinstance(encryption_key, str) else None
    except ValueError:
        raise rejected("manifest", detail="device_encryption_public_key") from None
    return VerifiedBundle(
        manifest=manifest, sha256=container.file_sha256, signer_public_key=signer,
        records=lambda: _records(container, manifest, decryption),
        encryption_public_key=sender_key, path=str(container.path))


def open_bundle(path: str | os.PathLike[str], *, central_private_key: X25519PrivateKey,
                known_device_key: KnownDeviceKey | None = None,
                require_known_device: bool = False,
                verify_payload: bool = True) -> VerifiedBundle:
    """Verify a device's export bundle for the central office (see the module doc).

    ``known_device_key(device_id)`` returns the raw Ed25519 public key the office has on
    record for that device, or None for a device not seen yet: then the bundle is
    accepted (its key can be recorded, trust on first use) unless
    ``require_known_device``. ``verify_payload=False`` skips the full-payload tag check
    here (``records()`` still checks it at the end). Raises ``BundleRejected``.
    """
    def check_signer(manifest: Manifest, signer: bytes) -> None:
        known = known_device_key(manifest.device_id) if known_device_key else None
        if known is None:
            if require_known_device:
                raise rejected("unknown_device", device_id=manifest.device_id)
            return
        if bytes(known) != signer:
            raise rejected("device_key_mismatch", device_id=manifest.device_id,
                           found=key_id(signer)[:16], expected=key_id(bytes(known))[:16])

    return _open(path, kind=DEVICE_EXPORT, private_key=central_private_key,
                 check_signer=check_signer, verify_payload=verify_payload)


def open_central_update(path: str | os.PathLike[str], *, device_private_key: X25519PrivateKey,
                        central_signing_key: bytes, device_id: str,
                        verify_payload: bool = True) -> VerifiedBundle:
    """Verify a central-office update for this device: signed by the central key from
    provisioning, addressed to ``device_id``, encrypted for the device's X25519 key."""
    def check_signer(manifest: Manifest, signer: bytes) -> None:
        if signer != bytes(central_signing_key):
            raise rejected("unknown_signer", found=key_id(signer)[:16])
        if manifest.device_id != device_id:
            raise rejected("wrong_device", found=manifest.device_id)

    return _open(path, kind=CENTRAL_UPDATE, private_key=device_private_key,
                 check_signer=check_signer, verify_payload=verify_payload)


def read_manifest(path: str | os.PathLike[str]) -> Manifest:
    """The manifest as the file states it, signature checked against the key inside it
    but sender and payload NOT verified: for listing files, never for importing."""
    container = _open_container(Path(path))
    return _manifest(_parse(container))
