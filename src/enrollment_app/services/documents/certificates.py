"""Certificates of completion: one A4 landscape page per graduate of a class.

A graduate is a person of the class whose application is "completed" (services.completion
records it). The certificate states the program, skill, class and venue, the training
period, the sessions attended out of those held and the hours they make (sessions with
a start and end time), and has signature lines for the trainer and the organiser.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from enrollment_app.domain.attendance_codes import ATTENDED
from enrollment_app.domain.birth_date import format_short_date
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.i18n import translate
from enrollment_app.services.applications import get_live
from enrollment_app.services.classes import ClassInfo, get_class
from enrollment_app.services.completion import HeldSession, completion_of, held_sessions
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.documents.pdf_page import (
    GREY,
    DocumentPdf,
    DocumentResult,
    NothingToPrintError,
    Progress,
    report,
    write_pdf,
)
from enrollment_app.services.permissions import Permission, require
from enrollment_app.services.personal_exports import CERTIFICATES, record_personal_export
from enrollment_app.storage.models import Program, TrainingClass

CITY = "Tangerang"
FRAME = (32, 94, 140)


@dataclass(frozen=True)
class Graduate:
    application_id: str
    full_name: str
    attended: int
    held: int
    hours: float
    first_day: date | None
    last_day: date | None


def write_certificates(ctx: ServiceContext, class_id: str, path: Path, *,
                       participant_ids: Sequence[str] | None = None,
                       issued_on: date | None = None,
                       progress: Progress | None = None) -> DocumentResult:
    """A PDF with a certificate for every graduate of the class (or only
    ``participant_ids`` among them)."""
    require(ctx, Permission.MANAGE_CLASSES)
    info = get_class(ctx, class_id)
    day = issued_on or date.today()
    graduates, program_code, organiser = _graduates(ctx, class_id, participant_ids, day)
    if not graduates:
        raise NothingToPrintError(QT_TRANSLATE_NOOP(
            "services", "Nobody in the class has completed yet: record the completion "
                        "first."))
    title = translate("documents", "Certificates - {name}").format(name=info.name)
    with DocumentPdf(title, landscape=True) as pdf:
        for index, graduate in enumerate(graduates):
            report(progress, index, len(graduates))
            _certificate(pdf, info, graduate, organiser, f"{program_code.upper()}/"
                         f"{graduate.application_id[:8].upper()}", day)
        report(progress, len(graduates), len(graduates))
        result = write_pdf(pdf, path, len(graduates))
    record_personal_export(ctx, CERTIFICATES, len(graduates), result.path)
    return result


def _graduates(ctx: ServiceContext, class_id: str, participant_ids: Sequence[str] | None,
               today: date) -> tuple[list[Graduate], str, str]:
    with ctx.read() as session:
        klass = get_live(session, TrainingClass, class_id)
        program = get_live(session, Program, klass.program_id)
        summary = completion_of(session, klass, today)
        rows = [r for r in summary.rows if r.completed and (
            participant_ids is None or r.participant_id in set(participant_ids))]
        held = held_sessions(session, [r.application_id for r in rows], today)
        graduates = [_graduate(r.application_id, r.full_name, held.get(r.application_id, []))
                     for r in rows]
        return graduates, program.code, program.organiser


def _graduate(application_id: str, name: str, held: list[HeldSession]) -> Graduate:
    attended = [h for h in held if h.code in ATTENDED]
    minutes = sum(_minutes(h) for h in attended)
    return Graduate(application_id, name, len(attended), len(held), minutes / 60,
                    held[0].session_date if held else None,
                    held[-1].session_date if held else None)


def _minutes(held: HeldSession) -> float:
    if held.start_time is None or held.end_time is None:
        return 0.0
    start = datetime.combine(held.session_date, held.start_time)
    return max((datetime.combine(held.session_date, held.end_time) - start).seconds / 60, 0)


def _certificate(pdf: DocumentPdf, info: ClassInfo, graduate: Graduate, organiser: str,
                 number: str, issued_on: date) -> None:
    pdf.add_page()
    width = pdf.w - 2 * 25
    pdf.set_draw_color(*FRAME)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, pdf.w - 20, pdf.h - 24)
    pdf.set_line_width(0.3)
    pdf.rect(13, 13, pdf.w - 26, pdf.h - 30)
    pdf.set_draw_color(0, 0, 0)

    def line(y: float, text: str, size: float, *, bold: bool = False, height: float = 8,
             grey: bool = False) -> None:
        pdf.set_xy(25, y)
        if grey:
            pdf.set_text_color(*GREY)
        pdf.text_cell(width, height, text, size=size, bold=bold, align="C", min_size=8)
        pdf.set_text_color(0, 0, 0)

    line(24, translate("documents", "CERTIFICATE"), 30, bold=True, height=14)
    line(38, translate("documents", "of completion of skills training"), 13)
    line(46, translate("documents", "No. {number}").format(number=number), 9, grey=True)
    line(60, translate("documents", "This certificate is awarded to"), 12)
    line(70, graduate.full_name, 26, bold=True, height=14)
    pdf.set_draw_color(*FRAME)
    pdf.line(70, 85, pdf.w - 70, 85)
    pdf.set_draw_color(0, 0, 0)
    line(90, translate("documents", "who has completed the training"), 12)
    line(98, info.program_name, 15, bold=True)
    skill = info.skill_name or info.name
    line(107, translate("documents", "Skill: {skill} - Class: {name} - Venue: {venue}").format(
        skill=skill, name=info.name, venue=info.venue_name), 11)
    line(116, _period(graduate), 11)
    line(124, _attendance(graduate), 11)
    _signatures(pdf, info, organiser, issued_on)


def _period(graduate: Graduate) -> str:
    if graduate.first_day is None or graduate.last_day is None:
        return ""
    return translate("documents", "held from {first} to {last}").format(
        first=format_short_date(graduate.first_day), last=format_short_date(graduate.last_day))


def _attendance(graduate: Graduate) -> str:
    text = translate("documents", "attending {attended} of {held} sessions").format(
        attended=graduate.attended, held=graduate.held)
    if graduate.hours:
        text += translate("documents", " ({hours} hours)").format(
            hours=f"{graduate.hours:g}")
    return text


def _signatures(pdf: DocumentPdf, info: ClassInfo, organiser: str, issued_on: date) -> None:
    box = 80.0
    left, right = 40.0, pdf.w - 40 - box
    pdf.set_xy(right, 140)
    pdf.text_cell(box, 6, f"{CITY}, {format_short_date(issued_on)}", size=10, align="C")
    for x, role, name in ((left, translate("documents", "Trainer"), info.trainer_name),
                          (right, organiser or translate("documents", "Organiser"), "")):
        pdf.set_xy(x, 147)
        pdf.text_cell(box, 6, role, size=10, align="C")
        pdf.line(x + 5, 172, x + box - 5, 172)
        pdf.set_xy(x, 173)
        pdf.text_cell(box, 6, name, size=10, bold=True, align="C")
