"""Issue 11 item 7: kill -9 during the conversion of a plain laptop to an encrypted one.

A worker signs in to a copy of a plain laptop with a few thousand people (the first
sign-in converts it) and is killed at seeded random moments, some aimed at the steps of
``storage.encryption.encrypt_database`` (the online backup, the export, the renames) as
timed by a run that was not killed. After every kill exactly one of two things holds:
the database is plain, sound and whole, and signing in converts it; or it is encrypted,
opens with the password and holds exactly the people of before. After that sign-in no
plain copy of anyone's data is left in the data folder. ``ENROLLMENT_CRASH_RUNS`` adds
random kills.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from enrollment_app.services.backups import back_up_now
from enrollment_app.services.demo_data import generate_demo_participants
from enrollment_app.services.device_setup import initialize_device
from enrollment_app.storage.data_dir import database_path
from enrollment_app.storage.database import Database
from enrollment_app.storage.engine import PLAIN_HEADER, connect, is_encrypted_file
from tests.conftest import PASSWORD, SUPERVISOR
from tests.resilience.crash_harness import (
    REPO,
    crash_runs,
    integrity,
    report,
    run_and_kill,
    seeded,
)
from tests.security.devices import Person, found_in, people_in, sign_in
from tests.unlocked import data_key

WORKER = "tests.security.conversion_worker"
PEOPLE = 2000
SAMPLE = 8  # people whose NIK, KK and name are looked for in every file at the end
PEOPLE_SQL = ("SELECT nik, kk, full_name FROM participants WHERE deleted_at IS NULL "
              "ORDER BY nik")


@pytest.fixture(scope="module")
def plain_laptop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Person]]:
    """A plain laptop (as an older version left it) with people and a plain backup."""
    folder = tmp_path_factory.mktemp("plain-laptop") / "data"
    folder.mkdir()
    db = Database.open(folder)
    ctx = initialize_device(db, device_name="Tim Periuk 3", supervisor_username=SUPERVISOR,
                            password=PASSWORD)
    generate_demo_participants(ctx, PEOPLE, seed=11, today=date(2026, 11, 1))
    back_up_now(ctx)
    db.close()
    return folder, read_people(database_path(folder), None)


def read_people(path: Path, key: bytes | None) -> list[Person]:
    connection = sqlite3.connect(path) if key is None else connect(path, key)
    try:
        return [Person(*row) for row in connection.execute(PEOPLE_SQL)]
    finally:
        connection.close()


def cipher_integrity(path: Path, key: bytes) -> str:
    connection = connect(path, key, read_only=True)
    try:
        return ",".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()


def step_moments(folder: Path) -> dict[str, float]:
    """Seconds from the start of the sign-in to the end of each conversion step, from a
    run that is not killed."""
    result = subprocess.run([sys.executable, "-m", WORKER, "convert", str(folder), "0"],
                            cwd=REPO, capture_output=True, text=True, timeout=300,
                            check=False)
    assert result.returncode == 0, result.stderr
    moments = {"step 0": 0.0}
    for line in result.stdout.splitlines():
        if line.startswith("ACK "):
            label, seconds = line[4:].rsplit(" ", 1)
            moments[label] = float(seconds)
    assert set(moments) == {f"step {n}" for n in range(6)} | {"done"}
    return moments


def kill_moments(moments: dict[str, float]) -> list[tuple[int, float]]:
    """(step, delay): the kill comes ``delay`` seconds after the end of ``step``: inside
    the work that follows it (after 1: the safety backup; 2: the export; 3: the counts
    and the key file; 4: the rename and the plain backups' encryption), right after
    steps 3 and 4 (around the renames), and at random from the start of the sign-in."""
    rng = seeded("convert")

    def within(step: int) -> float:
        return rng.uniform(0.0, moments[f"step {step + 1}"] - moments[f"step {step}"])

    aimed = [(step, within(step)) for step in (1, 2, 2, 3, 4)]
    aimed += [(3, rng.uniform(0.0, 0.003)), (4, rng.uniform(0.0, 0.003)),
              (0, 0.0), (4, moments["done"])]
    spread = [(0, rng.uniform(0.0, moments["done"] * 1.1)) for _ in range(crash_runs())]
    return aimed + spread


def test_kill_9_during_the_conversion_leaves_plain_or_encrypted_intact(
        plain_laptop: tuple[Path, list[Person]], tmp_path: Path) -> None:
    template, people = plain_laptop
    calibration = tmp_path / "calibration"
    shutil.copytree(template, calibration)
    moments = step_moments(calibration)
    assert read_people(database_path(calibration), data_key(calibration)) == people

    outcomes = []
    for run, (step, delay) in enumerate(kill_moments(moments)):
        folder = tmp_path / f"run-{run}"
        shutil.copytree(template, folder)
        killed = run_and_kill("convert", str(folder), str(step), delay=delay, module=WORKER)
        outcome = check_after_kill(folder, people)
        outcomes.append(outcome)
        report("convert", after_step=step, delay=round(delay, 4), outcome=outcome,
               finished=killed.finished,
               last_ack=killed.acks[-1].rsplit(" ", 1)[0] if killed.acks else "")
        check_next_sign_in(folder, people)
        shutil.rmtree(folder)
    assert {"plain", "encrypted"} <= set(outcomes), outcomes


def check_after_kill(folder: Path, people: list[Person]) -> str:
    """The database right after the kill: plain and whole, or encrypted and whole."""
    path = database_path(folder)
    if not is_encrypted_file(path):
        assert integrity(path) == "ok"
        assert read_people(path, None) == people
        return "plain"
    key = data_key(folder)  # the key file was written before the rename
    assert key is not None
    assert cipher_integrity(path, key) == "ok"
    assert read_people(path, key) == people
    return "encrypted"


def check_next_sign_in(folder: Path, people: list[Person]) -> None:
    """Signing in (again) converts a plain database or opens the encrypted one, and
    leaves no plain copy of the data behind."""
    ctx = sign_in(folder)
    try:
        assert people_in(ctx) == people
    finally:
        ctx.db.close()
    sample = people[:: len(people) // SAMPLE][:SAMPLE]
    for file in sorted(folder.rglob("*")):
        if file.is_file():
            data = file.read_bytes()
            assert not data.startswith(PLAIN_HEADER), file.name
            assert found_in(data, sample) == [], file.name
