"""The central office's keys and the provisioning file that sets up a new device.

The central office runs ``create_central_keys`` once and ``make_provisioning_file`` for
every laptop it hands out. The file is signed with the central Ed25519 key and carries
the central public keys, the device's assigned id, name and team, the program catalog
and the team's user accounts (argon2 password hashes). It is not encrypted (the device
has no key yet): it holds no participant data, and is carried by hand. The device
trusts the central keys it finds in the file (trust on first use); the wizard and
``enrollment init`` show the central key id so it can be compared with the one the
central office prints. Format: docs/bundle-format.md, "Provisioning file".
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.storage.base import new_uuid, utc_now
from enrollment_app.sync.bundle_types import BundleRecord, BundleRejected
from enrollment_app.sync.keys import (
    b64,
    key_id,
    load_ed25519_private_key,
    load_x25519_private_key,
    private_key_pem,
    raw_public,
    unb64,
    write_secret_file,
)
from enrollment_app.sync.signed_file import (
    SignedFileKind,
    check_version,
    read_signed_file,
    write_signed_file,
)

PROVISIONING_FORMAT = "enrollment-provisioning"
PROVISIONING_VERSION = 1
CENTRAL_KEYS_FORMAT = "enrollment-central-keys"
SIGNING_KEY_FILE = "central-signing.pem"
ENCRYPTION_KEY_FILE = "central-encryption.pem"
PUBLIC_KEYS_FILE = "central-public-keys.json"
PROVISIONING_SUFFIX = ".provisioning.json"
CATALOG_TABLES = ("programs", "program_skills", "program_quotas")
USER_ROLES = ("field_officer", "trainer", "supervisor", "central")
USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,29}$")
MAX_FILE_BYTES = 64 << 20

MESSAGES = {
    "unreadable": QT_TRANSLATE_NOOP(
        "sync", "The provisioning file {path} cannot be read: {reason}."),
    "not_provisioning": QT_TRANSLATE_NOOP(
        "sync", "This file is not a provisioning file from the central office "
                "({detail})."),
    "format_version": QT_TRANSLATE_NOOP(
        "sync", "The provisioning file was made by a newer version of the application "
                "(format version {found}; this version reads up to {supported}). "
                "Update the application first."),
    "signature": QT_TRANSLATE_NOOP(
        "sync", "The provisioning file's signature does not match its contents: it "
                "was changed or damaged after the central office made it."),
    "provisioning": QT_TRANSLATE_NOOP(
        "sync", "The provisioning file is incomplete or malformed ({detail})."),
}


def _rejected(code: str, **params: Any) -> BundleRejected:
    return BundleRejected(code, MESSAGES[code], **params)


PROVISIONING_FILE = SignedFileKind(PROVISIONING_FORMAT, PROVISIONING_VERSION, MAX_FILE_BYTES,
                                   "not_provisioning", _rejected)


# ------------------------------------------------------------------------ central keys
@dataclass(frozen=True)
class CentralPublicKeys:
    signing_key: bytes  # raw Ed25519 public key: verifies provisioning files and updates
    encryption_key: bytes  # raw X25519 public key: devices encrypt their bundles for it

    @property
    def signing_key_id(self) -> str:
        return key_id(self.signing_key)

    @property
    def encryption_key_id(self) -> str:
        return key_id(self.encryption_key)

    def as_json(self) -> dict[str, str]:
        return {"signing_public_key": b64(self.signing_key),
                "encryption_public_key": b64(self.encryption_key),
                "signing_key_id": self.signing_key_id,
                "encryption_key_id": self.encryption_key_id}

    @classmethod
    def from_json(cls, data: Any) -> CentralPublicKeys:
        """Parse and check the two keys (ValueError when malformed)."""
        if not isinstance(data, dict):
            raise ValueError("central keys: not an object")
        try:
            signing = unb64(str(data["signing_public_key"]))
            encryption = unb64(str(data["encryption_public_key"]))
        except KeyError as exc:
            raise ValueError(f"central keys: {exc.args[0]} missing") from None
        Ed25519PublicKey.from_public_bytes(signing)
        X25519PublicKey.from_public_bytes(encryption)
        return cls(signing, encryption)


@dataclass(frozen=True)
class CentralKeys:
    """The central office's private keys (keep them off field laptops)."""

    signing_key: Ed25519PrivateKey
    encryption_key: X25519PrivateKey

    @property
    def public(self) -> CentralPublicKeys:
        return CentralPublicKeys(raw_public(self.signing_key), raw_public(self.encryption_key))

    @classmethod
    def generate(cls) -> CentralKeys:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())


@dataclass(frozen=True)
class CentralKeyFiles:
    signing_key: Path
    encryption_key: Path
    public_keys: Path


def central_key_files(directory: Path) -> CentralKeyFiles:
    return CentralKeyFiles(directory / SIGNING_KEY_FILE, directory / ENCRYPTION_KEY_FILE,
                           directory / PUBLIC_KEYS_FILE)


def create_central_keys(directory: Path, *, passphrase: bytes | None = None) -> CentralKeyFiles:
    """Make the central office's two key pairs in ``directory``.

    Writes the private keys as PEM (PKCS#8, encrypted with ``passphrase`` when given,
    mode 0600) and ``central-public-keys.json`` (both public keys, for devices and for
    people comparing key ids). Refuses (FileExistsError) to overwrite existing keys:
    losing the encryption key makes every bundle unreadable.
    """
    files = central_key_files(Path(directory))
    for path in (files.signing_key, files.encryption_key, files.public_keys):
        if path.exists():
            raise FileExistsError(path)
    keys = CentralKeys.generate()
    write_secret_file(files.signing_key, private_key_pem(keys.signing_key, passphrase))
    write_secret_file(files.encryption_key, private_key_pem(keys.encryption_key, passphrase))
    public = {"format": CENTRAL_KEYS_FORMAT, "format_version": 1, **keys.public.as_json()}
    files.public_keys.write_text(json.dumps(public, indent=1) + "\n", encoding="utf-8")
    return files


def load_central_keys(directory: Path, *, passphrase: bytes | None = None) -> CentralKeys:
    files = central_key_files(Path(directory))
    return CentralKeys(load_ed25519_private_key(files.signing_key, passphrase),
                       load_x25519_private_key(files.encryption_key, passphrase))


def read_central_public_keys(path: Path) -> CentralPublicKeys:
    """The public keys from ``central-public-keys.json`` (ValueError when malformed)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != CENTRAL_KEYS_FORMAT:
        raise ValueError(f"{path} is not a central public keys file")
    return CentralPublicKeys.from_json(data)


# ------------------------------------------------------------------ provisioning file
@dataclass(frozen=True)
class ProvisionedUser:
    """A user account the device receives (the password is set centrally)."""

    username: str
    role: str
    password_hash: str  # argon2id, from services.accounts.hash_password
    full_name: str = ""
    id: str = field(default_factory=new_uuid)
    active: bool = True
    version: int = 1


@dataclass(frozen=True)
class Provisioning:
    """A verified provisioning file."""

    central: CentralPublicKeys
    central_origin_id: str  # origin_device_id of rows made by the central office
    device_id: str
    device_name: str
    team: str
    created_at: str
    users: tuple[BundleRecord, ...]  # table "users", values with password_hash
    catalog: tuple[BundleRecord, ...]  # programs, program_skills, program_quotas
    raw: dict[str, Any]

    def supervisors(self) -> list[str]:
        return [u.values["username"] for u in self.users
                if u.values.get("role") == "supervisor" and u.values.get("active", True)
                and not u.values.get("deleted_at")]


def central_origin_id(public: CentralPublicKeys) -> str:
    """A stable UUID naming the central office as the origin of the rows it creates."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "enrollment-central:" + public.signing_key_id))


def user_record(user: ProvisionedUser, *, origin_id: str, at: datetime) -> BundleRecord:
    stamp = at.astimezone(UTC).isoformat()
    values = {
        "id": user.id, "origin_device_id": origin_id, "version": user.version,
        "created_at": stamp, "created_by": None, "updated_at": stamp, "updated_by": None,
        "deleted_at": None, "username": user.username, "full_name": user.full_name,
        "role": user.role, "password_hash": user.password_hash, "active": user.active,
    }
    return BundleRecord("users", values, 0)


def make_provisioning_file(path: Path, *, central_signing_key: Ed25519PrivateKey,
                           central_encryption_key: X25519PrivateKey, device_name: str,
                           team: str = "", device_id: str | None = None,
                           users: Sequence[ProvisionedUser] = (),
                           catalog: Iterable[BundleRecord] = (),
                           central_name: str = "") -> Path:
    """Write a signed provisioning file for one new device; return its path.

    ``catalog`` records are rows of ``programs``, ``program_skills`` and
    ``program_quotas`` as bundle values (``sync.record_codec.encode_row``), parents
    first. ``device_id`` defaults to a new UUID: the id the device will use. The file is
    written beside ``path`` and renamed, so a half-written file never has its name.
    """
    created = utc_now()
    public = CentralKeys(central_signing_key, central_encryption_key).public
    origin = central_origin_id(public)
    payload: dict[str, Any] = {
        "format": PROVISIONING_FORMAT,
        "format_version": PROVISIONING_VERSION,
        "created_at": created.isoformat(),
        "central": {**public.as_json(), "origin_id": origin, "name": central_name},
        "device": {"id": device_id or new_uuid(), "name": device_name, "team": team},
        "users": [user_record(u, origin_id=origin, at=created).values for u in users],
        "catalog": [{"table": r.table, "values": r.values} for r in catalog],
    }
    _provisioning(payload)  # refuse to write what a device would refuse to read
    return write_signed_file(Path(path), PROVISIONING_FILE,
                             json.dumps(payload, ensure_ascii=False, indent=1),
                             central_signing_key)


def read_provisioning_file(path: Path) -> Provisioning:
    """Read and verify a provisioning file; raises BundleRejected with a clear message."""
    _document, signed, signature = read_signed_file(path, PROVISIONING_FILE)
    try:
        payload = json.loads(signed)
        central = CentralPublicKeys.from_json(payload.get("central"))
        Ed25519PublicKey.from_public_bytes(central.signing_key).verify(
            unb64(signature), signed.encode("utf-8"))
    except (json.JSONDecodeError, AttributeError, ValueError, InvalidSignature):
        raise _rejected("signature") from None
    check_version(payload.get("format_version"), PROVISIONING_FILE)
    return _provisioning(payload)


def _provisioning(payload: dict[str, Any]) -> Provisioning:
    try:
        central = CentralPublicKeys.from_json(payload["central"])
        device = payload["device"]
        device_id = str(uuid.UUID(str(device["id"])))
        name, team = str(device["name"]).strip(), str(device.get("team") or "").strip()
        origin = str(payload["central"].get("origin_id") or central_origin_id(central))
        users = tuple(_checked_user(values) for values in payload.get("users") or [])
        catalog = tuple(_checked_catalog(item) for item in payload.get("catalog") or [])
        created = str(payload.get("created_at") or "")
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _rejected("provisioning", detail=str(exc) or type(exc).__name__) from None
    if not name:
        raise _rejected("provisioning", detail="device name")
    return Provisioning(central, origin, device_id, name, team, created, users, catalog,
                        payload)


def _checked_user(values: Any) -> BundleRecord:
    if not isinstance(values, dict):
        raise ValueError("user entry")
    username = values.get("username")
    if not isinstance(username, str) or not USERNAME_PATTERN.match(username):
        raise ValueError(f"user name {username!r}")
    if values.get("role") not in USER_ROLES:
        raise ValueError(f"role of {username}")
    if not str(values.get("password_hash", "")).startswith("$argon2"):
        raise ValueError(f"password hash of {username}")
    uuid.UUID(str(values.get("id")))
    return BundleRecord("users", dict(values), 0)


def _checked_catalog(item: Any) -> BundleRecord:
    if not isinstance(item, dict) or item.get("table") not in CATALOG_TABLES:
        raise ValueError("catalog entry")
    values = item.get("values")
    if not isinstance(values, dict):
        raise ValueError("catalog values")
    uuid.UUID(str(values.get("id")))
    return BundleRecord(item["table"], dict(values), 0)
