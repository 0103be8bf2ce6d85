"""The central office loads a registry list (DTSEN/DTKS extract) as a program's candidates.

``import_candidate_list`` reads the spreadsheet with the same reader, heading matching and
row checks as ``import-people`` (``services.people_import``), so a damaged NIK or date is
refused with the same reason. Accepted rows go to the central ``candidates`` table with
status "to_visit"; a NIK already on the program's list (or earlier in the file) adds
nothing and is reported, so loading a list twice adds nothing. Rows with only warnings
(NIK and birth date disagree, ...) are kept: field staff check the person's card when
they register her. The whole list is loaded in one transaction. ``enrollment central
update --candidates-program CODE`` then sends them to a device (``central_updates``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.names import search_key
from enrollment_app.domain.validation import Problem
from enrollment_app.services.central_updates import UnknownCandidateProgramError
from enrollment_app.services.people_import import (
    Outcome,
    RowResult,
    _checker_and_rows,
    describe_problem,
    plan_import,
    require_columns,
)
from enrollment_app.services.refused_rows import RefusedRowsWriter
from enrollment_app.services.spreadsheet_reader import SpreadsheetRefused, open_sheet
from enrollment_app.storage.base import new_uuid, utc_now
from enrollment_app.sync.central_schema import SYNCED_TABLES

# The origin of rows the central office makes itself from registry lists.
CANDIDATE_LIST_ORIGIN = str(uuid.uuid5(uuid.NAMESPACE_URL,
                                       "enrollment-app:central-candidate-lists"))
INSERT_BATCH = 500
CANDIDATE_COLUMNS = ("nik", "kk", "full_name", "sex", "birth_place", "birth_date", "street",
                     "rt", "rw", "kecamatan_code", "kelurahan_code", "phone",
                     "registry_status", "desil", "assistance", "notes")

Translate = Callable[[str, str], str]


@dataclass
class CandidateImportReport:
    """Counts, and the rows that need attention (already listed and refused)."""

    file: str
    program_code: str
    accepted: int = 0
    duplicates: int = 0
    refused: int = 0
    rows: list[RowResult] = field(default_factory=list)
    refused_file: Path | None = None

    @property
    def total(self) -> int:
        return self.accepted + self.duplicates + self.refused

    def add(self, result: RowResult) -> None:
        if result.outcome is Outcome.ACCEPTED:
            self.accepted += 1
            return
        if result.outcome is Outcome.DUPLICATE:
            self.duplicates += 1
        else:
            self.refused += 1
        self.rows.append(result)

    def as_json(self, translate: Translate | None = None) -> dict[str, Any]:
        return {"file": self.file, "program": self.program_code, "accepted": self.accepted,
                "duplicates": self.duplicates, "refused": self.refused,
                "refused_file": str(self.refused_file) if self.refused_file else None,
                "rows": [{"line": row.line, "outcome": str(row.outcome), "nik": row.nik,
                          "reasons": [describe_problem(p, translate) for p in row.problems],
                          "codes": [p.code for p in row.problems]} for row in self.rows]}


def import_candidate_list(connection: Connection, path: Path, program_code: str, *,
                          translate: Translate | None = None, today: date | None = None,
                          refused_out: Path | None = None) -> CandidateImportReport:
    """Load the list at ``path`` as candidates of the program ``program_code``, in the
    caller's transaction on the central database; refused rows go to ``refused_out``
    (with their reason, to fix and load again) when given. Raises SpreadsheetRefused for
    a file that cannot be read, lacks required columns or has no data rows, and
    UnknownCandidateProgramError for an unknown program code (nothing written)."""
    plan = plan_import(Path(path))
    require_columns(plan, translate)
    program_id = _program_id(connection, program_code)
    report = CandidateImportReport(plan.path.name, program_code.strip())
    table = SYNCED_TABLES["candidates"]
    listed = set(connection.scalars(select(table.c.nik).where(
        table.c.program_id == program_id, table.c.deleted_at.is_(None))))
    in_file: set[str] = set()
    pending: list[dict[str, Any]] = []
    now = utc_now()
    with open_sheet(plan.path) as sheet, RefusedRowsWriter(
            refused_out or Path(), plan.mapping.headers, plan.delimiter) as refused:
        checker, rows = _checker_and_rows(plan, sheet.rows, today or date.today())
        for row in rows:
            checked = checker.check(row.cells)
            values = checked.values
            nik, name = str(values.get("nik") or ""), str(values.get("full_name") or "")
            if checked.errors:
                report.add(RowResult(row.line, Outcome.REFUSED, nik, name, checked.problems))
                if refused_out is not None:
                    refused.write(row.cells, [describe_problem(p, translate)
                                              for p in checked.errors])
                continue
            if nik in listed or nik in in_file:
                report.add(RowResult(row.line, Outcome.DUPLICATE, nik, name,
                                     (_listed_problem(nik, nik in listed),)))
                continue
            in_file.add(nik)
            report.add(RowResult(row.line, Outcome.ACCEPTED, nik, name, checked.problems))
            pending.append(_candidate_values(values, program_id, plan.path.name, now))
            if len(pending) >= INSERT_BATCH:
                connection.execute(table.insert(), pending)
                pending = []
        report.refused_file = refused.path
    if pending:
        connection.execute(table.insert(), pending)
    if report.total == 0:
        raise SpreadsheetRefused(QT_TRANSLATE_NOOP(
            "services", "{name} has a heading row but no rows of people under it."),
            name=plan.path.name)
    return report


def _program_id(connection: Connection, code: str) -> str:
    programs = SYNCED_TABLES["programs"]
    program_id = connection.scalar(select(programs.c.id).where(
        func.lower(programs.c.code) == code.strip().casefold(),
        programs.c.deleted_at.is_(None)))
    if program_id is None:
        raise UnknownCandidateProgramError(code=code.strip())
    return str(program_id)


def _candidate_values(values: dict[str, object], program_id: str, source: str,
                      now: Any) -> dict[str, Any]:
    row: dict[str, Any] = {name: values.get(name) for name in CANDIDATE_COLUMNS}
    for name in CANDIDATE_COLUMNS:  # the checks give None for some empty optional cells
        if row[name] is None and name not in ("birth_date", "desil"):
            row[name] = ""
    return {**row, "id": new_uuid(), "program_id": program_id, "source": source[:200],
            "name_key": search_key(str(row["full_name"])), "status": "to_visit",
            "participant_id": None, "visited_on": None, "origin_device_id":
            CANDIDATE_LIST_ORIGIN, "version": 1, "change_seq": 0, "created_at": now,
            "updated_at": now, "created_by": None, "updated_by": None,
            "deleted_at": None}


def _listed_problem(nik: str, on_list: bool) -> Problem:
    if on_list:
        return Problem("nik", "candidates.already_listed", QT_TRANSLATE_NOOP(
            "validation", "NIK {nik} is already on this program's candidate list; the "
                          "row was not added again."), params={"nik": nik})
    return Problem("nik", "import.repeated_in_file", QT_TRANSLATE_NOOP(
        "validation", "NIK {nik} appears earlier in this file; only the first row was "
                      "taken."), params={"nik": nik})
