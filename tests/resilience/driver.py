"""Worker processes for the crash tests: real app work that the test kills with SIGKILL.

    .venv/bin/python -m tests.resilience.driver SCENARIO ARGS...

Each worker prints ``READY`` once it is set up (imports done, signed in), then does its
work in a loop and prints ``ACK ...`` only AFTER a save returned success, flushing each
line, so every acknowledged line is a promise the database (or the bundle folder) must
keep after the kill. Scenarios:

- ``register DATA_DIR FIRST_SERIAL``: registrations one after another;
- ``attend DATA_DIR SESSION_ID FIRST_STEP``: marks following ``attendance_step``;
- ``export DATA_DIR FOLDER``: full exports one after another;
- ``import CENTRAL_URL KEYS_DIR BUNDLE``: one central import.
"""

from __future__ import annotations

import sys
from contextlib import suppress
from datetime import date, time
from pathlib import Path

from enrollment_app.domain.attendance_codes import CODES
from enrollment_app.services.accounts import sign_in
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.device_setup import load_device
from enrollment_app.storage.database import Database
from tests.conftest import PASSWORD, SUPERVISOR

SESSION_DAY = date(2026, 3, 2)
ARRIVAL = time(8, 5)
MAX_STEPS = 1_000_000


def attendance_step(step: int, people: list[str]) -> tuple[str, str]:
    """The person and code of step ``step``: everyone in turn, the code changing each
    round, so the state after any number of steps is known."""
    return people[step % len(people)], CODES[(step // len(people)) % len(CODES)]


def attendance_state(steps: int, people: list[str]) -> dict[str, str]:
    """Each person's mark after the first ``steps`` steps ("" = not marked)."""
    state = dict.fromkeys(people, "")
    for step in range(max(0, steps - len(people)), steps):
        person, code = attendance_step(step, people)
        state[person] = code
    return state


def signed_in(data_dir: Path) -> ServiceContext:
    db = Database.open(data_dir)
    device = load_device(db)
    assert device is not None
    return sign_in(db, device.id, SUPERVISOR, PASSWORD)


def ack(text: str) -> None:
    print("ACK", text, flush=True)


def ready() -> None:
    print("READY", flush=True)


def run_register(data_dir: Path, first_serial: int) -> None:
    from enrollment_app.services.errors import DuplicateNikError
    from tests.applicants import register

    ctx = signed_in(data_dir)
    ready()
    for serial in range(first_serial, first_serial + MAX_STEPS):
        with suppress(DuplicateNikError):  # saved by the run killed before it said so
            register(ctx, serial)
        ack(str(serial))


def roster_ids(ctx: ServiceContext, session_id: str) -> list[str]:
    from enrollment_app.services.attendance import session_roster

    return sorted(row.participant_id for row in session_roster(ctx, session_id))


def run_attend(data_dir: Path, session_id: str, first_step: int) -> None:
    from enrollment_app.services.attendance import mark

    ctx = signed_in(data_dir)
    people = roster_ids(ctx, session_id)
    ready()
    for step in range(first_step, first_step + MAX_STEPS):
        person, code = attendance_step(step, people)
        mark(ctx, session_id, person, code, ARRIVAL if code in ("H", "T") else None,
             today=SESSION_DAY, now=ARRIVAL)
        ack(str(step))


def run_export(data_dir: Path, folder: Path) -> None:
    from enrollment_app.services.export import FULL, ExportRequest, export_bundle

    ctx = signed_in(data_dir)
    ready()
    for _ in range(MAX_STEPS):
        result = export_bundle(ctx, folder, ExportRequest(FULL))
        assert result.path is not None
        ack(result.path.name)


def run_import(url: str, keys_dir: Path, bundle: Path) -> None:
    from enrollment_app.services.central import CentralOffice

    office = CentralOffice(url, keys_dir)
    office.require_initialized()
    office.keys()
    ready()
    result = office.import_file(bundle)
    ack(result.status.value)


def main(argv: list[str]) -> int:
    scenario, *args = argv
    if scenario == "register":
        run_register(Path(args[0]), int(args[1]))
    elif scenario == "attend":
        run_attend(Path(args[0]), args[1], int(args[2]))
    elif scenario == "export":
        run_export(Path(args[0]), Path(args[1]))
    elif scenario == "import":
        run_import(args[0], Path(args[1]), Path(args[2]))
    else:
        print(f"unknown scenario {scenario}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
