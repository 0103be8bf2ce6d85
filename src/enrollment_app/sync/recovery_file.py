"""Recovery files: the central office's way back into a laptop whose every password is
forgotten.

The central office opens the laptop's recovery copy of the data key (sealed for its
X25519 key in ``enrollment.keys``, brought in on a USB stick), wraps the data key again
under a random **recovery code** and writes a signed JSON file (``sync.signed_file``)
for that laptop. The code is read out by phone, not written into the file: the file
alone does not open the laptop, and the code alone does not either.

Payload (canonical JSON text, signed with the central Ed25519 key): format, version,
recovery_id, device_id, device_name, key_check (of the data key), issued_at,
expires_at, central_key_id (the signing key's id), salt, nonce and wrapped: the data
key under AES-256-GCM with a key derived by HKDF-SHA256 (the file's random salt) from
the code, with the device id as associated data.

The code has ``CODE_LENGTH`` characters from a 32-letter alphabet without 0/O/1/I
(100 bits), shown in groups of four (``K7QX-M2PA-...``); it is accepted in lower case
and with or without dashes or spaces.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.storage.base import new_uuid
from enrollment_app.sync.bundle_types import BundleRejected
from enrollment_app.sync.keys import b64, key_id, raw_public, unb64
from enrollment_app.sync.receipts import canonical_json
from enrollment_app.sync.signed_file import (
    SignedFileKind,
    check_version,
    read_verified_payload,
    write_signed_file,
)

RECOVERY_FORMAT = "enrollment-recovery"
RECOVERY_VERSION = 1
RECOVERY_SUFFIX = ".recovery.json"
MAX_RECOVERY_BYTES = 100_000
VALIDITY = timedelta(days=14)
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0, O, 1, I
CODE_LENGTH = 20  # 20 x 5 bits = 100 bits
CODE_GROUP = 4
SALT_BYTES = 16
NONCE_BYTES = 12
_CODE_INFO = b"enrollment_app recovery code v1"
_TEXT_FIELDS = ("recovery_id", "device_id", "device_name", "key_check", "issued_at",
                "expires_at", "central_key_id", "salt", "nonce", "wrapped")

MESSAGES = {
    "unreadable": QT_TRANSLATE_NOOP(
        "sync", "The recovery file {path} cannot be read ({reason})."),
    "not_recovery": QT_TRANSLATE_NOOP(
        "sync", "This file is not a recovery file from the central office ({detail}). "
                "Nothing was changed."),
    "format_version": QT_TRANSLATE_NOOP(
        "sync", "The recovery file was made by a newer version of the application (format "
                "version {found}; this version reads up to {supported}). Update the "
                "application first."),
    "signature": QT_TRANSLATE_NOOP(
        "sync", "The recovery file's signature does not match its contents: it was changed "
                "or damaged after the central office made it. Nothing was changed; ask the "
                "central office for a new file."),
    "unknown_signer": QT_TRANSLATE_NOOP(
        "sync", "The recovery file was signed by another central office key ({found}), not "
                "the one this laptop trusts ({expected}). Nothing was changed."),
    "recovery": QT_TRANSLATE_NOOP(
        "sync", "The recovery file is incomplete or malformed ({detail}). Nothing was "
                "changed."),
}


def rejected(code: str, **params: Any) -> BundleRejected:
    return BundleRejected(code, MESSAGES[code], **params)


RECOVERY_FILE = SignedFileKind(RECOVERY_FORMAT, RECOVERY_VERSION, MAX_RECOVERY_BYTES,
                               "not_recovery", rejected)


# ----------------------------------------------------------------------------- the code
def new_recovery_code() -> str:
    """A fresh random code, in groups: ``K7QX-M2PA-...``."""
    return format_code("".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH)))


def format_code(code: str) -> str:
    return "-".join(code[i:i + CODE_GROUP] for i in range(0, len(code), CODE_GROUP))


def normalize_code(text: str) -> str | None:
    """The code as typed, in capitals without separators; None when it cannot be a code
    (wrong length or a character outside the alphabet)."""
    code = "".join(text.split()).replace("-", "").upper()
    if len(code) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in code):
        return None
    return code


def _code_key(code: str, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=_CODE_INFO).derive(code.encode("ascii"))


# --------------------------------------------------------------------------- the file
@dataclass(frozen=True)
class RecoveryFile:
    """A recovery file's verified contents (the data key still wrapped)."""

    recovery_id: str
    device_id: str
    device_name: str
    key_check: str
    issued_at: str
    expires_at: str
    central_key_id: str
    salt: str
    nonce: str
    wrapped: str

    @property
    def issued(self) -> datetime:
        return datetime.fromisoformat(self.issued_at)

    @property
    def expires(self) -> datetime:
        return datetime.fromisoformat(self.expires_at)

    def is_expired(self, now: datetime) -> bool:
        return now >= self.expires

    def unwrap(self, code: str) -> bytes | None:
        """The data key when ``code`` (as typed) is this file's code, else None."""
        normalized = normalize_code(code)
        if normalized is None:
            return None
        try:
            return AESGCM(_code_key(normalized, unb64(self.salt))).decrypt(
                unb64(self.nonce), unb64(self.wrapped), self.device_id.encode("utf-8"))
        except (InvalidTag, ValueError):
            return None

    def as_json(self) -> dict[str, Any]:
        return {"format": RECOVERY_FORMAT, "format_version": RECOVERY_VERSION,
                **{name: getattr(self, name) for name in _TEXT_FIELDS}}


def make_recovery_file(path: Path, *, data_key: bytes, device_id: str, device_name: str,
                       key_check: str, signing_key: Ed25519PrivateKey, issued_at: datetime,
                       validity: timedelta = VALIDITY) -> tuple[RecoveryFile, str]:
    """Wrap ``data_key`` under a new code and write the signed file at ``path``
    (atomically); return its contents and the code to read out."""
    code = new_recovery_code()
    salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
    wrapped = AESGCM(_code_key(normalize_code(code) or "", salt)).encrypt(
        nonce, data_key, device_id.encode("utf-8"))
    contents = RecoveryFile(
        recovery_id=new_uuid(), device_id=device_id, device_name=device_name,
        key_check=key_check, issued_at=issued_at.isoformat(),
        expires_at=(issued_at + validity).isoformat(),
        central_key_id=key_id(raw_public(signing_key)), salt=b64(salt), nonce=b64(nonce),
        wrapped=b64(wrapped))
    write_signed_file(Path(path), RECOVERY_FILE, canonical_json(contents.as_json()),
                      signing_key, signer_public_key=b64(raw_public(signing_key)))
    return contents, code


def read_recovery_file(path: Path, central_signing_key: bytes) -> RecoveryFile:
    """Read ``path`` and verify it was signed by ``central_signing_key`` (raw Ed25519).

    Raises BundleRejected (codes in MESSAGES); the device, expiry and code are the
    caller's to check (services.recovery).
    """
    payload = read_verified_payload(path, RECOVERY_FILE, central_signing_key)
    contents = _contents(payload)
    if contents.central_key_id != key_id(central_signing_key):
        raise rejected("unknown_signer", found=contents.central_key_id[:16],
                       expected=key_id(central_signing_key)[:16])
    return contents


def _contents(payload: Any) -> RecoveryFile:
    if not isinstance(payload, dict) or payload.get("format") != RECOVERY_FORMAT:
        raise rejected("recovery", detail="format")
    check_version(payload.get("format_version"), RECOVERY_FILE)
    for name in _TEXT_FIELDS:
        if not isinstance(payload.get(name), str):
            raise rejected("recovery", detail=name)
    for name in ("issued_at", "expires_at"):
        try:
            moment = datetime.fromisoformat(payload[name])
        except ValueError:
            raise rejected("recovery", detail=name) from None
        if moment.tzinfo is None:
            raise rejected("recovery", detail=name)
    return RecoveryFile(**{name: payload[name] for name in _TEXT_FIELDS})
