"""Size and start-up of the frozen build next to the same programs run from .venv.

    scripts/build.sh                        # builds dist/enrollment_app first
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_frozen.py [--runs 7]

Wall times from the parent's clock, each the median of ``--runs`` runs after one warm-up:
``enrollment --version``, ``enrollment selftest`` and ``enrollment-app --selftest``, and
the GUI's start to **database open**: a set-up data folder, the GUI started as a user
would, polled until SQLite creates ``enrollment.sqlite-wal``. That happens right after
the login dialog's first paint (ui/app.py opens the database then) plus the import of
the database layer, i.e. just before the dialog is ready to sign in. The process is then
killed and the file closed cleanly again. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "bench-sandi-1"
POLL_S = 0.002
GUI_TIMEOUT_S = 60.0


def bundle_files(folder: Path) -> list[Path]:
    """Files of the bundle; symbolic links (Linux: libQt6*.so.6 at the top) not twice."""
    return [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]


def wall(command: Sequence[str], env: dict[str, str]) -> float:
    started = time.monotonic()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
    return time.monotonic() - started


def until_database_open(gui: Path, data_dir: Path, env: dict[str, str]) -> float:
    wal = data_dir / "enrollment.sqlite-wal"
    started = time.monotonic()
    process = subprocess.Popen([str(gui)], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        while not wal.exists():
            if process.poll() is not None or time.monotonic() - started > GUI_TIMEOUT_S:
                raise RuntimeError(f"{gui} did not open the database")
            time.sleep(POLL_S)
        return time.monotonic() - started
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
        close_cleanly(data_dir / "enrollment.sqlite")


def close_cleanly(database: Path) -> None:
    """Open and close the file once: SQLite checkpoints and removes the killed
    process's WAL, so the next start's WAL file is new again."""
    connection = sqlite3.connect(database)
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    connection.close()
    if database.with_name(database.name + "-wal").exists():
        raise RuntimeError("the WAL file stayed; the measurement would be wrong")


def median_of(runs: int, measure: Callable[[], float]) -> float:
    measure()  # warm-up: file cache
    return statistics.median(measure() for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "enrollment_app")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    suffix = ".exe" if sys.platform == "win32" else ""
    variants = {"frozen": args.bundle, ".venv": ROOT / ".venv" / "bin"}
    with tempfile.TemporaryDirectory(prefix="enrollment-bench-frozen-") as scratch:
        data_dir = Path(scratch) / "data"
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "ENROLLMENT_DATA_DIR": str(data_dir), "ENROLLMENT_PASSWORD": PASSWORD,
               "TMPDIR": scratch}
        subprocess.run([str(args.bundle / f"enrollment{suffix}"), "init", "--device-name",
                        "Bench", "--supervisor", "bench"], env=env, check=True,
                       capture_output=True)
        rows: dict[str, dict[str, float]] = {}
        for name, folder in variants.items():
            cli, gui = folder / f"enrollment{suffix}", folder / f"enrollment-app{suffix}"
            rows[name] = {
                "`enrollment --version`": median_of(
                    args.runs, lambda cli=cli: wall([str(cli), "--version"], env)),
                "`enrollment selftest`": median_of(
                    args.runs, lambda cli=cli: wall([str(cli), "selftest"], env)),
                "`enrollment-app --selftest`": median_of(
                    args.runs, lambda gui=gui: wall([str(gui), "--selftest"], env)),
                "GUI start to database open (login dialog)": median_of(
                    args.runs, lambda gui=gui: until_database_open(gui, data_dir, env)),
            }
    files = bundle_files(args.bundle)
    print(f"Bundle: {sum(p.stat().st_size for p in files) / 1e6:.0f} MB in {len(files)} "
          f"files (load average at the end: {os.getloadavg()[0]:.1f})\n")
    print(f"| median of {args.runs} runs (s) | frozen | .venv |")
    print("|---|---:|---:|")
    for label in rows["frozen"]:
        print(f"| {label} | {rows['frozen'][label]:.2f} | {rows['.venv'][label]:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
