"""The start-up integrity check of the database file.

``PRAGMA quick_check`` reads every page and checks the b-trees, but not that indexes
match their tables (``integrity_check`` does, at several times the cost). Measured on the
200,000-participant bench file (634 MB): about 0.6 s with the file in the OS cache,
about 5 s from a cold disk, so the GUI runs it on a background thread after the window
is on the screen. The check opens its own read-only connection: it never writes, and in
WAL mode it does not block anyone who saves meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from enrollment_app.storage.engine import connect
from enrollment_app.storage.errors import driver_errors

# quick_check stops after this many problems; the first few are enough for the log.
MAX_PROBLEMS = 20
# SQLite virtual-machine steps between two questions "cancelled?" (well under 0.1 s).
PROGRESS_STEPS = 100_000
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class IntegrityReport:
    path: Path
    problems: tuple[str, ...]  # empty when the file is sound

    @property
    def ok(self) -> bool:
        return not self.problems


class CheckCancelled(Exception):
    """``cancelled()`` answered True: the work stopped, nothing is known or written."""


def stop_when(connection: Any, cancelled: Cancelled | None) -> None:
    """Make SQLite ask ``cancelled()`` now and then and interrupt the statement when it
    answers True (the statement then fails with "interrupted")."""
    if cancelled is not None:
        connection.set_progress_handler(lambda: 1 if cancelled() else 0, PROGRESS_STEPS)


def quick_check(path: Path, cancelled: Cancelled | None = None, key: bytes | None = None
                ) -> IntegrityReport:
    """Check ``path``; a file SQLite cannot read at all is reported, not raised.
    Raises CheckCancelled when ``cancelled()`` answered True (the application quits).
    An encrypted file is checked with its ``key`` (a wrong key reads as damage)."""
    try:
        connection = connect(path, key, read_only=True)
        try:
            stop_when(connection, cancelled)
            rows = connection.execute(f"PRAGMA quick_check({MAX_PROBLEMS})").fetchall()
        finally:
            connection.close()
    except driver_errors() as exc:
        if cancelled is not None and cancelled():
            raise CheckCancelled() from exc
        return IntegrityReport(path, (str(exc),))
    problems = tuple(str(row[0]) for row in rows if row[0] != "ok")
    return IntegrityReport(path, problems)
