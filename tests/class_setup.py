"""A class with a trainer, sessions and accepted applicants, built through the services
like a supervisor would (shared by the class, attendance and screen tests)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from enrollment_app.services import applications, classes
from enrollment_app.services.classes import ClassDraft
from enrollment_app.services.context import ServiceContext
from tests.applicants import KEC_TANGERANG, add_program, register, skill_id
from tests.staff import add_staff


@dataclass(frozen=True)
class Setting:
    program_id: str
    skill_id: str
    trainer: ServiceContext


def setting(supervisor: ServiceContext, trainer_username: str = "pelatih") -> Setting:
    """A program (no quotas, so every acceptance holds) and a trainer account."""
    program = add_program(supervisor)
    trainer = add_staff(supervisor, trainer_username, "trainer", "Budi Pelatih")
    return Setting(program, skill_id(supervisor, program), trainer)


def class_draft(place: Setting, *, name: str = "Tata Boga A", capacity: int = 25,
                trainer_id: str | None = None) -> ClassDraft:
    return ClassDraft(
        program_id=place.program_id, skill_id=place.skill_id, name=name,
        venue_name="Aula Kelurahan Sukarasa", venue_address="Jl. Daan Mogot No. 12",
        venue_kecamatan_code=KEC_TANGERANG,
        trainer_id=trainer_id or place.trainer.actor.user_id, capacity=capacity,
        start_date=date(2026, 3, 2), end_date=date(2026, 4, 30))


def accepted_applicants(supervisor: ServiceContext, place: Setting, count: int,
                        first_serial: int = 1) -> list[str]:
    """``count`` people registered, applied and accepted; their application ids."""
    ids = []
    for serial in range(first_serial, first_serial + count):
        person = register(supervisor, serial)
        application = applications.apply(supervisor, person, place.program_id,
                                         place.skill_id, today=date(2026, 2, 1))
        applications.decide(supervisor, application, "accepted")
        ids.append(application)
    return ids


def class_with_people(supervisor: ServiceContext, place: Setting, count: int, *,
                      session_day: date, name: str = "Tata Boga A", first_serial: int = 1,
                      joined_on: date | None = None) -> tuple[str, str]:
    """A class with ``count`` people and one session on ``session_day`` at 08:00;
    returns (class id, session id)."""
    class_id = classes.create_class(supervisor, class_draft(place, name=name,
                                                            capacity=max(count, 1) + 5))
    classes.assign(supervisor, class_id,
                   accepted_applicants(supervisor, place, count, first_serial),
                   joined_on=joined_on or date(2026, 3, 1))
    session_id = classes.add_session(supervisor, class_id, session_day, time(8, 0),
                                     time(12, 0), "Keamanan pangan")
    return class_id, session_id
