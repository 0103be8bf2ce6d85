"""The refused rows of an import, written back as a list the user can fix and re-import.

The file keeps the original heading row and cells and adds an "Alasan" (reason) column;
it is CSV for a CSV list and XLSX for a workbook, and it is written row by row (openpyxl's
write-only mode), so a large refused list does not sit in memory.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from enrollment_app.domain.spreadsheet_cells import CellError, FormulaWithoutValue

REASON_HEADING = "Alasan"
REFUSED_SUFFIX = "-ditolak"


def default_refused_path(source: Path, kind: str, folder: Path) -> Path:
    """``<folder>/<stem>-ditolak.csv`` (``.xlsx`` for a workbook)."""
    extension = ".xlsx" if kind == "xlsx" else ".csv"
    return folder / f"{source.stem}{REFUSED_SUFFIX}{extension}"


def _cell_out(value: object) -> object:
    if isinstance(value, FormulaWithoutValue):
        return ""
    if isinstance(value, CellError):
        return str(value)
    if value is None or isinstance(value, str | int | float | date | datetime):
        return value
    return str(value)


class RefusedRowsWriter:
    """Opens the file at the first refused row; ``path`` stays None if there is none."""

    def __init__(self, target: Path, headers: Sequence[str], delimiter: str = ",") -> None:
        self.target = target
        self.headers = [*headers, REASON_HEADING]
        self.delimiter = delimiter or ","
        self.path: Path | None = None
        self.count = 0
        self._handle: Any = None
        self._writer: Any = None
        self._workbook: Any = None

    def __enter__(self) -> RefusedRowsWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def write(self, cells: Sequence[object], reasons: Sequence[str]) -> None:
        if self.path is None:
            self._open()
        width = len(self.headers) - 1
        row = [_cell_out(v) for v in list(cells)[:width]]
        row += [None] * (width - len(row))
        row.append("; ".join(reasons))
        if self._workbook is not None:
            self._workbook.worksheets[0].append(row)
        else:
            self._writer.writerow(["" if v is None else v for v in row])
        self.count += 1

    def _open(self) -> None:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        if self.target.suffix.lower() == ".xlsx":
            from openpyxl import Workbook

            self._workbook = Workbook(write_only=True)
            self._workbook.create_sheet("Ditolak").append(self.headers)
        else:
            # utf-8-sig: Excel on Windows opens it with the right characters.
            self._handle = self.target.open("w", encoding="utf-8-sig", newline="")
            self._writer = csv.writer(self._handle, delimiter=self.delimiter)
            self._writer.writerow(self.headers)
        self.path = self.target

    def close(self) -> None:
        if self._workbook is not None:
            self._workbook.save(self.target)
            self._workbook = None
        if self._handle is not None:
            self._handle.close()
            self._handle = None
