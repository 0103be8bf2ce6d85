"""A class roster made on another laptop, and the central-office update carrying it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from enrollment_app.services.context import ServiceContext
from enrollment_app.services.device_keys import device_identity
from enrollment_app.storage.base import new_uuid
from enrollment_app.storage.models import (
    Application,
    Base,
    ClassEnrollment,
    ClassSession,
    Participant,
    Program,
    TrainingClass,
)
from enrollment_app.sync.bundle_writer import WrittenBundle
from enrollment_app.sync.central_update import select_update_records, write_central_update
from enrollment_app.sync.keys import raw_public
from enrollment_app.sync.provisioning import CentralKeys
from tests.sync.conftest import add_people


def class_with_roster(ctx: ServiceContext, people: int = 6) -> str:
    """A program, a class with two sessions and ``people`` enrolled; return the class id."""
    add_people(ctx, people, seed=11)
    with ctx.write() as session:
        program = Program(id=new_uuid(), code="KPPI-2026", name="Tata Boga",
                          organiser="KPPI")
        klass = TrainingClass(id=new_uuid(), program_id=program.id, name="Tata Boga A",
                              venue_name="Aula Kecamatan Cipondoh")
        session.add_all([program, klass])
        session.flush()
        for day in (3, 10):
            session.add(ClassSession(class_id=klass.id, session_date=date(2026, 3, day)))
        for person in session.scalars(select(Participant.id)).all():
            application = Application(id=new_uuid(), program_id=program.id,
                                      participant_id=person, status="assigned",
                                      applied_on=date(2026, 2, 1))
            session.add(application)
            session.flush()
            session.add(ClassEnrollment(class_id=klass.id, application_id=application.id,
                                        participant_id=person, joined_on=date(2026, 3, 1)))
        return klass.id


def write_update(central: CentralKeys, elsewhere: ServiceContext, receiver: ServiceContext,
                 folder: Path, sequence: int = 1, *, signer: Ed25519PrivateKey | None = None,
                 device_id: str | None = None) -> WrittenBundle:
    identity = device_identity(receiver.db)
    with elsewhere.db.engine.connect() as connection:
        return write_central_update(
            folder, central_signing_key=signer or central.signing_key,
            device_id=device_id or identity.id,
            device_encryption_key=raw_public(identity.encryption_key), sequence=sequence,
            previous_sha256=None, device_name=identity.name,
            records=select_update_records(connection, Base.metadata.tables),
            file_name=f"update-{sequence}-{new_uuid()[:6]}.bundle")
