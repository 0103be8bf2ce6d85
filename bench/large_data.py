"""Is the app still responsive with 200,000 participants and 2,000,000 attendance marks?

    .venv/bin/python bench/large_data.py [--db-dir DIR] [--participants N] [--marks N]
        [--iterations 20] [--full-export]

Builds (once, then reuses) the same device database as bench_sync.py: demo participants
through the ORM and its hooks, attendance marks in bulk with their hash-chained audit
entries. Then times what a person waits for on the screens, through the services the
screens call: the participant list's first page and its count, a name search, a NIK
look-up, the program dashboard, the export summary and a daily export (what changed
since the last bundle). ``--full-export`` adds a full export
of every row (minutes: see docs/benchmarks.md). Median and p95 in milliseconds; the
figures go to docs/reliability.md. Timings are never part of the test suite.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_sync import DEFAULT_MARKS, DEFAULT_SYNC_DIR, prepare
from benchlib import DEFAULT_PARTICIPANTS, log, machine_description

from enrollment_app.services import export
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.participant_search import (
    SearchQuery,
    count_participants,
    search_participants,
)
from enrollment_app.services.program_dashboard import dashboard_programs, program_dashboard
from enrollment_app.services.registration import find_by_nik


def timed(call: Callable[[], object], iterations: int) -> tuple[float, float]:
    """Median and p95 (nearest rank) in ms after two untimed warm-up calls."""
    for _ in range(2):
        call()
    samples = []
    for _ in range(iterations):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return samples[len(samples) // 2], samples[max(0, -(-95 * len(samples) // 100) - 1)]


def busiest_program(ctx: ServiceContext) -> str | None:
    with ctx.db.engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT program_id FROM applications GROUP BY program_id "
            "ORDER BY count(*) DESC LIMIT 1").scalar()
    if found is None:
        programs = dashboard_programs(ctx)
        found = programs[0].id if programs else None
    return found


def some_nik(ctx: ServiceContext) -> str:
    with ctx.db.engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT nik FROM participants WHERE deleted_at IS NULL "
            "ORDER BY rowid DESC LIMIT 1").scalar_one()


def measure(ctx: ServiceContext, iterations: int) -> list[tuple[str, float, float]]:
    db = ctx.db
    nik = some_nik(ctx)
    program = busiest_program(ctx)
    checks: list[tuple[str, Callable[[], object]]] = [
        ("participant list: first page (100, by name)",
         lambda: search_participants(db, SearchQuery())),
        ("participant list: count", lambda: count_participants(db, SearchQuery())),
        ("search 'siti' (page + count)",
         lambda: (search_participants(db, SearchQuery(text="siti")),
                  count_participants(db, SearchQuery(text="siti")))),
        ("search by NIK", lambda: find_by_nik(ctx, nik)),
        ("dashboard: program list", lambda: dashboard_programs(ctx)),
        ("export summary (daily, before exporting)",
         lambda: export.summarize_pending(ctx)),
    ]
    if program is not None:
        checks.append(("dashboard of the program with most applications",
                       lambda: program_dashboard(ctx, program)))
    rows = []
    for name, call in checks:
        median, p95 = timed(call, iterations)
        log(f"  {name:<52} median {median:9.1f} ms   p95 {p95:9.1f} ms")
        rows.append((name, median, p95))
    return rows


def export_once(ctx: ServiceContext, mode: str) -> tuple[str, float, float]:
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        result = export.export_bundle(ctx, Path(folder), export.ExportRequest(mode))
        seconds = time.perf_counter() - started
    log(f"  {mode} export: {result.total:,} records in {seconds:.1f} s")
    return f"{mode} export ({result.total:,} records)", seconds * 1000, seconds * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db-dir", type=Path, default=DEFAULT_SYNC_DIR)
    parser.add_argument("--participants", type=int, default=DEFAULT_PARTICIPANTS)
    parser.add_argument("--marks", type=int, default=DEFAULT_MARKS)
    parser.add_argument("--iterations", type=int, default=20)
    parser.add_argument("--full-export", action="store_true")
    args = parser.parse_args(argv)
    ctx = prepare(args.db_dir, args.participants, args.marks)
    with ctx.db.engine.connect() as connection:
        people = connection.exec_driver_sql("SELECT count(*) FROM participants").scalar_one()
        marks = connection.exec_driver_sql(
            "SELECT count(*) FROM attendance_marks").scalar_one()
    log(f"{people:,} participants, {marks:,} attendance marks; {machine_description()}")
    rows = measure(ctx, args.iterations)
    rows.append(export_once(ctx, export.DAILY))
    if args.full_export:
        rows.append(export_once(ctx, export.FULL))
    print(f"\n{people:,} participants, {marks:,} attendance marks\n")
    print("| operation | median ms | p95 ms |\n|---|---:|---:|")
    for name, median, p95 in rows:
        print(f"| {name} | {median:,.1f} | {p95:,.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
