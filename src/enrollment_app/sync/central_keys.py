"""The central office's side of the keys: its key folder, provisioning files, and opening
device bundles against its registry.

The key folder (``sync.provisioning.create_central_keys``) holds two PEM (PKCS#8)
private keys, readable by their owner only: an X25519 key the devices encrypt their
bundles for, and an Ed25519 key the central office signs provisioning files and updates
with, plus ``central-public-keys.json``. They are made once, by ``central init``; the
folder must be backed up, since without it no bundle can be read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import Engine, select

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.sync import provisioning
from enrollment_app.sync.bundle_types import BundleRecord, BundleRejected, VerifiedBundle
from enrollment_app.sync.central_schema import central_devices

CENTRAL_NAME = "Kantor pusat"

class KeysMissing(Exception):
    """The key folder lacks the central keys (run ``central init`` or give ``--keys``)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.folder = folder


class KeysIncomplete(KeysMissing):
    """Only part of the key files are there: never make new ones over the rest."""


def ensure_keys(folder: Path) -> bool:
    """Make the central keys in ``folder`` unless they exist; True when made now."""
    files = provisioning.central_key_files(folder)
    present = [path.exists() for path in (files.signing_key, files.encryption_key)]
    if all(present):
        load_keys(folder)  # refuse a folder holding something else
        return False
    if any(present):
        raise KeysIncomplete(folder)
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o700)
    files.public_keys.unlink(missing_ok=True)  # public copy of keys that are gone
    provisioning.create_central_keys(folder)
    return True


def load_keys(folder: Path) -> provisioning.CentralKeys:
    try:
        return provisioning.load_central_keys(folder)
    except FileNotFoundError as exc:
        raise KeysMissing(folder) from exc
    except ValueError as exc:
        raise KeysIncomplete(folder) from exc


def encryption_key_id(folder: Path) -> str:
    return load_keys(folder).public.encryption_key_id


def write_provisioning(keys: provisioning.CentralKeys, out: Path, *, device_id: str,
                       device_name: str, team: str,
                       users: Sequence[provisioning.ProvisionedUser] = (),
                       catalog: Iterable[BundleRecord] = ()) -> Path:
    """Write the signed provisioning file for a registered device."""
    return provisioning.make_provisioning_file(
        out, central_signing_key=keys.signing_key,
        central_encryption_key=keys.encryption_key, device_id=device_id,
        device_name=device_name, team=team, users=users, catalog=catalog,
        central_name=CENTRAL_NAME)


def open_device_bundle(path: Path, folder: Path, engine: Engine, *,
                       verify_payload: bool = True) -> VerifiedBundle:
    """Verify a device bundle against the keys and the registry, before any write.

    A device that was never provisioned here is refused; a registered device's key is
    checked against the one pinned from its first accepted bundle.
    """
    from enrollment_app.sync.bundle_reader import open_bundle

    keys = load_keys(folder)

    def known_device_key(device_id: str) -> bytes | None:
        with engine.connect() as connection:
            row = connection.execute(
                select(central_devices.c.signing_public_key, central_devices.c.active)
                .where(central_devices.c.device_id == device_id)).first()
        if row is None or not row.active:
            raise unknown_device(device_id)
        return None if row.signing_public_key is None else bytes(row.signing_public_key)

    return open_bundle(path, central_private_key=keys.encryption_key,
                       known_device_key=known_device_key, verify_payload=verify_payload)


def unknown_device(device_id: str, name: str = "") -> BundleRejected:
    return BundleRejected("unknown_device", QT_TRANSLATE_NOOP(
        "sync", "The bundle comes from a device this central office never provisioned "
                "({device_id}{name}); register and provision the device first."),
        device_id=device_id, name=f", {name}" if name else "")
