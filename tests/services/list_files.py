"""Building people lists as offices send them (CSV and XLSX) for the import tests."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from enrollment_app.domain.nik import make_nik

HEADERS = ("NIK", "No. KK", "Nama Lengkap", "Jenis Kelamin", "Tempat Lahir",
           "Tanggal Lahir", "Alamat", "RT", "RW", "Kelurahan", "Kecamatan", "No. HP",
           "Desil", "Status DTSEN/DTKS")
BIRTH = date(1990, 2, 15)


def person(serial: int = 1, **changes: object) -> dict[str, object]:
    """A valid row (a woman born 15-02-1990 in Kelurahan Sukarasa); change any heading."""
    row: dict[str, object] = {
        "NIK": make_nik("36.71.01", BIRTH, "P", serial), "No. KK": "3671010101090001",
        "Nama Lengkap": f"Siti Aminah {chr(ord('A') + serial % 26)}",
        "Jenis Kelamin": "P", "Tempat Lahir": "Tangerang", "Tanggal Lahir": "15/02/1990",
        "Alamat": "Jl. Melati No. 5", "RT": "003", "RW": "007", "Kelurahan": "Sukarasa",
        "Kecamatan": "Tangerang", "No. HP": "081234567890", "Desil": "3",
        "Status DTSEN/DTKS": "DTSEN",
    }
    row.update(changes)
    return row


def write_csv(path: Path, rows: Sequence[dict[str, object]], *,
              headers: Sequence[str] = HEADERS, delimiter: str = ",",
              encoding: str = "utf-8", title_rows: Sequence[str] = (),
              trailing_empty: int = 0) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        for title in title_rows:
            handle.write(title + "\r\n")
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([row.get(h, "") for h in headers])
        handle.write("\r\n" * trailing_empty)
    return path


def write_xlsx(path: Path, rows: Sequence[dict[str, object]], *,
               headers: Sequence[str] = HEADERS, title_rows: Sequence[str] = (),
               far_away_row: int | None = None) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    for title in title_rows:
        sheet.append([title])
        line = sheet.max_row
        sheet.merge_cells(start_row=line, start_column=1, end_row=line,
                          end_column=len(headers))
    sheet.append(list(headers))
    for row in rows:
        sheet.append([row.get(h) for h in headers])
    if far_away_row is not None:
        sheet.cell(row=far_away_row, column=1, value="x")
    workbook.save(path)
    return path
