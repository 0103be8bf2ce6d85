"""A quick end-to-end check of an installation in a scratch folder.

``enrollment selftest`` runs it, and so does the frozen build's check in CI
(tests/e2e/test_frozen_build.py): it proves that the packaged program finds its migration
scripts, reference data and translations, and that the database, password hashing,
SQLCipher (the encrypted database) and bundle cryptography libraries it carries work.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from enrollment_app.domain.nik import make_nik
from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.resources_path import resource
from enrollment_app.services.audit_verify import verify_audit_chain
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.device_keys import trust_central_keys
from enrollment_app.services.device_setup import initialize_device
from enrollment_app.services.export import FULL, ExportRequest, export_bundle
from enrollment_app.services.participant_search import SearchQuery, search_participants
from enrollment_app.services.registration import register_participant
from enrollment_app.services.unlock import DeviceAccess
from enrollment_app.storage.backup import count_live_participants, online_backup
from enrollment_app.storage.database import Database
from enrollment_app.storage.engine import is_encrypted_file
from enrollment_app.storage.migrate import current_revision, head_revision
from enrollment_app.sync.bundle_reader import open_bundle
from enrollment_app.sync.provisioning import create_central_keys, load_central_keys

SCRATCH_PREFIX = "enrollment-selftest-"
TRANSLATIONS = ("translations", "enrollment_id.qm")
SELFTEST_USER = "selftest"
SELFTEST_PASSWORD = "selftest-sandi"


@dataclass
class SelftestReport:
    checks: list[tuple[str, bool]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(ok for _name, ok in self.checks)


def run_selftest(scratch_parent: Path | None = None) -> SelftestReport:
    """Migrate a fresh database, register and find a participant, verify the audit trail,
    export a sync bundle for a throw-away central office key and read it back, encrypt
    the database and sign in again through the key file, and back the encrypted file up.
    Works in a temporary folder (inside ``scratch_parent`` when given) that is removed
    afterwards; never touches the user's data directory."""
    report = SelftestReport()
    with tempfile.TemporaryDirectory(prefix=SCRATCH_PREFIX, dir=scratch_parent) as scratch:
        folder = Path(scratch)
        data_dir = folder / "data"
        data_dir.mkdir()
        db = Database.open(data_dir)
        access = DeviceAccess(data_dir, db, None)
        try:
            report.checks.append(("migrate", current_revision(db.engine) == head_revision()))
            report.checks.append(("translations", resource(*TRANSLATIONS).is_file()))
            ctx = initialize_device(db, device_name="Selftest",
                                    supervisor_username=SELFTEST_USER,
                                    password=SELFTEST_PASSWORD)
            nik = register_test_participant(ctx)
            found = search_participants(db, SearchQuery(text="uji"))
            report.checks.append(("register_and_search", [r.nik for r in found] == [nik]))
            report.checks.append(("audit_chain", verify_audit_chain(db).first_break is None))
            report.checks.append(("export_bundle", bundle_round_trip(ctx, folder, nik)))
            access.seal(ctx)
            access.close()
            access = DeviceAccess.open(data_dir)
            report.checks += encrypted_checks(access, folder / "copy.sqlite", nik)
        finally:
            access.close()
    return report


def encrypted_checks(access: DeviceAccess, backup: Path, nik: str
                     ) -> list[tuple[str, bool]]:
    """The sealed scratch device: signing in through its key file, the file on disk, and
    an online backup of it (encrypted, readable with the data key only)."""
    if not access.encrypted:
        return [("encrypt_and_sign_in", False)]
    ctx = access.sign_in(SELFTEST_USER, SELFTEST_PASSWORD)
    db = ctx.db
    found = search_participants(db, SearchQuery(text="uji"))
    copy = online_backup(db.path, backup, db.key)
    return [
        ("encrypt_and_sign_in", db.key is not None and [r.nik for r in found] == [nik]),
        ("encrypted_on_disk", is_encrypted_file(db.path)
         and nik.encode() not in db.path.read_bytes()),
        ("backup", is_encrypted_file(copy) and nik.encode() not in copy.read_bytes()
         and count_live_participants(copy) is None
         and count_live_participants(copy, db.key) == 1),
    ]


def register_test_participant(ctx: ServiceContext) -> str:
    """Register one made-up person; returns the NIK."""
    birth = date(1988, 7, 9)
    nik = make_nik("36.71.05", birth, "P", 1)
    register_participant(ctx, ParticipantDraft(
        nik=nik, full_name="Uji Coba", sex="P", birth_place="Tangerang",
        birth_date=birth, street="Jl. Uji 1", rt="001", rw="002",
        kecamatan_code="36.71.05", kelurahan_code="36.71.05.1001",
        phone="081200000001", consent=True))
    return nik


def bundle_round_trip(ctx: ServiceContext, folder: Path, nik: str) -> bool:
    """Export everything for a central office key pair made here, then open the bundle
    as the central office would (signature, decryption) and look for the participant."""
    keys_dir = folder / "central-keys"
    keys_dir.mkdir()
    trust_central_keys(ctx, create_central_keys(keys_dir).public_keys)
    stick = folder / "usb"
    stick.mkdir()
    result = export_bundle(ctx, stick, ExportRequest(mode=FULL))
    if result.path is None:
        return False
    bundle = open_bundle(result.path,
                         central_private_key=load_central_keys(keys_dir).encryption_key)
    exported = {record.values.get("nik") for record in bundle.records()
                if record.table == "participants"}
    return bundle.manifest.device_id == ctx.device_id and exported == {nik}
