"""Importing people from a CSV/XLSX list (registry extracts, kelurahan lists).

Two steps, so a screen can show the column mapping and let the user change it:

    plan = plan_import(path)            # reads the heading row: plan.mapping
    report = import_people(ctx, plan)   # streams the rows, saves in batches

Every row is checked by the registration form's checks (``import_rows``). Accepted rows
are saved in batches of ``BATCH_SIZE``, one transaction each, through the ORM so the
session hooks stamp them and write the audit trail. A row whose NIK is already on the
device changes nothing and is reported as a duplicate, so importing a file twice adds
nothing. Rows with warnings (NIK and birth date disagree, possible duplicate person...)
are refused unless ``accept_warnings``: then their codes are stored as confirmed by the
importing user, as the form does when a user confirms. ``progress`` is called after each
batch; returning False stops after that batch (saved batches stay saved; importing the
file again continues where it stopped, since saved rows are then duplicates).

Consent: a list row has no consent given on this device. The record says so honestly:
its consent purpose names the list file it came from, and the person's own consent is to
be confirmed when staff meet them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from itertools import chain, islice
from pathlib import Path

from sqlalchemy import select

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.names import search_key
from enrollment_app.domain.regions import load_regions
from enrollment_app.domain.spreadsheet_cells import detect_date_order
from enrollment_app.domain.validation import Problem
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.import_columns import FIELD_LABELS, HeaderMapping, find_header
from enrollment_app.services.import_rows import CheckedRow, RowChecker
from enrollment_app.services.permissions import Permission, require
from enrollment_app.services.refused_rows import RefusedRowsWriter
from enrollment_app.services.registration import (
    _participant_columns,
    possible_duplicate_warnings,
)
from enrollment_app.services.spreadsheet_reader import SheetRow, SpreadsheetRefused, open_sheet
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.models import Participant
from enrollment_app.storage.session_hooks import AppSession

BATCH_SIZE = 500
DATE_SAMPLE_ROWS = 200  # rows read ahead to decide day-first or month-first per column
IMPORTED_CONSENT = (
    "Imported from the list file \"{file}\" (registry list held by the organising office); "
    "the person's own consent is to be confirmed when staff meet them.")
# Problem fields that are not FIELD_LABELS keys.
_LABEL_FOR_FIELD = {"kecamatan_code": "kecamatan", "kelurahan_code": "kelurahan"}

Translate = Callable[[str, str], str]


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    REFUSED = "refused"


@dataclass(frozen=True)
class RowResult:
    """What happened to one row; ``line`` is the row number in the spreadsheet."""

    line: int
    outcome: Outcome
    nik: str
    full_name: str
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class ImportProgress:
    rows: int
    accepted: int
    duplicates: int
    refused: int
    line: int


@dataclass
class ImportPlan:
    """A list ready to import: its kind ("csv"/"xlsx") and the editable column mapping."""

    path: Path
    kind: str
    mapping: HeaderMapping
    delimiter: str = ""


@dataclass
class ImportReport:
    """Counts, and the rows that need attention (duplicates and refused; accepted rows
    are only counted, so the report stays small for a large list)."""

    file: str
    dry_run: bool
    accepted: int = 0
    duplicates: int = 0
    refused: int = 0
    rows: list[RowResult] = field(default_factory=list)
    cancelled: bool = False
    stopped_after_line: int | None = None
    refused_file: Path | None = None

    @property
    def total(self) -> int:
        return self.accepted + self.duplicates + self.refused

    def progress(self, line: int) -> ImportProgress:
        return ImportProgress(self.total, self.accepted, self.duplicates, self.refused, line)

    def add(self, result: RowResult) -> None:
        if result.outcome is Outcome.ACCEPTED:
            self.accepted += 1
            return
        if result.outcome is Outcome.DUPLICATE:
            self.duplicates += 1
        else:
            self.refused += 1
        self.rows.append(result)


def describe_problem(problem: Problem, translate: Translate | None = None) -> str:
    """"Label: message" in the user's language (``translate(context, text)``)."""
    label = FIELD_LABELS.get(_LABEL_FOR_FIELD.get(problem.field, problem.field))
    message = problem.render(translate)
    if label is None:
        return message
    return f"{translate('import', label) if translate else label}: {message}"


def plan_import(path: Path) -> ImportPlan:
    """Open the list and find its heading row. Raises SpreadsheetRefused."""
    with open_sheet(path) as sheet:
        mapping = find_header((row.line, row.cells) for row in sheet.rows)
        kind, delimiter = sheet.kind, sheet.delimiter
    if mapping is None:
        raise SpreadsheetRefused(QT_TRANSLATE_NOOP(
            "services", "No heading row found in {name}: the first rows must include one "
                        "with column names such as NIK, Nama, Jenis Kelamin, Tanggal Lahir."),
            name=path.name)
    return ImportPlan(path, kind, mapping, delimiter)


def require_columns(plan: ImportPlan, translate: Translate | None = None) -> None:
    """Refuse the file when required fields have no column (named in the message)."""
    missing = plan.mapping.missing_required()
    if missing:
        names = ", ".join(translate("import", FIELD_LABELS[m]) if translate
                          else FIELD_LABELS[m] for m in missing)
        raise SpreadsheetRefused(QT_TRANSLATE_NOOP(
            "services", "{name} has no column for: {columns}. Rename the headings or choose "
                        "the columns, then import again."), name=plan.path.name,
            columns=names)


def import_people(ctx: ServiceContext, plan: ImportPlan, *, dry_run: bool = False,
                  accept_warnings: bool = False, refused_out: Path | None = None,
                  progress: Callable[[ImportProgress], bool] | None = None,
                  translate: Translate | None = None, today: date | None = None,
                  batch_size: int = BATCH_SIZE) -> ImportReport:
    """Import the rows of ``plan``; see the module docstring. Raises SpreadsheetRefused
    (nothing saved) for a file with missing columns or without any data row."""
    require(ctx, Permission.REGISTER)
    require_columns(plan, translate)
    report = ImportReport(plan.path.name, dry_run)
    if refused_out is not None and refused_out.resolve() == plan.path.resolve():
        raise SpreadsheetRefused(QT_TRANSLATE_NOOP(
            "services", "The refused rows cannot be written over {name}, the file being "
                        "imported. Choose another file for them."), name=plan.path.name)
    saver = _BatchSaver(ctx, plan, dry_run=dry_run, accept_warnings=accept_warnings)
    with open_sheet(plan.path) as sheet, RefusedRowsWriter(
            refused_out or Path(), plan.mapping.headers, plan.delimiter) as refused:
        checker, rows = _checker_and_rows(plan, sheet.rows, today or date.today())
        batch: list[tuple[SheetRow, CheckedRow]] = []
        for row in rows:
            batch.append((row, checker.check(row.cells)))
            if len(batch) >= batch_size:
                if not _finish_batch(saver, batch, report, refused, refused_out, translate,
                                     progress):
                    report.cancelled = True
                    break
                batch = []
        else:
            _finish_batch(saver, batch, report, refused, refused_out, translate, progress)
        report.stopped_after_line = sheet.stop.after_line
        report.refused_file = refused.path
    if report.total == 0 and not report.cancelled:
        raise SpreadsheetRefused(QT_TRANSLATE_NOOP(
            "services", "{name} has a heading row but no rows of people under it."),
            name=plan.path.name)
    return report


def _checker_and_rows(plan: ImportPlan, rows: Iterator[SheetRow], today: date
                      ) -> tuple[RowChecker, Iterator[SheetRow]]:
    data = (row for row in rows if row.line > plan.mapping.header_line)
    ahead = list(islice(data, DATE_SAMPLE_ROWS))
    checker = RowChecker(plan.mapping, date_order="dmy", today=today, regions=load_regions())
    checker.date_order = detect_date_order(checker.cell(r.cells, "birth_date") for r in ahead)
    return checker, chain(ahead, data)


def _finish_batch(saver: _BatchSaver, batch: list[tuple[SheetRow, CheckedRow]],
                  report: ImportReport, refused: RefusedRowsWriter, refused_out: Path | None,
                  translate: Translate | None,
                  progress: Callable[[ImportProgress], bool] | None) -> bool:
    if not batch:
        return True
    for (row, _), result in zip(batch, saver.save(batch), strict=True):
        report.add(result)
        if result.outcome is Outcome.REFUSED and refused_out is not None:
            refused.write(row.cells, [describe_problem(p, translate) for p in result.problems])
    return progress(report.progress(batch[-1][0].line)) is not False if progress else True


class _BatchSaver:
    """Saves one batch in one transaction; knows which NIKs this run has already seen."""

    def __init__(self, ctx: ServiceContext, plan: ImportPlan, *, dry_run: bool,
                 accept_warnings: bool) -> None:
        self.ctx = ctx
        self.dry_run = dry_run
        self.accept_warnings = accept_warnings
        self.started = utc_now()
        self.purpose = IMPORTED_CONSENT.format(file=plan.path.name)
        # Only a dry run keeps the NIKs it has seen (a real run finds them in the database).
        self.seen: set[int] = set()

    def save(self, batch: list[tuple[SheetRow, CheckedRow]]) -> list[RowResult]:
        valid = [checked.values for _, checked in batch if not checked.errors]
        with self.ctx.read() if self.dry_run else self.ctx.write() as session:
            existing = self._existing(session, [str(v["nik"]) for v in valid])
            namesakes = self._namesakes(session, valid)
            return [self._one(session, row, checked, existing, namesakes)
                    for row, checked in batch]

    def _existing(self, session: AppSession, niks: list[str]) -> dict[str, bool]:
        """Live NIKs among ``niks`` -> True when this run saved them (earlier batch)."""
        if not niks:
            return {}
        rows = session.execute(select(
            Participant.nik, Participant.created_at, Participant.created_by,
            Participant.origin_device_id).where(
            Participant.nik.in_(niks), Participant.deleted_at.is_(None)))
        return {nik: (created >= self.started and user == self.ctx.actor.user_id
                      and device == self.ctx.device_id)
                for nik, created, user, device in rows}

    def _namesakes(self, session: AppSession, valid: list[dict[str, object]]
                   ) -> dict[tuple[str, object], list[str]]:
        """NIKs of live people with the same name and birth date as rows of the batch
        (one query per batch instead of the form's query per person)."""
        keys = {(search_key(str(v["full_name"])), v["birth_date"]) for v in valid}
        found: dict[tuple[str, object], list[str]] = defaultdict(list)
        if not keys:
            return found
        rows = session.execute(select(
            Participant.nik, Participant.name_key, Participant.birth_date).where(
            Participant.name_key.in_(sorted({name for name, _ in keys})),
            Participant.deleted_at.is_(None)))
        for nik, name_key, born in rows:
            if (name_key, born) in keys:
                found[(name_key, born)].append(nik)
        return found

    def _one(self, session: AppSession, row: SheetRow, checked: CheckedRow,
             existing: dict[str, bool], namesakes: dict[tuple[str, object], list[str]]
             ) -> RowResult:
        values = checked.values
        nik, name = str(values.get("nik") or ""), str(values.get("full_name") or "")
        if checked.errors:
            return RowResult(row.line, Outcome.REFUSED, nik, name, checked.problems)
        duplicate = self._duplicate(nik, existing)
        if duplicate is not None:
            return RowResult(row.line, Outcome.DUPLICATE, nik, name, (duplicate,))
        same_person = namesakes[(search_key(name), values["birth_date"])]
        warnings = [*checked.warnings,
                    *possible_duplicate_warnings([n for n in same_person if n != nik][:3])]
        if warnings and not self.accept_warnings:
            return RowResult(row.line, Outcome.REFUSED, nik, name, tuple(warnings))
        existing[nik] = True
        same_person.append(nik)
        if self.dry_run:
            self.seen.add(int(nik))
        else:
            session.add(Participant(
                **_participant_columns(values), consent_at=self.started,
                consent_by=self.ctx.actor.user_id, consent_purpose=self.purpose,
                confirmed_warnings=",".join(sorted({w.code for w in warnings}))))
        return RowResult(row.line, Outcome.ACCEPTED, nik, name, tuple(warnings))

    def _duplicate(self, nik: str, existing: dict[str, bool]) -> Problem | None:
        this_run = existing.get(nik)
        if this_run is None and not (self.dry_run and int(nik) in self.seen):
            return None
        if this_run is False:
            return Problem("nik", "import.already_registered", QT_TRANSLATE_NOOP(
                "validation", "NIK {nik} is already registered on this device; the record "
                              "was not changed. Review it in the participant list."),
                params={"nik": nik})
        return Problem("nik", "import.repeated_in_file", QT_TRANSLATE_NOOP(
            "validation", "NIK {nik} appears earlier in this file; only the first row was "
                          "taken."), params={"nik": nik})
