"""The central office issues a recovery file for a laptop whose every password is forgotten.

A supervisor brings the laptop's key file (``enrollment.keys``) on a USB stick. Its
recovery copy of the data key was sealed for the central office's X25519 key at
provisioning; here it is opened with the private key, checked against the key file's
``key_check`` and wrapped again under a fresh recovery code (sync.recovery_file). The
file goes back to the laptop; the code is read out by phone. Nothing is written when
the key file is damaged, has no recovery copy, was sealed for another central key, or
names a device this office does not know (or retired).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.services.central import CentralOffice
from enrollment_app.services.errors import ServiceError
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.key_file import (
    KeyFile,
    KeyFileError,
    key_check,
    load_key_file,
    unwrap_recovery_copy,
)
from enrollment_app.sync.bundle_writer import file_slug
from enrollment_app.sync.central_schema import central_devices
from enrollment_app.sync.recovery_file import RECOVERY_SUFFIX, make_recovery_file


class LaptopKeyFileDamagedError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "The file {path} is not a laptop's key file (enrollment.keys) or it is "
                    "damaged. Copy enrollment.keys from the laptop's data folder again; no "
                    "recovery file was written.")


class NoRecoveryCopyError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "The key file of laptop '{device}' holds no recovery copy for the "
                    "central office (the laptop was not set up from a provisioning file). "
                    "It cannot be recovered this way; no recovery file was written.")


class OtherCentralKeyError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "The key file of laptop '{device}' was sealed for another central "
                    "office key ({found}), not this office's key ({expected}). Use the key "
                    "folder the laptop was provisioned with; no recovery file was written.")


class UnknownRecoveryDeviceError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "Laptop '{device}' ({device_id}) is not registered at this central "
                    "office, or was retired. No recovery file was written.")


@dataclass(frozen=True)
class IssuedRecovery:
    """A recovery file written, and the code to read out to the supervisor."""

    path: Path
    device_id: str
    device_name: str
    code: str
    expires_at: datetime

    def as_json(self) -> dict[str, Any]:
        return {"recovery_file": str(self.path), "device": self.device_name,
                "device_id": self.device_id, "code": self.code,
                "expires_at": self.expires_at.isoformat()}


def issue_recovery_file(office: CentralOffice, laptop_key_file: Path, out: Path, *,
                        now: datetime | None = None) -> IssuedRecovery:
    """Write the recovery file for the laptop whose key file is ``laptop_key_file`` at
    ``out`` (into it, when ``out`` is a folder); ServiceError when refused."""
    keys = office.keys()
    office.require_initialized()
    laptop = _laptop_keys(laptop_key_file)
    if laptop.recovery is None:
        raise NoRecoveryCopyError(device=laptop.device_name)
    expected = keys.public.encryption_key_id
    if laptop.recovery.central_key_id != expected:
        raise OtherCentralKeyError(device=laptop.device_name,
                                   found=laptop.recovery.central_key_id[:16],
                                   expected=expected[:16])
    name = _registered_name(office, laptop)
    data_key = unwrap_recovery_copy(laptop.recovery, laptop.device_id, keys.encryption_key)
    if data_key is None or key_check(data_key) != laptop.key_check:
        raise LaptopKeyFileDamagedError(path=str(laptop_key_file))
    out = Path(out)
    if out.is_dir():
        out = out / f"{file_slug(name)}{RECOVERY_SUFFIX}"
    contents, code = make_recovery_file(
        out, data_key=data_key, device_id=laptop.device_id, device_name=name,
        key_check=laptop.key_check, signing_key=keys.signing_key,
        issued_at=now or utc_now())
    return IssuedRecovery(out, laptop.device_id, name, code, contents.expires)


def _laptop_keys(path: Path) -> KeyFile:
    try:
        return load_key_file(Path(path))
    except KeyFileError:
        raise LaptopKeyFileDamagedError(path=str(path)) from None


def _registered_name(office: CentralOffice, laptop: KeyFile) -> str:
    with office.engine.connect() as connection:
        row = connection.execute(
            select(central_devices.c.name, central_devices.c.active)
            .where(central_devices.c.device_id == laptop.device_id)).first()
    if row is None or not row.active:
        raise UnknownRecoveryDeviceError(device=laptop.device_name,
                                         device_id=laptop.device_id)
    return str(row.name)
