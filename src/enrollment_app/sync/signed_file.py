"""The central office's signed JSON files: provisioning files, import receipts and
recovery files.

Both have one shape: ``{"format", "format_version", "payload", "signature", ...}``, where
``payload`` is JSON text and ``signature`` the base64 Ed25519 signature of its UTF-8
bytes. ``write_signed_file`` writes one beside its final name and renames it once
flushed to disk; ``read_signed_file`` makes the checks every such file needs before its
signature is verified (size, text, JSON, format, version, payload and signature present).
``read_verified_payload`` also verifies the signature with the key the caller trusts.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from enrollment_app.storage.durable_file import write_text_atomically
from enrollment_app.sync.bundle_types import BundleRejected
from enrollment_app.sync.keys import b64, key_id, unb64


@dataclass(frozen=True)
class SignedFileKind:
    format: str
    version: int  # the newest format version this application reads and writes
    max_bytes: int
    wrong_kind_code: str  # the refusal code for "this is not such a file"
    rejected: Callable[..., BundleRejected]  # (code, **params) -> the refusal to raise


def write_signed_file(path: Path, kind: SignedFileKind, payload: str,
                      signing_key: Ed25519PrivateKey, **extra: str) -> Path:
    """Sign ``payload`` (JSON text) and write the file atomically; return its path."""
    document = {"format": kind.format, "format_version": kind.version, "payload": payload,
                "signature": b64(signing_key.sign(payload.encode("utf-8"))), **extra}
    return write_text_atomically(
        Path(path), json.dumps(document, ensure_ascii=False, indent=1) + "\n")


def read_signed_file(path: Path, kind: SignedFileKind) -> tuple[dict[str, Any], str, str]:
    """The document, its signed payload text and its base64 signature, unverified.

    Raises ``kind.rejected(...)`` with "unreadable", ``kind.wrong_kind_code`` or
    "format_version".
    """
    path = Path(path)
    try:
        if path.stat().st_size > kind.max_bytes:
            raise kind.rejected(kind.wrong_kind_code, detail="too large")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise kind.rejected("unreadable", path=str(path), reason=reason or str(exc)) from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        raise kind.rejected(kind.wrong_kind_code, detail="not JSON") from None
    if not isinstance(document, dict) or document.get("format") != kind.format:
        raise kind.rejected(kind.wrong_kind_code, detail="format is not " + kind.format)
    check_version(document.get("format_version"), kind)
    signed, signature = document.get("payload"), document.get("signature")
    if not isinstance(signed, str) or not isinstance(signature, str):
        raise kind.rejected(kind.wrong_kind_code, detail="payload or signature missing")
    return document, signed, signature


def read_verified_payload(path: Path, kind: SignedFileKind, signing_key: bytes) -> Any:
    """The parsed payload of a file that ``signing_key`` (raw Ed25519) signed.

    Besides ``read_signed_file``'s refusals: "unknown_signer" when the file names another
    signer, "signature" when the signature does not match the payload."""
    document, signed, signature = read_signed_file(path, kind)
    signer = document.get("signer_public_key")
    if isinstance(signer, str):
        try:
            found = unb64(signer)
        except ValueError:
            found = b""
        if found and found != signing_key:
            raise kind.rejected("unknown_signer", found=key_id(found)[:16],
                                expected=key_id(signing_key)[:16])
    try:
        Ed25519PublicKey.from_public_bytes(signing_key).verify(
            unb64(signature), signed.encode("utf-8"))
        return json.loads(signed)
    except (json.JSONDecodeError, ValueError, InvalidSignature):
        raise kind.rejected("signature") from None


def check_version(version: Any, kind: SignedFileKind) -> None:
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise kind.rejected(kind.wrong_kind_code, detail="no format version")
    if version > kind.version:
        raise kind.rejected("format_version", found=version, supported=kind.version)
