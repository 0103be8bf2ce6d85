"""Central-office import of big bundles, next to a raw sqlite3 bulk insert of the same rows.

    .venv/bin/python bench/bench_central_import.py [--participants 200000]
        [--attendance 2000000] [--rounds 2] [--db-dir DIR] [--work-dir DIR]

Two bundles from one device, written with the bundle writer (signed, compressed,
encrypted for the central key): (1) every participant, business unit and owner of the
cached 200k demo database (bench/benchlib.py), streamed from its rows as an export does;
(2) a program, 80 classes, 2,000 sessions and ``--attendance`` attendance marks for those
participants. Each phase runs in its own process, so its peak memory (max RSS) is its own:

- import: ``CentralOffice.import_file`` for both bundles into a fresh central SQLite file
  (verify, decrypt, parse, merge, duplicate check, commit: everything a user waits for);
- re-import: the same two files again ("already imported"), target <= 1 s each;
- raw: the same rows, read from the same bundles beforehand, inserted with plain sqlite3
  ``executemany`` into the same tables (same schema and indexes, same pragmas, one
  transaction per bundle); only the inserts and the commit are timed.

Raw and import alternate for ``--rounds`` rounds and the best of each is reported.
Target: import >= 40% of the raw insert rate. Timings are never part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchlib import DEFAULT_DB_DIR, log, machine_description, prepare_database

from enrollment_app.services.central import CentralOffice, Status
from enrollment_app.storage.base import new_uuid
from enrollment_app.storage.engine import SQLITE_PRAGMAS, create_sqlite_engine
from enrollment_app.sync.bundle_types import DEVICE_EXPORT, BundleRecord
from enrollment_app.sync.bundle_writer import BundleHeader, write_bundle
from enrollment_app.sync.central_import import column_converters
from enrollment_app.sync.central_keys import load_keys
from enrollment_app.sync.central_schema import SYNCED_TABLES, central_metadata
from enrollment_app.sync.keys import device_signing_key, new_device_secret
from enrollment_app.sync.record_codec import encode_row, exported_columns

DEFAULT_WORK_DIR = Path(tempfile.gettempdir()) / "enrollment-bench-central"
PEOPLE_TABLES = ("participants", "business_units", "business_owners")
CLASSES = 80
SESSIONS_PER_CLASS = 25


# ------------------------------------------------------------------------ the bundles
def people_records(db_dir: Path) -> Iterator[BundleRecord]:
    """The device's rows as an export streams them (one read snapshot, row by row)."""
    from sqlalchemy import select

    from enrollment_app.storage.database import Database
    from enrollment_app.storage.models import Base

    db = Database.open(db_dir)
    try:
        with db.engine.connect() as connection:
            for name in PEOPLE_TABLES:
                table = Base.metadata.tables[name]
                result = connection.execution_options(yield_per=2000).execute(
                    select(*exported_columns(table)))
                for row in result:
                    yield BundleRecord(name, encode_row(name, row), 0)
    finally:
        db.close()


def attendance_records(participant_ids: list[str], marks: int, device_id: str
                       ) -> Iterator[BundleRecord]:
    """A program, its classes and sessions, and ``marks`` attendance marks."""
    rng = random.Random(7)
    stamp = datetime(2025, 3, 1, 2, 0, tzinfo=UTC)

    def row(table: str, **values: Any) -> dict[str, Any]:
        """Values in the table's column order, as the device's encoder gives them."""
        moment = (stamp + timedelta(seconds=rng.randrange(86_400 * 60))).isoformat()
        values.update(id=new_uuid(), origin_device_id=device_id, version=1, change_seq=1,
                      created_at=moment, created_by=None, updated_at=moment,
                      updated_by=None, deleted_at=None)
        return {column.name: values[column.name] for column in SYNCED_TABLES[table].columns}

    program = row("programs", code="MJ-2025", name="Menjahit 2025", organiser="Disnaker",
                  period_start="2025-03-01", period_end="2025-06-30", description="",
                  requires_interview=True, eligibility={}, targets=[],
                  completion_threshold=80, starter_package_top_n=0, active=True)
    yield BundleRecord("programs", program, 0)
    sessions: list[str] = []
    for number in range(CLASSES):
        klass = row("classes", program_id=program["id"], skill_id=None, name=f"Kelas {number + 1}",
                    venue_name="Balai Warga", venue_address="", venue_kecamatan_code="",
                    trainer_id=None, capacity=25, start_date="2025-03-03",
                    end_date="2025-04-30")
        yield BundleRecord("classes", klass, 0)
        for day in range(SESSIONS_PER_CLASS):
            session = row("class_sessions", class_id=klass["id"],
                          session_date=(date(2025, 3, 3) + timedelta(days=day)).isoformat(),
                          start_time="09:00:00", end_time="12:00:00", topic="")
            sessions.append(session["id"])
            yield BundleRecord("class_sessions", session, 0)
    for index in range(marks):
        yield BundleRecord("attendance_marks", row(
            "attendance_marks", session_id=sessions[index % len(sessions)],
            participant_id=participant_ids[(index * 7919) % len(participant_ids)],
            code=rng.choice("HHHHHHHIST"), arrival_time="08:55:00", source="key",
            note=""), 0)


def write_bundles(db_dir: Path, work: Path, marks: int) -> dict[str, Any]:
    """Provision a central office and a device, write both bundles; return the setup."""
    office_dir = work / "central-keys"
    office = CentralOffice(f"sqlite+pysqlite:///{work / 'template.sqlite'}", office_dir)
    office.initialize()
    recipient = load_keys(office_dir).encryption_key.public_key()
    office.close()
    secret = new_device_secret()
    device_id = new_uuid()
    signing = device_signing_key(secret)
    out = work / "bundles"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    written = []
    participant_ids: list[str] = []

    def people() -> Iterator[BundleRecord]:
        for record in people_records(db_dir):
            if record.table == "participants":
                participant_ids.append(record.values["id"])
            yield record

    previous = None
    for sequence, records in ((1, people), (2, lambda: attendance_records(
            participant_ids, marks, device_id))):
        started = time.perf_counter()
        header = BundleHeader(kind=DEVICE_EXPORT, device_id=device_id,
                              device_name="Laptop Bench", sequence=sequence,
                              previous_bundle_sha256=previous, created_by="bench")
        bundle = write_bundle(out, f"bench-{sequence}.bundle", header, records(),
                              signing_key=signing, recipient_public_key=recipient)
        previous = bundle.sha256
        log(f"bundle {sequence}: {bundle.record_count:,} records, "
            f"{bundle.size / 1e6:.1f} MB, written in {time.perf_counter() - started:.1f} s")
        written.append({"path": str(bundle.path), "records": bundle.record_count,
                        "counts": bundle.counts, "size": bundle.size})
    return {"device_id": device_id, "keys": str(office_dir), "bundles": written}


# -------------------------------------------------------------------------- the phases
def phase_import(setup: dict[str, Any], work: Path) -> dict[str, Any]:
    database = work / "central.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    office = CentralOffice(f"sqlite+pysqlite:///{database}", Path(setup["keys"]))
    office.initialize()
    office.register_device("Laptop Bench", device_id=setup["device_id"])
    timings = []
    for bundle in setup["bundles"]:
        started = time.perf_counter()
        result = office.import_file(Path(bundle["path"]))
        elapsed = time.perf_counter() - started
        if result.status is not Status.ACCEPTED:
            raise SystemExit(f"import failed: {result.reason()}")
        timings.append({"records": bundle["records"], "seconds": elapsed})
    again = []
    for bundle in setup["bundles"]:
        started = time.perf_counter()
        result = office.import_file(Path(bundle["path"]))
        again.append(time.perf_counter() - started)
        if result.status is not Status.ALREADY_IMPORTED:
            raise SystemExit(f"re-import was not recognised: {result.status}")
    stats = office.stats().counts
    office.close()
    return {"imports": timings, "reimport_seconds": again, "counts": stats}


def phase_raw(setup: dict[str, Any], work: Path) -> dict[str, Any]:
    """Plain sqlite3 executemany of the same rows into the same tables."""
    from enrollment_app.sync.bundle_reader import open_bundle

    database = work / "raw.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    engine = create_sqlite_engine(database)
    central_metadata.create_all(engine)
    engine.dispose()
    key = load_keys(Path(setup["keys"])).encryption_key
    connection = sqlite3.connect(database, isolation_level=None)
    for pragma in SQLITE_PRAGMAS:
        connection.execute(pragma)
    timings = []
    for bundle in setup["bundles"]:
        verified = open_bundle(bundle["path"], central_private_key=key)
        batches = _raw_batches(verified.records())
        elapsed = 0.0
        started = time.perf_counter()
        connection.execute("BEGIN")
        elapsed += time.perf_counter() - started
        for sql, rows in batches:
            started = time.perf_counter()
            connection.executemany(sql, rows)
            elapsed += time.perf_counter() - started
        started = time.perf_counter()
        connection.execute("COMMIT")
        elapsed += time.perf_counter() - started
        timings.append({"records": bundle["records"], "seconds": elapsed})
    connection.close()
    return {"inserts": timings}


def _raw_batches(records: Iterator[BundleRecord], size: int = 1000
                 ) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Rows as ready-made tuples in the stored form, a batch at a time (untimed)."""
    plans: dict[str, tuple[str, list[str], list[tuple[int, Any]]]] = {}
    pending: dict[str, list[tuple[Any, ...]]] = {}
    for record in records:
        plan = plans.get(record.table)
        if plan is None:
            plan = plans[record.table] = _raw_plan(record.table)
        sql, columns, conversions = plan
        row = [record.values.get(name) for name in columns]
        for index, convert in conversions:
            if row[index] is not None:
                row[index] = convert(row[index])
        batch = pending.setdefault(record.table, [])
        batch.append(tuple(row))
        if len(batch) >= size:
            yield sql, batch
            pending[record.table] = []
    for table, batch in pending.items():
        if batch:
            yield plans[table][0], batch


def _raw_plan(name: str) -> tuple[str, list[str], list[tuple[int, Any]]]:
    from sqlalchemy.dialects import sqlite

    from enrollment_app.sync.central_import import _driver_converter

    table = SYNCED_TABLES[name]
    parsers = column_converters(table)
    columns = list(parsers)
    dialect = sqlite.dialect()
    conversions = [(index, convert) for index, column in enumerate(columns)
                   if (convert := _driver_converter(table.c[column], parsers[column],
                                                    dialect)) is not None]
    sql = (f"INSERT INTO {name} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    return sql, columns, conversions


def run_phase(phase: str, setup_file: Path, work: Path) -> dict[str, Any]:
    """Run a phase in a child process; return its report with its peak memory."""
    command = [sys.executable, __file__, "--phase", phase, "--setup", str(setup_file),
               "--work-dir", str(work)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    report = json.loads(output.strip().splitlines()[-1])
    report["peak_rss_mb"] = report.pop("max_rss_kb") / 1024
    return report


# --------------------------------------------------------------------------- reporting
def rate(timings: list[dict[str, float]]) -> float:
    return sum(t["records"] for t in timings) / sum(t["seconds"] for t in timings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=200_000)
    parser.add_argument("--attendance", type=int, default=2_000_000)
    parser.add_argument("--db-dir", type=Path, default=DEFAULT_DB_DIR)
    parser.add_argument("--work-dir", type=Path, default=DEFAULT_WORK_DIR)
    parser.add_argument("--rounds", type=int, default=2,
                        help="alternating raw/import rounds; the best of each counts")
    parser.add_argument("--phase", choices=("import", "raw"), help=argparse.SUPPRESS)
    parser.add_argument("--setup", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        setup = json.loads(args.setup.read_text())
        report = (phase_import if args.phase == "import" else phase_raw)(setup, args.work_dir)
        report["max_rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps(report))
        return 0

    args.work_dir.mkdir(parents=True, exist_ok=True)
    prepare_database(args.db_dir, args.participants)
    setup = write_bundles(args.db_dir, args.work_dir, args.attendance)
    setup_file = args.work_dir / "setup.json"
    setup_file.write_text(json.dumps(setup))
    # The phases alternate and the best of --rounds counts: other load on the machine
    # then slows both sides alike instead of one.
    raws, imports = [], []
    for round_number in range(1, args.rounds + 1):
        log(f"round {round_number}: raw sqlite3 inserts ...")
        raws.append(run_phase("raw", setup_file, args.work_dir))
        log(f"round {round_number}: central import ...")
        imports.append(run_phase("import", setup_file, args.work_dir))
    raw = min(raws, key=lambda report: sum(t["seconds"] for t in report["inserts"]))
    imported = min(imports, key=lambda report: sum(t["seconds"] for t in report["imports"]))
    print_report(setup, raw, imported)
    return 0


def print_report(setup: dict[str, Any], raw: dict[str, Any], imported: dict[str, Any]
                 ) -> None:
    names = ("participants (+ business units, owners)", "attendance (+ program, classes, "
             "sessions)")
    lines = [f"Machine: {machine_description()}", ""]
    rows = []
    for index, name in enumerate(names):
        got, baseline = imported["imports"][index], raw["inserts"][index]
        rows.append((name, got["records"], got["records"] / got["seconds"], got["seconds"],
                     baseline["records"] / baseline["seconds"], baseline["seconds"]))
    total_import, total_raw = rate(imported["imports"]), rate(raw["inserts"])
    rows.append(("both bundles", sum(r[1] for r in rows), total_import,
                 sum(t["seconds"] for t in imported["imports"]), total_raw,
                 sum(t["seconds"] for t in raw["inserts"])))
    header = ("| bundle | records | import rec/s | import s | raw insert rec/s | raw s | "
              "import / raw |")
    lines += [header, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, records, got, seconds, baseline, raw_seconds in rows:
        lines.append(f"| {name} | {records:,} | {got:,.0f} | {seconds:.1f} | "
                     f"{baseline:,.0f} | {raw_seconds:.1f} | {got / baseline:.0%} |")
    reimport = imported["reimport_seconds"]
    lines += [
        "",
        f"- Re-import of a known bundle: {max(reimport) * 1000:.0f} ms at most "
        f"({', '.join(f'{s * 1000:.0f} ms' for s in reimport)}; target <= 1 s).",
        f"- Peak memory (max RSS of the process): import {imported['peak_rss_mb']:.0f} MB, "
        f"raw inserts {raw['peak_rss_mb']:.0f} MB.",
        "- Bundle sizes: " + ", ".join(f"{b['size'] / 1e6:.1f} MB" for b in setup["bundles"])
        + ".",
        f"- Target import >= 40% of raw: "
        f"{'met' if total_import >= 0.4 * total_raw else 'NOT met'} "
        f"({total_import / total_raw:.0%}).",
        f"- Central counts after import: {json.dumps(imported['counts'])}",
    ]
    print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
