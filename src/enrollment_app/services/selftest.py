"""A quick end-to-end check of an installation in a scratch folder."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from enrollment_app.domain.nik import make_nik
from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.services.audit_verify import verify_audit_chain
from enrollment_app.services.device_setup import initialize_device
from enrollment_app.services.participant_search import SearchQuery, search_participants
from enrollment_app.services.registration import register_participant
from enrollment_app.storage.backup import online_backup
from enrollment_app.storage.database import Database


@dataclass
class SelftestReport:
    checks: list[tuple[str, bool]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(ok for _name, ok in self.checks)


def run_selftest() -> SelftestReport:
    """Migrate a fresh database, register and find a participant, verify the audit trail
    and back the file up. Never touches the user's data directory."""
    report = SelftestReport()
    with tempfile.TemporaryDirectory(prefix="enrollment-selftest-") as scratch:
        db = Database.open(Path(scratch))
        try:
            report.checks.append(("migrate", db.migration is not None))
            ctx = initialize_device(db, device_name="Selftest", supervisor_username="selftest",
                                    password="selftest-sandi")
            birth = date(1988, 7, 9)
            nik = make_nik("36.71.05", birth, "P", 1)
            register_participant(ctx, ParticipantDraft(
                nik=nik, full_name="Uji Coba", sex="P", birth_place="Tangerang",
                birth_date=birth, street="Jl. Uji 1", rt="001", rw="002",
                kecamatan_code="36.71.05", kelurahan_code="36.71.05.1001",
                phone="081200000001", consent=True))
            found = search_participants(db, SearchQuery(text="uji"))
            report.checks.append(("register_and_search", [r.nik for r in found] == [nik]))
            report.checks.append(("audit_chain", verify_audit_chain(db).first_break is None))
            copy = online_backup(db.path, Path(scratch) / "copy.sqlite")
            report.checks.append(("backup", copy.stat().st_size > 0))
        finally:
            db.close()
    return report
