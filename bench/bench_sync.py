"""Device export of a big database, next to a raw sqlite3 bulk read of the same rows.

    .venv/bin/python bench/bench_sync.py [--participants 200000] [--marks 2000000]
        [--db-dir DIR] [--markdown]

The device database (200,000 demo participants plus ``--marks`` attendance marks in 100
classes of 10 sessions) is built once in ``--db-dir`` and reused. The participants come
from the search benchmark's cached database when it exists (copied with SQLite's backup
API), else from ``services.demo_data`` through the ORM and its hooks. Marks written
through the ORM hooks run at ≈1,800 per second here (measured on 50,000), so the bench
writes them with plain sqlite3 instead: the same columns the hooks fill (id, origin,
version 1, one change sequence per batch, who/when) and one hash-chained audit entry per
mark built with the same functions, so the export sees what it would see in the field.

Each measured phase runs in its own process, so its memory is its own:

- raw: plain sqlite3 ``SELECT *`` of every synced row with data, iterated with
  ``fetchmany`` (the floor for reading the same rows);
- export: ``services.export.export_bundle`` in full mode (every row: read in one
  snapshot with each row's base version, encoded, compressed, encrypted, signed, written
  and fsynced). Resident memory is sampled every 100,000 records to show it stays flat;
- read: ``sync.bundle_reader.open_bundle`` (hash and tag pass) and ``records()``.

Peak memory is the growth of the resident-memory high-water mark (VmHWM, reset just
before the phase through /proc/self/clear_refs) over the level at that moment. Timings
are never part of the test suite.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchlib import (
    BENCH_PASSWORD,
    DEFAULT_DB_DIR,
    DEFAULT_PARTICIPANTS,
    log,
    machine_description,
    prepare_database,
)

from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.audit_chain import GENESIS_HASH, entry_hash, hashed_fields
from enrollment_app.storage.backup import online_backup
from enrollment_app.storage.base import new_uuid
from enrollment_app.storage.data_dir import database_path
from enrollment_app.storage.engine import SQLITE_PRAGMAS

DEFAULT_SYNC_DIR = Path(tempfile.gettempdir()) / "enrollment-bench-sync"
DEFAULT_MARKS = 2_000_000
CLASSES = 100
SESSIONS_PER_CLASS = 10
BATCH = 10_000
SAMPLE_EVERY = 100_000
MARK_CHANGES = {"code": [None, "H"], "source": [None, "key"], "note": [None, ""]}


def _status_mib(field: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def rss_mib() -> float:
    """Resident memory now (Linux VmRSS), else the peak so far."""
    now = _status_mib("VmRSS")
    return now if now is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def start_peak() -> float:
    """Reset the resident-memory high-water mark (Linux) and return the level now."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    return rss_mib()


def peak_rss_mib() -> float:
    peak = _status_mib("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -------------------------------------------------------------------------- building
def prepare(db_dir: Path, participants: int, marks: int) -> ServiceContext:
    if not database_path(db_dir).exists() and database_path(DEFAULT_DB_DIR).exists():
        db_dir.mkdir(parents=True, exist_ok=True)
        log(f"copying the cached participants from {DEFAULT_DB_DIR}")
        online_backup(database_path(DEFAULT_DB_DIR), database_path(db_dir))
    ctx = prepare_database(db_dir, participants)
    _trust_bench_central_keys(ctx, db_dir)
    _add_marks(ctx, marks)
    return ctx


def _trust_bench_central_keys(ctx: ServiceContext, db_dir: Path) -> None:
    from enrollment_app.services.device_keys import device_identity, trust_central_keys
    from enrollment_app.sync.provisioning import central_key_files, create_central_keys

    files = central_key_files(db_dir / "central-keys")
    if not files.public_keys.exists():
        create_central_keys(db_dir / "central-keys")
    if device_identity(ctx.db).central_recipient is None:
        trust_central_keys(ctx, files.public_keys)


def _add_marks(ctx: ServiceContext, wanted: int) -> None:
    connection = _raw(ctx.db.data_dir)
    have = connection.execute("SELECT count(*) FROM attendance_marks").fetchone()[0]
    if have >= wanted:
        log(f"reusing {have:,} attendance marks")
        connection.close()
        return
    log(f"writing {wanted - have:,} attendance marks with their audit entries (once)")
    started = time.perf_counter()
    people = [row[0] for row in connection.execute(
        "SELECT id FROM participants WHERE deleted_at IS NULL ORDER BY rowid")]
    sessions = _classes_and_sessions(ctx)
    per_session = max(1, -(-wanted // len(sessions)))
    user, device = ctx.actor.user_id, ctx.device_id
    prev = connection.execute(
        "SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    chain = prev[0] if prev else GENESIS_HASH
    written = 0
    rows: list[tuple[Any, ...]] = []
    for index, session_id in enumerate(sessions):
        first = (index // SESSIONS_PER_CLASS) * per_session % max(1, len(people) - per_session)
        for person in people[first:first + per_session]:
            rows.append((session_id, person))
            if len(rows) == BATCH or written + len(rows) >= wanted - have:
                chain = _write_marks(connection, rows, user, device, chain)
                written += len(rows)
                rows = []
                if written % 200_000 == 0 or written >= wanted - have:
                    speed = written / (time.perf_counter() - started)
                    log(f"  {written:>9,} marks  {speed:,.0f}/s")
                if written >= wanted - have:
                    break
        if written >= wanted - have:
            break
    connection.execute("PRAGMA optimize")
    connection.close()


def _classes_and_sessions(ctx: ServiceContext) -> list[str]:
    from sqlalchemy import select

    from enrollment_app.storage.models import ClassSession, Program, TrainingClass

    with ctx.read() as session:
        existing = list(session.scalars(select(ClassSession.id).order_by(ClassSession.id)))
    if len(existing) >= CLASSES * SESSIONS_PER_CLASS:
        return existing
    with ctx.write() as session:  # through the ORM and its hooks, like the field
        program = Program(id=new_uuid(), code="BENCH-2026", name="Menjahit",
                          organiser="Disnaker")
        session.add(program)
        session.flush()
        ids = []
        for number in range(CLASSES):
            klass = TrainingClass(id=new_uuid(), program_id=program.id,
                                  name=f"Kelas {number + 1}")
            session.add(klass)
            session.flush()
            for day in range(SESSIONS_PER_CLASS):
                item = ClassSession(id=new_uuid(), class_id=klass.id,
                                    session_date=date(2026, 3, 2) + timedelta(days=day))
                session.add(item)
                ids.append(item.id)
    return ids


def _write_marks(connection: sqlite3.Connection, pairs: list[tuple[str, str]], user: str,
                 device: str, chain: str) -> str:
    """One transaction, as one flush of the hooks would write it."""
    now = datetime.now(UTC)
    stamp = now.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    connection.execute("BEGIN")
    seq = connection.execute("UPDATE change_counter SET value = value + 1 WHERE id = 1 "
                             "RETURNING value").fetchone()[0]
    marks, audits = [], []
    for session_id, person in pairs:
        mark_id = new_uuid()
        marks.append((mark_id, device, seq, stamp, user, stamp, user, session_id, person))
        changes = {**MARK_CHANGES, "session_id": [None, session_id],
                   "participant_id": [None, person], "arrival_time": [None, "08:30:00"]}
        digest = entry_hash(chain, hashed_fields(now, user, device, "create",
                                                 "attendance_marks", mark_id, changes))
        audits.append((stamp, user, device, "create", "attendance_marks", mark_id,
                       json.dumps(changes), chain, digest))
        chain = digest
    connection.executemany(
        "INSERT INTO attendance_marks (id, origin_device_id, version, change_seq, "
        "created_at, created_by, updated_at, updated_by, deleted_at, session_id, "
        "participant_id, code, arrival_time, source, note) "
        "VALUES (?, ?, 1, ?, ?, ?, ?, ?, NULL, ?, ?, 'H', '08:30:00.000000', 'key', '')",
        marks)
    connection.executemany(
        "INSERT INTO audit_log (at, user_id, device_id, action, table_name, record_id, "
        "changes, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", audits)
    connection.execute("COMMIT")
    return chain


def _raw(data_dir: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(database_path(data_dir), isolation_level=None)
    for pragma in SQLITE_PRAGMAS:
        connection.execute(pragma)
    return connection


# ---------------------------------------------------------------------------- phases
def phase_raw(db_dir: Path) -> dict[str, Any]:
    from enrollment_app.sync.record_codec import synced_tables

    connection = _raw(db_dir)
    before = start_peak()
    started = time.perf_counter()
    rows = 0
    for table in synced_tables():
        cursor = connection.execute(f"SELECT * FROM {table.name}")
        while batch := cursor.fetchmany(2000):
            rows += len(batch)
    seconds = time.perf_counter() - started
    connection.close()
    return {"records": rows, "seconds": seconds, "memory_mib": peak_rss_mib() - before}


def phase_export(db_dir: Path, out: Path) -> dict[str, Any]:
    """The first full export (every row's base version counted in the audit trail), then
    a second one (rows unchanged since a full bundle need no audit look-up)."""
    from enrollment_app.services import accounts, export
    from enrollment_app.services.demo_data import DEMO_SUPERVISOR
    from enrollment_app.services.device_setup import load_device
    from enrollment_app.storage.database import Database

    connection = _raw(db_dir)
    connection.execute("DELETE FROM exported_bundles")  # bench data: start as never exported
    connection.close()
    db = Database.open(db_dir)
    device = load_device(db)
    assert device is not None
    ctx = accounts.sign_in(db, device.id, DEMO_SUPERVISOR, BENCH_PASSWORD)
    request = export.ExportRequest(export.FULL)
    started = time.perf_counter()
    summary = export.summarize_pending(ctx, request)
    summary_seconds = time.perf_counter() - started
    samples: list[tuple[int, float]] = []
    before = start_peak()

    def progress(done: int, total: int) -> bool:
        if done // SAMPLE_EVERY > len(samples) - 1 or done == total:
            samples.append((done, round(rss_mib() - before, 1)))
        return True

    started = time.perf_counter()
    result = export.export_bundle(ctx, out, request, progress=progress)
    seconds = time.perf_counter() - started
    memory = peak_rss_mib() - before
    assert result.path is not None
    started = time.perf_counter()
    again = export.export_bundle(ctx, out, request)
    again_seconds = time.perf_counter() - started
    assert again.path is not None
    again.path.unlink()
    return {"records": result.total, "seconds": seconds, "summary_seconds": summary_seconds,
            "memory_mib": memory, "samples": samples, "again_seconds": again_seconds,
            "bundle": str(result.path), "bundle_mib": result.path.stat().st_size / 2**20,
            "counts": result.counts, "summary_total": summary.total}


def phase_read(db_dir: Path, bundle: Path) -> dict[str, Any]:
    from enrollment_app.sync.bundle_reader import open_bundle
    from enrollment_app.sync.keys import load_x25519_private_key

    key = load_x25519_private_key(db_dir / "central-keys" / "central-encryption.pem")
    before = start_peak()
    started = time.perf_counter()
    opened = open_bundle(bundle, central_private_key=key)
    verify_seconds = time.perf_counter() - started
    records = sum(1 for _ in opened.records())
    seconds = time.perf_counter() - started
    return {"records": records, "seconds": seconds, "verify_seconds": verify_seconds,
            "memory_mib": peak_rss_mib() - before}


def run_phase(name: str, *args: str) -> dict[str, Any]:
    result = subprocess.run([sys.executable, __file__, "--phase", name, *args],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"phase {name} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------- report
def report(raw: dict[str, Any], exported: dict[str, Any], read: dict[str, Any],
           markdown: bool) -> None:
    def rate(phase: dict[str, Any]) -> float:
        return phase["records"] / phase["seconds"]

    def mib(phase: dict[str, Any]) -> str:
        return "-" if phase["memory_mib"] is None else f"{phase['memory_mib']:.1f}"

    again = {"records": exported["records"], "seconds": exported["again_seconds"],
             "memory_mib": None}
    rows = [
        ("raw sqlite3 SELECT * (baseline)", raw),
        ("first full export (read, encode, compress, encrypt, sign, fsync)", exported),
        ("full export again (rows unchanged since a full bundle)", again),
        ("read back (verify hash + tag, decrypt, parse)", read),
    ]
    print(f"\n{machine_description()}")
    print(f"records: {exported['records']:,} ({exported['counts']}); bundle "
          f"{exported['bundle_mib']:.1f} MiB; summary before export "
          f"{exported['summary_seconds']:.2f} s")
    print(f"{'phase':<66} {'records/s':>11} {'seconds':>9} {'peak MiB':>9}")
    for name, phase in rows:
        print(f"{name:<66} {rate(phase):>11,.0f} {phase['seconds']:>9.1f} "
              f"{mib(phase):>9}")
    print(f"export / raw read: {rate(exported) / rate(raw):.1%}")
    print("export memory growth at records done (MiB): "
          + ", ".join(f"{done:,}: {mib}" for done, mib in exported["samples"]))
    if markdown:
        print("\n| phase | records/s | seconds | peak memory growth (MiB) |")
        print("|---|---:|---:|---:|")
        for name, phase in rows:
            print(f"| {name} | {rate(phase):,.0f} | {phase['seconds']:.1f} | {mib(phase)} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db-dir", type=Path, default=DEFAULT_SYNC_DIR)
    parser.add_argument("--participants", type=int, default=DEFAULT_PARTICIPANTS)
    parser.add_argument("--marks", type=int, default=DEFAULT_MARKS)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--phase", choices=("raw", "export", "read"), help=argparse.SUPPRESS)
    parser.add_argument("--bundle", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase == "raw":
        print(json.dumps(phase_raw(args.db_dir)))
        return 0
    if args.phase == "export":
        print(json.dumps(phase_export(args.db_dir, args.bundle)))
        return 0
    if args.phase == "read":
        print(json.dumps(phase_read(args.db_dir, args.bundle)))
        return 0
    prepare(args.db_dir, args.participants, args.marks).db.close()
    out = Path(tempfile.mkdtemp(prefix="bench-sync-out-"))
    raw = run_phase("raw", "--db-dir", str(args.db_dir))
    log(f"raw read: {raw['records']:,} rows in {raw['seconds']:.1f} s")
    exported = run_phase("export", "--db-dir", str(args.db_dir), "--bundle", str(out))
    log(f"export: {exported['records']:,} records in {exported['seconds']:.1f} s")
    read = run_phase("read", "--db-dir", str(args.db_dir), "--bundle", exported["bundle"])
    report(raw, exported, read, args.markdown)
    for file in out.iterdir():
        file.unlink()
    os.rmdir(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
