"""Importing people from office lists: damaged spreadsheets, re-imports, dry runs, bad files."""

from __future__ import annotations

import csv
import time
import tracemalloc
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import PermissionDeniedError
from enrollment_app.services.people_import import (
    ImportProgress,
    ImportReport,
    Outcome,
    describe_problem,
    import_people,
    plan_import,
)
from enrollment_app.services.spreadsheet_reader import SpreadsheetRefused
from enrollment_app.storage.models import AuditEntry, Participant
from tests.services.list_files import HEADERS, person, write_csv, write_xlsx
from tests.staff import add_staff

TODAY = date(2026, 3, 1)


def run(ctx: ServiceContext, path: Path, **options: object) -> ImportReport:
    return import_people(ctx, plan_import(path), today=TODAY, **options)  # type: ignore[arg-type]


def participants(ctx: ServiceContext) -> list[Participant]:
    with ctx.read() as session:
        return list(session.scalars(select(Participant).order_by(Participant.nik)))


def count(ctx: ServiceContext, model: type) -> int:
    with ctx.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# Each damage from issue 12 as one row of a list: (kind, changed cells, outcome, what the
# report or the saved record must show). "code" is the problem code of a refused row;
# other keys are saved participant columns.
DAMAGE = [
    pytest.param("xlsx", {"NIK": 3671015502900001}, "refused", {"code": "nik.number_cell"},
                 id="nik-number-cell"),
    pytest.param("csv", {"NIK": "3.67101E+15"}, "refused", {"code": "nik.scientific"},
                 id="nik-shown-as-E+15"),
    pytest.param("csv", {"NIK": "3671015502900001.0"}, "refused", {"code": "nik.number_cell"},
                 id="nik-float-text"),
    pytest.param("csv", {"NIK": "'3671015502900001"}, "accepted",
                 {"nik": "3671015502900001"}, id="nik-apostrophe"),
    pytest.param("csv", {"NIK": "3671\u00a00155 0290.0001"}, "accepted",
                 {"nik": "3671015502900001"}, id="nik-nbsp-spaces-dots"),
    pytest.param("csv", {"NIK": "0"}, "refused", {"code": "nik.required"}, id="nik-zero"),
    pytest.param("xlsx", {"No. KK": 3671010101090001.0}, "refused",
                 {"code": "kk.number_cell"}, id="kk-number-cell"),
    pytest.param("xlsx", {"No. HP": 81234567890}, "accepted", {"phone": "081234567890"},
                 id="phone-lost-leading-zero"),
    pytest.param("csv", {"No. HP": "'0812 3456 7890"}, "accepted",
                 {"phone": "081234567890"}, id="phone-apostrophe-spaces"),
    pytest.param("csv", {"Tanggal Lahir": "15-2-90"}, "accepted",
                 {"birth_date": date(1990, 2, 15)}, id="date-d-m-yy"),
    pytest.param("csv", {"Tanggal Lahir": "15 Februari 1990"}, "accepted",
                 {"birth_date": date(1990, 2, 15)}, id="date-indonesian-month"),
    pytest.param("csv", {"Tanggal Lahir": "15 Feb 1990"}, "accepted",
                 {"birth_date": date(1990, 2, 15)}, id="date-short-month"),
    pytest.param("csv", {"Tanggal Lahir": "1990-02-15"}, "accepted",
                 {"birth_date": date(1990, 2, 15)}, id="date-iso"),
    pytest.param("xlsx", {"Tanggal Lahir": 32919}, "accepted",
                 {"birth_date": date(1990, 2, 15)}, id="date-excel-serial"),
    pytest.param("xlsx", {"Tanggal Lahir": datetime(1990, 2, 15)}, "accepted",
                 {"birth_date": date(1990, 2, 15)}, id="date-cell"),
    pytest.param("csv", {"Tanggal Lahir": "2/15/1990 12:00:00 AM"}, "accepted",
                 {"birth_date": date(1990, 2, 15)}, id="date-p3ke-month-first"),
    pytest.param("csv", {"Tanggal Lahir": "lima belas"}, "refused",
                 {"code": "birth_date.not_a_date"}, id="date-unreadable"),
    pytest.param("xlsx", {"RT": 3, "RW": 7}, "accepted", {"rt": "003", "rw": "007"},
                 id="rt-rw-lost-leading-zeros"),
    pytest.param("csv", {"Jenis Kelamin": "Perempuan"}, "accepted", {"sex": "P"},
                 id="sex-word"),
    pytest.param("xlsx", {"Jenis Kelamin": 2}, "accepted", {"sex": "P"}, id="sex-code-2"),
    pytest.param("csv", {"Jenis Kelamin": "?"}, "refused", {"code": "sex.unknown"},
                 id="sex-unknown"),
    pytest.param("csv", {"Kecamatan": "KEC. TANGERANG", "Kelurahan": "Kel. Sukarasa"},
                 "accepted", {"kecamatan_code": "36.71.01", "kelurahan_code": "36.71.01.1001"},
                 id="region-names-with-prefixes"),
    pytest.param("csv", {"Kelurahan": "Poris Jaya"}, "refused",
                 {"code": "kelurahan.wrong_kecamatan"}, id="kelurahan-of-another-kecamatan"),
    pytest.param("csv", {"Desil": "Desil 4", "Status DTSEN/DTKS": "dtks"}, "accepted",
                 {"desil": 4, "registry_status": "dtks"}, id="desil-words"),
    pytest.param("csv", {"Desil": "12"}, "refused", {"code": "desil.range"},
                 id="desil-out-of-range"),
    pytest.param("xlsx", {"Desil": "=B2*0"}, "refused",
                 {"code": "cell.formula_without_value"}, id="formula-without-value"),
    pytest.param("csv", {"Tanggal Lahir": "16/02/1990"}, "refused",
                 {"code": "nik.birth_date_mismatch"}, id="warning-needs-review"),
]


@pytest.mark.parametrize(("kind", "cells", "outcome", "expected"), DAMAGE)
def test_damaged_cells_are_handled_or_refused_with_the_reason(
        supervisor: ServiceContext, tmp_path: Path, kind: str, cells: dict[str, object],
        outcome: str, expected: dict[str, object]) -> None:
    rows = [person(1, **cells)]
    path = (write_xlsx(tmp_path / "daftar.xlsx", rows) if kind == "xlsx"
            else write_csv(tmp_path / "daftar.csv", rows))
    report = run(supervisor, path, refused_out=tmp_path / "ditolak" / f"x.{kind}")
    saved = participants(supervisor)
    if outcome == "accepted":
        assert (report.accepted, report.refused, report.rows) == (1, 0, [])
        assert {key: getattr(saved[0], key) for key in expected} == expected
        return
    assert (report.accepted, report.refused, saved) == (0, 1, [])
    [row] = report.rows
    assert (row.line, row.outcome) == (2, Outcome.REFUSED)
    assert expected["code"] in [p.code for p in row.problems]
    assert report.refused_file == tmp_path / "ditolak" / f"x.{kind}"


def test_warnings_are_saved_as_confirmed_when_the_user_accepts_them(
        supervisor: ServiceContext, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "daftar.csv", [person(1, **{"Tanggal Lahir": "16/02/1990"})])
    report = run(supervisor, path, accept_warnings=True)
    assert report.accepted == 1
    [saved] = participants(supervisor)
    assert "nik.birth_date_mismatch" in saved.confirmed_warnings.split(",")


@pytest.mark.parametrize(("encoding", "delimiter", "name"), [
    pytest.param("utf-8-sig", ",", "Sítì Nurjanah", id="utf8-bom-comma"),
    pytest.param("utf-8", ";", "Sítì Nurjanah", id="semicolon"),
    pytest.param("utf-8", "\t", "Siti Nurjanah", id="tab"),
    pytest.param("cp1252", ";", "Sítì Nurjanah", id="windows-1252"),
    pytest.param("utf-8", "|", "Siti Nurjanah", id="pipe"),
])
def test_csv_encodings_and_separators(supervisor: ServiceContext, tmp_path: Path,
                                      encoding: str, delimiter: str, name: str) -> None:
    path = write_csv(tmp_path / "daftar.csv", [person(1, **{"Nama Lengkap": name}),
                                               person(2)],
                     encoding=encoding, delimiter=delimiter)
    report = run(supervisor, path)
    assert (report.accepted, report.refused) == (2, 0)
    assert participants(supervisor)[0].full_name == name


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_title_rows_above_the_header_and_trailing_empty_rows(
        supervisor: ServiceContext, tmp_path: Path, kind: str) -> None:
    titles = ["DAFTAR CALON PESERTA PELATIHAN", "KECAMATAN TANGERANG 2026"]
    rows = [person(1), person(2), person(3, **{"NIK": "123"})]
    path = (write_xlsx(tmp_path / "daftar.xlsx", rows, title_rows=titles) if kind == "xlsx"
            else write_csv(tmp_path / "daftar.csv", rows, title_rows=titles, trailing_empty=50))
    plan = plan_import(path)
    assert plan.mapping.header_line == 3
    report = import_people(supervisor, plan, today=TODAY)
    assert (report.accepted, report.refused) == (2, 1)
    assert report.rows[0].line == 6  # the spreadsheet's own row number
    assert report.rows[0].problems[0].code == "nik.length"


def test_reading_stops_after_a_long_run_of_empty_rows_and_says_so(
        supervisor: ServiceContext, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "daftar.xlsx", [person(1), person(2)], far_away_row=900_000)
    report = run(supervisor, path)
    assert (report.accepted, report.refused, report.stopped_after_line) == (2, 0, 3)


def test_headings_match_without_regard_to_case_spaces_dots_and_underscores(
        supervisor: ServiceContext, tmp_path: Path) -> None:
    headers = ("no_nik", "NO.KK", "NAMA  LENGKAP", "l/p", "Tmp. Lahir", "Tgl. Lahir",
               "ALAMAT", "rt/rw", "Desa / Kelurahan", "kec.", "No HP", "DESIL",
               "Status DTKS")
    row = dict(zip(headers, [*person(1).values()][:7], strict=False))
    row.update({"rt/rw": "3/7", "Desa / Kelurahan": "Sukarasa", "kec.": "Tangerang",
                "No HP": "0812 3456 7890", "DESIL": "2", "Status DTKS": "Ya"})
    plan = plan_import(write_csv(tmp_path / "daftar.csv", [row], headers=headers))
    assert plan.mapping.missing_required() == []
    assert plan.mapping.unmapped_headers() == []
    report = import_people(supervisor, plan, today=TODAY)
    assert report.accepted == 1, [describe_problem(p) for p in report.rows[0].problems]
    [saved] = participants(supervisor)
    assert (saved.rt, saved.rw, saved.registry_status, saved.desil) == ("003", "007", "dtks", 2)


def test_the_mapping_can_be_changed_before_importing(supervisor: ServiceContext,
                                                     tmp_path: Path) -> None:
    headers = tuple("Nomor Identitas" if h == "NIK" else h for h in HEADERS)
    row = person(1)
    row["Nomor Identitas"] = row.pop("NIK")
    plan = plan_import(write_csv(tmp_path / "daftar.csv", [row], headers=headers))
    assert plan.mapping.missing_required() == ["nik"]
    with pytest.raises(SpreadsheetRefused, match="NIK"):
        import_people(supervisor, plan, today=TODAY)
    plan.mapping.assign("nik", headers.index("Nomor Identitas"))
    assert import_people(supervisor, plan, today=TODAY).accepted == 1


def test_reimporting_the_same_file_adds_nothing_and_reports_duplicates(
        supervisor: ServiceContext, tmp_path: Path) -> None:
    rows = [person(n) for n in range(1, 8)]
    rows.append(person(3))  # the same NIK twice in one file
    path = write_xlsx(tmp_path / "daftar.xlsx", rows)
    first = run(supervisor, path, batch_size=3)
    assert (first.accepted, first.duplicates) == (7, 1)
    assert first.rows[0].problems[0].code == "import.repeated_in_file"
    audit_before = count(supervisor, AuditEntry)
    saved_before = [(p.id, p.version, p.updated_at) for p in participants(supervisor)]
    second = run(supervisor, path, batch_size=3)
    assert (second.accepted, second.duplicates, second.refused) == (0, 8, 0)
    assert {p.code for r in second.rows for p in r.problems} == {"import.already_registered"}
    assert [(p.id, p.version, p.updated_at) for p in participants(supervisor)] == saved_before
    assert count(supervisor, AuditEntry) == audit_before


def test_an_imported_record_is_audited_and_says_where_its_consent_came_from(
        supervisor: ServiceContext, tmp_path: Path) -> None:
    run(supervisor, write_csv(tmp_path / "dtks-cipondoh.csv", [person(1)]))
    [saved] = participants(supervisor)
    assert "dtks-cipondoh.csv" in saved.consent_purpose
    assert saved.consent_by == supervisor.actor.user_id
    with supervisor.read() as session:
        actions = session.execute(select(AuditEntry.action, AuditEntry.user_id).where(
            AuditEntry.record_id == saved.id)).all()
    assert actions == [("create", supervisor.actor.user_id)]


def test_a_dry_run_writes_nothing(supervisor: ServiceContext, tmp_path: Path) -> None:
    rows = [person(1), person(2), person(2), person(3, **{"NIK": "3.67101E+15"})]
    path = write_csv(tmp_path / "daftar.csv", rows)
    before = (count(supervisor, Participant), count(supervisor, AuditEntry))
    report = run(supervisor, path, dry_run=True)
    assert (report.accepted, report.duplicates, report.refused) == (2, 1, 1)
    assert (count(supervisor, Participant), count(supervisor, AuditEntry)) == before
    assert report.refused_file is None and sorted(p.name for p in tmp_path.iterdir()) == [
        "daftar.csv", "data"]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_refused_rows_are_written_for_fixing_and_reimport(
        supervisor: ServiceContext, tmp_path: Path, kind: str) -> None:
    rows = [person(1), person(2, **{"NIK": "3.67101E+15"}), person(3, **{"RT": "abc"})]
    writer = write_xlsx if kind == "xlsx" else write_csv
    path = writer(tmp_path / f"daftar.{kind}", rows)
    out = tmp_path / f"daftar-ditolak.{kind}"
    report = run(supervisor, path, refused_out=out)
    assert (report.accepted, report.refused, report.refused_file) == (1, 2, out)
    if kind == "csv":
        with out.open(encoding="utf-8-sig", newline="") as handle:
            written = list(csv.reader(handle))
    else:
        written = [list(r) for r in load_workbook(out, read_only=True).active.values]
    assert written[0] == [*HEADERS, "Alasan"]
    assert [r[2] for r in written[1:]] == [rows[1]["Nama Lengkap"], rows[2]["Nama Lengkap"]]
    assert "scientific" in written[1][-1] and written[2][-1].startswith("RT:")
    # The user fixes the two rows in that file and imports it: both are accepted now.
    fixed = [person(2), person(3)]
    again = run(supervisor, writer(tmp_path / f"fixed.{kind}", fixed))
    assert (again.accepted, again.refused) == (2, 0)


def test_progress_is_reported_and_cancel_keeps_saved_batches(
        supervisor: ServiceContext, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "daftar.csv", [person(n) for n in range(1, 11)])
    seen: list[ImportProgress] = []

    def progress(step: ImportProgress) -> bool:
        seen.append(step)
        return step.rows < 4

    report = run(supervisor, path, batch_size=2, progress=progress)
    assert report.cancelled and [s.rows for s in seen] == [2, 4]
    assert count(supervisor, Participant) == 4
    rest = run(supervisor, path)  # importing again continues where it stopped
    assert (rest.accepted, rest.duplicates) == (6, 4)


def test_a_trainer_may_not_import(supervisor: ServiceContext, tmp_path: Path) -> None:
    trainer = add_staff(supervisor, "pelatih", "trainer")
    with pytest.raises(PermissionDeniedError):
        run(trainer, write_csv(tmp_path / "daftar.csv", [person(1)]))
    assert count(supervisor, Participant) == 0


def _not_a_spreadsheet(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4\n\x00\x01\x02 binary")
    return path


def _encrypted_xlsx(path: Path) -> Path:
    # Excel saves a password-protected workbook as an OLE compound file, not a zip.
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    return path


def _renamed_text(path: Path) -> Path:
    path.write_text("NIK,Nama\n1,2\n")
    return path


def _zip_but_not_a_workbook(path: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    return path


def _million_empty_lines(path: Path) -> Path:
    with path.open("w") as handle:
        handle.write(",".join(HEADERS) + "\n")
        handle.write("\n" * 1_000_000)
    return path


def _million_empty_rows_csv_with_commas(path: Path) -> Path:
    with path.open("w") as handle:
        handle.write(",".join(HEADERS) + "\n")
        handle.write(("," * 13 + "\n") * 1_000_000)
    return path


def _far_away_cell(path: Path) -> Path:
    return write_xlsx(path, [], far_away_row=1_000_000)


def _header_only(path: Path) -> Path:
    return write_csv(path, [])


def _no_header(path: Path) -> Path:
    return write_csv(path, [{"a": 1}], headers=("Foo", "Bar", "Baz"))


def _empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _unknown_encoding(path: Path) -> Path:
    # 0x81 and 0x8d are undefined in Windows-1252 and invalid UTF-8.
    path.write_bytes(",".join(HEADERS).encode() + b"\n\x81\x8d\x81,x\n")
    return path


def _truncated_sheet(path: Path) -> Path:
    import zipfile

    write_xlsx(path, [person(n) for n in range(1, 4)])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet[:len(sheet) // 2]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _missing_columns(path: Path) -> Path:
    headers = ("NIK", "Nama", "Alamat", "Jenis Kelamin")
    return write_csv(path, [{"NIK": "1"}], headers=headers)


BAD_FILES = [
    pytest.param(_not_a_spreadsheet, "daftar.csv", "not a spreadsheet", id="pdf-as-csv"),
    pytest.param(_not_a_spreadsheet, "daftar.xlsx", "not a spreadsheet", id="pdf-as-xlsx"),
    pytest.param(_encrypted_xlsx, "daftar.xlsx", "password-protected", id="encrypted-xlsx"),
    pytest.param(_renamed_text, "daftar.xlsx", "not a spreadsheet", id="text-named-xlsx"),
    pytest.param(_zip_but_not_a_workbook, "daftar.xlsx", "not a spreadsheet",
                 id="docx-named-xlsx"),
    pytest.param(_million_empty_lines, "daftar.csv", "no rows of people",
                 id="million-empty-lines"),
    pytest.param(_million_empty_rows_csv_with_commas, "daftar.csv", "no rows of people",
                 id="million-empty-rows"),
    pytest.param(_far_away_cell, "daftar.xlsx", "no rows of people", id="far-away-cell"),
    pytest.param(_header_only, "daftar.csv", "no rows of people", id="header-only"),
    pytest.param(_no_header, "daftar.csv", "No heading row", id="no-header"),
    pytest.param(_empty_file, "daftar.csv", "No heading row", id="empty-file"),
    pytest.param(_unknown_encoding, "daftar.csv", "unknown character encoding",
                 id="unknown-encoding"),
    pytest.param(_truncated_sheet, "daftar.xlsx", "damaged", id="truncated-xlsx"),
    pytest.param(_missing_columns, "daftar.csv",
                 "no column for: Birth date, RT, RW, Kelurahan", id="missing-columns"),
]


@pytest.mark.parametrize(("make", "name", "message"), BAD_FILES)
def test_bad_files_are_refused_with_a_clear_message_and_nothing_written(
        supervisor: ServiceContext, tmp_path: Path, make: object, name: str,
        message: str) -> None:
    path = make(tmp_path / name)  # type: ignore[operator]
    before = (count(supervisor, Participant), count(supervisor, AuditEntry))
    started = time.perf_counter()
    tracemalloc.start()
    try:
        with pytest.raises(SpreadsheetRefused) as refused:
            import_people(supervisor, plan_import(path), today=TODAY,
                          refused_out=tmp_path / "out.csv")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert message in refused.value.render()
    assert name in refused.value.render()
    assert (count(supervisor, Participant), count(supervisor, AuditEntry)) == before
    assert not (tmp_path / "out.csv").exists()
    assert time.perf_counter() - started < 20 and peak < 50_000_000


def test_formula_cells_use_their_cached_values(supervisor: ServiceContext,
                                               tmp_path: Path) -> None:
    """A workbook Excel saved keeps each formula's value next to it: that value counts."""
    path = write_xlsx(tmp_path / "daftar.xlsx", [person(1, Desil="=1+2")])
    _store_cached_value(path, "M2", "3")
    report = run(supervisor, path)
    assert report.accepted == 1
    assert participants(supervisor)[0].desil == 3


def _store_cached_value(path: Path, cell: str, value: str) -> None:
    """Add <v>value</v> after the formula of ``cell``, as Excel does when it saves."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet, replaced = re.subn(rf'(<c r="{cell}"[^>]*>\s*<f>[^<]*</f>)(\s*<v>\s*</v>)?',
                              rf"\1<v>{value}</v>", sheet)
    assert replaced == 1
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_refused_rows_are_never_written_over_the_list_being_imported(
        supervisor: ServiceContext, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "daftar.csv", [person(1, NIK="123")])
    original = path.read_bytes()
    with pytest.raises(SpreadsheetRefused, match="cannot be written over"):
        run(supervisor, path, refused_out=tmp_path / "." / "daftar.csv")
    assert path.read_bytes() == original
