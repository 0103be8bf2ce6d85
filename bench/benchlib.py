"""Shared pieces of the benchmarks: the cached 200k database, timing, raw connections."""

from __future__ import annotations

import math
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from enrollment_app.services.context import ServiceContext
from enrollment_app.services.demo_data import ensure_demo_device, generate_demo_participants
from enrollment_app.storage.data_dir import database_path
from enrollment_app.storage.database import Database
from enrollment_app.storage.engine import SQLITE_PRAGMAS
from enrollment_app.storage.models import Participant

DEFAULT_DB_DIR = Path(tempfile.gettempdir()) / "enrollment-bench-200k"
BENCH_PASSWORD = "bench-sandi-1"  # the demo supervisor's password in the bench database
DEFAULT_PARTICIPANTS = 200_000


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------ database
def prepare_database(db_dir: Path, participants: int, *, seed: int = 1) -> ServiceContext:
    """Open (or build) the bench database; top it up to ``participants`` demo people.

    The folder is reused between runs, so only the first run pays for generation.
    """
    db_dir.mkdir(parents=True, exist_ok=True)
    db = Database.open(db_dir)
    ctx = ensure_demo_device(db, BENCH_PASSWORD)
    with ctx.read() as session:
        have = session.scalar(select(func.count()).select_from(Participant)) or 0
    missing = participants - have
    if missing > 0:
        log(f"generating {missing:,} demo participants in {db_dir} (once; reused later)")
        started = time.perf_counter()

        def progress(done: int, total: int) -> bool:
            if done % 20_000 == 0 or done == total:
                rate = done / (time.perf_counter() - started)
                log(f"  {done:>7,}/{total:,}  {rate:,.0f} people/s")
            return True

        generate_demo_participants(ctx, missing, seed=seed + have, progress=progress)
        log(f"generated in {time.perf_counter() - started:.1f} s")
        with ctx.db.engine.connect() as connection:  # fresh statistics for the planner
            connection.exec_driver_sql("PRAGMA optimize")
    else:
        log(f"reusing {have:,} participants in {db_dir}")
    return ctx


def raw_connection(db_dir: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection to the same file with the app's pragmas."""
    connection = sqlite3.connect(database_path(db_dir), isolation_level=None)
    for pragma in SQLITE_PRAGMAS:
        connection.execute(pragma)
    return connection


# -------------------------------------------------------------------------------- timing
@dataclass
class Timing:
    samples_ms: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples_ms)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def measure(call: Callable[[int], object], iterations: int, *, warmup: int = 5) -> Timing:
    """Run ``call(i)`` ``iterations`` times (after ``warmup`` untimed calls)."""
    for i in range(warmup):
        call(i)
    timing = Timing()
    for i in range(iterations):
        started = time.perf_counter()
        call(i)
        timing.samples_ms.append((time.perf_counter() - started) * 1000)
    return timing


# ------------------------------------------------------------------------------- machine
def machine_description() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f", {int(line.split()[1]) / 1024 / 1024:.1f} GiB RAM"
                break
    except OSError:
        pass
    return (f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {model}{memory}; "
            f"{platform.system()} {platform.release()}; Python {platform.python_version()}; "
            f"SQLite {sqlite3.sqlite_version}")
