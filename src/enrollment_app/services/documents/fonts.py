"""The TrueType font the PDFs use, found at run time.

fpdf2's built-in fonts only cover Latin-1, so a name such as "Ṣiti" or a curly quote
would not print. A Unicode TTF does: DejaVu Sans (Debian/Ubuntu package fonts-dejavu-core)
on Linux, Arial on Windows and macOS. When none is found the PDFs fall back to the
built-in Helvetica and characters outside Latin-1 print as "?".
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

FONT_ENV = "ENROLLMENT_PDF_FONT_DIR"  # a folder holding DejaVuSans.ttf (portable installs)
CORE_FAMILY = "helvetica"
_WINDOWS_FONTS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
_CANDIDATES: tuple[tuple[str, str], ...] = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("arial.ttf", "arialbd.ttf"),
    ("Arial.ttf", "Arial Bold.ttf"),
)
_FOLDERS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    _WINDOWS_FONTS,
    Path("/Library/Fonts"),
    Path("/System/Library/Fonts/Supplemental"),
)


@dataclass(frozen=True)
class PdfFont:
    family: str
    regular: Path | None = None  # None: fpdf2's core font
    bold: Path | None = None

    @property
    def is_unicode(self) -> bool:
        return self.regular is not None


@cache
def pdf_font() -> PdfFont:
    """The first Unicode font pair found, else the core Helvetica."""
    folders = [Path(os.environ[FONT_ENV])] if os.environ.get(FONT_ENV) else []
    for folder in [*folders, *_FOLDERS]:
        for regular, bold in _CANDIDATES:
            if (folder / regular).is_file():
                bold_path = folder / bold
                return PdfFont("body", folder / regular,
                               bold_path if bold_path.is_file() else folder / regular)
    return PdfFont(CORE_FAMILY)
