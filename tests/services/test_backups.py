"""Daily backups, their rotation and USB copy, the integrity check and restoring."""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from enrollment_app.services import backups, export
from enrollment_app.services.backups import BackupSettings
from enrollment_app.services.central import CentralOffice
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.demo_data import generate_demo_participants
from enrollment_app.services.device_keys import trust_central_keys
from enrollment_app.services.errors import PermissionDeniedError, ValidationError
from enrollment_app.storage.backup import timestamped_name
from enrollment_app.storage.data_dir import backups_dir, database_path
from enrollment_app.storage.database import Database
from enrollment_app.storage.integrity import CheckCancelled, quick_check
from enrollment_app.storage.restore import InvalidBackupError
from enrollment_app.sync.bundle_reader import open_bundle
from enrollment_app.sync.provisioning import create_central_keys, load_central_keys
from tests.staff import add_staff

MORNING = datetime(2026, 11, 23, 8, 30)


def participant_rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return connection.execute("SELECT * FROM participants ORDER BY id").fetchall()


def damage_the_middle(path: Path, size: int = 8192) -> None:
    """Overwrite ``size`` bytes in the middle of the file with noise, in place."""
    noise = random.Random(7).randbytes(size)
    with path.open("r+b") as file:
        file.seek(path.stat().st_size // 2)
        file.write(noise)


def daily_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("daily-*.sqlite"))


@pytest.fixture
def people(supervisor: ServiceContext) -> ServiceContext:
    generate_demo_participants(supervisor, 400, seed=3)
    return supervisor


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody can write to (root ignores modes: the immutable flag then)."""
    folder = tmp_path / "usb-ro"
    folder.mkdir()
    as_root = os.geteuid() == 0
    if as_root:
        subprocess.run(["chattr", "+i", str(folder)], check=False, capture_output=True)
    else:
        folder.chmod(0o555)
    try:
        (folder / "probe").touch()
    except OSError:
        pass
    else:
        (folder / "probe").unlink()
        pytest.skip("cannot make a read-only folder here")
    yield folder
    if as_root:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o755)


# ---------------------------------------------------------------- damage and restore
def test_damaged_file_is_detected_and_the_latest_good_backup_restores_it(
        people: ServiceContext) -> None:
    db = people.db
    data_dir = db.data_dir
    taken = backups.take_daily_backup(db, MORNING).taken
    assert taken is not None
    before = participant_rows(database_path(data_dir))
    assert len(before) == 400 and participant_rows(taken) == before
    assert backups.check_and_back_up(db, MORNING).integrity.ok

    db.close()  # the last connection checkpoints the WAL into the file
    damage_the_middle(database_path(data_dir))
    report = quick_check(database_path(data_dir))
    assert not report.ok and report.problems

    reopened = Database.open(data_dir)
    try:
        check = backups.check_and_back_up(reopened, MORNING + timedelta(days=1))
        assert not check.integrity.ok and check.daily is None, "never back up a bad file"
        assert daily_names(backups_dir(data_dir)) == [taken.name]
        good = backups.first_good_backup(backups.list_backups(reopened))
        assert good is not None and good.path == taken and good.participants == 400
        restored = backups.restore(people, good.path)
    finally:
        reopened.close()
    assert quick_check(database_path(data_dir)).ok
    assert participant_rows(database_path(data_dir)) == before
    assert restored.previous_saved_as.exists(), "the damaged file is kept"
    assert restored.previous_saved_as.parent == backups_dir(data_dir)
    listed = {b.path for b in backups.list_local_backups(data_dir)}
    assert taken in listed and restored.previous_saved_as not in listed


def test_a_file_too_damaged_to_open_is_restored_without_signing_in(
        people: ServiceContext) -> None:
    data_dir = people.db.data_dir
    taken = backups.take_daily_backup(people.db, MORNING).taken
    assert taken is not None
    before = participant_rows(taken)
    people.db.close()
    live = database_path(data_dir)
    with live.open("r+b") as file:  # the header and the first pages
        file.write(b"\0" * 4096 * 3)
    with pytest.raises(sqlite3.DatabaseError):
        participant_rows(live)
    good = backups.first_good_backup(backups.list_local_backups(data_dir))
    assert good is not None and good.path == taken
    restored = backups.restore_damaged(data_dir, good.path)
    assert restored.previous_saved_as.name.startswith("damaged-")
    assert participant_rows(live) == before
    Database.open(data_dir).close()


def test_a_restored_backup_exports_a_bundle_that_verifies(
        people: ServiceContext, tmp_path: Path) -> None:
    keys = tmp_path / "central-keys"
    create_central_keys(keys)
    trust_central_keys(people, keys / "central-public-keys.json")
    taken = backups.take_daily_backup(people.db, MORNING).taken
    assert taken is not None
    generate_demo_participants(people, 25, seed=11)  # lost by the restore
    backups.restore(people, taken)

    usb = tmp_path / "usb"
    usb.mkdir()
    result = export.export_bundle(people, usb, export.ExportRequest(export.FULL))
    assert result.path is not None and result.counts["participants"] == 400
    central = load_central_keys(keys)
    bundle = open_bundle(result.path, central_private_key=central.encryption_key)
    records = [r for r in bundle.records() if r.table == "participants"]
    assert len(records) == 400
    with sqlite3.connect(f"file:{taken}?mode=ro", uri=True) as connection:
        ids = {row[0] for row in connection.execute("SELECT id FROM participants")}
    assert {r.values["id"] for r in records} == ids


def test_restore_refuses_a_file_that_is_not_a_backup(supervisor: ServiceContext,
                                                     tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("bukan basis data")
    with pytest.raises(InvalidBackupError):
        backups.restore(supervisor, notes)
    assert backups.check_and_back_up(supervisor.db, MORNING).integrity.ok


def test_only_supervisors_restore_or_change_the_settings(supervisor: ServiceContext
                                                         ) -> None:
    taken = backups.take_daily_backup(supervisor.db, MORNING).taken
    assert taken is not None
    officer = add_staff(supervisor, "petugas", "field_officer")
    with pytest.raises(PermissionDeniedError):
        backups.restore(officer, taken)
    with pytest.raises(PermissionDeniedError):
        backups.save_backup_settings(officer, BackupSettings(keep_daily=3))
    assert backups.backup_settings(supervisor.db) == BackupSettings()


def test_the_confirmation_counts_what_the_restore_undoes(people: ServiceContext) -> None:
    taken = backups.take_daily_backup(people.db).taken
    assert taken is not None
    generate_demo_participants(people, 5, seed=21)
    info = next(b for b in backups.list_backups(people.db) if b.path == taken)
    impact = backups.restore_impact(people, info)
    assert (impact.participants_now, impact.participants_then, impact.changed_since) == (
        405, 400, 5)


# --------------------------------------------------------------------- daily and rotation
def test_the_daily_backup_is_taken_once_a_day(supervisor: ServiceContext) -> None:
    db = supervisor.db
    first = backups.take_daily_backup(db, MORNING)
    again = backups.take_daily_backup(db, MORNING + timedelta(hours=9))
    tomorrow = backups.take_daily_backup(db, datetime(2026, 11, 24, 0, 10))  # past midnight
    assert first.taken is not None and again.taken is None and again.problems == ()
    assert tomorrow.taken is not None
    assert daily_names(backups_dir(db.data_dir)) == [
        "daily-20261123-083000-000000.sqlite", "daily-20261124-001000-000000.sqlite"]


def test_rotation_keeps_seven_days_then_four_weeks() -> None:
    start = datetime(2026, 8, 1, 9, 0)  # a Saturday
    times = [start + timedelta(days=n) for n in range(60)]
    times.append(times[-1] + timedelta(hours=5))  # two on the last day
    kept = backups.backups_to_keep(times, keep_daily=7, keep_weekly=4)
    newest = times[-1]
    days = sorted(t for t in kept if t.date() > newest.date() - timedelta(days=7))
    assert days == [start + timedelta(days=n) for n in range(53, 59)] + [newest]
    weekly = sorted(t for t in kept if t not in days)
    # The newest of each of the 4 ISO weeks before the oldest daily one (Sundays).
    assert weekly == [datetime(2026, 9, 6, 9), datetime(2026, 9, 13, 9),
                      datetime(2026, 9, 20, 9), datetime(2026, 9, 22, 9)]
    assert len(kept) == 11


def test_rotation_deletes_only_old_automatic_backups(supervisor: ServiceContext) -> None:
    db = supervisor.db
    backups.save_backup_settings(supervisor, BackupSettings(keep_daily=2, keep_weekly=0))
    folder = backups_dir(db.data_dir)
    manual = shutil.copyfile(db.path, folder / timestamped_name("backup", datetime(2026, 1, 1)))
    for day in range(5):
        backups.take_daily_backup(db, MORNING + timedelta(days=day))
    assert daily_names(folder) == ["daily-20261126-083000-000000.sqlite",
                                   "daily-20261127-083000-000000.sqlite"]
    assert manual.exists()


@pytest.mark.parametrize(("keep_daily", "keep_weekly"), [(0, 4), (61, 4), (7, -1), (7, 53)])
def test_keep_counts_out_of_range_are_refused(supervisor: ServiceContext, keep_daily: int,
                                              keep_weekly: int) -> None:
    with pytest.raises(ValidationError):
        backups.save_backup_settings(supervisor, BackupSettings("", keep_daily, keep_weekly))
    assert backups.backup_settings(supervisor.db) == BackupSettings()


# ------------------------------------------------------------------------------- USB copy
def test_the_usb_copy_goes_into_a_folder_per_laptop_and_is_rotated(
        supervisor: ServiceContext, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    backups.save_backup_settings(supervisor, BackupSettings(str(usb), 1, 0))
    for day in range(3):
        result = backups.take_daily_backup(supervisor.db, MORNING + timedelta(days=day))
        assert result.problems == () and result.usb_copy is not None
    (laptop,) = usb.iterdir()
    assert laptop.name == f"tim-cipondoh-1-{supervisor.device_id[:8]}"
    assert daily_names(laptop) == ["daily-20261125-083000-000000.sqlite"]
    listed = backups.list_backups(supervisor.db)
    assert [(b.on_usb, b.taken_at) for b in listed] == [
        (False, MORNING + timedelta(days=2)), (True, MORNING + timedelta(days=2))]


def test_a_missing_usb_stick_is_a_warning_and_copied_at_the_next_start(
        supervisor: ServiceContext, tmp_path: Path) -> None:
    usb = tmp_path / "stick"
    backups.save_backup_settings(supervisor, BackupSettings(str(usb)))
    first = backups.take_daily_backup(supervisor.db, MORNING)
    assert first.taken is not None and first.usb_copy is None
    assert [type(p) for p in first.problems] == [backups.UsbFolderMissing]
    assert str(usb) in first.problems[0].render()
    usb.mkdir()  # plugged in before the next start, the same day
    later = backups.take_daily_backup(supervisor.db, MORNING + timedelta(hours=2))
    assert later.taken is None and later.usb_copy is not None
    assert later.usb_copy.name == first.taken.name


def test_a_read_only_usb_folder_warns_and_the_local_backup_is_made(
        supervisor: ServiceContext, read_only_folder: Path) -> None:
    backups.save_backup_settings(supervisor, BackupSettings(str(read_only_folder)))
    result = backups.take_daily_backup(supervisor.db, MORNING)
    assert result.taken is not None and result.taken.exists()
    assert result.usb_copy is None
    assert [type(p) for p in result.problems] == [backups.UsbFolderReadOnly]
    assert list(read_only_folder.iterdir()) == []


@pytest.mark.parametrize(("error", "expected"), [
    (OSError(errno.ENOSPC, "No space left on device"), backups.UsbFolderFull),
    (OSError(errno.EROFS, "Read-only file system"), backups.UsbFolderReadOnly),
    (PermissionError(errno.EACCES, "Permission denied"), backups.UsbFolderReadOnly),
    (FileNotFoundError(errno.ENOENT, "No such file"), backups.UsbFolderMissing),
    (OSError(errno.EIO, "Input/output error"), backups.UsbCopyFailed),
])
def test_usb_failures_are_told_apart(error: OSError, expected: type) -> None:
    problem = backups._usb_problem(error, Path("E:/cadangan"))
    assert type(problem) is expected and "E:" in problem.render()


def test_a_cancelled_check_reports_nothing_and_backs_nothing_up(people: ServiceContext
                                                               ) -> None:
    """The application quit during the start-up check: no verdict, no backup."""
    with pytest.raises(CheckCancelled):
        backups.check_and_back_up(people.db, MORNING, cancelled=lambda: True)
    assert daily_names(backups_dir(people.db.data_dir)) == []


def test_bundles_exported_after_the_backup_stay_in_the_chain(
        people: ServiceContext, tmp_path: Path) -> None:
    """The central office refuses a bundle number it has: after a restore the laptop
    goes on from its last bundle, not from the backup's."""
    office = CentralOffice(f"sqlite+pysqlite:///{tmp_path / 'central.sqlite'}",
                           tmp_path / "central-keys")
    office.initialize()
    office.register_device("Tim Cipondoh 1", device_id=people.device_id)
    trust_central_keys(people, tmp_path / "central-keys" / "central-public-keys.json")
    usb = tmp_path / "usb"
    usb.mkdir()
    first = export.export_bundle(people, usb)
    taken = backups.take_daily_backup(people.db, MORNING).taken
    assert taken is not None
    generate_demo_participants(people, 10, seed=12)
    second = export.export_bundle(people, usb)
    assert (first.sequence, second.sequence) == (1, 2)
    backups.restore(people, taken)
    assert [b.sequence for b in export.list_exports(people)] == [2, 1]

    generate_demo_participants(people, 3, seed=13)  # registered again after the restore
    third = export.export_bundle(people, usb)
    assert third.sequence == 3 and third.counts == {"participants": 3}
    results = office.import_files([first.path, second.path, third.path])
    office.close()
    assert [r.ok for r in results] == [True, True, True], [r.reason() for r in results]
    assert [r.missing_sequences for r in results] == [[], [], []]


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ENROLLMENT_DATA_DIR": str(data_dir), "ENROLLMENT_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "enrollment_app.cli", *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_the_command_line_daily_backup(supervisor: ServiceContext) -> None:
    data_dir = supervisor.db.data_dir
    supervisor.db.close()
    first = cli(data_dir, "backup", "--auto", "--json")
    assert first.returncode == 0, first.stderr
    made = json.loads(first.stdout)
    assert Path(made["backup"]).name.startswith("daily-") and made["warnings"] == []
    again = json.loads(cli(data_dir, "backup", "--auto", "--json").stdout)
    assert again["backup"] is None
    damage_the_middle(database_path(data_dir), size=4096 * 20)
    damaged = cli(data_dir, "backup", "--auto")
    assert damaged.returncode == 1 and "damaged" in damaged.stderr
