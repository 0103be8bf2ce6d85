"""Printing a class's documents from any screen: cards, an attendance sheet,
certificates. Each asks where to save, runs off the GUI thread (pdf_runner) and reports
the outcome through ``say(kind, text)``.

Other screens (the Classes page, the trainer's attendance screen) add the buttons with
``add_document_buttons`` and hand over how to find their current class and session.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

from enrollment_app.i18n import translate
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.documents.attendance_sheet import write_attendance_sheet
from enrollment_app.services.documents.certificates import write_certificates
from enrollment_app.services.documents.class_people import current_member_ids
from enrollment_app.services.documents.participant_cards import write_participant_cards
from enrollment_app.services.documents.pdf_page import DocumentResult
from enrollment_app.ui.completion.pdf_runner import PdfRunner
from enrollment_app.ui.widgets.banner import BannerKind

Say = Callable[[BannerKind, str], None]


def file_part(text: str) -> str:
    """``text`` usable in a file name."""
    kept = "".join(c if c.isalnum() or c in "-_" else "_" for c in text.strip())
    return kept.strip("_") or "kelas"


class DocumentPrinter(QObject):
    def __init__(self, ctx: ServiceContext, parent: QWidget, say: Say) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._say = say
        self.runner = PdfRunner(parent)
        self.runner.finished.connect(self._written)
        self.runner.failed.connect(lambda text: say(BannerKind.ERROR, text))
        self.runner.cancelled.connect(lambda: say(BannerKind.INFO, self.tr(
            "Cancelled; no file was written.")))

    def cards(self, class_id: str, class_name: str) -> bool:
        return self.runner.run(self.tr("Print participant cards"),
                               f"kartu_peserta_{file_part(class_name)}.pdf",
                               lambda path, progress: write_participant_cards(
                                   self._ctx, class_id, path, progress=progress),
                               people=self._members(class_id))

    def _members(self, class_id: str) -> int:
        """How many people a class document names (at most), for the confirmation."""
        return len(current_member_ids(self._ctx, class_id))

    def attendance_sheet(self, session_id: str, class_name: str, day: date,
                         class_id: str = "") -> bool:
        return self.runner.run(self.tr("Attendance sheet PDF"),
                               f"daftar_hadir_{file_part(class_name)}_{day.isoformat()}.pdf",
                               lambda path, progress: write_attendance_sheet(
                                   self._ctx, session_id, path, progress=progress),
                               people=self._members(class_id) if class_id else None)

    def certificates(self, class_id: str, class_name: str) -> bool:
        return self.runner.run(self.tr("Certificates PDF"),
                               f"sertifikat_{file_part(class_name)}.pdf",
                               lambda path, progress: write_certificates(
                                   self._ctx, class_id, path, progress=progress),
                               people=self._members(class_id))

    def _written(self, result: DocumentResult) -> None:
        self._say(BannerKind.SUCCESS, self.tr(
            "Saved {file} ({pages} page(s), {items} in it). Open it to print.").format(
            file=str(result.path), pages=result.pages, items=result.items))


def add_document_buttons(layout: QBoxLayout, parent: QWidget, ctx: ServiceContext,
                         current_class: Callable[[], tuple[str, str] | None],
                         current_session: Callable[[], tuple[str, date] | None],
                         say: Say) -> DocumentPrinter:
    """Add "Print cards…" and "Attendance sheet PDF…" to ``layout``.
    ``current_class()`` gives (class id, class name), ``current_session()`` (session id,
    date); either None when nothing is chosen."""
    printer = DocumentPrinter(ctx, parent, say)
    cards = QPushButton(translate("DocumentPrinter", "Print cards…"), parent)
    sheet = QPushButton(translate("DocumentPrinter", "Attendance sheet PDF…"), parent)

    def print_cards() -> None:
        chosen = current_class()
        if chosen is not None:
            printer.cards(*chosen)

    def print_sheet() -> None:
        chosen, session = current_class(), current_session()
        if chosen is not None and session is not None:
            printer.attendance_sheet(session[0], chosen[1], session[1], chosen[0])

    cards.clicked.connect(print_cards)
    sheet.clicked.connect(print_sheet)
    layout.addWidget(cards)
    layout.addWidget(sheet)
    return printer
