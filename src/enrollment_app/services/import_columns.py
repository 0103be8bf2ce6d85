"""Which column of a list holds which field: header detection and the editable mapping.

Headings are matched ignoring case, spaces, dots, underscores, dashes and a trailing
note in brackets ("Tanggal Lahir (dd/mm/yyyy)"), against the names offices use. The
result is a ``HeaderMapping`` a screen can show and let the user change before importing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.spreadsheet_cells import plain_text

HEADER_SEARCH_ROWS = 10  # the heading row is among the first non-empty rows
MIN_HEADER_MATCHES = 3

# Field -> English label (context "import") for a mapping screen and messages.
FIELD_LABELS: Mapping[str, str] = MappingProxyType({
    "nik": QT_TRANSLATE_NOOP("import", "NIK"),
    "kk": QT_TRANSLATE_NOOP("import", "Family card (KK)"),
    "full_name": QT_TRANSLATE_NOOP("import", "Full name"),
    "sex": QT_TRANSLATE_NOOP("import", "Sex"),
    "birth_place": QT_TRANSLATE_NOOP("import", "Birth place"),
    "birth_date": QT_TRANSLATE_NOOP("import", "Birth date"),
    "street": QT_TRANSLATE_NOOP("import", "Address"),
    "rt": QT_TRANSLATE_NOOP("import", "RT"),
    "rw": QT_TRANSLATE_NOOP("import", "RW"),
    "rt_rw": QT_TRANSLATE_NOOP("import", "RT/RW"),
    "kelurahan": QT_TRANSLATE_NOOP("import", "Kelurahan"),
    "kecamatan": QT_TRANSLATE_NOOP("import", "Kecamatan"),
    "phone": QT_TRANSLATE_NOOP("import", "Phone"),
    "desil": QT_TRANSLATE_NOOP("import", "Desil"),
    "registry_status": QT_TRANSLATE_NOOP("import", "Registry status"),
    "assistance": QT_TRANSLATE_NOOP("import", "Social assistance"),
    "notes": QT_TRANSLATE_NOOP("import", "Notes"),
})
# A file is refused when one of these has no column (RT and RW may come as "RT/RW").
REQUIRED_FIELDS = ("nik", "full_name", "sex", "birth_date", "rt", "rw", "kelurahan")

_ALIASES: Mapping[str, tuple[str, ...]] = {
    "nik": ("nik", "noktp", "nomorktp", "nonik", "nomornik", "nomorindukkependudukan",
            "noindukkependudukan", "ktp"),
    "kk": ("kk", "nokk", "nomorkk", "nokartukeluarga", "nomorkartukeluarga",
           "kartukeluarga"),
    "full_name": ("nama", "namalengkap", "namapeserta", "namaart", "namaanggota",
                  "namasesuaiktp", "namapenerima"),
    "sex": ("jeniskelamin", "l/p", "jk", "kelamin", "sex", "gender", "jnskelamin",
            "jeniskelaminl/p"),
    "birth_place": ("tempatlahir", "tmplahir", "tmptlahir", "tempat"),
    "birth_date": ("tanggallahir", "tgllahir", "tgllhr", "tanggallhr",
                   "tanggal", "birthdate"),
    "street": ("alamat", "alamatlengkap", "jalan", "alamatrumah", "alamatktp"),
    "rt": ("rt", "nort"),
    "rw": ("rw", "norw"),
    "rt_rw": ("rt/rw", "rtrw"),
    "kelurahan": ("kelurahan", "desa", "kelurahan/desa", "desa/kelurahan", "kel",
                  "kel/desa", "desa/kel", "namakelurahan", "namadesa"),
    "kecamatan": ("kecamatan", "kec", "namakecamatan"),
    "phone": ("nohp", "nomorhp", "hp", "telepon", "telp", "notelp", "notelepon",
              "nomortelepon", "nowa", "nomorwa", "nohp/wa", "hp/wa", "telepon/hp",
              "nohandphone", "handphone"),
    "desil": ("desil", "desilkesejahteraan", "peringkatdesil", "desilnasional"),
    "registry_status": ("statusdtsen/dtks", "statusdtks/dtsen", "statusdtsen", "statusdtks",
                        "dtsen", "dtks", "statusregsosek", "regsosek", "p3ke", "statusp3ke",
                        "status", "statusregistri", "registri"),
    "assistance": ("bansos", "bantuan", "jenisbantuan", "penerimabantuan", "bantuansosial",
                   "pkh/bpnt"),
    "notes": ("keterangan", "catatan", "ket"),
}
_KEY_FOR: dict[str, str] = {alias: name for name, aliases in _ALIASES.items()
                            for alias in aliases}
_BRACKETED = re.compile(r"\s*[(\[].*?[)\]]\s*")


def header_key(text: str) -> str:
    """A heading reduced for matching: "No. K K" and "no_kk" both give "nokk"."""
    return "".join(ch for ch in text.casefold()
                   if not ch.isspace() and ch not in "._-:*")


def field_for_header(text: str) -> str | None:
    """The field a heading names, or None when it is not one this import knows."""
    key = header_key(text)
    if key in _KEY_FOR:
        return _KEY_FOR[key]
    return _KEY_FOR.get(header_key(_BRACKETED.sub("", text)))


@dataclass
class HeaderMapping:
    """The heading row of a list and which field each column feeds.

    ``columns`` maps a field name (see FIELD_LABELS) to a 0-based column index. A screen
    may change it with ``assign``; ``missing_required`` tells what still has no column.
    """

    header_line: int
    headers: tuple[str, ...]
    columns: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_headers(cls, header_line: int, cells: Sequence[object]) -> HeaderMapping:
        headers = tuple(plain_text(cell, "header") if isinstance(cell, str | int | float)
                        else "" for cell in cells)
        mapping = cls(header_line, headers)
        for index, heading in enumerate(headers):
            name = field_for_header(heading) if heading else None
            if name is not None and name not in mapping.columns:
                mapping.columns[name] = index
        return mapping

    def assign(self, field_name: str, column: int | None) -> None:
        """Feed ``field_name`` from ``column`` (0-based), or from nothing with None."""
        if field_name not in FIELD_LABELS:
            raise KeyError(field_name)
        if column is None:
            self.columns.pop(field_name, None)
            return
        if not 0 <= column < len(self.headers):
            raise IndexError(column)
        for other, index in list(self.columns.items()):
            if index == column:
                del self.columns[other]
        self.columns[field_name] = column

    def missing_required(self) -> list[str]:
        """Required fields without a column, in REQUIRED_FIELDS order."""
        have = set(self.columns)
        if "rt_rw" in have:
            have |= {"rt", "rw"}
        return [name for name in REQUIRED_FIELDS if name not in have]

    def unmapped_headers(self) -> list[str]:
        """Headings of columns that feed no field (shown, then ignored)."""
        used = set(self.columns.values())
        return [h for i, h in enumerate(self.headers) if h and i not in used]

    def heading_of(self, field_name: str) -> str:
        return self.headers[self.columns[field_name]]


def find_header(rows: Iterable[tuple[int, Sequence[object]]]) -> HeaderMapping | None:
    """The heading row among the first non-empty rows: the first with at least
    MIN_HEADER_MATCHES known headings (title rows above it have one cell or none)."""
    best: HeaderMapping | None = None
    for count, (line, cells) in enumerate(rows):
        if count >= HEADER_SEARCH_ROWS:
            break
        mapping = HeaderMapping.from_headers(line, cells)
        if len(mapping.columns) >= MIN_HEADER_MATCHES and (
                best is None or len(mapping.columns) > len(best.columns)):
            best = mapping
            if not mapping.missing_required():
                break
    return best
