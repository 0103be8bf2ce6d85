"""The receipt (tanda terima) of equipment handed over to a group, to sign on paper.

A4 portrait: the group and the handover (date, program, items with their serial
numbers), a sentence saying the undersigned received the items on the group's behalf,
then one numbered signature line per member who signed for it (every member of the day
when nobody was ticked), and the officer's signature. Pages carry the personal-data
footer: the names of the members are personal data.
"""

from __future__ import annotations

from pathlib import Path

from enrollment_app.domain.birth_date import format_short_date
from enrollment_app.domain.choices import CHOICES_CONTEXT, GROUP_KIND, GROUP_MEMBER_ROLE
from enrollment_app.domain.facilitation_kinds import EQUIPMENT
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.regions import load_regions
from enrollment_app.i18n import translate
from enrollment_app.services import facilitation, groups
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.documents.pdf_page import (
    DocumentPdf,
    DocumentResult,
    NothingToPrintError,
    Progress,
    report,
    write_pdf,
)
from enrollment_app.services.errors import NotFoundError
from enrollment_app.services.facilitation import FacilitationInfo
from enrollment_app.services.groups import GroupInfo
from enrollment_app.services.personal_exports import HANDOVER_RECEIPT, record_personal_export

TOP = 14.0
BOTTOM = 276.0  # above the footer
ROW_H = 12.0
LINE_H = 6.0
# No, name, role, signature: 186 mm between the margins.
SIGNER_WIDTHS = (10.0, 76.0, 40.0, 60.0)
ITEM_WIDTHS = (10.0, 110.0, 66.0)


def write_handover_receipt(ctx: ServiceContext, group_id: str, facilitation_id: str,
                           path: Path, *, progress: Progress | None = None
                           ) -> DocumentResult:
    """The receipt of one equipment record of ``group_id``."""
    group = groups.get_group(ctx, group_id)
    record = next((r for r in facilitation.list_facilitations(ctx, group_id=group_id)
                   if r.id == facilitation_id and r.kind == EQUIPMENT), None)
    if record is None:
        raise NotFoundError()
    signers = _signers(group, record)
    if not signers:
        raise NothingToPrintError(QT_TRANSLATE_NOOP(
            "services", "Nobody signed for this handover: there is no receipt to print."))
    title = translate("documents", "Equipment handover receipt - {group} - {date}").format(
        group=group.name, date=format_short_date(record.occurred_on))
    with DocumentPdf(title) as pdf:
        report(progress, 0, len(signers))
        pdf.add_page()
        _header(pdf, group, record)
        _items(pdf, record)
        _signer_rows(pdf, signers, progress)
        _closing(pdf)
        report(progress, len(signers), len(signers))
        result = write_pdf(pdf, path, len(signers))
    record_personal_export(ctx, HANDOVER_RECEIPT, len(signers), result.path)
    return result


def _signers(group: GroupInfo, record: FacilitationInfo) -> list[tuple[str, str]]:
    """(name, role label) of who signs: the ticked members, else every member that day."""
    roles = {m.participant_id: m.role for m in group.members}
    people = ([(s.participant_id, s.full_name) for s in record.signers] or
              [(m.participant_id, m.full_name)
               for m in group.active_members(record.occurred_on)])
    return [(name, translate(CHOICES_CONTEXT, GROUP_MEMBER_ROLE.get(roles.get(pid, ""), "")))
            for pid, name in people]


def _header(pdf: DocumentPdf, group: GroupInfo, record: FacilitationInfo) -> None:
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_xy(pdf.l_margin, TOP)
    pdf.text_cell(width, 8, translate("documents", "EQUIPMENT HANDOVER RECEIPT"), size=15,
                  bold=True, align="C")
    pdf.set_xy(pdf.l_margin, TOP + 8)
    pdf.text_cell(width, 6, record.program_name or "", size=10, align="C")
    regions = load_regions()
    place = ", ".join(name for name in (regions.kelurahan_name(group.kelurahan_code),
                                        regions.kecamatan_name(group.kecamatan_code)) if name)
    fields = [
        (translate("documents", "Group"), group.name),
        (translate("documents", "Kind"), translate(CHOICES_CONTEXT,
                                                   GROUP_KIND.get(group.kind, group.kind))),
        (translate("documents", "Address"), place or "-"),
        (translate("documents", "Contact"), group.contact or "-"),
        (translate("documents", "Date"), format_short_date(record.occurred_on)),
        (translate("documents", "Note"), record.notes or "-"),
    ]
    y = TOP + 17
    for n, (label, value) in enumerate(fields):
        pdf.set_xy(pdf.l_margin + (n % 2) * width / 2, y + (n // 2) * 5.5)
        pdf.text_cell(22, 5.5, label, size=9, bold=True)
        pdf.text_cell(width / 2 - 22, 5.5, f": {value}", size=9)
    pdf.set_y(y + 3 * 5.5 + 4)


def _table_header(pdf: DocumentPdf, widths: tuple[float, ...], titles: list[str]) -> None:
    pdf.set_fill_color(225, 232, 240)
    pdf.set_x(pdf.l_margin)
    for width, title in zip(widths, titles, strict=True):
        pdf.text_cell(width, 7, title, size=9, bold=True, align="C", border=1)
    pdf.ln(7)


def _items(pdf: DocumentPdf, record: FacilitationInfo) -> None:
    items = [str(i) for i in record.details.get("items") or ()]
    serials = [str(s) for s in record.details.get("serial_numbers") or ()]
    _table_header(pdf, ITEM_WIDTHS, [translate("documents", "No"),
                                     translate("documents", "Item"),
                                     translate("documents", "Serial number")])
    for number, item in enumerate(items, start=1):
        if pdf.get_y() + LINE_H > BOTTOM:
            pdf.add_page()
            pdf.set_y(TOP)
        serial = serials[number - 1] if number <= len(serials) else ""
        pdf.set_x(pdf.l_margin)
        for width, text, align in zip(ITEM_WIDTHS, (str(number), item, serial), "CLL",
                                      strict=True):
            pdf.text_cell(width, LINE_H, text, size=9, align=align, border=1)
        pdf.ln(LINE_H)
    extra = serials[len(items):]
    if extra:
        pdf.set_x(pdf.l_margin)
        pdf.text_cell(sum(ITEM_WIDTHS), LINE_H, translate(
            "documents", "Other serial numbers: {numbers}").format(numbers=", ".join(extra)),
            size=8)
        pdf.ln(LINE_H)
    pdf.set_y(pdf.get_y() + 4)
    pdf.set_x(pdf.l_margin)
    pdf.multi_cell(sum(ITEM_WIDTHS), 5, pdf.safe(translate(
        "documents", "The undersigned members received the items above in good condition on "
                     "behalf of the group, and keep them for the group's use.")))
    pdf.set_y(pdf.get_y() + 3)


def _signer_rows(pdf: DocumentPdf, signers: list[tuple[str, str]],
                 progress: Progress | None) -> None:
    titles = [translate("documents", "No"), translate("documents", "Name"),
              translate("documents", "Role"), translate("documents", "Signature")]
    _table_header(pdf, SIGNER_WIDTHS, titles)
    for number, (name, role) in enumerate(signers, start=1):
        if pdf.get_y() + ROW_H > BOTTOM:
            report(progress, number - 1, len(signers))
            pdf.add_page()
            pdf.set_y(TOP)
            _table_header(pdf, SIGNER_WIDTHS, titles)
        no_w, name_w, role_w, sign_w = SIGNER_WIDTHS
        pdf.set_x(pdf.l_margin)
        pdf.text_cell(no_w, ROW_H, str(number), size=9, align="C", border=1)
        pdf.text_cell(name_w, ROW_H, name, size=10, border=1, min_size=7)
        pdf.text_cell(role_w, ROW_H, role or "-", size=9, border=1)
        pdf.text_cell(sign_w, ROW_H, f"{number}. ", size=7,
                      align="L" if number % 2 else "R", border=1)
        pdf.ln(ROW_H)


def _closing(pdf: DocumentPdf) -> None:
    width = pdf.w - pdf.l_margin - pdf.r_margin
    if pdf.get_y() + 30 > BOTTOM:
        pdf.add_page()
        pdf.set_y(TOP)
    y = pdf.get_y() + 6
    x = pdf.l_margin + width - 70
    pdf.set_xy(x, y)
    pdf.text_cell(70, 5, translate("documents", "Handed over by the officer"), size=9,
                  align="C")
    pdf.set_xy(x, y + 20)
    pdf.text_cell(70, 5, "( .................................... )", size=9, align="C")
