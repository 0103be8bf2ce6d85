"""The search benchmark with encryption at rest: the plain and the SQLCipher database in
one run, each figure next to the raw sqlite3 baseline on the plain file.

    .venv/bin/python bench/bench_encryption.py [--db-dir DIR] [--iterations 200]
        [--unlock-runs 10] [--markdown]

The plain database is the search benchmark's cached one (``bench/bench_search.py``,
200,000 demo participants, built once in ``--db-dir``). A copy of it (SQLite's backup API)
is converted the way a laptop is on its first sign-in after the upgrade
(``DeviceAccess.sign_in``: password check, then ``storage.encryption.encrypt_database``),
and the conversion is timed. Then, operation by operation, plain and encrypted:

- NIK lookup (``registration.find_by_nik``), name search first page and capped count
  (``participant_search``) and saving one registration (``register_participant``), with
  the same code and iterations as ``bench_search.py``; the raw baseline is plain
  ``sqlite3`` on the plain file, and for information raw ``sqlcipher3`` on the encrypted
  one for the lookup and the save (its LIKE scans take seconds, see ``bench_pairs``);
- unlock: ``DeviceAccess.open`` (key file read) + ``sign_in`` (argon2id key derivation
  and unwrap, SQLCipher open with the raw key and schema check, the account's password
  check, key file refresh) + the first query, median of ``--unlock-runs``; target ≤ 1 s.

The encrypted copy is removed at the end (``--keep`` keeps it). Timings are never part of
the test suite.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench_search import (
    SAVE_P95_TARGET_MS,
    SEARCH_P95_TARGET_MS,
    Row,
    bench_name_search,
    bench_nik_lookup,
    bench_save,
)
from benchlib import (
    BENCH_PASSWORD,
    DEFAULT_DB_DIR,
    DEFAULT_PARTICIPANTS,
    Timing,
    log,
    machine_description,
    prepare_database,
    raw_connection,
)

from enrollment_app.services import accounts
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.demo_data import DEMO_SUPERVISOR
from enrollment_app.services.device_setup import load_device
from enrollment_app.services.registration import find_by_nik
from enrollment_app.services.unlock import DeviceAccess
from enrollment_app.storage.backup import online_backup
from enrollment_app.storage.data_dir import database_path
from enrollment_app.storage.database import Database
from enrollment_app.storage.engine import SQLITE_PRAGMAS, connect
from enrollment_app.storage.key_file import key_file_path, load_key_file, unwrap_user_copy

DEFAULT_WORK_DIR = Path(tempfile.gettempdir()) / "enrollment-bench-encrypted"
UNLOCK_TARGET_MS = 1000.0
PROBE_NIK = "3671015502900001"


@dataclass
class Pair:
    """One operation on the plain and on the encrypted database."""

    operation: str
    plain: Row  # app on the plain file, baseline raw sqlite3 on the plain file
    encrypted: Row  # app on the encrypted file, baseline raw sqlcipher3 on it
    target_ms: float | None = None  # p95 target of the operation, when it has one
    cipher_baseline: bool = True  # False: encrypted.baseline is raw sqlite3 (plain) too

    @property
    def vs_raw(self) -> float:
        return _ratio(self.encrypted.app.median, self.plain.baseline.median)

    @property
    def vs_plain(self) -> float:
        return _ratio(self.encrypted.app.median, self.plain.app.median)

    def cipher_raw(self) -> str:
        return _pair(self.encrypted.baseline) if self.cipher_baseline else "-"

    def verdict(self, row: Row) -> str:
        if self.target_ms is None:
            return ""
        return "PASS" if row.app.p95 <= self.target_ms else "FAIL"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db-dir", type=Path, default=DEFAULT_DB_DIR,
                        help=f"the plain bench folder, built once (default {DEFAULT_DB_DIR})")
    parser.add_argument("--work-dir", type=Path, default=DEFAULT_WORK_DIR,
                        help=f"where the encrypted copy is made (default {DEFAULT_WORK_DIR})")
    parser.add_argument("--participants", type=int, default=DEFAULT_PARTICIPANTS)
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--unlock-runs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the encrypted copy")
    parser.add_argument("--markdown", action="store_true", help="also print Markdown tables")
    args = parser.parse_args(argv)

    load_at_start = os.getloadavg()
    plain_ctx = prepare_database(args.db_dir, args.participants, seed=args.seed)
    plain_raw = raw_connection(args.db_dir)
    total = plain_raw.execute(
        "SELECT count(*) FROM participants WHERE deleted_at IS NULL").fetchone()[0]
    log(f"{total:,} live participants; {machine_description()}")

    conversion = convert_copy(args.db_dir, args.work_dir)
    encrypted_ctx = conversion.ctx
    assert encrypted_ctx.db.key is not None
    encrypted_raw = raw_cipher_connection(args.work_dir, encrypted_ctx.db.key)
    try:
        pairs = bench_pairs(plain_ctx, plain_raw, encrypted_ctx, encrypted_raw,
                            args.iterations, args.seed)
        encrypted_ctx.db.close()
        unlock = bench_unlock(args.work_dir, args.db_dir, args.unlock_runs)
    finally:
        plain_raw.close()
        encrypted_raw.close()
        encrypted_ctx.db.close()
        plain_ctx.db.close()
    sizes = (database_path(args.db_dir).stat().st_size,
             database_path(args.work_dir).stat().st_size)
    if not args.keep:
        shutil.rmtree(args.work_dir, ignore_errors=True)
    load_at_end = os.getloadavg()

    print(f"\n{total:,} participants; {machine_description()}")
    print(f"load average at the start {_load(load_at_start)}, at the end {_load(load_at_end)}")
    print(render_table(pairs))
    print()
    print(render_other(conversion, unlock, sizes))
    if args.markdown:
        print("\n" + render_markdown(pairs))
        print("\n" + render_other_markdown(conversion, unlock, sizes))
    unlocked_in_time = unlock.total.median <= UNLOCK_TARGET_MS
    targets_met = all(pair.verdict(row) != "FAIL"
                      for pair in pairs for row in (pair.plain, pair.encrypted))
    return 0 if unlocked_in_time and targets_met else 1


# ---------------------------------------------------------------------------- conversion
@dataclass
class Conversion:
    ctx: ServiceContext
    seconds: float  # the first sign-in: password check and conversion
    steps: list[tuple[int, float]]  # (step, seconds since the start) from the progress


def convert_copy(db_dir: Path, work_dir: Path) -> Conversion:
    """Copy the plain bench database into ``work_dir`` and sign in there, which converts
    it (the copy is made with the backup API, so it holds what the plain one holds)."""
    shutil.rmtree(work_dir, ignore_errors=True)
    work_dir.mkdir(parents=True)
    log(f"copying the plain database to {work_dir}")
    online_backup(database_path(db_dir), database_path(work_dir))
    access = DeviceAccess.open(work_dir)
    steps: list[tuple[int, float]] = []
    started = time.perf_counter()

    def progress(done: int, _total: int) -> None:
        steps.append((done, time.perf_counter() - started))
        log(f"  conversion step {done} at {steps[-1][1]:.1f} s")

    log("converting the copy (first sign-in after the upgrade)")
    ctx = access.sign_in(DEMO_SUPERVISOR, BENCH_PASSWORD, progress=progress)
    return Conversion(ctx, time.perf_counter() - started, steps)


def raw_cipher_connection(data_dir: Path, key: bytes) -> Any:
    """A raw sqlcipher3 connection to the encrypted file with the app's pragmas."""
    connection = connect(database_path(data_dir), key)
    connection.isolation_level = None
    for pragma in SQLITE_PRAGMAS:
        connection.execute(pragma)
    return connection


# ------------------------------------------------------------------------------ searches
def bench_pairs(plain_ctx: ServiceContext, plain_raw: sqlite3.Connection,
                encrypted_ctx: ServiceContext, encrypted_raw: Any, iterations: int,
                seed: int) -> list[Pair]:
    """Each operation on the plain database, then at once on the encrypted one, so that
    both see the same load on the machine."""
    pairs: list[Pair] = []
    sides = ((plain_ctx, plain_raw), (encrypted_ctx, encrypted_raw))
    nik = [bench_nik_lookup(ctx, raw, random.Random(seed), iterations) for ctx, raw in sides]
    pairs.append(Pair("NIK lookup (find_by_nik)", *nik))
    # The raw LIKE baseline scans the name index (and the table for rare terms): through
    # SQLCipher, with its 2 MB page cache, that is seconds a query, so the encrypted
    # side's search baseline is raw sqlite3 on the plain file again (timed a second time).
    searches = [bench_name_search(ctx, plain_raw, iterations) for ctx, _raw in sides]
    pairs.append(Pair("name search, first page of 100", searches[0][0], searches[1][0],
                      SEARCH_P95_TARGET_MS, cipher_baseline=False))
    pairs.append(Pair("name search, count (capped at 1,000)", searches[0][1],
                      searches[1][1], cipher_baseline=False))
    saves = [bench_save(ctx, raw, random.Random(seed), iterations) for ctx, raw in sides]
    pairs.append(Pair("save one registration", *saves, SAVE_P95_TARGET_MS))
    return pairs


# -------------------------------------------------------------------------------- unlock
@dataclass
class Unlock:
    total: Timing  # DeviceAccess.open + sign_in + first query
    key_file: Timing  # reading the key file and unwrapping the user's copy (argon2id)
    open_db: Timing  # Database.open with the raw key (schema version check)
    plain: Timing  # for comparison: plain Database.open + accounts.sign_in + first query


def bench_unlock(work_dir: Path, plain_dir: Path, runs: int) -> Unlock:
    log(f"unlock, {runs} runs")
    result = Unlock(Timing(), Timing(), Timing(), Timing())

    def unlocked() -> object:
        ctx = DeviceAccess.open(work_dir).sign_in(DEMO_SUPERVISOR, BENCH_PASSWORD)
        try:
            return find_by_nik(ctx, PROBE_NIK)
        finally:
            ctx.db.close()

    def unwrapped() -> bytes:
        keys = load_key_file(key_file_path(work_dir))
        key = unwrap_user_copy(keys.copies_of(DEMO_SUPERVISOR)[0], keys.device_id,
                               BENCH_PASSWORD)
        assert key is not None
        return key

    key = unwrapped()

    def opened() -> object:
        Database.open(work_dir, key=key).close()
        return None

    def plain_sign_in() -> object:
        db = Database.open(plain_dir)
        try:
            device = load_device(db)
            assert device is not None
            ctx = accounts.sign_in(db, device.id, DEMO_SUPERVISOR, BENCH_PASSWORD)
            return find_by_nik(ctx, PROBE_NIK)
        finally:
            db.close()

    timed: list[tuple[Timing, Callable[[], object]]] = [
        (result.total, unlocked), (result.key_file, unwrapped), (result.open_db, opened),
        (result.plain, plain_sign_in)]
    for _timing, call in timed:
        call()  # warm-up: file cache, imports
    for _ in range(runs):
        for timing, call in timed:
            started = time.perf_counter()
            call()
            timing.samples_ms.append((time.perf_counter() - started) * 1000)
    return result


# -------------------------------------------------------------------------------- output
def render_table(pairs: list[Pair]) -> str:
    header = (f"{'operation':<38} {'plain med/p95':>15} {'encr. med/p95':>15} "
              f"{'raw sqlite3':>13} {'raw sqlcipher':>14} {'enc/raw':>8} {'enc/plain':>9}"
              "  target")
    lines = [header, "-" * len(header)]
    for pair in pairs:
        target = (f"p95 <= {pair.target_ms:.0f} ms: plain {pair.verdict(pair.plain)}, "
                  f"encrypted {pair.verdict(pair.encrypted)}" if pair.target_ms else "")
        lines.append(
            f"{pair.operation:<38} {_pair(pair.plain.app):>15} {_pair(pair.encrypted.app):>15} "
            f"{_pair(pair.plain.baseline):>13} {pair.cipher_raw():>14} "
            f"{pair.vs_raw:>7.1f}x {pair.vs_plain:>8.2f}x  {target}".rstrip())
    return "\n".join(lines)


def render_other(conversion: Conversion, unlock: Unlock, sizes: tuple[int, int]) -> str:
    steps = ", ".join(f"step {step} {at:.1f} s" for step, at in conversion.steps)
    verdict = "PASS" if unlock.total.median <= UNLOCK_TARGET_MS else "FAIL"
    return "\n".join([
        f"conversion at the first sign-in: {conversion.seconds:.1f} s ({steps})",
        f"file size: plain {sizes[0] / 2**20:,.0f} MiB, encrypted {sizes[1] / 2**20:,.0f} MiB",
        f"unlock (open + sign-in + first query), {len(unlock.total.samples_ms)} runs: "
        f"median {unlock.total.median:.0f} ms, p95 {unlock.total.p95:.0f} ms, "
        f"max {max(unlock.total.samples_ms):.0f} ms; target <= {UNLOCK_TARGET_MS:.0f} ms "
        f"{verdict}",
        f"  key file read + argon2id unwrap: median {unlock.key_file.median:.0f} ms",
        f"  Database.open with the raw key: median {unlock.open_db.median:.0f} ms",
        f"  plain open + sign-in + first query (before encryption): median "
        f"{unlock.plain.median:.0f} ms"])


def render_markdown(pairs: list[Pair]) -> str:
    lines = ["| operation | plain median / p95 ms | encrypted median / p95 ms | "
             "raw sqlite3 median / p95 ms | raw sqlcipher median / p95 ms | "
             "encrypted / raw sqlite3 | encrypted / plain | target | result |",
             "|---|---:|---:|---:|---:|---:|---:|---|---|"]
    for pair in pairs:
        target = f"p95 ≤ {pair.target_ms:.0f} ms" if pair.target_ms else "(informative)"
        result = (f"plain {pair.verdict(pair.plain)}, encrypted "
                  f"{pair.verdict(pair.encrypted)}" if pair.target_ms else "")
        lines.append(
            f"| {pair.operation} | {_pair(pair.plain.app)} | {_pair(pair.encrypted.app)} | "
            f"{_pair(pair.plain.baseline)} | {pair.cipher_raw()} | "
            f"{pair.vs_raw:.1f}x | {pair.vs_plain:.2f}x | {target} | {result} |")
    return "\n".join(lines)


def render_other_markdown(conversion: Conversion, unlock: Unlock,
                          sizes: tuple[int, int]) -> str:
    runs = len(unlock.total.samples_ms)
    verdict = "PASS" if unlock.total.median <= UNLOCK_TARGET_MS else "**FAIL**"
    return "\n".join([
        "| measure | figure |", "|---|---:|",
        f"| unlock: open + sign-in + first query, median of {runs} (target ≤ 1 s: "
        f"{verdict}) | {unlock.total.median:.0f} ms (p95 {unlock.total.p95:.0f}) |",
        f"| — key file read + argon2id unwrap | {unlock.key_file.median:.0f} ms |",
        f"| — `Database.open` with the raw key | {unlock.open_db.median:.0f} ms |",
        f"| plain open + sign-in + first query, for comparison | "
        f"{unlock.plain.median:.0f} ms |",
        f"| conversion at the first sign-in | {conversion.seconds:.1f} s |",
        f"| file size plain / encrypted | {sizes[0] / 2**20:,.0f} / "
        f"{sizes[1] / 2**20:,.0f} MiB |"])


def _pair(timing: Timing) -> str:
    return f"{timing.median:.2f} / {timing.p95:.2f}"


def _ratio(value: float, base: float) -> float:
    return value / base if base else float("inf")


def _load(load: tuple[float, float, float]) -> str:
    return " / ".join(f"{value:.1f}" for value in load)


if __name__ == "__main__":
    raise SystemExit(main())
