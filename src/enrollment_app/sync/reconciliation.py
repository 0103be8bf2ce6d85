"""The reconciliation report: what arrived at the central office, per device, per day and
per kecamatan, with the bundles, the conflicts and the possible duplicates to review.

``build_report`` reads the central database into ``ReportTable``s; ``write_csv`` writes
one UTF-8 CSV file per table (with a byte-order mark so spreadsheet programs read the
Indonesian text right), ``write_xlsx`` one workbook with a sheet per table. Column titles
are English source texts in the "reconciliation" translation context; the writers take
the translate function. Days and times are shown in WIB (UTC+7, Kota Tangerang's time).
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Date, cast, func, literal_column, select

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.regions import load_regions
from enrollment_app.services.personal_exports import CSV_COMMENT, PERSONAL_DATA_NOTICE
from enrollment_app.services.stats import OUTSIDE_CITY
from enrollment_app.sync.central_schema import (
    SYNCED_TABLES,
    central_conflicts,
    central_devices,
    central_imports,
    central_possible_duplicate_units,
    central_possible_duplicates,
)

CONTEXT = "reconciliation"
WIB = timezone(timedelta(hours=7), "WIB")
XLSX_NAME = "reconciliation.xlsx"
# Record types shown per day, in this order (the device's stats keys).
PER_DAY_TABLES = (
    ("participants", QT_TRANSLATE_NOOP(CONTEXT, "Participants")),
    ("applications", QT_TRANSLATE_NOOP(CONTEXT, "Applications")),
    ("interviews", QT_TRANSLATE_NOOP(CONTEXT, "Interviews")),
    ("classes", QT_TRANSLATE_NOOP(CONTEXT, "Classes")),
    ("class_sessions", QT_TRANSLATE_NOOP(CONTEXT, "Sessions")),
    ("attendance_marks", QT_TRANSLATE_NOOP(CONTEXT, "Attendance marks")),
    ("groups", QT_TRANSLATE_NOOP(CONTEXT, "Groups")),
    ("business_units", QT_TRANSLATE_NOOP(CONTEXT, "Business units")),
)
Translate = Callable[[str, str], str]


@dataclass
class ReportTable:
    """One CSV file / one sheet: ``name`` is the file stem, titles are source texts."""

    name: str
    title: str
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    # Headers that are data (device names), not translatable texts.
    literal_headers: frozenset[int] = frozenset()
    personal: bool = False  # holds names or NIKs: the file says so (personal_exports)

    def translated_headers(self, translate: Translate | None) -> list[str]:
        if translate is None:
            return list(self.headers)
        return [text if index in self.literal_headers else translate(CONTEXT, text)
                for index, text in enumerate(self.headers)]


def build_report(connection: Connection) -> list[ReportTable]:
    """Every table of the report, read in one connection (so from one snapshot)."""
    names = _device_names(connection)
    return [
        _devices(connection, names),
        _per_day(connection, names),
        _per_kecamatan(connection, names),
        _bundles(connection, names),
        _conflicts(connection, names),
        _duplicates(connection, names),
        _duplicate_units(connection, names),
    ]


# ------------------------------------------------------------------------------ writers
def write_csv(tables: Sequence[ReportTable], out_dir: Path,
              translate: Translate | None = None) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables:
        path = out_dir / f"{table.name}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            if table.personal:  # a comment line, not a CSV row (it holds commas)
                handle.write(CSV_COMMENT + _notice(translate).replace("\n", " ") + "\r\n")
            writer.writerow(table.translated_headers(translate))
            writer.writerows([_cell(value) for value in row] for row in table.rows)
        written.append(path)
    return written


def write_xlsx(tables: Sequence[ReportTable], out_dir: Path,
               translate: Translate | None = None) -> list[Path]:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    out_dir.mkdir(parents=True, exist_ok=True)
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.description = _notice(translate)
    for table in tables:
        title = translate(CONTEXT, table.title) if translate else table.title
        sheet = workbook.create_sheet(title[:31])
        sheet.append(table.translated_headers(translate))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([_cell(value) for value in row])
        sheet.freeze_panes = "A2"
        if table.personal:  # printed on every page of the sheet
            sheet.oddHeader.center.text = _notice(translate)
        for index, header in enumerate(sheet[1], start=1):
            width = max([len(str(header.value))] + [len(str(_cell(r[index - 1])))
                                                    for r in table.rows[:200]])
            sheet.column_dimensions[header.column_letter].width = min(max(width + 2, 8), 60)
    path = out_dir / XLSX_NAME
    workbook.save(path)
    return [path]


def _notice(translate: Translate | None) -> str:
    return translate("services", PERSONAL_DATA_NOTICE) if translate else PERSONAL_DATA_NOTICE


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(WIB).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return "" if value is None else value


# --------------------------------------------------------------------------- the tables
def _device_names(connection: Connection) -> dict[str, str]:
    return {device_id: name for device_id, name in connection.execute(
        select(central_devices.c.device_id, central_devices.c.name))}


def _devices(connection: Connection, names: dict[str, str]) -> ReportTable:
    table = ReportTable("devices", QT_TRANSLATE_NOOP(CONTEXT, "Per device"), [
        QT_TRANSLATE_NOOP(CONTEXT, "Device"), QT_TRANSLATE_NOOP(CONTEXT, "Team"),
        QT_TRANSLATE_NOOP(CONTEXT, "Device id"), QT_TRANSLATE_NOOP(CONTEXT, "Registered"),
        QT_TRANSLATE_NOOP(CONTEXT, "Bundles imported"),
        QT_TRANSLATE_NOOP(CONTEXT, "Last sequence"),
        QT_TRANSLATE_NOOP(CONTEXT, "Missing sequences"),
        QT_TRANSLATE_NOOP(CONTEXT, "Last import"),
        QT_TRANSLATE_NOOP(CONTEXT, "Records sent"), QT_TRANSLATE_NOOP(CONTEXT, "New"),
        QT_TRANSLATE_NOOP(CONTEXT, "Updated"), QT_TRANSLATE_NOOP(CONTEXT, "Unchanged"),
        QT_TRANSLATE_NOOP(CONTEXT, "Stale"), QT_TRANSLATE_NOOP(CONTEXT, "Conflicts"),
        QT_TRANSLATE_NOOP(CONTEXT, "Live participants"),
        QT_TRANSLATE_NOOP(CONTEXT, "Possible duplicates"),
    ])
    imports: dict[str, list[Any]] = defaultdict(list)
    for row in connection.execute(select(central_imports).order_by(central_imports.c.id)):
        imports[row.device_id].append(row)
    people = SYNCED_TABLES["participants"]
    live = {device_id: count for device_id, count in connection.execute(
        select(people.c.origin_device_id, func.count()).where(people.c.deleted_at.is_(None))
        .group_by(people.c.origin_device_id))}
    duplicates: dict[str, int] = defaultdict(int)
    for device_a, device_b in connection.execute(
            select(central_possible_duplicates.c.device_a,
                   central_possible_duplicates.c.device_b)):
        duplicates[device_a] += 1
        if device_b != device_a:
            duplicates[device_b] += 1
    devices = connection.execute(select(central_devices).order_by(central_devices.c.name))
    for device in devices:
        rows = imports.get(device.device_id, [])
        sequences = {row.sequence for row in rows}
        missing = [n for n in range(1, max(sequences, default=0)) if n not in sequences]
        merged = _sum_merged(row.merged for row in rows)
        table.rows.append([
            device.name, device.team, device.device_id, device.registered_at, len(rows),
            max(sequences, default=""), ", ".join(map(str, missing)),
            max((row.imported_at for row in rows), default=None),
            sum(sum(row.counts.values()) for row in rows), merged["inserted"],
            merged["updated"], merged["unchanged"], merged["stale"], merged["conflicts"],
            live.get(device.device_id, 0), duplicates.get(device.device_id, 0),
        ])
    return table


def _sum_merged(merged: Iterable[dict[str, dict[str, int]]]) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for per_table in merged:
        for counts in per_table.values():
            for key, value in counts.items():
                totals[key] += value
    return totals


def _wib_day(connection: Connection, column: Any) -> Any:
    if connection.dialect.name == "sqlite":
        return func.date(column, "+7 hours")
    return cast(column + literal_column("INTERVAL '7 hours'"), Date)


def _per_day(connection: Connection, names: dict[str, str]) -> ReportTable:
    table = ReportTable("per_day", QT_TRANSLATE_NOOP(CONTEXT, "Per day"), [
        QT_TRANSLATE_NOOP(CONTEXT, "Day (WIB)"), QT_TRANSLATE_NOOP(CONTEXT, "Device"),
        *(title for _name, title in PER_DAY_TABLES)])
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for name, _title in PER_DAY_TABLES:
        synced = SYNCED_TABLES[name]
        day = _wib_day(connection, synced.c.created_at).label("day")
        query = (select(day, synced.c.origin_device_id, func.count())
                 .where(synced.c.deleted_at.is_(None))
                 .group_by(day, synced.c.origin_device_id))
        for day_value, device_id, count in connection.execute(query):
            key = (str(day_value or ""), names.get(device_id, device_id))
            counts[key][name] = count
    for (day_text, device), per_table in sorted(counts.items()):
        table.rows.append([day_text, device,
                           *(per_table.get(name, 0) for name, _t in PER_DAY_TABLES)])
    return table


def _per_kecamatan(connection: Connection, names: dict[str, str]) -> ReportTable:
    regions = load_regions()
    people = SYNCED_TABLES["participants"]
    rows = connection.execute(
        select(people.c.kecamatan_code, people.c.origin_device_id, func.count())
        .where(people.c.deleted_at.is_(None))
        .group_by(people.c.kecamatan_code, people.c.origin_device_id)).all()
    device_names = sorted({names.get(device_id, device_id) for _c, device_id, _n in rows})
    table = ReportTable("per_kecamatan", QT_TRANSLATE_NOOP(CONTEXT, "Per kecamatan"), [
        QT_TRANSLATE_NOOP(CONTEXT, "Kecamatan"), QT_TRANSLATE_NOOP(CONTEXT, "Participants"),
        *device_names], literal_headers=frozenset(range(2, 2 + len(device_names))))
    grid: dict[str, dict[str, int]] = {name: {} for _code, name in regions.kecamatan()}
    for code, device_id, count in rows:
        kecamatan = (regions.kecamatan_name(code) if code else None) or code or OUTSIDE_CITY
        device = names.get(device_id, device_id)
        cell = grid.setdefault(kecamatan, {})
        cell[device] = cell.get(device, 0) + count
    for kecamatan, per_device in grid.items():
        table.rows.append([kecamatan, sum(per_device.values()),
                           *(per_device.get(name, 0) for name in device_names)])
    return table


def _bundles(connection: Connection, names: dict[str, str]) -> ReportTable:
    table = ReportTable("bundles", QT_TRANSLATE_NOOP(CONTEXT, "Bundles"), [
        QT_TRANSLATE_NOOP(CONTEXT, "Imported"), QT_TRANSLATE_NOOP(CONTEXT, "Device"),
        QT_TRANSLATE_NOOP(CONTEXT, "Sequence"), QT_TRANSLATE_NOOP(CONTEXT, "Created"),
        QT_TRANSLATE_NOOP(CONTEXT, "Created by"), QT_TRANSLATE_NOOP(CONTEXT, "File"),
        QT_TRANSLATE_NOOP(CONTEXT, "Records sent"), QT_TRANSLATE_NOOP(CONTEXT, "New"),
        QT_TRANSLATE_NOOP(CONTEXT, "Updated"), QT_TRANSLATE_NOOP(CONTEXT, "Conflicts"),
        QT_TRANSLATE_NOOP(CONTEXT, "Missing sequences"),
        QT_TRANSLATE_NOOP(CONTEXT, "Bundle id"),
    ])
    for row in connection.execute(select(central_imports).order_by(central_imports.c.id)):
        merged = _sum_merged([row.merged])
        table.rows.append([
            row.imported_at, names.get(row.device_id, row.device_id), row.sequence,
            _manifest_time(row.bundle_created_at), row.created_by, row.file_name,
            sum(row.counts.values()), merged["inserted"], merged["updated"],
            merged["conflicts"], ", ".join(map(str, row.missing_sequences)), row.bundle_id,
        ])
    return table


def _manifest_time(text: str) -> Any:
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return text
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _conflicts(connection: Connection, names: dict[str, str]) -> ReportTable:
    table = ReportTable("conflicts", QT_TRANSLATE_NOOP(CONTEXT, "Conflicts"), personal=True,
                        headers=[
        QT_TRANSLATE_NOOP(CONTEXT, "Detected"), QT_TRANSLATE_NOOP(CONTEXT, "Record type"),
        QT_TRANSLATE_NOOP(CONTEXT, "Record id"), QT_TRANSLATE_NOOP(CONTEXT, "From device"),
        QT_TRANSLATE_NOOP(CONTEXT, "Central version"),
        QT_TRANSLATE_NOOP(CONTEXT, "Incoming version"),
        QT_TRANSLATE_NOOP(CONTEXT, "Based on version"),
        QT_TRANSLATE_NOOP(CONTEXT, "Differences (central -> incoming)"),
        QT_TRANSLATE_NOOP(CONTEXT, "Status"),
    ])
    for row in connection.execute(select(central_conflicts)
                                  .order_by(central_conflicts.c.id)):
        differences = "; ".join(
            f"{name}: {_short(row.central_values.get(name))} -> "
            f"{_short(row.incoming_values.get(name))}" for name in row.changed_fields)
        table.rows.append([
            row.detected_at, row.table_name, row.record_id,
            names.get(row.from_device_id, row.from_device_id), row.central_version,
            row.incoming_version, row.base_version, differences, row.status,
        ])
    return table


def _short(value: Any, limit: int = 60) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _duplicates(connection: Connection, names: dict[str, str]) -> ReportTable:
    table = ReportTable("possible_duplicates",
                        QT_TRANSLATE_NOOP(CONTEXT, "Possible duplicates"), personal=True,
                        headers=[
        QT_TRANSLATE_NOOP(CONTEXT, "Detected"), QT_TRANSLATE_NOOP(CONTEXT, "NIK"),
        QT_TRANSLATE_NOOP(CONTEXT, "Name (first record)"),
        QT_TRANSLATE_NOOP(CONTEXT, "Device (first record)"),
        QT_TRANSLATE_NOOP(CONTEXT, "First record id"),
        QT_TRANSLATE_NOOP(CONTEXT, "Name (second record)"),
        QT_TRANSLATE_NOOP(CONTEXT, "Device (second record)"),
        QT_TRANSLATE_NOOP(CONTEXT, "Second record id"),
        QT_TRANSLATE_NOOP(CONTEXT, "Status"),
    ])
    people = SYNCED_TABLES["participants"]
    first, second = people.alias("first"), people.alias("second")
    dup = central_possible_duplicates
    query = (select(dup, first.c.full_name.label("name_a"), second.c.full_name.label("name_b"))
             .join(first, first.c.id == dup.c.participant_a, isouter=True)
             .join(second, second.c.id == dup.c.participant_b, isouter=True)
             .order_by(dup.c.nik, dup.c.id))
    for row in connection.execute(query):
        table.rows.append([
            row.detected_at, row.nik, row.name_a, names.get(row.device_a, row.device_a),
            row.participant_a, row.name_b, names.get(row.device_b, row.device_b),
            row.participant_b, row.status,
        ])
    return table


def _duplicate_units(connection: Connection, names: dict[str, str]) -> ReportTable:
    """Business units that share a NIB (issue 10): listed for a person to decide."""
    table = ReportTable("possible_duplicate_units",
                        QT_TRANSLATE_NOOP(CONTEXT, "Possible duplicate units"), [
        QT_TRANSLATE_NOOP(CONTEXT, "Detected"), QT_TRANSLATE_NOOP(CONTEXT, "NIB"),
        QT_TRANSLATE_NOOP(CONTEXT, "Unit (first record)"),
        QT_TRANSLATE_NOOP(CONTEXT, "Device (first record)"),
        QT_TRANSLATE_NOOP(CONTEXT, "First record id"),
        QT_TRANSLATE_NOOP(CONTEXT, "Unit (second record)"),
        QT_TRANSLATE_NOOP(CONTEXT, "Device (second record)"),
        QT_TRANSLATE_NOOP(CONTEXT, "Second record id"),
        QT_TRANSLATE_NOOP(CONTEXT, "Status"),
    ])
    units = SYNCED_TABLES["business_units"]
    first, second = units.alias("first"), units.alias("second")
    dup = central_possible_duplicate_units
    query = (select(dup, first.c.name.label("name_a"), second.c.name.label("name_b"))
             .join(first, first.c.id == dup.c.unit_a, isouter=True)
             .join(second, second.c.id == dup.c.unit_b, isouter=True)
             .order_by(dup.c.nib, dup.c.id))
    for row in connection.execute(query):
        table.rows.append([
            row.detected_at, row.nib, row.name_a, names.get(row.device_a, row.device_a),
            row.unit_a, row.name_b, names.get(row.device_b, row.device_b), row.unit_b,
            row.status,
        ])
    return table
