"""The daftar hadir of one session: the paper fallback when the laptop cannot be used.

A4 portrait; every page repeats the session's header (program, class, venue, date, time,
topic, trainer) so a loose page still says what it belongs to, then the table No / Name /
Kelurahan / Signature / Note. Signatures alternate left and right the way Indonesian
sheets do, so neighbours do not write over each other. The last page has the codes to
write in the note column and the trainer's signature.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from enrollment_app.domain.attendance_codes import ATTENDANCE_CONTEXT, CODE_LABELS
from enrollment_app.domain.birth_date import format_short_date
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.i18n import translate
from enrollment_app.services import attendance
from enrollment_app.services.classes import ClassInfo, SessionInfo, get_class
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.documents.class_people import PrintedPerson, printed_people
from enrollment_app.services.documents.pdf_page import (
    GREY,
    DocumentPdf,
    DocumentResult,
    NothingToPrintError,
    Progress,
    report,
    write_pdf,
)
from enrollment_app.services.personal_exports import ATTENDANCE_SHEET, record_personal_export

ROW_H = 11.0
HEADER_H = 8.0
TOP = 12.0
TABLE_BOTTOM = 278.0  # above the footer
CLOSING_H = 26.0
# No, name, kelurahan, signature, note: 186 mm between the margins.
COLUMN_WIDTHS = (10.0, 62.0, 38.0, 46.0, 30.0)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("documents", "Monday"), QT_TRANSLATE_NOOP("documents", "Tuesday"),
    QT_TRANSLATE_NOOP("documents", "Wednesday"), QT_TRANSLATE_NOOP("documents", "Thursday"),
    QT_TRANSLATE_NOOP("documents", "Friday"), QT_TRANSLATE_NOOP("documents", "Saturday"),
    QT_TRANSLATE_NOOP("documents", "Sunday"),
)


def write_attendance_sheet(ctx: ServiceContext, session_id: str, path: Path, *,
                           progress: Progress | None = None) -> DocumentResult:
    """The sheet for ``session_id`` with everyone in the class on its date."""
    info = attendance.get_session(ctx, session_id)  # checks the trainer may see it
    klass = get_class(ctx, info.class_id)
    roster = attendance.session_roster(ctx, session_id)
    if not roster:
        raise NothingToPrintError(QT_TRANSLATE_NOOP(
            "services", "Nobody is in the class on the session's date: there is no sheet "
                        "to print."))
    people = printed_people(ctx, [row.participant_id for row in roster])
    title = translate("documents", "Attendance sheet - {name} - {date}").format(
        name=klass.name, date=format_short_date(info.session_date))
    with DocumentPdf(title) as pdf:
        pdf.set_margins(12, TOP, 12)
        number = 0
        while number < len(people):
            report(progress, number, len(people))
            _page_header(pdf, klass, info)
            number = _rows(pdf, people, number)
        if pdf.get_y() + CLOSING_H > TABLE_BOTTOM:
            _page_header(pdf, klass, info, table=False)
        _closing(pdf, klass)
        report(progress, len(people), len(people))
        result = write_pdf(pdf, path, len(people))
    record_personal_export(ctx, ATTENDANCE_SHEET, len(people), result.path)
    return result


def session_date_text(day: date) -> str:
    return f"{translate('documents', WEEKDAYS[day.weekday()])}, {format_short_date(day)}"


def _time_text(start: time | None, end: time | None) -> str:
    if start is None:
        return "-"
    return start.strftime("%H:%M") + (f" - {end.strftime('%H:%M')}" if end else "")


def _page_header(pdf: DocumentPdf, klass: ClassInfo, info: SessionInfo, *,
                 table: bool = True) -> None:
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_xy(pdf.l_margin, TOP)
    pdf.text_cell(width, 8, translate("documents", "ATTENDANCE SHEET"), size=15, bold=True,
                  align="C")
    pdf.set_xy(pdf.l_margin, TOP + 8)
    pdf.text_cell(width, 6, klass.program_name, size=10, align="C")
    venue = klass.venue_name + (f", {klass.venue_address}" if klass.venue_address else "")
    fields = [
        (translate("documents", "Class"), klass.name + (f" ({klass.skill_name})"
                                                         if klass.skill_name else "")),
        (translate("documents", "Venue"), venue),
        (translate("documents", "Date"), session_date_text(info.session_date)),
        (translate("documents", "Time"), _time_text(info.start_time, info.end_time)),
        (translate("documents", "Topic"), info.topic or "-"),
        (translate("documents", "Trainer"), klass.trainer_name or "-"),
    ]
    y = TOP + 17
    for n, (label, value) in enumerate(fields):
        column, row = n % 2, n // 2
        x = pdf.l_margin + column * width / 2
        pdf.set_xy(x, y + row * 5.5)
        pdf.text_cell(22, 5.5, label, size=9, bold=True)
        pdf.text_cell(width / 2 - 22, 5.5, f": {value}", size=9)
    pdf.set_y(y + 3 * 5.5 + 3)
    if table:
        _table_header(pdf)


def _table_header(pdf: DocumentPdf) -> None:
    titles = (translate("documents", "No"), translate("documents", "Name"),
              translate("documents", "Kelurahan"), translate("documents", "Signature"),
              translate("documents", "Note"))
    pdf.set_fill_color(225, 232, 240)
    pdf.set_x(pdf.l_margin)
    for width, title in zip(COLUMN_WIDTHS, titles, strict=True):
        pdf.use(9, bold=True)
        pdf.cell(width, HEADER_H, pdf.fitted(title, width - 2, 9, bold=True), border=1,
                 align="C", fill=True)
    pdf.ln(HEADER_H)


def _rows(pdf: DocumentPdf, people: list[PrintedPerson], start: int) -> int:
    """Rows from ``start`` until the page is full; returns the next row's index."""
    index = start
    while index < len(people) and pdf.get_y() + ROW_H <= TABLE_BOTTOM:
        person = people[index]
        number = index + 1
        no_w, name_w, kel_w, sign_w, note_w = COLUMN_WIDTHS
        pdf.set_x(pdf.l_margin)
        pdf.text_cell(no_w, ROW_H, str(number), size=9, align="C", border=1)
        pdf.text_cell(name_w, ROW_H, person.full_name, size=10, border=1, min_size=7)
        pdf.text_cell(kel_w, ROW_H, person.kelurahan or person.kecamatan, size=9,
                      border=1, min_size=6)
        # The number in the signature box, left for odd rows, in the middle for even.
        x = pdf.get_x()
        pdf.cell(sign_w, ROW_H, "", border=1)
        pdf.set_xy(x + (1 if number % 2 else sign_w / 2), pdf.get_y())
        pdf.set_text_color(*GREY)
        pdf.text_cell(10, 5, f"{number}.", size=7)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x + sign_w, pdf.get_y())
        pdf.cell(note_w, ROW_H, "", border=1)
        pdf.ln(ROW_H)
        index += 1
    return index


def _closing(pdf: DocumentPdf, klass: ClassInfo) -> None:
    width = pdf.w - pdf.l_margin - pdf.r_margin
    y = pdf.get_y() + 3
    pdf.set_xy(pdf.l_margin, y)
    codes = ", ".join(f"{code} = {translate(ATTENDANCE_CONTEXT, label)}"
                      for code, label in CODE_LABELS.items())
    pdf.set_text_color(*GREY)
    pdf.text_cell(width, 4.5, translate("documents", "Note column: {codes} (write the "
                                                     "arrival time).").format(codes=codes),
                  size=8, min_size=6)
    pdf.set_text_color(0, 0, 0)
    x = pdf.l_margin + width - 70
    pdf.set_xy(x, y + 6)
    pdf.text_cell(70, 5, translate("documents", "Trainer"), size=9, align="C")
    pdf.set_xy(x, y + 20)
    pdf.text_cell(70, 5, f"( {klass.trainer_name or '....................'} )", size=9,
                  align="C")
