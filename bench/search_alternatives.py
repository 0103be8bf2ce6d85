"""What-if measurements behind the fixes proposed in docs/benchmarks.md.

    .venv/bin/python bench/search_alternatives.py [--db-dir DIR] [--iterations 200]

Runs on the cached bench database (built by bench_search.py) and changes nothing in it:
the index experiment runs inside a transaction that is rolled back.

1. First page by name: today's query (FTS rowid IN + sort all matches) vs a hybrid that
   asks FTS how many rows match (capped) and, for common terms, walks the name index
   with ``name_key LIKE`` until the page is full.
2. Count: today's join vs counting in the FTS index alone (needs an FTS index that holds
   live rows only) and a count capped at 1,000.
3. Empty search sorted by each column, with ``id`` vs ``rowid`` as the tie-breaker, and
   with an index on ``updated_at``.
4. NIK lookup through the service with the engine's NullPool (today) vs a pooled engine.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
from pathlib import Path

from bench_search import SEARCH_TERMS
from benchlib import DEFAULT_DB_DIR, Timing, log, measure, prepare_database, raw_connection
from sqlalchemy import create_engine
from sqlalchemy.pool import QueuePool

from enrollment_app.services.context import ServiceContext
from enrollment_app.services.registration import find_by_nik
from enrollment_app.storage.database import Database
from enrollment_app.storage.engine import _install_sqlite_listeners, sqlite_url
from enrollment_app.storage.session_hooks import make_session_factory

COLUMNS = ("id, nik, full_name, sex, birth_date, kecamatan_code, kelurahan_code, "
           "outside_city, phone")
TODAY_PAGE = (f"SELECT {COLUMNS} FROM participants WHERE deleted_at IS NULL AND rowid IN "
              "(SELECT rowid FROM participants_fts WHERE participants_fts MATCH ?) "
              "ORDER BY name_key, id LIMIT 100")
FTS_PROBE = ("SELECT count(*) FROM (SELECT rowid FROM participants_fts "
             "WHERE participants_fts MATCH ? LIMIT ?)")
WALK_PAGE = (f"SELECT {COLUMNS} FROM participants WHERE deleted_at IS NULL "
             "AND name_key LIKE ? ORDER BY name_key, rowid LIMIT 100")
FTS_PAGE = (f"SELECT {COLUMNS} FROM participants WHERE deleted_at IS NULL AND rowid IN "
            "(SELECT rowid FROM participants_fts WHERE participants_fts MATCH ?) "
            "ORDER BY name_key, rowid LIMIT 100")
TODAY_COUNT = ("SELECT count(*) FROM participants WHERE deleted_at IS NULL AND rowid IN "
               "(SELECT rowid FROM participants_fts WHERE participants_fts MATCH ?)")
FTS_COUNT = "SELECT count(*) FROM participants_fts WHERE participants_fts MATCH ?"
CAPPED_COUNT = ("SELECT count(*) FROM (SELECT 1 FROM participants WHERE deleted_at IS NULL "
                "AND rowid IN (SELECT rowid FROM participants_fts "
                "WHERE participants_fts MATCH ?) LIMIT 1001)")
HYBRID_CAP = 2000
SORTS = {
    "name": "name_key", "nik": "nik", "birth_date": "birth_date, name_key",
    "kecamatan": "kecamatan_code, name_key", "phone": "phone", "updated": "updated_at",
}


def _match(term: str) -> str:
    return " AND ".join('"' + part.replace('"', '""') + '"' for part in term.split())


def like_filter(parts: list[str]) -> tuple[str, tuple[str, ...]]:
    """LIKE conditions equal to the FTS trigram match: letters can only be in name_key,
    digits only in nik or phone."""
    clauses: list[str] = []
    params: list[str] = []
    for part in parts:
        if part.isdigit():
            clauses.append("(nik LIKE ? OR phone LIKE ?)")
            params += [f"%{part}%"] * 2
        else:
            clauses.append("name_key LIKE ?")
            params.append(f"%{part}%")
    return " AND ".join(clauses), tuple(params)


def hybrid_page(connection: sqlite3.Connection, term: str) -> list[tuple[object, ...]]:
    """FTS for selective terms; for common ones, walk the name index (few rows needed)."""
    matches = connection.execute(FTS_PROBE, (_match(term), HYBRID_CAP)).fetchone()[0]
    if matches < HYBRID_CAP:
        return connection.execute(FTS_PAGE, (_match(term),)).fetchall()
    clause, params = like_filter(term.split())
    return connection.execute(WALK_PAGE.replace("name_key LIKE ?", clause), params).fetchall()


def summary(timing: Timing) -> str:
    return f"median {timing.median:7.2f} ms  p95 {timing.p95:7.2f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db-dir", type=Path, default=DEFAULT_DB_DIR)
    parser.add_argument("--iterations", type=int, default=200)
    args = parser.parse_args(argv)
    ctx = prepare_database(args.db_dir, 0)
    connection = raw_connection(args.db_dir)
    terms = [t for t in SEARCH_TERMS if len(t.replace(" ", "")) >= 3] + ["0812", "3671"]
    n = args.iterations

    def term(i: int) -> str:
        return terms[i % len(terms)]

    print(f"1. first page by name over {len(terms)} terms (raw SQL, one connection)")
    for label, call in (
        ("today: FTS IN + sort all", lambda i: connection.execute(
            TODAY_PAGE, (_match(term(i)),)).fetchall()),
        (f"hybrid (cap {HYBRID_CAP})", lambda i: hybrid_page(connection, term(i))),
    ):
        timing = measure(call, n)
        print(f"   {label:<28} {summary(timing)}")
        per_term = {t: statistics.median(timing.samples_ms[k::len(terms)])
                    for k, t in enumerate(terms)}
        print("      " + ", ".join(f"{t} {v:.1f}" for t, v in per_term.items()))
    same = all(hybrid_page(connection, t) == connection.execute(
        TODAY_PAGE.replace("name_key, id", "name_key, rowid"), (_match(t),)).fetchall()
        for t in terms)
    print(f"   hybrid returns the same rows as today's query (rowid tie-break): {same}")

    print("2. count of matches")
    for label, sql in (("today: join", TODAY_COUNT), ("FTS index alone", FTS_COUNT),
                       ("capped at 1,000 (join)", CAPPED_COUNT)):
        timing = measure(lambda i, sql=sql: connection.execute(
            sql, (_match(term(i)),)).fetchone(), n)
        print(f"   {label:<28} {summary(timing)}")

    print("3. empty search, first page, by sort column (median ms)")
    print(f"   {'sort':<12} {'tie id':>8} {'tie rowid':>10} {'+index updated_at':>18}")
    results: dict[str, list[float]] = {name: [] for name in SORTS}
    for tie in ("id", "rowid"):
        for name, order in SORTS.items():
            sql = (f"SELECT {COLUMNS} FROM participants WHERE deleted_at IS NULL "
                   f"ORDER BY {order}, {tie} LIMIT 100")
            results[name].append(measure(lambda i, sql=sql: connection.execute(
                sql).fetchall(), max(10, n // 10), warmup=2).median)
    kecamatan = [row[0] for row in connection.execute(
        "SELECT DISTINCT kecamatan_code FROM participants ORDER BY 1")]
    kecamatan_count = ("SELECT count(*) FROM participants WHERE deleted_at IS NULL "
                       "AND kecamatan_code = ?")

    def count_in_kecamatan(i: int) -> object:
        return connection.execute(kecamatan_count, (kecamatan[i % len(kecamatan)],)).fetchone()

    kecamatan_timings = [measure(count_in_kecamatan, max(13, n // 10), warmup=2)]
    connection.execute("BEGIN")
    try:
        log("building trial indexes (rolled back afterwards)")
        connection.execute("CREATE INDEX trial_updated ON participants (updated_at) "
                           "WHERE deleted_at IS NULL")
        connection.execute("CREATE INDEX trial_kecamatan ON participants "
                           "(kecamatan_code, name_key) WHERE deleted_at IS NULL")
        sql = (f"SELECT {COLUMNS} FROM participants WHERE deleted_at IS NULL "
               "ORDER BY updated_at, rowid LIMIT 100")
        results["updated"].append(measure(lambda i: connection.execute(sql).fetchall(),
                                          max(10, n // 10), warmup=2).median)
        kecamatan_timings.append(measure(count_in_kecamatan, max(13, n // 10), warmup=2))
    finally:
        connection.execute("ROLLBACK")
    for name, values in results.items():
        cells = " ".join(f"{v:>9.2f}" for v in values)
        print(f"   {name:<12} {cells}")
    print("   count in one kecamatan (filter only): today "
          f"{kecamatan_timings[0].median:.2f} ms, with a partial index "
          f"(kecamatan_code, name_key) WHERE deleted_at IS NULL "
          f"{kecamatan_timings[1].median:.2f} ms")

    print("4. two-letter terms (no trigram): today's LIKE on name_key, nik and phone vs a "
          "LIKE on the one column that can hold the term, and a capped count")
    short_terms = ("yu", "zq", "oe", "08")
    today_short = (f"SELECT {COLUMNS} FROM participants WHERE deleted_at IS NULL AND "
                   "(name_key LIKE ? OR nik LIKE ? OR phone LIKE ?) "
                   "ORDER BY name_key, id LIMIT 100")
    today_short_count = ("SELECT count(*) FROM participants WHERE deleted_at IS NULL AND "
                         "(name_key LIKE ? OR nik LIKE ? OR phone LIKE ?)")
    for short in short_terms:
        pattern = f"%{short}%"
        clause, params = like_filter([short])
        proposed = WALK_PAGE.replace("name_key LIKE ?", clause)
        # ORDER BY name_key makes SQLite test the LIKE on the name index entries and
        # read a table row only for a match.
        order = "" if short.isdigit() else " ORDER BY name_key"
        capped = (f"SELECT count(*) FROM (SELECT 1 FROM participants WHERE deleted_at IS NULL "
                  f"AND {clause}{order} LIMIT 1001)")
        cells = [measure(lambda i, sql=sql, args=args: connection.execute(sql, args).fetchall(),
                         5, warmup=1).median
                 for sql, args in ((today_short, (pattern,) * 3), (proposed, params),
                                   (today_short_count, (pattern,) * 3), (capped, params))]
        print(f"   {short!r:<5} page today {cells[0]:7.2f}  proposed {cells[1]:7.2f}   "
              f"count today {cells[2]:7.2f}  capped {cells[3]:7.2f}")

    print("5. NIK lookup through the service: NullPool (today) vs a pooled engine")
    niks = [r[0] for r in connection.execute(
        "SELECT nik FROM participants ORDER BY random() LIMIT ?", (n,))]
    pooled_engine = create_engine(sqlite_url(ctx.db.path), poolclass=QueuePool,
                                  pool_size=2)
    _install_sqlite_listeners(pooled_engine)
    pooled_db = Database(ctx.db.path, ctx.db.data_dir, pooled_engine,
                         make_session_factory(pooled_engine))
    pooled = ServiceContext(pooled_db, ctx.device_id, ctx.actor)
    for label, service_ctx in (("NullPool", ctx), ("QueuePool(2)", pooled)):
        timing = measure(lambda i, c=service_ctx: find_by_nik(c, niks[i % len(niks)]), n)
        print(f"   {label:<28} {summary(timing)}")
    pooled_engine.dispose()
    connection.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
