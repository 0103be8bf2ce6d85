"""Program dashboard: the grouped query with 200,000 participants and their applications.

    .venv/bin/python bench/bench_dashboard.py [--people 200000] [--iterations 30]

Builds a throw-away database: demo people copied in bulk with SQL (their content does not
matter here), one application each, spread over the four catalog programs, every 50th
tombstoned. Times ``program_dashboard`` for the largest program against the same SQL on a
raw sqlite3 connection (the baseline), then once more without the covering index
``ix_applications_program_progress`` to show what it buys.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

from benchlib import BENCH_PASSWORD, Timing, log, machine_description, measure, raw_connection
from sqlalchemy import select

from enrollment_app.services import applications, programs
from enrollment_app.services.demo_data import ensure_demo_device, generate_demo_participants
from enrollment_app.services.program_dashboard import (
    DEVICE_TABLES,
    figures_query,
    program_dashboard,
)
from enrollment_app.storage.database import Database
from enrollment_app.storage.models import Participant

INDEX = "ix_applications_program_progress"
PROGRAM = "dp3ap2kb-2026"

COPY_PEOPLE = """
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :count)
INSERT INTO participants (id, nik, {columns})
SELECT 'bench-' || i, printf('3671%012d', i), {copied}
FROM n, (SELECT * FROM participants LIMIT 1) AS p"""
# Each copied person applies to one of the four programs, in a random status.
COPY_APPLICATIONS = """
INSERT INTO applications (id, participant_id, program_id, kecamatan_code, status,
                          deleted_at, {columns})
SELECT 'app-' || p.id, p.id, g.id, p.kecamatan_code,
       CASE abs(random()) % 8 WHEN 0 THEN 'registered' WHEN 1 THEN 'interviewed'
            WHEN 2 THEN 'accepted' WHEN 3 THEN 'waitlisted' WHEN 4 THEN 'rejected'
            WHEN 5 THEN 'assigned' WHEN 6 THEN 'completed' ELSE 'dropped' END,
       CASE WHEN abs(random()) % 50 = 0 THEN a.created_at END, {copied}
FROM participants AS p, (SELECT * FROM applications LIMIT 1) AS a,
     (SELECT row_number() OVER (ORDER BY code) - 1 AS n, id FROM programs) AS g
WHERE p.id LIKE 'bench-%' AND g.n = p.rowid % 4"""
SET_BY_COPY = {
    "participants": {"id", "nik"},
    "applications": {"id", "participant_id", "program_id", "kecamatan_code", "status",
                     "deleted_at"},
}


def build(folder: Path, people: int) -> tuple[Database, str]:
    """The database with ``people`` copies of one demo person, each with an application."""
    db = Database.open(folder)
    ctx = ensure_demo_device(db, BENCH_PASSWORD)
    generate_demo_participants(ctx, 1, seed=1)  # the template person (and the catalog)
    program_id = programs.program_id_for(PROGRAM)
    skill = programs.get_program(ctx, program_id).skills[0].id
    with ctx.read() as session:
        template = session.scalars(select(Participant.id)).one()
    applications.apply(ctx, template, program_id, skill, override_reason="bench")
    log(f"copying {people:,} people and their applications")
    connection = raw_connection(folder)
    _copy(connection, "participants", COPY_PEOPLE, "p", people)
    _copy(connection, "applications", COPY_APPLICATIONS, "a")
    connection.execute("ANALYZE")
    connection.close()
    return db, program_id


def _copy(connection: sqlite3.Connection, table: str, sql: str, alias: str,
          count: int = 0) -> None:
    """Run ``sql`` with the template row's other columns copied as they are."""
    columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")
               if row[1] not in SET_BY_COPY[table]]
    connection.execute("BEGIN")
    connection.execute(sql.format(columns=", ".join(columns),
                                  copied=", ".join(f"{alias}.{c}" for c in columns)),
                       {"count": count})
    connection.execute("COMMIT")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=200_000)
    parser.add_argument("--iterations", type=int, default=30)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db, program_id = build(folder, args.people)
        ctx = ensure_demo_device(db, BENCH_PASSWORD)
        figures = program_dashboard(ctx, program_id)
        log(f"{figures.applications:,} live applications in the program")
        query = figures_query(program_id, DEVICE_TABLES).compile(
            db.engine, compile_kwargs={"literal_binds": True})
        raw = raw_connection(folder)
        rows: list[tuple[str, Timing]] = [
            ("program_dashboard", measure(lambda _i: program_dashboard(ctx, program_id),
                                          args.iterations)),
            ("raw grouped query (baseline)",
             measure(lambda _i: raw.execute(str(query)).fetchall(), args.iterations)),
        ]
        raw.execute(f"DROP INDEX {INDEX}")
        rows.append(("program_dashboard without the index",
                     measure(lambda _i: program_dashboard(ctx, program_id),
                             args.iterations)))
        raw.close()
        db.close()
    baseline = rows[1][1].median
    print(machine_description())
    print(f"{'operation':<38} {'median ms':>10} {'p95 ms':>8} {'x baseline':>10}")
    for label, timing in rows:
        print(f"{label:<38} {timing.median:>10.1f} {timing.p95:>8.1f} "
              f"{timing.median / baseline:>10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
