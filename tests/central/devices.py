"""Simulated field laptops for the central-office tests.

Each device is a real data folder with a real database, set up and written through the
services (registration) or ORM sessions with the hooks (interviews, attendance), so every
row carries the ids, versions and change sequence a laptop in the field would give it.

``export_verified`` builds the ``VerifiedBundle`` the bundle reader would hand over for
"everything since the last bundle", with the base version the device last exported for
each row, so the merge can be tested without bundle files.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import select

from enrollment_app.domain.nik import make_nik
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.device_setup import initialize_device
from enrollment_app.services.errors import ConfirmationNeededError
from enrollment_app.services.registration import register_participant
from enrollment_app.storage.base import new_uuid, utc_now
from enrollment_app.storage.database import Database
from enrollment_app.storage.models import (
    Application,
    AttendanceMark,
    ClassSession,
    Interview,
    Participant,
    Program,
    TrainingClass,
)
from enrollment_app.sync.bundle_types import (
    DEVICE_EXPORT,
    FORMAT_VERSION,
    BundleRecord,
    BundleRejected,
    Manifest,
    VerifiedBundle,
)
from enrollment_app.sync.bundle_writer import BundleHeader, write_bundle
from enrollment_app.sync.keys import raw_public
from enrollment_app.sync.record_codec import encode_row, exported_columns, synced_tables
from tests.conftest import PASSWORD, make_draft


@dataclass
class SimulatedDevice:
    ctx: ServiceContext
    name: str
    signing_key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    sequence: int = 0
    previous_sha256: str | None = None
    exported_to: int = 0
    exported_versions: dict[str, int] = field(default_factory=dict)
    serial: int = 0

    @classmethod
    def create(cls, root: Path, name: str, *, team: str = "") -> SimulatedDevice:
        folder = root / name.replace(" ", "-").lower()
        folder.mkdir(parents=True)
        db = Database.open(folder)
        ctx = initialize_device(db, device_name=name, supervisor_username="koordinator",
                                password=PASSWORD, team=team)
        return cls(ctx, name)

    @property
    def device_id(self) -> str:
        return self.ctx.device_id

    @property
    def public_key(self) -> bytes:
        return raw_public(self.signing_key)

    def close(self) -> None:
        self.ctx.db.close()

    # -- field work --------------------------------------------------------------------
    def register(self, *, nik: str | None = None, full_name: str = "Siti Aminah",
                 kecamatan: str = "36.71.01", birth: date = date(1990, 2, 15)) -> str:
        """Register a person through the registration service; return their id."""
        self.serial += 1
        nik = nik or make_nik(kecamatan, birth, "P", self.serial + 100 * len(self.name))
        draft = make_draft(nik=nik, full_name=full_name, birth_date=birth,
                           kecamatan_code=kecamatan,
                           kelurahan_code=f"{kecamatan}.1001", kk="")
        try:
            return register_participant(self.ctx, draft)
        except ConfirmationNeededError as asked:  # the officer confirms every warning
            return register_participant(self.ctx, draft, confirmed=asked.codes)

    def edit(self, table: type, record_id: str, **changes: Any) -> None:
        with self.ctx.write() as session:
            row = session.get(table, record_id)
            for key, value in changes.items():
                setattr(row, key, value)

    def delete(self, table: type, record_id: str) -> None:
        self.edit(table, record_id, deleted_at=utc_now())

    def add(self, *rows: Any) -> None:
        """Insert rows through an ORM session with the hooks (flushed in order)."""
        with self.ctx.write() as session:
            for row in rows:
                session.add(row)
                session.flush()

    def program_with_class(self, program_id: str | None = None) -> tuple[str, str, str]:
        """A program, a class and one session; return their ids."""
        program = Program(id=program_id or new_uuid(), code=f"P-{new_uuid()[:8]}",
                          name="Menjahit", organiser="Disnaker")
        klass = TrainingClass(id=new_uuid(), program_id=program.id, name="Kelas A")
        session = ClassSession(id=new_uuid(), class_id=klass.id,
                               session_date=date(2025, 3, 3), start_time=time(9, 0))
        self.add(program, klass, session)
        return program.id, klass.id, session.id

    def interview_and_attend(self, participant_id: str, program_id: str,
                             session_id: str) -> tuple[str, str, str]:
        application = Application(id=new_uuid(), program_id=program_id,
                                  participant_id=participant_id,
                                  kecamatan_code="36.71.01", applied_on=date(2025, 2, 1))
        interview = Interview(id=new_uuid(), application_id=application.id,
                              interviewer_id=self.ctx.actor.user_id,
                              held_on=date(2025, 2, 10), answers={"motivasi": 4}, score=80,
                              recommendation="accept")
        mark = AttendanceMark(id=new_uuid(), session_id=session_id,
                              participant_id=participant_id, code="H",
                              arrival_time=time(8, 55))
        self.add(application, interview, mark)
        return application.id, interview.id, mark.id

    def participant_ids(self) -> list[str]:
        with self.ctx.read() as session:
            return list(session.scalars(select(Participant.id)))

    # -- export ------------------------------------------------------------------------
    def export_verified(self, *, damaged_tag: bool = False) -> VerifiedBundle:
        """Everything changed since the last export, as the reader would hand it over."""
        records = list(self._changed_records())
        with self.ctx.read() as session:
            from enrollment_app.storage.models import ChangeCounter

            top = session.scalar(select(ChangeCounter.value)) or 0
        self.sequence += 1
        counts: dict[str, int] = {}
        for record in records:
            counts[record.table] = counts.get(record.table, 0) + 1
        body = json.dumps([[r.table, r.values, r.base_version] for r in records],
                          sort_keys=True, default=str).encode()
        sha256 = hashlib.sha256(body + str(self.sequence).encode()
                                + self.device_id.encode()).hexdigest()
        manifest = Manifest(
            format_version=FORMAT_VERSION, kind=DEVICE_EXPORT, bundle_id=new_uuid(),
            device_id=self.device_id, device_name=self.name, sequence=self.sequence,
            previous_bundle_sha256=self.previous_sha256, created_at=utc_now().isoformat(),
            created_by=self.ctx.actor.username, change_seq_from=self.exported_to + 1,
            change_seq_to=top, counts=counts, per_kecamatan={})
        self.previous_sha256 = sha256
        self.exported_to = top
        for record in records:
            self.exported_versions[record.values["id"]] = record.values["version"]

        def stream() -> Iterator[BundleRecord]:
            yield from records
            if damaged_tag:
                raise BundleRejected("payload_tag", "The payload is damaged.")

        return VerifiedBundle(manifest, sha256, self.public_key, stream)

    def export_file(self, folder: Path, recipient: X25519PublicKey, **header: Any) -> Path:
        """Everything changed since the last export, written as a real bundle file with
        the bundle writer (``header`` overrides manifest fields such as ``sequence``)."""
        records = list(self._changed_records())
        self.sequence += 1
        fields: dict[str, Any] = {
            "kind": DEVICE_EXPORT, "device_id": self.device_id, "device_name": self.name,
            "sequence": self.sequence, "previous_bundle_sha256": self.previous_sha256,
            "created_by": self.ctx.actor.username, **header}
        folder.mkdir(parents=True, exist_ok=True)
        written = write_bundle(folder, f"{self.name}-{fields['sequence']:04d}.bundle",
                               BundleHeader(**fields), records,
                               signing_key=self.signing_key, recipient_public_key=recipient)
        self.previous_sha256 = written.sha256
        for record in records:
            self.exported_versions[record.values["id"]] = record.values["version"]
        self.exported_to = max([self.exported_to] + [
            int(record.values.get("change_seq") or 0) for record in records])
        return written.path

    def _changed_records(self) -> Iterator[BundleRecord]:
        with self.ctx.read() as session:
            for table in synced_tables():
                columns = exported_columns(table)
                rows = session.execute(select(*columns).where(
                    table.c.change_seq > self.exported_to).order_by(table.c.change_seq))
                for row in rows:
                    values = encode_row(table.name, row)
                    yield BundleRecord(table.name, values,
                                       self.exported_versions.get(values["id"], 0))

