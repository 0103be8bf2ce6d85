"""What every printed document shares: A4 pages, the font, the personal-data footer,
progress with cancel, and writing the file only once it is complete."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.i18n import translate
from enrollment_app.services.documents.fonts import pdf_font
from enrollment_app.services.errors import ServiceError

DOCUMENTS_CONTEXT = "documents"
Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel
GREY = (110, 110, 110)
ELLIPSIS = "\u2026"


class DocumentCancelledError(ServiceError):
    message = QT_TRANSLATE_NOOP("services", "Cancelled; no file was written.")


class NothingToPrintError(ServiceError):
    """``message`` says what is missing (no one in the class, no graduate yet)."""


@dataclass(frozen=True)
class DocumentResult:
    path: Path
    pages: int
    items: int  # cards, names on the sheet, certificates


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress`` how far the document is; DocumentCancelledError when the user
    cancelled."""
    if progress is not None and not progress(done, total):
        raise DocumentCancelledError()


class DocumentPdf(FPDF):
    """An A4 PDF in the app's font; pages with personal data carry the UU PDP footer.
    Use it in a ``with`` block, which closes the font files however the block ends."""

    def __init__(self, title: str, *, landscape: bool = False,
                 personal_data: bool = True) -> None:
        super().__init__(orientation="L" if landscape else "P", unit="mm", format="A4")
        self._font = pdf_font()
        if self._font.regular is not None:
            self.add_font(self._font.family, "", self._font.regular)
            self.add_font(self._font.family, "B", self._font.bold)
        self.personal_data = personal_data
        self.set_auto_page_break(False)
        self.set_margins(12, 12, 12)
        self.set_title(self.safe(title))
        self.set_creator("enrollment_app")
        self.use(10)

    def __enter__(self) -> DocumentPdf:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close_fonts()

    def close_fonts(self) -> None:
        """fpdf2 keeps the TTF files open (fontTools reads them lazily): close them."""
        for font in self.fonts.values():
            ttfont = getattr(font, "ttfont", None)
            if ttfont is not None:
                ttfont.close()

    def use(self, size: float, *, bold: bool = False) -> None:
        self.set_font(self._font.family, "B" if bold else "", size)

    def safe(self, text: str) -> str:
        """``text`` as the font can print it (Latin-1 only for the core font)."""
        if self._font.is_unicode:
            return text
        return text.replace(ELLIPSIS, "...").encode("latin-1", "replace").decode("latin-1")

    def fitted(self, text: str, width: float, size: float, *, min_size: float = 6,
               bold: bool = False) -> str:
        """Choose the largest font size down to ``min_size`` at which ``text`` fits in
        ``width``; cut it with an ellipsis if it does not fit even then."""
        text = self.safe(text)
        while True:
            self.use(size, bold=bold)
            if self.get_string_width(text) <= width or size <= min_size:
                break
            size = max(size - 0.5, min_size)
        if self.get_string_width(text) <= width:
            return text
        end = self.safe(ELLIPSIS)
        while text and self.get_string_width(text + end) > width:
            text = text[:-1]
        return text.rstrip() + end

    def text_cell(self, width: float, height: float, text: str, *, size: float = 10,
                  bold: bool = False, align: str = "L", border: int | str = 0,
                  min_size: float = 6) -> None:
        """One line of text at the current position, shrunk to fit ``width``."""
        line = self.fitted(text, width - 2 * self.c_margin, size, min_size=min_size,
                           bold=bold)
        self.cell(width, height, line, border=border, align=align)

    def footer(self) -> None:
        self.set_y(-11)
        self.set_text_color(*GREY)
        self.use(7)
        width = self.w - self.l_margin - self.r_margin
        if self.personal_data:
            note = translate("documents", "Holds personal data (UU PDP, Law 27/2022): keep "
                                          "it safe, show it only to those who need it and "
                                          "destroy it when it is no longer needed.")
            self.cell(width - 22, 4, self.fitted(note, width - 24, 7, min_size=5))
        else:
            self.cell(width - 22, 4, "")
        self.use(7)
        self.cell(22, 4, translate("documents", "Page {page} of {pages}").format(
            page=self.page_no(), pages="{nb}"), align="R")
        self.set_text_color(0, 0, 0)


def write_pdf(pdf: DocumentPdf, path: Path, items: int) -> DocumentResult:
    """Write the finished PDF to ``path`` through a temporary file, so a failure or a
    cancel never leaves half a document under the real name."""
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        pdf.output(str(partial))
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return DocumentResult(path, pdf.pages_count, items)
