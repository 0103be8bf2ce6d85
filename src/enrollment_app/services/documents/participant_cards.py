"""Participant cards: eight credit-card-sized cards (85.6 x 54 mm, 2 x 4) per A4 page
with cut marks, ready to print, cut and laminate.

A card shows the name, program, class and kecamatan and a QR code of the card text
(domain.card_code), which the trainer's USB scanner reads at the door. No NIK is printed:
a lost card must not give away an identity number (UU PDP, collect and show only what is
needed).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import segno

from enrollment_app.domain.card_code import encode_card
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.i18n import translate
from enrollment_app.services.classes import ClassInfo, get_class
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.documents.class_people import (
    PrintedPerson,
    current_member_ids,
    printed_people,
)
from enrollment_app.services.documents.pdf_page import (
    GREY,
    DocumentPdf,
    DocumentResult,
    NothingToPrintError,
    Progress,
    report,
    write_pdf,
)
from enrollment_app.services.errors import NotFoundError
from enrollment_app.services.personal_exports import PARTICIPANT_CARDS, record_personal_export

CARD_W, CARD_H = 85.6, 54.0  # ISO/IEC 7810 ID-1, the size of a bank card
COLUMNS, ROWS = 2, 4
CARDS_PER_PAGE = COLUMNS * ROWS
GAP_X, GAP_Y = 8.0, 6.0
QR_SIZE = 30.0
CUT_MARK, CUT_OFFSET = 3.0, 1.0
BAND = (32, 94, 140)  # the card's top band


def write_participant_cards(ctx: ServiceContext, class_id: str, path: Path, *,
                            participant_ids: Sequence[str] | None = None,
                            progress: Progress | None = None) -> DocumentResult:
    """A PDF with a card for everyone in the class (or only ``participant_ids``, to
    replace lost cards)."""
    info = get_class(ctx, class_id)  # checks the user may see the class
    members = current_member_ids(ctx, class_id)
    if participant_ids is not None:
        if not set(participant_ids) <= set(members):
            raise NotFoundError()
        members = [pid for pid in members if pid in set(participant_ids)]
    if not members:
        raise NothingToPrintError(QT_TRANSLATE_NOOP(
            "services", "Nobody is in the class yet: there are no cards to print."))
    people = printed_people(ctx, members)
    title = translate("documents", "Participant cards - {name}").format(name=info.name)
    with DocumentPdf(title) as pdf:
        for index, person in enumerate(people):
            report(progress, index, len(people))
            slot = index % CARDS_PER_PAGE
            if slot == 0:
                _new_page(pdf, info, index // CARDS_PER_PAGE + 1)
            x, y = _card_origin(pdf, slot)
            _card(pdf, x, y, person, info)
        report(progress, len(people), len(people))
        result = write_pdf(pdf, path, len(people))
    record_personal_export(ctx, PARTICIPANT_CARDS, len(people), result.path)
    return result


def qr_png(text: str) -> io.BytesIO:
    """The QR code of ``text`` as a PNG (error correction M, the standard quiet zone)."""
    out = io.BytesIO()
    segno.make(text, error="m", micro=False).save(out, kind="png", scale=8, border=4)
    out.seek(0)
    return out


def _new_page(pdf: DocumentPdf, info: ClassInfo, page: int) -> None:
    pdf.add_page()
    pdf.set_xy(pdf.l_margin, 10)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.text_cell(width, 6, translate("documents", "Participant cards: {program} - {name} "
                                                   "(sheet {page})").format(
        program=info.program_name, name=info.name, page=page), size=10, bold=True)
    pdf.set_xy(pdf.l_margin, 16)
    pdf.set_text_color(*GREY)
    pdf.text_cell(width, 5, translate("documents", "Cut along the marks. The QR code is "
                                                   "scanned at the door to mark attendance."),
                  size=8)
    pdf.set_text_color(0, 0, 0)


def _card_origin(pdf: DocumentPdf, slot: int) -> tuple[float, float]:
    left = (pdf.w - COLUMNS * CARD_W - (COLUMNS - 1) * GAP_X) / 2
    top = 26.0
    column, row = slot % COLUMNS, slot // COLUMNS
    return left + column * (CARD_W + GAP_X), top + row * (CARD_H + GAP_Y)


def _card(pdf: DocumentPdf, x: float, y: float, person: PrintedPerson,
          info: ClassInfo) -> None:
    _cut_marks(pdf, x, y)
    pdf.set_draw_color(200, 200, 200)
    pdf.set_line_width(0.2)
    pdf.rect(x, y, CARD_W, CARD_H)
    pdf.set_fill_color(*BAND)
    pdf.rect(x, y, CARD_W, 10, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(x + 2, y + 1)
    pdf.text_cell(CARD_W - 4, 4.5, translate("documents", "PARTICIPANT CARD"), size=7,
                  bold=True)
    pdf.set_xy(x + 2, y + 5)
    pdf.text_cell(CARD_W - 4, 4.5, info.program_name, size=7)
    pdf.set_text_color(0, 0, 0)
    text_w = CARD_W - QR_SIZE - 5
    _name(pdf, x + 2, y + 12, text_w, person.full_name)
    lines = [
        (translate("documents", "Class"), info.name),
        (translate("documents", "Skill"), info.skill_name or "-"),
        (translate("documents", "Kecamatan"), person.kecamatan or "-"),
        (translate("documents", "Venue"), info.venue_name),
    ]
    for n, (label, value) in enumerate(lines):
        pdf.set_xy(x + 2, y + 23 + n * 6.5)
        pdf.set_text_color(*GREY)
        pdf.text_cell(text_w, 3, label, size=6)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x + 2, y + 26 + n * 6.5)
        pdf.text_cell(text_w, 3.5, value, size=8)
    pdf.image(qr_png(encode_card(person.participant_id)), x=x + CARD_W - QR_SIZE - 2,
              y=y + 14, w=QR_SIZE, h=QR_SIZE)
    pdf.set_xy(x + CARD_W - QR_SIZE - 2, y + 14 + QR_SIZE)
    pdf.set_text_color(*GREY)
    pdf.text_cell(QR_SIZE, 4, person.participant_id[:8].upper(), size=6, align="C")
    pdf.set_text_color(0, 0, 0)


def _name(pdf: DocumentPdf, x: float, y: float, width: float, name: str) -> None:
    """The name on one line when it fits at a readable size, else on two."""
    text = pdf.safe(name)
    one_line = pdf.fitted(text, width - 2 * pdf.c_margin, 12, min_size=10, bold=True)
    if one_line == text:
        pdf.set_xy(x, y)
        pdf.cell(width, 8, text)
        return
    pdf.use(9, bold=True)
    lines = pdf.multi_cell(width, 4, text, dry_run=True, output="LINES")
    pdf.set_xy(x, y)
    pdf.text_cell(width, 4, lines[0], size=9, bold=True)
    pdf.set_xy(x, y + 4)
    pdf.text_cell(width, 4, " ".join(lines[1:]), size=9, bold=True, min_size=9)


def _cut_marks(pdf: DocumentPdf, x: float, y: float) -> None:
    """Short lines outside each corner, in line with the card's edges."""
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.15)
    for cx in (x, x + CARD_W):
        for cy in (y, y + CARD_H):
            out_x = -1 if cx == x else 1
            out_y = -1 if cy == y else 1
            pdf.line(cx + out_x * CUT_OFFSET, cy, cx + out_x * (CUT_OFFSET + CUT_MARK), cy)
            pdf.line(cx, cy + out_y * CUT_OFFSET, cx, cy + out_y * (CUT_OFFSET + CUT_MARK))
