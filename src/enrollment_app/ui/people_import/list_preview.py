"""The first rows of a list as text, for the mapping step's preview."""

from __future__ import annotations

from datetime import date, datetime
from itertools import islice

from enrollment_app.domain.spreadsheet_cells import CellError, FormulaWithoutValue
from enrollment_app.services.people_import import ImportPlan
from enrollment_app.services.spreadsheet_reader import SheetRow, open_sheet

PREVIEW_ROWS = 5


def read_preview(plan: ImportPlan, count: int = PREVIEW_ROWS) -> list[SheetRow]:
    """The first ``count`` rows under the heading row (raises SpreadsheetRefused)."""
    with open_sheet(plan.path) as sheet:
        rows = (row for row in sheet.rows if row.line > plan.mapping.header_line)
        return list(islice(rows, count))


def cell_text(value: object) -> str:
    """A cell as the spreadsheet shows it, roughly: dates as dd-mm-yyyy, whole numbers
    without ".0", a formula without a saved value as "=?"."""
    if value is None:
        return ""
    if isinstance(value, FormulaWithoutValue):
        return "=?"
    if isinstance(value, CellError):
        return str(value)
    if isinstance(value, datetime | date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def cell_at(row: SheetRow, column: int | None) -> str:
    if column is None or column >= len(row.cells):
        return ""
    return cell_text(row.cells[column])
