"""Spreadsheet import of people (issue 12 item 4), next to raw sqlite3 inserts of the rows.

    .venv/bin/python bench/import_people.py [--rows 100000] [--dir DIR] [--markdown]

Builds a realistic list (``services.demo_data``'s synthetic people, with kecamatan and
kelurahan written as names and dates as dd/mm/yyyy, as offices send them) of ``--rows``
and of twice as many rows, as CSV and as XLSX, once in ``--dir`` (reused afterwards).
Each measured phase runs in its own process on a fresh database, so its memory is its
own:

- raw: ``csv.reader`` + plain sqlite3 ``executemany`` of the same cells into a table of
  text columns, one transaction (the floor: no checks, no hooks, no audit);
- check: ``import_people(dry_run=True)``: read, clean and check every row with the
  registration form's checks, look up duplicates; nothing written;
- import: ``import_people``: the same plus saving through the ORM in batches of 500
  (session hooks: ids, versions, change sequence, one hash-chained audit entry per person,
  FTS triggers), with warnings accepted (as ``--accept-warnings``).

Peak memory is the growth of the resident-memory high-water mark (VmHWM, reset just before
the phase) over the level at that moment, as in bench_sync.py; resident memory is also
sampled every 20,000 rows during the import to show it stays flat. Timings are never part
of the test suite.
"""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from bench_sync import peak_rss_mib, rss_mib, start_peak
from benchlib import log, machine_description

DEFAULT_DIR = Path(tempfile.gettempdir()) / "enrollment-bench-import"
DEFAULT_ROWS = 100_000
TODAY = date(2026, 6, 1)
HEADERS = ("NIK", "No. KK", "Nama Lengkap", "Jenis Kelamin", "Tempat Lahir",
           "Tanggal Lahir", "Alamat", "RT", "RW", "Kelurahan", "Kecamatan", "No. HP",
           "Desil", "Status DTSEN/DTKS")
SAMPLE_EVERY = 20_000
PASSWORD = "bench-sandi-1"


# ---------------------------------------------------------------------------- the lists
def list_rows(count: int) -> Any:
    """``count`` rows of cells, as an office list writes them."""
    from enrollment_app.domain.regions import load_regions
    from enrollment_app.services.demo_data import _DemoPeople  # the synthetic people

    regions = load_regions()
    people = _DemoPeople(7, TODAY, set()).generate(count)
    for person in people:
        c = person.columns
        born = c["birth_date"]
        yield [c["nik"], c["kk"], c["full_name"], c["sex"], c["birth_place"],
               f"{born.day:02d}/{born.month:02d}/{born.year}", c["street"], c["rt"], c["rw"],
               regions.kelurahan_name(c["kelurahan_code"]) or "",
               regions.kecamatan_name(c["kecamatan_code"]) or "", c["phone"],
               "" if c["desil"] is None else str(c["desil"]), c["registry_status"].upper()]


def ensure_lists(folder: Path, rows: int) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for count in (rows, 2 * rows):
        for kind in ("csv", "xlsx"):
            path = folder / f"daftar-{count}.{kind}"
            paths[f"{kind}-{count}"] = path
            if path.exists():
                continue
            log(f"writing {path} ({count:,} rows, once)")
            _write(path, kind, count)
    return paths


def _write(path: Path, kind: str, count: int) -> None:
    partial = path.with_suffix(".part" + path.suffix)
    if kind == "csv":
        with partial.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(HEADERS)
            writer.writerows(list_rows(count))
    else:
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Daftar")
        sheet.append(["DAFTAR CALON PESERTA"])
        sheet.append(HEADERS)
        for row in list_rows(count):
            sheet.append(row)
        workbook.save(partial)
    partial.rename(path)


# ------------------------------------------------------------------------------ phases
def phase_raw(source: Path, work: Path) -> dict[str, Any]:
    target = work / "raw.sqlite"
    target.unlink(missing_ok=True)
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    columns = ", ".join(f"c{i} TEXT" for i in range(len(HEADERS)))
    connection.execute(f"CREATE TABLE people ({columns})")
    marks = ", ".join("?" * len(HEADERS))
    before = start_peak()
    started = time.perf_counter()
    with source.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        next(reader)
        connection.execute("BEGIN")
        connection.executemany(f"INSERT INTO people VALUES ({marks})", reader)
        connection.execute("COMMIT")
    seconds = time.perf_counter() - started
    rows = connection.execute("SELECT count(*) FROM people").fetchone()[0]
    return {"rows": rows, "seconds": seconds, "memory_mib": peak_rss_mib() - before}


def phase_import(source: Path, work: Path, dry_run: bool) -> dict[str, Any]:
    import shutil

    from enrollment_app.services.device_setup import initialize_device
    from enrollment_app.services.people_import import import_people, plan_import
    from enrollment_app.storage.database import Database

    data_dir = work / f"data-{source.stem}-{source.suffix[1:]}-{int(dry_run)}"
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(parents=True)
    db = Database.open(data_dir)
    ctx = initialize_device(db, device_name="Bench", supervisor_username="bench",
                            password=PASSWORD)
    samples: list[tuple[int, float]] = []
    next_sample = SAMPLE_EVERY

    def progress(step: Any) -> bool:
        nonlocal next_sample
        if step.rows >= next_sample:
            samples.append((step.rows, round(rss_mib() - before, 1)))
            next_sample += SAMPLE_EVERY
        return True

    before = start_peak()
    started = time.perf_counter()
    report = import_people(ctx, plan_import(source), dry_run=dry_run, accept_warnings=True,
                           progress=progress, today=TODAY)
    seconds = time.perf_counter() - started
    memory = peak_rss_mib() - before
    db.close()
    if not dry_run:
        shutil.rmtree(data_dir, ignore_errors=True)
    return {"rows": report.total, "accepted": report.accepted, "refused": report.refused,
            "duplicates": report.duplicates, "seconds": seconds, "memory_mib": memory,
            "samples": samples,
            "reasons": sorted({p.code for r in report.rows for p in r.problems})}


def run_phase(*args: str) -> dict[str, Any]:
    result = subprocess.run([sys.executable, __file__, "--phase", *args],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"phase {args} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------------------ report
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=DEFAULT_ROWS)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--phase", nargs=3, metavar=("NAME", "SOURCE", "WORK"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        name, source, work = args.phase
        if name == "raw":
            result = phase_raw(Path(source), Path(work))
        else:
            result = phase_import(Path(source), Path(work), dry_run=name == "check")
        print(json.dumps(result))
        return 0
    lists = ensure_lists(args.dir, args.rows)
    n, n2 = args.rows, 2 * args.rows
    plan = [
        ("raw sqlite3 inserts (csv.reader + executemany)", "raw", f"csv-{n}"),
        ("check only (dry run), CSV", "check", f"csv-{n}"),
        ("check only (dry run), CSV, twice the rows", "check", f"csv-{n2}"),
        ("check only (dry run), XLSX", "check", f"xlsx-{n}"),
        ("check only (dry run), XLSX, twice the rows", "check", f"xlsx-{n2}"),
        ("import, CSV", "import", f"csv-{n}"),
        ("import, XLSX", "import", f"xlsx-{n}"),
    ]
    results = []
    for label, name, key in plan:
        log(f"{label} ...")
        results.append((label, run_phase(name, str(lists[key]), str(args.dir))))
        log(f"  {json.dumps(results[-1][1])}")
    raw_rate = results[0][1]["rows"] / results[0][1]["seconds"]
    print(f"\n{machine_description()}")
    header = f"{'phase':<48} {'rows':>8} {'rows/s':>8} {'seconds':>8} {'x raw':>7} {'peak MiB':>9}"
    print(header)
    lines = []
    for label, result in results:
        rate = result["rows"] / result["seconds"]
        lines.append((label, result["rows"], rate, result["seconds"], raw_rate / rate,
                      result["memory_mib"]))
        print(f"{label:<48} {result['rows']:>8,} {rate:>8,.0f} {result['seconds']:>8.1f} "
              f"{raw_rate / rate:>7.1f} {result['memory_mib']:>9.1f}")
    for label, result in results:
        if result.get("samples"):
            print(f"{label}: resident memory growth (MiB) at rows done: "
                  + ", ".join(f"{done:,}: {mib}" for done, mib in result["samples"]))
        if result.get("reasons"):
            print(f"{label}: {result.get('refused', 0)} refused, "
                  f"{result.get('duplicates', 0)} duplicates ({', '.join(result['reasons'])})")
    if args.markdown:
        print("\n| phase | rows | rows/s | seconds | slower than raw | peak memory growth (MiB) |")
        print("|---|---:|---:|---:|---:|---:|")
        for label, rows, rate, seconds, ratio, memory in lines:
            print(f"| {label} | {rows:,} | {rate:,.0f} | {seconds:.1f} | {ratio:.0f}x "
                  f"| {memory:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
