"""A class whose sessions are all held, with marks typed per person like a daftar hadir
("HHTIA": one code per session), shared by the completion, document and screen tests."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time, timedelta

from enrollment_app.services import attendance, classes
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.models import Program
from tests.class_setup import Setting, accepted_applicants, class_draft

FIRST_DAY = date(2026, 3, 2)  # a Monday
TODAY = date(2026, 4, 30)  # after every session


@dataclass(frozen=True)
class FinishedClass:
    class_id: str
    session_ids: tuple[str, ...]
    participant_ids: tuple[str, ...]  # by registration serial
    application_ids: tuple[str, ...]


def finished_class(supervisor: ServiceContext, place: Setting, people: int, sessions: int,
                   *, name: str = "Tata Boga A", first_serial: int = 1) -> FinishedClass:
    """A class with ``people`` assigned and ``sessions`` sessions on consecutive days
    from FIRST_DAY, 08:00-12:00, no marks yet."""
    class_id = classes.create_class(supervisor, class_draft(place, name=name,
                                                            capacity=people + 5))
    application_ids = accepted_applicants(supervisor, place, people, first_serial)
    classes.assign(supervisor, class_id, application_ids, joined_on=FIRST_DAY)
    days = [FIRST_DAY + timedelta(n) for n in range(sessions)]
    session_ids = classes.add_sessions(supervisor, class_id, days, time(8, 0), time(12, 0),
                                       [f"Materi {n + 1}" for n in range(sessions)])
    members = {m.application_id: m.participant_id
               for m in classes.roster(supervisor, class_id, on=FIRST_DAY)}
    return FinishedClass(class_id, tuple(session_ids),
                         tuple(members[a] for a in application_ids), tuple(application_ids))


def mark_codes(ctx: ServiceContext, done: FinishedClass,
               codes: Mapping[str, str]) -> None:
    """Mark each person's codes session by session ("-" leaves a session unmarked)."""
    for participant_id, row in codes.items():
        for session_id, code in zip(done.session_ids, row, strict=False):
            if code != "-":
                attendance.mark(ctx, session_id, participant_id, code,
                                arrival_time=time(8, 30) if code == "T" else None,
                                today=TODAY)


def set_program(ctx: ServiceContext, program_id: str, **values: object) -> None:
    """Change the program's completion threshold or starter-package count."""
    with ctx.write() as session:
        program = session.get(Program, program_id)
        assert program is not None
        for key, value in values.items():
            setattr(program, key, value)
