"""Programs, quotas and applications written straight through ORM sessions with the hooks
(stamped like any write on the device), and counts taken from the database one cell at a
time, independently of the dashboard's grouped query."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from sqlalchemy import func, select

from enrollment_app.domain.choices import CONSENT_PURPOSE
from enrollment_app.domain.names import search_key
from enrollment_app.domain.nik import make_nik
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.base import new_uuid, utc_now
from enrollment_app.storage.models import Application, Participant, Program, ProgramQuota
from tests.ui.people import person_name


def add_program(ctx: ServiceContext, quotas: Mapping[str, int], *, name: str = "Tata Boga",
                targets: list[dict] | None = None, program_id: str | None = None) -> str:
    """A program with one quota row per kecamatan in ``quotas``; returns its id."""
    program_id = program_id or new_uuid()
    with ctx.write() as session:
        session.add(Program(id=program_id, code=f"P-{program_id[:8]}", name=name,
                            organiser="DP3AP2KB", targets=targets or []))
        session.flush()
        session.add_all(ProgramQuota(program_id=program_id, kecamatan_code=code, quota=quota)
                        for code, quota in quotas.items())
    return program_id


def add_quota(ctx: ServiceContext, program_id: str, kecamatan: str, quota: int, *,
              deleted: bool = False) -> None:
    with ctx.write() as session:
        session.add(ProgramQuota(program_id=program_id, kecamatan_code=kecamatan, quota=quota,
                                 deleted_at=utc_now() if deleted else None))


def add_applications(ctx: ServiceContext, program_id: str,
                     rows: Iterable[tuple[str, str]], *, deleted: bool = False) -> list[str]:
    """One application per (kecamatan code, status), each by a new person; their ids."""
    ids = []
    with ctx.write() as session:
        serial = session.scalar(select(func.count()).select_from(Participant)) or 0
        for kecamatan, status in rows:
            serial += 1
            person = _person(ctx, serial, kecamatan)
            session.add(person)
            session.flush()
            application = Application(
                program_id=program_id, participant_id=person.id, kecamatan_code=kecamatan,
                status=status, applied_on=date(2026, 2, 1),
                deleted_at=utc_now() if deleted else None)
            session.add(application)
            session.flush()
            ids.append(application.id)
    return ids


def count_applications(ctx: ServiceContext, program_id: str, statuses: Iterable[str],
                       kecamatan: str | None = None) -> int:
    """Live applications of ``program_id`` in ``statuses`` (in one kecamatan if given)."""
    query = select(func.count()).select_from(Application).where(
        Application.program_id == program_id, Application.deleted_at.is_(None),
        Application.status.in_(list(statuses)))
    if kecamatan is not None:
        query = query.where(Application.kecamatan_code == kecamatan)
    with ctx.read() as session:
        return session.scalar(query) or 0


def quota_of(ctx: ServiceContext, program_id: str, kecamatan: str) -> int:
    with ctx.read() as session:
        return session.scalar(select(func.coalesce(func.sum(ProgramQuota.quota), 0)).where(
            ProgramQuota.program_id == program_id, ProgramQuota.kecamatan_code == kecamatan,
            ProgramQuota.deleted_at.is_(None))) or 0


def _person(ctx: ServiceContext, serial: int, kecamatan: str) -> Participant:
    """A woman living in ``kecamatan`` (or outside the city when it is "")."""
    born = date(1980 + serial % 20, 1 + serial % 12, 1 + serial % 28)
    name = person_name(serial)
    return Participant(
        nik=make_nik(kecamatan or "36.03.01", born, "P", serial), full_name=name,
        name_key=search_key(name), sex="P", birth_date=born, kecamatan_code=kecamatan,
        kelurahan_code=f"{kecamatan}.1001" if kecamatan else "",
        outside_city=not kecamatan, outside_region="" if kecamatan else "Kab. Tangerang",
        consent_at=utc_now(), consent_by=ctx.actor.user_id, consent_purpose=CONSENT_PURPOSE)
