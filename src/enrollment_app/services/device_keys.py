"""This device's keys and the central office keys it trusts.

The device secret (``Device.signing_key``) is made on first run; devices set up before
bundles existed get theirs the first time they need it. The central office's public keys
arrive with the provisioning file, or later from its ``central-public-keys.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from sqlalchemy import select

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.services import key_copies
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import NotInitializedError, ServiceError
from enrollment_app.services.permissions import Permission, require
from enrollment_app.storage.database import Database
from enrollment_app.storage.models import Device
from enrollment_app.sync.keys import (
    b64,
    device_encryption_key,
    device_signing_key,
    key_id,
    new_device_secret,
    raw_public,
)
from enrollment_app.sync.provisioning import CentralPublicKeys, read_central_public_keys


class CentralKeysFileError(ServiceError):
    message = QT_TRANSLATE_NOOP("services", "{path} is not the central office's public keys "
                                            "file ({reason}).")


class CentralKeyChangeError(ServiceError):
    message = QT_TRANSLATE_NOOP("services", "This device already trusts other central office "
                                            "keys (signing key {current}). Changing them is "
                                            "refused; ask the central office.")


@dataclass(frozen=True)
class DeviceIdentity:
    """Who this device is, with its secret and the central keys it trusts."""

    id: str
    name: str
    team: str
    secret: bytes
    central_encryption_key: bytes | None  # raw X25519: bundles are encrypted for it
    central_signing_key: bytes | None  # raw Ed25519: verifies the central office's updates

    @property
    def signing_key(self) -> Ed25519PrivateKey:
        return device_signing_key(self.secret)

    @property
    def encryption_key(self) -> X25519PrivateKey:
        return device_encryption_key(self.secret)

    @property
    def central_recipient(self) -> X25519PublicKey | None:
        key = self.central_encryption_key
        return X25519PublicKey.from_public_bytes(key) if key else None

    def public_keys(self) -> dict[str, Any]:
        signing = raw_public(self.signing_key)
        encryption = raw_public(self.encryption_key)
        return {
            "device_id": self.id, "device_name": self.name,
            "signing_public_key": b64(signing), "signing_key_id": key_id(signing),
            "encryption_public_key": b64(encryption), "encryption_key_id": key_id(encryption),
            "central_signing_key_id": key_id(self.central_signing_key)
            if self.central_signing_key else None,
            "central_encryption_key_id": key_id(self.central_encryption_key)
            if self.central_encryption_key else None,
        }


def device_secret(db: Database) -> bytes:
    """The device secret, made and stored now if this device has none yet."""
    with db.session() as session:
        device = session.execute(select(Device)).scalar_one_or_none()
        if device is None:
            raise NotInitializedError()
        if not device.signing_key:
            device.signing_key = new_device_secret()
        return bytes(device.signing_key)


def device_identity(db: Database) -> DeviceIdentity:
    secret = device_secret(db)
    with db.session() as session:
        device = session.execute(select(Device)).scalar_one()
        return DeviceIdentity(device.id, device.name, device.team, secret,
                              device.central_public_key, device.central_signing_key)


def trust_central_keys(ctx: ServiceContext, path: Path) -> CentralPublicKeys:
    """Store the central office's public keys from its ``central-public-keys.json``.

    Only for a device set up without a provisioning file; keys already trusted are never
    replaced (that would let a stranger's key read the bundles).
    """
    require(ctx, Permission.CHANGE_SETTINGS)
    try:
        public = read_central_public_keys(path)
    except (OSError, ValueError) as exc:
        raise CentralKeysFileError(path=str(path), reason=str(exc)) from exc
    with ctx.write() as session:
        device = session.execute(select(Device)).scalar_one()
        if device.central_signing_key or device.central_public_key:
            same = (device.central_signing_key == public.signing_key
                    and device.central_public_key == public.encryption_key)
            if not same:
                current = key_id(device.central_signing_key or device.central_public_key
                                 or b"")
                raise CentralKeyChangeError(current=current[:16])
            return public
        device.central_public_key = public.encryption_key
        device.central_signing_key = public.signing_key
    key_copies.refresh(ctx.db)  # the key file gets its recovery copy for this key
    return public
