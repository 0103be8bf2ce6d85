"""Worker for the conversion crash test: the first sign-in on a plain laptop, which
encrypts its database; the test kills it with SIGKILL at a seeded random moment.

    .venv/bin/python -m tests.security.conversion_worker convert DATA_DIR READY_STEP

Prints ``READY`` when the conversion has finished step ``READY_STEP`` (0: just before
signing in; see ``storage.encryption``), so the kill that follows READY by a random
delay lands in the step after it however busy the machine is. Prints
``ACK step N SECONDS`` after each step and ``ACK done SECONDS`` at the end (seconds
since the sign-in started): a run that is not killed tells the test how long each
step takes.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from enrollment_app.services.unlock import DeviceAccess
from tests.conftest import PASSWORD, SUPERVISOR
from tests.resilience.driver import ack, ready


def run_convert(data_dir: Path, ready_step: int) -> None:
    import argon2.low_level  # noqa: F401 - imported before the clock starts
    import sqlcipher3.dbapi2  # noqa: F401

    access = DeviceAccess.open(data_dir)
    if ready_step == 0:
        ready()
    started = time.perf_counter()

    def progress(done: int, _total: int) -> None:
        ack(f"step {done} {time.perf_counter() - started:.4f}")
        if done == ready_step:
            ready()

    ctx = access.sign_in(SUPERVISOR, PASSWORD, progress=progress)
    ack(f"done {time.perf_counter() - started:.4f}")
    ctx.db.close()


def main(argv: list[str]) -> int:
    scenario, *args = argv
    if scenario != "convert" or len(args) != 2:
        print(f"usage: convert DATA_DIR READY_STEP (got {argv})", file=sys.stderr)
        return 2
    run_convert(Path(args[0]), int(args[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
