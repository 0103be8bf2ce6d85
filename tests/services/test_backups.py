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
from contextlib import closing
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from enrollment_app.services import accounts, backups, export
from enrollment_app.services.backups import BackupSettings
from enrollment_app.services.central import CentralOffice
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.demo_data import generate_demo_participants
from enrollment_app.services.device_keys import trust_central_keys
from enrollment_app.services.errors import (
    AuthenticationError,
    PermissionDeniedError,
    ValidationError,
)
from enrollment_app.services.registration import register_participant
from enrollment_app.services.unlock import DeviceAccess
from enrollment_app.storage.backup import count_live_participants, timestamped_name
from enrollment_app.storage.data_dir import backups_dir, database_path
from enrollment_app.storage.database import Database
from enrollment_app.storage.engine import is_encrypted_file
from enrollment_app.storage.errors import CorruptDatabaseError
from enrollment_app.storage.integrity import CheckCancelled, quick_check
from enrollment_app.storage.key_file import KEY_FILE, KeyFileError, key_file_path
from enrollment_app.storage.models import Participant
from enrollment_app.storage.restore import InvalidBackupError
from enrollment_app.sync.bundle_reader import open_bundle
from enrollment_app.sync.provisioning import create_central_keys, load_central_keys
from tests.conftest import PASSWORD, SUPERVISOR, VALID_NIK, make_draft
from tests.staff import STAFF_PASSWORD, add_staff
from tests.unlocked import raw_connection

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


def cli(data_dir: Path, *args: str, password: str | None = None
        ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ENROLLMENT_DATA_DIR": str(data_dir), "ENROLLMENT_LANG": "en"}
    if password is not None:
        env["ENROLLMENT_PASSWORD"] = password
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


# ------------------------------------------------------------------ an encrypted laptop
def sign_in_to(data_dir: Path, password: str = PASSWORD) -> ServiceContext:
    """Sign in as the product does: a plain database is encrypted (sealed) by it."""
    return DeviceAccess.open(data_dir).sign_in(SUPERVISOR, password)


def people_in(ctx: ServiceContext) -> list[tuple[str, str]]:
    with ctx.read() as session:
        return [(row.nik, row.full_name) for row in session.execute(
            select(Participant.nik, Participant.full_name))]


def leaks(path: Path, people: list[tuple[str, str]]) -> list[str]:
    """The NIKs and names found in the raw bytes of ``path``."""
    data = path.read_bytes()
    return [text for person in people for text in person if text.encode() in data]


@pytest.fixture
def sealed(people: ServiceContext) -> Iterator[ServiceContext]:
    """The 400 people and Siti Aminah on a laptop whose database is now encrypted."""
    register_participant(people, make_draft())
    data_dir = people.db.data_dir
    people.db.close()
    ctx = sign_in_to(data_dir)
    assert ctx.db.key is not None and is_encrypted_file(ctx.db.path)
    yield ctx
    ctx.db.close()


def test_backups_of_an_encrypted_laptop_hold_no_readable_personal_data_and_restore(
        sealed: ServiceContext, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    backups.save_backup_settings(sealed, BackupSettings(str(usb)))
    daily = backups.take_daily_backup(sealed.db, MORNING)
    by_hand = backups.back_up_now(sealed)
    everyone = people_in(sealed)
    assert len(everyone) == 401 and (VALID_NIK, "Siti Aminah") in everyone
    written = [daily.taken, daily.usb_copy, by_hand.taken, by_hand.usb_copy]
    assert None not in written and daily.problems == () == by_hand.problems
    for path in written:
        assert is_encrypted_file(path) and leaks(path, everyone) == [], path
        assert count_live_participants(path) is None, "unreadable without the key"
    listed = backups.list_backups(sealed.db)
    assert [(b.kind, b.on_usb, b.participants) for b in listed] == [
        ("backup", False, 401), ("backup", True, 401), ("daily", False, 401),
        ("daily", True, 401)]

    generate_demo_participants(sealed, 7, seed=31)  # undone by the restore
    restored = backups.restore(sealed, daily.usb_copy)
    assert len(people_in(sealed)) == 401
    assert is_encrypted_file(sealed.db.path) and leaks(sealed.db.path, everyone) == []
    saved = restored.previous_saved_as
    assert is_encrypted_file(saved) and count_live_participants(saved, sealed.db.key) == 408
    sealed.db.close()
    again = sign_in_to(sealed.db.data_dir)  # the key file still opens the restored file
    try:
        assert len(people_in(again)) == 401
    finally:
        again.db.close()


def test_a_plain_backup_from_before_the_encryption_restores_encrypted(
        people: ServiceContext, tmp_path: Path) -> None:
    """The USB stick still holds a plain copy made before the laptop was encrypted."""
    usb = tmp_path / "usb"
    usb.mkdir()
    register_participant(people, make_draft())
    backups.save_backup_settings(people, BackupSettings(str(usb)))
    plain = backups.take_daily_backup(people.db, MORNING).usb_copy
    assert plain is not None and not is_encrypted_file(plain)
    data_dir = people.db.data_dir
    people.db.close()
    ctx = sign_in_to(data_dir)
    try:
        everyone = people_in(ctx)
        generate_demo_participants(ctx, 5, seed=41)
        listed = {b.path: b.participants for b in backups.list_backups(ctx.db)}
        assert listed[plain] == 401, "a plain backup is still listed with its count"
        assert backups.first_good_backup([b for b in backups.list_backups(ctx.db)
                                          if b.on_usb], ctx.db.key).path == plain
        backups.restore(ctx, plain)
        assert sorted(people_in(ctx)) == sorted(everyone)
        assert is_encrypted_file(ctx.db.path) and leaks(ctx.db.path, everyone) == []
        assert not is_encrypted_file(plain), "the stick's file itself is left as it was"
    finally:
        ctx.db.close()
    again = sign_in_to(data_dir)
    try:
        assert sorted(people_in(again)) == sorted(everyone)
    finally:
        again.db.close()


def test_plain_copies_on_the_usb_stick_are_encrypted_at_the_next_copy(
        people: ServiceContext, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    register_participant(people, make_draft())
    backups.save_backup_settings(people, BackupSettings(str(usb)))
    plain = [backups.take_daily_backup(people.db, MORNING).usb_copy,
             backups.back_up_now(people).usb_copy]
    everyone = people_in(people)
    assert None not in plain and all(leaks(path, everyone) for path in plain)
    data_dir = people.db.data_dir
    people.db.close()
    ctx = sign_in_to(data_dir)
    try:
        tomorrow = backups.take_daily_backup(ctx.db, MORNING + timedelta(days=1))
        assert tomorrow.problems == () and tomorrow.usb_copy is not None
        on_stick = sorted(tomorrow.usb_copy.parent.glob("*.sqlite"))
        assert len(on_stick) == 3 and set(plain) < set(on_stick)
        for path in on_stick:
            assert is_encrypted_file(path) and leaks(path, everyone) == [], path
            assert count_live_participants(path, ctx.db.key) == 401
        backups.restore(ctx, plain[0])
        assert sorted(people_in(ctx)) == sorted(everyone)
    finally:
        ctx.db.close()


def test_a_damaged_encrypted_file_is_restored_from_the_latest_good_backup(
        sealed: ServiceContext) -> None:
    data_dir, key = sealed.db.data_dir, sealed.db.key
    taken = backups.take_daily_backup(sealed.db, MORNING).taken
    assert taken is not None
    everyone = people_in(sealed)
    sealed.db.close()
    damage_the_middle(database_path(data_dir))
    assert not quick_check(database_path(data_dir), key=key).ok

    reopened = Database.open(data_dir, key=key)
    try:
        check = backups.check_and_back_up(reopened, MORNING + timedelta(days=1))
        assert not check.integrity.ok and check.daily is None
        good = backups.first_good_backup(backups.list_backups(reopened), key)
        assert good is not None and good.path == taken and good.participants == 401
        restored = backups.restore(replace(sealed, db=reopened), good.path)
        assert sorted(people_in(replace(sealed, db=reopened))) == sorted(everyone)
    finally:
        reopened.close()
    assert quick_check(database_path(data_dir), key=key).ok
    assert restored.previous_saved_as.name.startswith("damaged-")
    assert is_encrypted_file(restored.previous_saved_as)


def test_an_encrypted_file_too_damaged_to_open_is_restored_with_the_key(
        sealed: ServiceContext) -> None:
    data_dir, key = sealed.db.data_dir, sealed.db.key
    taken = backups.take_daily_backup(sealed.db, MORNING).taken
    everyone = people_in(sealed)
    sealed.db.close()
    with database_path(data_dir).open("r+b") as file:  # the salt and the first pages
        file.write(b"\0" * 4096 * 3)
    with pytest.raises(CorruptDatabaseError):
        sign_in_to(data_dir)
    assert backups.first_good_backup(backups.list_local_backups(data_dir)) is None, (
        "without the key no encrypted backup can be checked")
    good = backups.first_good_backup(backups.list_local_backups(data_dir, key), key)
    assert good is not None and good.path == taken
    backups.restore_damaged(data_dir, good.path, key)
    again = sign_in_to(data_dir)
    try:
        assert sorted(people_in(again)) == sorted(everyone)
        assert is_encrypted_file(again.db.path)
    finally:
        again.db.close()


def test_after_a_restore_the_passwords_are_those_of_the_backup(
        sealed: ServiceContext) -> None:
    """The key file follows the restored accounts: the password the backup knows opens
    the laptop, the one set after the backup no longer does (nor locks anyone out)."""
    taken = backups.take_daily_backup(sealed.db, MORNING).taken
    assert taken is not None
    accounts.change_own_password(sealed, PASSWORD, "sandi-baru-sekali-2")
    backups.restore(sealed, taken)
    data_dir = sealed.db.data_dir
    sealed.db.close()
    with pytest.raises(AuthenticationError):
        sign_in_to(data_dir, "sandi-baru-sekali-2")
    again = sign_in_to(data_dir)
    again.db.close()


def test_the_command_line_backs_up_and_restores_an_encrypted_laptop(
        sealed: ServiceContext) -> None:
    data_dir, key = sealed.db.data_dir, sealed.db.key
    sealed.db.close()
    made = cli(data_dir, "backup", "--json", password=PASSWORD)
    assert made.returncode == 0, made.stderr
    copy = Path(json.loads(made.stdout)["backup"])
    assert is_encrypted_file(copy) and count_live_participants(copy, key) == 401
    restored = cli(data_dir, "restore", str(copy), "--json", password=PASSWORD)
    assert restored.returncode == 0, restored.stderr
    assert is_encrypted_file(Path(json.loads(restored.stdout)["previous_saved_as"]))
    assert cli(data_dir, "backup", "--auto", "--json", password=PASSWORD).returncode == 0
    refused = cli(data_dir, "backup", password="salah-sekali")
    assert refused.returncode == 1 and not refused.stdout


def test_the_key_file_travels_with_the_backups_so_a_lost_one_can_be_put_back(
        sealed: ServiceContext, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    backups.save_backup_settings(sealed, BackupSettings(str(usb)))
    daily = backups.take_daily_backup(sealed.db, MORNING)
    assert daily.usb_copy is not None
    data_dir = sealed.db.data_dir
    original = key_file_path(data_dir).read_bytes()
    assert (daily.usb_copy.parent / KEY_FILE).read_bytes() == original
    assert (backups_dir(data_dir) / KEY_FILE).read_bytes() == original
    assert [b.path.name for b in backups.list_backups(sealed.db)
            if b.path.name == KEY_FILE] == [], "the key file is not listed as a backup"
    sealed.db.close()
    key_file_path(data_dir).write_bytes(b"\x00" * 64)  # the laptop's copy destroyed
    with pytest.raises(KeyFileError):
        DeviceAccess.open(data_dir)
    shutil.copyfile(daily.usb_copy.parent / KEY_FILE, key_file_path(data_dir))
    again = sign_in_to(data_dir)
    try:
        assert len(people_in(again)) == 401
    finally:
        again.db.close()


def test_the_command_line_restores_for_supervisors_only(people: ServiceContext) -> None:
    """A plain laptop (older version): the restore signs in like every command, so a
    wrong password or a field officer is refused and nothing is restored."""
    data_dir = people.db.data_dir
    copy = backups.back_up_now(people).taken
    register_participant(people, make_draft())  # not in the backup
    add_staff(people, "petugas1", "field_officer")
    people.db.close()

    def still_there() -> bool:
        with closing(raw_connection(data_dir)) as connection:
            return connection.execute("SELECT count(*) FROM participants WHERE nik = ?",
                                      (VALID_NIK,)).fetchone()[0] == 1

    wrong = cli(data_dir, "restore", str(copy), password="salah-sekali")
    officer = cli(data_dir, "--user", "petugas1", "restore", str(copy),
                  password=STAFF_PASSWORD)
    assert wrong.returncode == 1 and officer.returncode == 1, officer.stderr
    assert "Your role may not do this" in officer.stderr
    assert still_there()
    done = cli(data_dir, "restore", str(copy), "--json", password=PASSWORD)
    assert done.returncode == 0, done.stderr
    assert not still_there()


def test_a_daily_backup_that_fails_on_an_encrypted_laptop_is_a_warning(
        sealed: ServiceContext) -> None:
    """SQLCipher raises its own error classes: a file it cannot read (here its first page
    damaged under the open application, whose pooled connection still has it cached) is
    told as a failed backup, not a crash."""
    backups.backup_settings(sealed.db)  # the pooled connection has read the file
    path = sealed.db.path
    with path.open("r+b") as handle:  # after the salt, inside the first page
        handle.seek(64)
        handle.write(os.urandom(512))
    result = backups.take_daily_backup(sealed.db, MORNING)
    assert result.taken is None and len(result.problems) == 1
    assert isinstance(result.problems[0], backups.LocalBackupFailed)
    assert list(backups_dir(path.parent).glob("daily-*")) == []
