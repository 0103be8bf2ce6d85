"""A central office and an encrypted laptop it provisioned, for the recovery tests: the
laptop has a participant and a field officer, and its database is sealed."""

from __future__ import annotations

import shutil
from pathlib import Path

from enrollment_app.services import user_admin
from enrollment_app.services.central import CentralOffice
from enrollment_app.services.central_recovery import IssuedRecovery, issue_recovery_file
from enrollment_app.services.registration import register_participant
from enrollment_app.services.unlock import DeviceAccess
from enrollment_app.storage.key_file import key_file_path
from tests.conftest import PASSWORD, make_draft
from tests.sync.office_and_laptop import SUPERVISOR_NAME, provisioned_laptop

OFFICER_NAME = "petugas1"
OFFICER_PASSWORD = "petugas-sandi-1"
NEW_PASSWORD = "sandi-baru-2026"


def office_at(root: Path, keys: Path | None = None) -> CentralOffice:
    office = CentralOffice(f"sqlite+pysqlite:///{root / 'central.sqlite'}",
                           keys or root / "central-keys")
    office.initialize()
    return office


def sealed_laptop(office: CentralOffice, root: Path, name: str = "Laptop Cipondoh") -> Path:
    """Provision a laptop from ``office``, register someone, seal it; its data folder."""
    root.mkdir(parents=True, exist_ok=True)
    ctx = provisioned_laptop(office, root, name)
    folder = ctx.db.data_dir
    register_participant(ctx, make_draft())
    user_admin.add_user(ctx, username=OFFICER_NAME, password=OFFICER_PASSWORD,
                        role="field_officer")
    ctx.db.close()
    DeviceAccess.open(folder).sign_in(SUPERVISOR_NAME, PASSWORD).db.close()
    return folder


def usb_copy(folder: Path, usb: Path) -> Path:
    """The laptop's key file as a supervisor brings it to the central office."""
    usb.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy2(key_file_path(folder), usb / "enrollment.keys"))


def issue(office: CentralOffice, folder: Path, usb: Path) -> IssuedRecovery:
    return issue_recovery_file(office, usb_copy(folder, usb), usb)


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under the data folder, by relative name: to show nothing changed."""
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}
