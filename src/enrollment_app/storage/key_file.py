"""The key file beside an encrypted database: the data key, wrapped once per user and
once for the central office.

The database is encrypted with one random 256-bit data key that never changes (so a
password change never re-encrypts the file). ``enrollment.keys`` holds copies of it:

- one per active user, wrapped (AES-256-GCM) with a key derived from the user's password
  with argon2id. The derivation reuses the salt and cost of the user's password hash in
  the database: the raw argon2id output *is* the hash, so a supervisor who adds a user or
  resets a password can make that user's copy from the new hash, without knowing any
  other password, and the copy follows the hash wherever it changes. The raw hash itself
  is only inside the encrypted database; this file holds the salt and the costs.
- one recovery copy, sealed for the central office's X25519 public key (an ephemeral
  X25519 key agreement, HKDF-SHA256, AES-256-GCM), so the central office can issue a
  recovery file when every password on the laptop is forgotten.

Every copy is bound to this device (and the user) as associated data: a copy moved into
another entry or another laptop's file does not open. ``key_check`` lets a key be told
right from wrong before the database is touched. Nothing here is secret without a
password or the central office's private key, so the file is plain JSON; it is written
beside its final name, flushed and renamed, so a crash leaves the old or the new file.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.storage.durable_file import write_text_atomically
from enrollment_app.storage.engine import DATA_KEY_BYTES
from enrollment_app.storage.errors import StorageError

KEY_FILE = "enrollment.keys"
FORMAT = "enrollment-app key file"
VERSION = 1
MAX_BYTES = 1024 * 1024
NONCE_BYTES = 12
_CHECK_LABEL = b"enrollment_app data key check v1"
_USER_INFO = b"enrollment_app user copy v1"
_RECOVERY_INFO = b"enrollment_app recovery copy v1"


class KeyFileError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "storage", "The key file beside the database (enrollment.keys) is missing or "
                   "damaged, so the encrypted database cannot be opened. Nothing was "
                   "changed. Copy enrollment.keys back from the backups folder or from "
                   "this laptop's backup folder on the USB stick (a copy is kept with "
                   "every backup).")


def key_file_path(data_dir: Path) -> Path:
    return data_dir / KEY_FILE


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def key_check(data_key: bytes) -> str:
    """A short tag that tells the right data key from a wrong one (not the key)."""
    return _b64(hmac.new(data_key, _CHECK_LABEL, hashlib.sha256).digest()[:16])


@dataclass(frozen=True)
class PasswordCost:
    """argon2id parameters and salt, as in the user's password hash."""

    salt: str  # base64
    time_cost: int
    memory_cost: int  # KiB
    parallelism: int
    hash_len: int

    def derive(self, password: str) -> bytes:
        from argon2.low_level import Type, hash_secret_raw

        return hash_secret_raw(password.encode("utf-8"), _unb64(self.salt), self.time_cost,
                               self.memory_cost, self.parallelism, self.hash_len, Type.ID)


def parse_password_hash(phc: str) -> tuple[PasswordCost, bytes]:
    """The cost and the raw output of an argon2id hash string
    (``$argon2id$v=19$m=65536,t=3,p=4$<salt>$<hash>``)."""
    parts = phc.split("$")
    if len(parts) != 6 or parts[1] != "argon2id" or parts[2] != "v=19":
        raise ValueError("not an argon2id v19 password hash")
    costs = dict(item.split("=", 1) for item in parts[3].split(","))
    raw = _unb64(parts[5])
    cost = PasswordCost(salt=_b64(_unb64(parts[4])), time_cost=int(costs["t"]),
                        memory_cost=int(costs["m"]), parallelism=int(costs["p"]),
                        hash_len=len(raw))
    return cost, raw


@dataclass(frozen=True)
class UserCopy:
    user_id: str
    username: str
    role: str
    cost: PasswordCost
    nonce: str
    wrapped: str


@dataclass(frozen=True)
class RecoveryCopy:
    central_key_id: str
    ephemeral_public: str
    nonce: str
    wrapped: str


@dataclass
class KeyFile:
    device_id: str
    device_name: str
    key_check: str
    users: list[UserCopy] = field(default_factory=list)
    recovery: RecoveryCopy | None = None
    # The central office's raw Ed25519 public key: recovery files are checked with it
    # before the database (which holds it too) can be opened.
    central_signing_key: str | None = None
    # Wrong passwords typed while the database is still locked: {username: {"failed": n,
    # "locked_until": ISO time or None}} (the database keeps them once it is open).
    attempts: dict[str, dict[str, Any]] = field(default_factory=dict)

    def copies_of(self, username: str) -> list[UserCopy]:
        return [c for c in self.users if c.username == username]

    def usernames(self) -> list[str]:
        return sorted({c.username for c in self.users})

    def first_supervisor(self) -> str | None:
        names = sorted(c.username for c in self.users if c.role == "supervisor")
        return names[0] if names else None

    def matches(self, data_key: bytes) -> bool:
        return hmac.compare_digest(key_check(data_key), self.key_check)


# -- wrapping ------------------------------------------------------------------------------

def user_copy(data_key: bytes, device_id: str, *, user_id: str, username: str, role: str,
              password_hash: str) -> UserCopy:
    """The data key wrapped for a user, from their argon2id password hash."""
    cost, raw = parse_password_hash(password_hash)
    nonce = secrets.token_bytes(NONCE_BYTES)
    wrapped = _aesgcm(_user_kek(raw)).encrypt(nonce, data_key, _user_aad(device_id, user_id))
    return UserCopy(user_id, username, role, cost, _b64(nonce), _b64(wrapped))


def unwrap_user_copy(copy: UserCopy, device_id: str, password: str) -> bytes | None:
    """The data key when ``password`` is the one the copy was made for, else None."""
    from cryptography.exceptions import InvalidTag

    kek = _user_kek(copy.cost.derive(password))
    try:
        return _aesgcm(kek).decrypt(_unb64(copy.nonce), _unb64(copy.wrapped),
                                    _user_aad(device_id, copy.user_id))
    except (InvalidTag, ValueError):
        return None


def recovery_copy(data_key: bytes, device_id: str, central_public_key: bytes,
                  central_key_id: str) -> RecoveryCopy:
    """The data key sealed for the central office's X25519 public key."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )

    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(central_public_key))
    kek = _recovery_kek(shared, ephemeral_public, central_public_key)
    nonce = secrets.token_bytes(NONCE_BYTES)
    wrapped = _aesgcm(kek).encrypt(nonce, data_key, device_id.encode("utf-8"))
    return RecoveryCopy(central_key_id, _b64(ephemeral_public), _b64(nonce), _b64(wrapped))


def unwrap_recovery_copy(copy: RecoveryCopy, device_id: str, central_private_key: Any
                         ) -> bytes | None:
    """The data key, opened with the central office's X25519 private key; None when the
    copy was not sealed for that key or for this device."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    try:
        ephemeral_public = _unb64(copy.ephemeral_public)
        shared = central_private_key.exchange(
            X25519PublicKey.from_public_bytes(ephemeral_public))
        kek = _recovery_kek(shared, ephemeral_public, _raw_public(central_private_key))
        return _aesgcm(kek).decrypt(_unb64(copy.nonce), _unb64(copy.wrapped),
                                    device_id.encode("utf-8"))
    except (InvalidTag, ValueError):
        return None


def _user_kek(raw_hash: bytes) -> bytes:
    return _hkdf(raw_hash, _USER_INFO)


def _user_aad(device_id: str, user_id: str) -> bytes:
    return f"{device_id}|{user_id}".encode()


def _recovery_kek(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return _hkdf(shared, _RECOVERY_INFO + ephemeral_public + recipient_public)


def _hkdf(secret: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


def _aesgcm(key: bytes) -> Any:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _raw_public(private_key: Any) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


# -- the file ------------------------------------------------------------------------------

def load_key_file(path: Path) -> KeyFile:
    """Read and check the key file; KeyFileError when missing, too big or malformed."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise KeyFileError(str(path))
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != FORMAT or document.get("version") != VERSION:
            raise KeyFileError(str(path))
        users = [UserCopy(u["user_id"], u["username"], u["role"], PasswordCost(**u["cost"]),
                          u["nonce"], u["wrapped"]) for u in document["users"]]
        recovery = (RecoveryCopy(**document["recovery"]) if document.get("recovery")
                    else None)
        keys = KeyFile(str(document["device_id"]), str(document["device_name"]),
                       str(document["key_check"]), users, recovery,
                       document.get("central_signing_key"),
                       dict(document.get("attempts") or {}))
        for text in [keys.key_check, *(c.wrapped for c in users)]:
            _unb64(text)
    except KeyFileError:
        raise
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeyFileError(f"{path}: {exc}") from exc
    return keys


def save_key_file(path: Path, keys: KeyFile) -> None:
    """Write the key file atomically (temporary name, flush, fsync, rename)."""
    document = {"format": FORMAT, "version": VERSION, **asdict(keys)}
    write_text_atomically(path, json.dumps(document, ensure_ascii=False, indent=1) + "\n")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    """Standard base64 with or without padding (argon2 hashes leave it out)."""
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
