"""Automatic daily backups, their rotation, the USB copy, and restoring one of them.

- **When**: at most one automatic backup per calendar day (the laptop's local date),
  taken after someone signs in (and by ``enrollment backup --auto``, for a scheduled
  task). It is made with SQLite's online backup API (storage.backup), so saving goes
  on meanwhile. A file that fails the integrity check is never backed up: it would push
  good backups out of the rotation.
- **Where**: ``<data dir>/backups/daily-YYYYmmdd-HHMMSS-micro.sqlite``. When a supervisor
  chose a USB folder, the day's backup is copied into ``<folder>/<device-name>-<id>/``
  as well (a per-laptop sub-folder, so laptops sharing a stick never rotate each
  other's copies). A missing, read-only or full USB folder is reported as a warning;
  the local backup is made all the same and work goes on. The copy is retried at the
  next start on a day whose copy is missing (the stick was not plugged in).
- **Rotation** (both places, automatic backups only): keep the newest backup of each of
  the ``keep_daily`` (7) most recent days that have one, and, older than those, the
  newest of each of the ``keep_weekly`` (4) most recent ISO weeks: about five weeks of
  history in 11 files. Manual backups (``enrollment backup``) and the copies made before
  a migration or a restore are never deleted automatically.
- **Settings** live in ``device.settings``; supervisors change them.
- **Encryption**: on an encrypted laptop (``db.key``) every backup is encrypted with the
  database's own data key, so a backup file alone is unreadable and still restores after
  any password change; the USB copy is a byte copy of that encrypted file. A plain
  backup made before the database was encrypted (left on a USB stick) is still listed,
  counted and restored: the restored file is encrypted (storage.restore). The plain
  copies in this laptop's USB sub-folder are encrypted in place at the next USB copy.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.validation import Problem
from enrollment_app.services import key_copies
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import NotInitializedError, ServiceError, ValidationError
from enrollment_app.services.permissions import Permission, require
from enrollment_app.storage.backup import (
    BACKUP_SUFFIX,
    copy_backup_file,
    count_live_participants,
    name_parts,
    online_backup,
    timestamped_name,
)
from enrollment_app.storage.data_dir import backups_dir, database_path
from enrollment_app.storage.database import Database
from enrollment_app.storage.encryption import encrypt_plain_backups
from enrollment_app.storage.errors import classify, driver_errors
from enrollment_app.storage.integrity import (
    Cancelled,
    CheckCancelled,
    IntegrityReport,
    quick_check,
)
from enrollment_app.storage.key_file import key_file_path
from enrollment_app.storage.models import Device, Participant
from enrollment_app.storage.restore import (
    DAMAGED_PREFIX,
    InvalidBackupError,
    backup_key,
    check_backup_file,
    restore_file,
)

AUTO_PREFIX = "daily"
MANUAL_PREFIX = "backup"  # also what ``enrollment backup`` writes
USB_FOLDER_KEY = "backup_usb_folder"
KEEP_DAILY_KEY = "backup_keep_daily"
KEEP_WEEKLY_KEY = "backup_keep_weekly"
DEFAULT_KEEP_DAILY = 7
DEFAULT_KEEP_WEEKLY = 4
KEEP_DAILY_RANGE = (1, 60)
KEEP_WEEKLY_RANGE = (0, 52)


# ----------------------------------------------------------------------------- settings
@dataclass(frozen=True)
class BackupSettings:
    usb_folder: str = ""  # "" when backups stay on the laptop only
    keep_daily: int = DEFAULT_KEEP_DAILY
    keep_weekly: int = DEFAULT_KEEP_WEEKLY


def _setting(values: dict, key: str, default: int, bounds: tuple[int, int]) -> int:
    value = values.get(key)
    if isinstance(value, int) and bounds[0] <= value <= bounds[1]:
        return value
    return default


def backup_settings(db: Database) -> BackupSettings:
    """The saved settings, the defaults where unset or unreadable."""
    with db.session() as session:
        device = session.scalars(select(Device).limit(1)).first()
        values = dict(device.settings or {}) if device else {}
    folder = values.get(USB_FOLDER_KEY)
    return BackupSettings(
        usb_folder=folder if isinstance(folder, str) else "",
        keep_daily=_setting(values, KEEP_DAILY_KEY, DEFAULT_KEEP_DAILY, KEEP_DAILY_RANGE),
        keep_weekly=_setting(values, KEEP_WEEKLY_KEY, DEFAULT_KEEP_WEEKLY, KEEP_WEEKLY_RANGE))


def save_backup_settings(ctx: ServiceContext, settings: BackupSettings) -> BackupSettings:
    """Supervisors only. The USB folder is not required to exist now (the stick may be
    out); it is checked at every backup."""
    require(ctx, Permission.CHANGE_SETTINGS)
    problems = []
    for name, value, (low, high) in (("keep_daily", settings.keep_daily, KEEP_DAILY_RANGE),
                                     ("keep_weekly", settings.keep_weekly, KEEP_WEEKLY_RANGE)):
        if not low <= value <= high:
            problems.append(Problem(name, "backup.keep_range", QT_TRANSLATE_NOOP(
                "validation", "Choose a number from {minimum} to {maximum}."),
                params={"minimum": low, "maximum": high}))
    if problems:
        raise ValidationError(problems)
    cleaned = BackupSettings(settings.usb_folder.strip(), settings.keep_daily,
                             settings.keep_weekly)
    with ctx.write() as session:
        device = session.get(Device, ctx.device_id)
        if device is None:
            raise NotInitializedError()
        # A new dict: the JSON column does not track changes made inside the old one.
        device.settings = {**(device.settings or {}), USB_FOLDER_KEY: cleaned.usb_folder,
                           KEEP_DAILY_KEY: cleaned.keep_daily,
                           KEEP_WEEKLY_KEY: cleaned.keep_weekly}
    return cleaned


# ----------------------------------------------------------------------------- rotation
def backups_to_keep(times: Iterable[datetime], keep_daily: int, keep_weekly: int
                    ) -> set[datetime]:
    """The newest of each of the ``keep_daily`` most recent days with a backup; older
    than those, the newest of each of the ``keep_weekly`` most recent ISO weeks."""
    newest_first = sorted(set(times), reverse=True)
    kept: set[datetime] = set()
    days: set[date] = set()
    for moment in newest_first:
        if moment.date() not in days and len(days) < keep_daily:
            days.add(moment.date())
            kept.add(moment)
    oldest_day = min(days) if days else None
    weeks: set[tuple[int, int]] = set()
    for moment in newest_first:
        if oldest_day is not None and moment.date() >= oldest_day:
            continue
        week = moment.isocalendar()[:2]
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.add(week)
            kept.add(moment)
    return kept


def _automatic_backups(folder: Path) -> dict[datetime, Path]:
    found: dict[datetime, Path] = {}
    for path in folder.glob(f"{AUTO_PREFIX}-*{BACKUP_SUFFIX}"):
        parts = name_parts(path.name)
        if parts is not None and parts[0] == AUTO_PREFIX:
            found[parts[1]] = path
    return found


def rotate(folder: Path, settings: BackupSettings) -> list[Path]:
    """Delete the automatic backups in ``folder`` the rotation does not keep."""
    backups = _automatic_backups(folder)
    kept = backups_to_keep(backups, settings.keep_daily, settings.keep_weekly)
    removed = []
    for moment, path in sorted(backups.items()):
        if moment not in kept:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


# ---------------------------------------------------------------------- the daily backup
class BackupProblem(ServiceError):
    """Why a backup (or its USB copy) was not written; a warning, never a blocker."""


class UsbFolderMissing(BackupProblem):
    message = QT_TRANSLATE_NOOP(
        "services", "The backup folder {folder} is not there (is the USB stick plugged "
        "in?). Today's backup is kept on this laptop only.")


class UsbFolderReadOnly(BackupProblem):
    message = QT_TRANSLATE_NOOP(
        "services", "The backup folder {folder} cannot be written to (read-only). Today's "
        "backup is kept on this laptop only.")


class UsbFolderFull(BackupProblem):
    message = QT_TRANSLATE_NOOP(
        "services", "The backup folder {folder} is full. Today's backup is kept on this "
        "laptop only; free some space on the USB stick.")


class UsbCopyFailed(BackupProblem):
    message = QT_TRANSLATE_NOOP(
        "services", "The backup could not be copied to {folder} ({reason}). Today's "
        "backup is kept on this laptop only.")


class LocalBackupFailed(BackupProblem):
    message = QT_TRANSLATE_NOOP(
        "services", "Today's automatic backup could not be written ({reason}). Work can "
        "go on; free some disk space and restart the application to try again.")


@dataclass(frozen=True)
class DailyBackup:
    taken: Path | None = None  # the backup made now; None when today's existed already
    usb_copy: Path | None = None  # copied to the USB folder now
    removed: tuple[Path, ...] = ()  # rotated out, here and on the USB stick
    problems: tuple[BackupProblem, ...] = ()


def device_folder_name(db: Database) -> str:
    """This laptop's sub-folder of the USB folder: its name and the start of its id."""
    from enrollment_app.sync.bundle_writer import file_slug

    with db.session() as session:
        device = session.scalars(select(Device).limit(1)).first()
        if device is None:
            raise NotInitializedError()
        return f"{file_slug(device.name)}-{device.id[:8]}"


def take_daily_backup(db: Database, now: datetime | None = None) -> DailyBackup:
    """Today's automatic backup unless there is one, the rotation, and the USB copy."""
    now = now or datetime.now()
    settings = backup_settings(db)
    local = backups_dir(db.data_dir)
    taken: Path | None = None
    problems: list[BackupProblem] = []
    todays = [p for t, p in _automatic_backups(local).items() if t.date() == now.date()]
    if not todays:
        try:
            taken = online_backup(db.path, local / timestamped_name(AUTO_PREFIX, now),
                                  db.key)
            todays.append(taken)
            keep_key_file_with(local, db)
        except (sqlite3.Error, *driver_errors(), OSError) as exc:  # either driver
            problems.append(LocalBackupFailed(reason=_reason(exc)))
    removed = rotate(local, settings) if taken is not None else []
    usb_copy = None
    if settings.usb_folder and todays:
        usb_copy, problem, usb_removed = _copy_to_usb(db, max(todays), settings)
        removed += usb_removed
        if problem is not None:
            problems.append(problem)
    return DailyBackup(taken, usb_copy, tuple(removed), tuple(problems))


def back_up_now(ctx: ServiceContext) -> DailyBackup:
    """A backup made by hand (never rotated), copied to the USB folder too when one is
    set. A local failure raises; a USB failure is a warning in the result."""
    require(ctx, Permission.CHANGE_SETTINGS)
    db = ctx.db
    taken = online_backup(db.path, backups_dir(db.data_dir) / timestamped_name(MANUAL_PREFIX),
                          db.key)
    keep_key_file_with(taken.parent, db)
    settings = backup_settings(db)
    if not settings.usb_folder:
        return DailyBackup(taken)
    usb_copy, problem, _removed = _copy_to_usb(db, taken, settings)
    return DailyBackup(taken, usb_copy, (), (problem,) if problem else ())


def _copy_to_usb(db: Database, backup: Path, settings: BackupSettings
                 ) -> tuple[Path | None, BackupProblem | None, list[Path]]:
    """Copy ``backup`` into this laptop's sub-folder of the USB folder unless it is
    there already, then rotate the automatic backups there. On an encrypted laptop the
    plain copies made there before the encryption are encrypted in place."""
    folder = Path(settings.usb_folder)
    if not folder.is_dir():
        return None, UsbFolderMissing(folder=folder), []
    target = folder / device_folder_name(db)
    try:
        copy, removed = None, []
        if not (target / backup.name).is_file():
            copy = copy_backup_file(backup, target / backup.name)
            removed = rotate(target, settings)
        if db.key is not None:
            encrypt_plain_backups(target, db.key)
            keep_key_file_with(target, db)
        return copy, None, removed
    except OSError as exc:
        return None, _usb_problem(exc, folder), []


def keep_key_file_with(folder: Path, db: Database) -> None:
    """Put a copy of the key file beside the backups in ``folder``: encrypted backups are
    useless without it (or a recovery from the central office, which needs it too). It
    holds nothing readable without a password or the central office's private key."""
    source = key_file_path(db.data_dir)
    if db.key is not None and source.is_file():
        copy_backup_file(source, folder / source.name)


def _usb_problem(exc: OSError, folder: Path) -> BackupProblem:
    if isinstance(exc, PermissionError) or exc.errno in (errno.EROFS, errno.EACCES,
                                                         errno.EPERM):
        return UsbFolderReadOnly(folder=folder)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return UsbFolderFull(folder=folder)
    if isinstance(exc, FileNotFoundError):
        return UsbFolderMissing(folder=folder)
    return UsbCopyFailed(folder=folder, reason=exc.strerror or str(exc))


def _reason(exc: BaseException) -> str:
    storage_error = classify(exc)
    return storage_error.message if storage_error is not None else str(exc)


@dataclass(frozen=True)
class StartupCheck:
    integrity: IntegrityReport
    daily: DailyBackup | None  # None when the file is damaged: nothing was backed up


def check_and_back_up(db: Database, now: datetime | None = None,
                      cancelled: Cancelled | None = None) -> StartupCheck:
    """The start-up job: the quick integrity check, then (on a sound file only) the
    daily backup. Slow on a large file: call it off the GUI thread. ``cancelled()``
    answering True stops the check (CheckCancelled); a backup under way is finished."""
    report = quick_check(db.path, cancelled, key=db.key)
    if cancelled is not None and cancelled():
        raise CheckCancelled()
    return StartupCheck(report, take_daily_backup(db, now) if report.ok else None)


# ------------------------------------------------------------------------------ listing
@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # local time, from the file name
    kind: str  # daily, backup (by hand), pre-restore, pre-migrate-0001...
    size: int  # bytes
    participants: int | None  # None: the file cannot be read
    on_usb: bool = False


def list_backups(db: Database) -> list[BackupInfo]:
    """Every backup of this laptop, here and in the USB folder, newest first. Each file
    is opened read-only (with the data key when encrypted) to count its participants (a
    second or so for many large files: call it off the GUI thread)."""
    found = list_local_backups(db.data_dir, db.key)
    usb_folder = backup_settings(db).usb_folder
    if usb_folder:
        with suppress(OSError):  # the stick is out: the list shows the laptop's backups
            found += _list_folder(Path(usb_folder) / device_folder_name(db), db.key,
                                  on_usb=True)
    return sorted(found, key=lambda b: (b.taken_at, not b.on_usb), reverse=True)


def list_local_backups(data_dir: Path, key: bytes | None = None) -> list[BackupInfo]:
    """The backups in the data directory, newest first (no database needed; ``key``
    reads the encrypted ones)."""
    return sorted(_list_folder(backups_dir(data_dir), key), key=lambda b: b.taken_at,
                  reverse=True)


def _list_folder(folder: Path, key: bytes | None, on_usb: bool = False) -> list[BackupInfo]:
    found = []
    for path in folder.glob(f"*{BACKUP_SUFFIX}"):
        parts = name_parts(path.name)
        if parts is None or parts[0] == DAMAGED_PREFIX:
            continue  # not ours, or a damaged file kept only for a rescue attempt
        found.append(BackupInfo(path, parts[1], parts[0], path.stat().st_size,
                                count_live_participants(path, backup_key(path, key)),
                                on_usb))
    return found


def first_good_backup(backups: Iterable[BackupInfo], key: bytes | None = None
                      ) -> BackupInfo | None:
    """The first of ``backups`` (newest first) that passes the full integrity check
    (several seconds for a large file); encrypted ones are read with ``key``."""
    for info in backups:
        try:
            check_backup_file(info.path, key)
        except InvalidBackupError:
            continue
        return info
    return None


# ------------------------------------------------------------------------------ restore
@dataclass(frozen=True)
class RestoreImpact:
    """What restoring a backup would undo, for the confirmation."""

    participants_now: int
    participants_then: int | None
    changed_since: int  # participant records added or changed after the backup


def restore_impact(ctx: ServiceContext, backup: BackupInfo) -> RestoreImpact:
    require(ctx, Permission.CHANGE_SETTINGS)
    since = backup.taken_at.astimezone(UTC)  # the name holds the laptop's local time
    with ctx.read() as session:
        now = session.scalar(select(func.count()).select_from(Participant)
                             .where(Participant.deleted_at.is_(None))) or 0
        changed = session.scalar(select(func.count()).select_from(Participant)
                                 .where(Participant.updated_at > since)) or 0
    return RestoreImpact(now, backup.participants, changed)


@dataclass(frozen=True)
class Restored:
    backup: Path
    previous_saved_as: Path


def restore(ctx: ServiceContext, backup: Path) -> Restored:
    """Supervisors: put ``backup`` back (the current file is saved first). Everyone must
    sign in again afterwards: accounts and records are those of the backup."""
    require(ctx, Permission.CHANGE_SETTINGS)
    ctx.db.engine.dispose()
    saved = restore_file(ctx.db.path, ctx.db.data_dir, backup, ctx.db.key)
    follow_restored_accounts(ctx.db)
    return Restored(backup, saved)


def restore_damaged(data_dir: Path, backup: Path, key: bytes | None = None) -> Restored:
    """Restore over a file too damaged to open, so nobody can sign in to check a role.
    Nothing is lost by it: the damaged file is kept beside the backups. On an encrypted
    laptop ``key`` is the data key (unwrapped from the key file by a password)."""
    saved = restore_file(database_path(data_dir), data_dir, backup, key)
    if key is not None:
        db = Database.open(data_dir, key=key)
        try:
            follow_restored_accounts(db)
        finally:
            db.close()
    return Restored(backup, saved)


def follow_restored_accounts(db: Database) -> None:
    """After a restore the accounts are the backup's: the key file's password copies
    of the data key are rebuilt from them (a password changed since the backup is the
    old one again, in the key file as in the database)."""
    key_copies.refresh(db)
