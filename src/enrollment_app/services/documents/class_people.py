"""The people a class document prints, with the region names shown next to them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from enrollment_app.domain.regions import load_regions
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.models import ClassEnrollment, Participant


@dataclass(frozen=True)
class PrintedPerson:
    participant_id: str
    full_name: str
    kecamatan: str  # the name, or the region typed for someone from outside the city
    kelurahan: str


def printed_people(ctx: ServiceContext, participant_ids: Sequence[str]) -> list[PrintedPerson]:
    """``participant_ids`` with their region names, in the order given. The caller has
    checked that the user may see them (through the class or session services)."""
    regions = load_regions()
    with ctx.read() as session:
        rows = {p.id: p for p in session.scalars(select(Participant).where(
            Participant.id.in_(participant_ids)))}
    people = []
    for pid in participant_ids:
        person = rows[pid]
        outside = person.outside_region if person.outside_city else ""
        people.append(PrintedPerson(
            pid, person.full_name,
            outside or regions.kecamatan_name(person.kecamatan_code) or "",
            "" if outside else regions.kelurahan_name(person.kelurahan_code) or ""))
    return people


def current_member_ids(ctx: ServiceContext, class_id: str) -> list[str]:
    """Everyone in the class now or joining later (not those who left), by name."""
    with ctx.read() as session:
        return list(dict.fromkeys(session.scalars(select(ClassEnrollment.participant_id).join(
            Participant, Participant.id == ClassEnrollment.participant_id).where(
            ClassEnrollment.class_id == class_id, ClassEnrollment.deleted_at.is_(None),
            ClassEnrollment.left_on.is_(None), Participant.deleted_at.is_(None)
        ).order_by(Participant.name_key))))
