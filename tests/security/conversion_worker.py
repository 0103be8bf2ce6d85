"""Worker for the conversion crash test: the first sign-in on a plain laptop, which
encrypts its database; the test kills it with SIGKILL at a seeded random moment.

    .venv/bin/python -m tests.security.conversion_worker convert DATA_DIR

Prints ``READY`` once the plain database is open, then ``ACK step N SECONDS`` after each
step of the conversion and ``ACK done SECONDS`` at the end (seconds since READY), so a
run that is not killed tells the test when each step ends.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from enrollment_app.services.unlock import DeviceAccess
from tests.conftest import PASSWORD, SUPERVISOR
from tests.resilience.driver import ack, ready


def run_convert(data_dir: Path) -> None:
    import argon2.low_level  # noqa: F401 - imported before READY, like the app has them
    import sqlcipher3.dbapi2  # noqa: F401

    access = DeviceAccess.open(data_dir)
    ready()
    started = time.perf_counter()

    def progress(done: int, _total: int) -> None:
        ack(f"step {done} {time.perf_counter() - started:.4f}")

    ctx = access.sign_in(SUPERVISOR, PASSWORD, progress=progress)
    ack(f"done {time.perf_counter() - started:.4f}")
    ctx.db.close()


def main(argv: list[str]) -> int:
    scenario, *args = argv
    if scenario != "convert" or len(args) != 1:
        print(f"usage: convert DATA_DIR (got {argv})", file=sys.stderr)
        return 2
    run_convert(Path(args[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
