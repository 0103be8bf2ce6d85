"""Running a driver worker and killing it with SIGKILL at a seeded random moment.

The number of kills per scenario is ``ENROLLMENT_CRASH_RUNS`` (default 5): small in the
normal test run, larger for the figures in docs/reliability.md.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from enrollment_app.storage.data_dir import database_path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_RUNS = 5
READY_TIMEOUT = 120.0


def crash_runs() -> int:
    return max(1, int(os.environ.get("ENROLLMENT_CRASH_RUNS", DEFAULT_RUNS)))


def seeded(name: str) -> random.Random:
    """The same kill moments on every run unless ENROLLMENT_CRASH_SEED says otherwise."""
    return random.Random(f"{name}-{os.environ.get('ENROLLMENT_CRASH_SEED', '8')}")


@dataclass
class Killed:
    """What a killed worker acknowledged before it died."""

    acks: list[str] = field(default_factory=list)
    finished: bool = False  # it ended by itself before the kill
    stderr: str = ""


def run_and_kill(scenario: str, *args: str, delay: float,
                 module: str = "tests.resilience.driver") -> Killed:
    """Start the worker (``python -m module scenario args``), wait for READY, let it
    work ``delay`` seconds, then SIGKILL."""
    command = [sys.executable, "-m", module, scenario, *args]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    result = Killed()
    ready = threading.Event()

    def read_stdout() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("READY"):
                ready.set()
            elif line.startswith("ACK "):
                result.acks.append(line[4:].strip())

    reader = threading.Thread(target=read_stdout, daemon=True)
    reader.start()
    errors: list[str] = []
    err_reader = threading.Thread(target=lambda: errors.extend(process.stderr or []),
                                  daemon=True)
    err_reader.start()
    started = time.monotonic()
    while not ready.wait(0.05):
        if process.poll() is not None or time.monotonic() - started > READY_TIMEOUT:
            break
    if ready.is_set():
        time.sleep(delay)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    else:
        result.finished = True
    process.wait()
    reader.join(5)
    err_reader.join(5)
    for pipe in (process.stdout, process.stderr):
        if pipe is not None:
            pipe.close()
    result.stderr = "".join(errors)
    if not ready.is_set():
        raise AssertionError(f"worker {scenario} never got ready:\n{result.stderr}")
    if result.finished and process.returncode != 0:
        raise AssertionError(f"worker {scenario} failed:\n{result.stderr}")
    return result


def report(scenario: str, **figures: object) -> None:
    """Append one run's figures to ``ENROLLMENT_CRASH_REPORT`` (JSON lines) when set:
    the source of the table in docs/reliability.md."""
    target = os.environ.get("ENROLLMENT_CRASH_REPORT")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(json.dumps({"scenario": scenario, **figures}) + "\n")


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` of a database file, opened the way the app opens it."""
    connection = sqlite3.connect(path)
    try:
        return ",".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()


def scalar(path: Path, sql: str, *params: object) -> Any:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, params).fetchone()[0]
    finally:
        connection.close()


HOLDER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
connection.execute("UPDATE change_counter SET value = value")
print("HELD", flush=True)
time.sleep(600)
"""


@contextmanager
def holding(data_dir: Path) -> Iterator[None]:
    """Another process holding the database in an exclusive transaction."""
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(database_path(data_dir))],
                               stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "HELD"
        yield
    finally:
        process.kill()
        process.wait()
        if process.stdout is not None:
            process.stdout.close()
