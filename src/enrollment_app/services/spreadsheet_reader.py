"""Reading CSV and XLSX lists row by row, with the spreadsheet's own row numbers.

Both readers stream: memory does not grow with the file. Rows are numbered as the user
sees them (line N of the CSV, row N of the sheet), empty rows are skipped, and reading
stops after ``EMPTY_RUN_LIMIT`` empty rows in a row, so a sheet formatted down to row
1,000,000 costs nothing. A file that is not a spreadsheet, an encrypted workbook and text
in an unknown encoding are refused with ``SpreadsheetRefused`` before any row is read.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.datetime import from_excel
from openpyxl.utils.exceptions import InvalidFileException

# The streaming sheet parser behind openpyxl's read-only mode (see _xlsx_rows for why).
from openpyxl.worksheet._reader import (
    DATA_TAG,
    FORMULA_TAG,
    ROW_TAG,
    WorkSheetParser,
    iterparse,
)

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.spreadsheet_cells import FORMULA_WITHOUT_VALUE, CellError, is_blank
from enrollment_app.services.errors import ServiceError

EMPTY_RUN_LIMIT = 1000
CSV_DELIMITERS = ",;\t|"
SNIFF_BYTES = 64 * 1024
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls files
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
csv.field_size_limit(1024 * 1024)


class SpreadsheetRefused(ServiceError):
    """The file as a whole cannot be imported; nothing was read into the database."""

    message = QT_TRANSLATE_NOOP("services", "{name} cannot be imported.")


def _refused(message: str, path: Path, **params: Any) -> SpreadsheetRefused:
    return SpreadsheetRefused(message, name=path.name, **params)


@dataclass(frozen=True)
class SheetRow:
    """One non-empty row: its number in the file and its cell values."""

    line: int
    cells: tuple[object, ...]


@dataclass
class ReadStop:
    """Why reading ended early, if it did: the last row read before the empty run."""

    after_line: int | None = None


@dataclass
class OpenSheet:
    """A readable list: its kind ("csv"/"xlsx"), rows, and the CSV dialect used."""

    path: Path
    kind: str
    rows: Iterator[SheetRow]
    stop: ReadStop = field(default_factory=ReadStop)
    encoding: str = ""
    delimiter: str = ""


@contextmanager
def open_sheet(path: Path) -> Iterator[OpenSheet]:
    """Open ``path`` as a list of rows; raises SpreadsheetRefused for anything else."""
    head = _head(path)
    if head.startswith(OLE_MAGIC):
        raise _refused(QT_TRANSLATE_NOOP(
            "services",
            "{name} is a password-protected (encrypted) workbook or an old Excel 97-2003 "
            "file. Open it in Excel, remove the password and save it as .xlsx or CSV."), path)
    if head.startswith(ZIP_MAGIC):
        with _open_xlsx(path) as sheet:
            yield sheet
        return
    if path.suffix.lower() in XLSX_SUFFIXES or b"\x00" in head:
        raise _not_a_spreadsheet(path)
    with _open_csv(path, head) as sheet:
        yield sheet


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(SNIFF_BYTES)
    except IsADirectoryError:
        raise _not_a_spreadsheet(path) from None
    except OSError as exc:
        raise _refused(QT_TRANSLATE_NOOP("services", "{name} cannot be opened: {reason}"),
                       path, reason=exc.strerror or str(exc)) from None


def _damaged(path: Path, reason: str) -> SpreadsheetRefused:
    return _refused(QT_TRANSLATE_NOOP(
        "services", "{name} is damaged and cannot be read to the end ({reason}). Rows "
                    "before the damage may have been imported; repair or save the file "
                    "again and import it again (rows already saved are skipped)."),
        path, reason=reason)


def _not_a_spreadsheet(path: Path) -> SpreadsheetRefused:
    return _refused(QT_TRANSLATE_NOOP(
        "services", "{name} is not a spreadsheet. Import a CSV file or an Excel workbook "
                    "(.xlsx)."), path)


def _stop_after_empty_run(rows: Iterator[SheetRow], stop: ReadStop) -> Iterator[SheetRow]:
    """Skip empty rows; end after EMPTY_RUN_LIMIT of them (numbered gaps count too)."""
    last = 0
    for row in rows:
        if row.line - last > EMPTY_RUN_LIMIT:
            stop.after_line = last
            return
        if any(not is_blank(value) for value in row.cells):
            last = row.line
            yield row


# ---- CSV ----------------------------------------------------------------------------

@contextmanager
def _open_csv(path: Path, head: bytes) -> Iterator[OpenSheet]:
    encoding = _csv_encoding(path)
    if encoding is None:
        raise _refused(QT_TRANSLATE_NOOP(
            "services", "{name} is text in an unknown character encoding. Save it as "
                        "\"CSV UTF-8\" and import it again."), path)
    sample = head.decode(encoding, errors="ignore")
    delimiter = _sniff_delimiter(sample)
    with path.open(encoding=encoding, newline="") as handle:
        stop = ReadStop()
        rows = _stop_after_empty_run(_csv_rows(path, handle, delimiter), stop)
        yield OpenSheet(path, "csv", rows, stop, encoding, delimiter)


def _csv_encoding(path: Path) -> str | None:
    """UTF-8 (a BOM is dropped) when the whole file decodes, else Windows-1252."""
    for encoding in ("utf-8-sig", "cp1252"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    return None


def _sniff_delimiter(sample: str) -> str:
    lines = [line for line in sample.splitlines()[:30] if line.strip()]
    text = "\n".join(lines)
    try:
        return csv.Sniffer().sniff(text, delimiters=CSV_DELIMITERS).delimiter
    except csv.Error:
        # One-column files and ragged title rows confuse the sniffer: count instead.
        counts = {d: sum(line.count(d) for line in lines) for d in CSV_DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _csv_rows(path: Path, handle: io.TextIOBase, delimiter: str) -> Iterator[SheetRow]:
    reader = csv.reader(handle, delimiter=delimiter)
    first_line = 1
    try:
        for cells in reader:
            yield SheetRow(first_line, tuple(cells))
            first_line = reader.line_num + 1
    except csv.Error as exc:  # a field over the size limit, a NUL byte...
        raise _damaged(path, f"{exc}, line {reader.line_num}") from None


# ---- XLSX ---------------------------------------------------------------------------

@contextmanager
def _open_xlsx(path: Path) -> Iterator[OpenSheet]:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError,
            ParseError):
        raise _not_a_spreadsheet(path) from None
    try:
        sheet = next((ws for ws in workbook.worksheets
                      if getattr(ws, "sheet_state", "visible") == "visible"), None)
        if sheet is None or not hasattr(sheet, "_get_source"):
            raise _refused(QT_TRANSLATE_NOOP(
                "services", "{name} has no worksheet with rows."), path)
        stop = ReadStop()
        with sheet._get_source() as source:
            rows = _stop_after_empty_run(_xlsx_rows(path, workbook, sheet, source), stop)
            yield OpenSheet(path, "xlsx", rows, stop)
    finally:
        workbook.close()


def _xlsx_rows(path: Path, workbook: Any, sheet: Any, source: Any) -> Iterator[SheetRow]:
    """Rows straight from openpyxl's streaming sheet parser.

    ``ReadOnlyWorksheet.iter_rows`` fills every missing row up to the sheet's stated size
    (a cell at row 1,000,000 means a million empty tuples) and turns a formula without a
    cached value into None, like an empty cell. The parser itself yields only the rows
    stored in the file and lets ``_ValueParser`` mark such cells.
    """
    parser = _ValueParser(source, sheet._shared_strings, data_only=True,
                          epoch=workbook.epoch,
                          date_formats=workbook._date_formats,
                          timedelta_formats=workbook._timedelta_formats)
    try:
        yield from _cells_of(parser.value_rows())
    except (ParseError, zipfile.BadZipFile, ValueError, KeyError) as exc:
        raise _damaged(path, str(exc)) from None


def _cells_of(rows: Iterator[tuple[int, list[dict[str, Any]]]]) -> Iterator[SheetRow]:
    for line, cells in rows:
        if not cells:
            yield SheetRow(line, ())
            continue
        values: list[object] = [None] * max(cell["column"] for cell in cells)
        for cell in cells:
            values[cell["column"] - 1] = cell["value"]
        yield SheetRow(line, tuple(values))


class _ValueParser(WorkSheetParser):  # type: ignore[misc]
    """Cached values, with formula cells that have none marked instead of None."""

    def __init__(self, *args: Any, date_formats: Any = (), timedelta_formats: Any = (),
                 **kwargs: Any) -> None:
        # Dates are converted here, so an impossible serial stays a number (refused
        # later with a message) instead of raising an openpyxl warning.
        super().__init__(*args, **kwargs)
        self.value_date_formats = frozenset(date_formats)
        self.value_timedelta_formats = frozenset(timedelta_formats)

    def value_rows(self) -> Iterator[tuple[int, list[dict[str, Any]]]]:
        """The rows of sheetData, each dropped from the tree once read.

        ``parse()`` clears each row element but leaves it in its parent, and records the
        attributes of every styled row: memory then grows with the sheet.
        """
        sheet_data = None
        for event, element in iterparse(self.source, events=("start", "end")):
            if event == "start":
                if element.tag == DATA_TAG:
                    sheet_data = element
                continue
            if element.tag == ROW_TAG:
                row = self.parse_row(element)
                self.row_dimensions.clear()
                element.clear()
                if sheet_data is not None:
                    sheet_data.remove(element)
                yield row
            elif element.tag == DATA_TAG:
                return

    def parse_cell(self, element: Any) -> dict[str, Any]:
        cell = super().parse_cell(element)
        value = cell["value"]
        if value is None:
            if element.find(FORMULA_TAG) is not None:
                cell["value"] = FORMULA_WITHOUT_VALUE
        elif cell["data_type"] == "e":
            cell["value"] = CellError(value)
        elif cell["data_type"] == "n" and cell["style_id"] in self.value_date_formats:
            cell["value"] = self._date(value, cell["style_id"])
        return cell

    def _date(self, value: Any, style_id: int) -> object:
        if isinstance(value, float) and not math.isfinite(value):
            return value
        try:
            return from_excel(value, self.epoch,
                              timedelta=style_id in self.value_timedelta_formats)
        except (OverflowError, ValueError):
            return value
