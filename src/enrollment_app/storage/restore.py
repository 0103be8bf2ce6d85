"""Putting a backup copy back in place of the live database.

The current file is always kept first (in the backups folder): through the backup API
when SQLite can still read it, as a plain copy of the file and its -wal when it is too
damaged for that. The backup is then copied into the live file through the backup API,
which takes SQLite's locks and handles the WAL; a live file whose header is destroyed
cannot be written that way, and is replaced by a fresh copy instead (its -wal and -shm
removed first, so no stale log is replayed into the restored file). SQLCipher reports a
backup into an encrypted file whose pages no longer decrypt as MemoryError (the codec's
"no memory" code), so that counts as such damage too.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.storage.backup import export_database, online_backup, timestamped_name
from enrollment_app.storage.data_dir import backups_dir
from enrollment_app.storage.database import Database
from enrollment_app.storage.engine import (
    BUSY_TIMEOUT_MS,
    connect,
    create_sqlite_engine,
    is_encrypted_file,
    key_literal,
)
from enrollment_app.storage.errors import StorageError, driver_errors
from enrollment_app.storage.integrity import quick_check
from enrollment_app.storage.migrate import upgrade_database

PRE_RESTORE_PREFIX = "pre-restore"
DAMAGED_PREFIX = "damaged"
SIDE_FILES = ("-wal", "-shm", "-journal")


class InvalidBackupError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "storage", "This file is not a usable backup of this application (damaged or of "
                   "another program). Nothing was changed.")


def backup_key(path: Path, key: bytes | None) -> bytes | None:
    """The key a backup file opens with: this laptop's key for an encrypted copy, none
    for a plain one (made before the database was encrypted)."""
    return key if is_encrypted_file(path) else None


def check_backup_file(path: Path, key: bytes | None = None) -> None:
    """Refuse a file that is not an intact database of this application (an encrypted
    copy is read with ``key``; one made under another key is refused)."""
    try:
        connection = connect(path, backup_key(path, key), read_only=True)
        try:
            (result,) = connection.execute("PRAGMA integrity_check").fetchone()
            tables = {r[0] for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            connection.close()
    except driver_errors() as exc:
        raise InvalidBackupError(str(exc)) from exc
    if result != "ok" or not {"alembic_version", "participants", "device"} <= tables:
        raise InvalidBackupError(str(path))


def restore_backup(db: Database, backup: Path) -> Path:
    """Restore ``backup`` over ``db`` (whose connections are closed first), then migrate
    it. Returns where the file it replaced was saved."""
    db.engine.dispose()
    return restore_file(db.path, db.data_dir, backup, db.key)


def restore_file(db_path: Path, data_dir: Path, backup: Path, key: bytes | None = None
                 ) -> Path:
    """Restore ``backup`` over the database file ``db_path`` (which may be damaged or
    unreadable); the GUI uses this when the file could not even be opened. With a
    ``key`` the restored file is encrypted with it, whether the backup was or not."""
    if not backup.is_file():
        raise InvalidBackupError(str(backup))
    check_backup_file(backup, key)
    saved = save_current_file(db_path, backups_dir(data_dir), key)
    source_key = backup_key(backup, key)
    if source_key != key:  # a plain backup made before the database was encrypted
        _replace_file(backup, db_path, source_key, key)
    else:
        try:
            _copy_through_sqlite(backup, db_path, key)
        except (*driver_errors(), MemoryError):  # SQLCipher: pages that no longer decrypt
            _replace_file(backup, db_path, key, key)
    engine = create_sqlite_engine(db_path, key)
    try:
        upgrade_database(engine, db_path, backups_dir(data_dir), key=key)
    finally:
        engine.dispose()
    carry_over_export_log(saved, db_path, key)
    return saved


def carry_over_export_log(previous: Path, db_path: Path, key: bytes | None = None) -> int:
    """Keep the sync chain going after a restore; returns the bundles carried over.

    The central office refuses a bundle whose number it already has, so the bundles this
    laptop exported after the backup was taken must stay known: their log entries are
    copied from the replaced file, and the change counter is raised past everything they
    covered (later edits land in the next bundle). Their audit positions are capped at
    the restored audit trail, so edits made after the restore count as changes on top of
    the restored (older) versions, and the central office sees them as such. Nothing is
    carried from a file too damaged to read.
    """
    try:
        connection = connect(db_path, key, timeout=BUSY_TIMEOUT_MS / 1000)
    except driver_errors():
        return 0
    try:
        if key is None:
            connection.execute("ATTACH DATABASE ? AS previous", (str(previous),))
        else:
            connection.execute("ATTACH DATABASE ? AS previous KEY ?", (
                str(previous), key_literal(key) if is_encrypted_file(previous) else ""))
        columns = _shared_columns(connection, "exported_bundles")
        if not columns or not _shared_columns(connection, "change_counter"):
            return 0
        names = ", ".join(f'"{c}"' for c in columns)
        with connection:  # one transaction
            carried = connection.execute(
                f"INSERT INTO main.exported_bundles ({names}) SELECT {names} FROM "
                "previous.exported_bundles WHERE sequence NOT IN "
                "(SELECT sequence FROM main.exported_bundles)").rowcount
            connection.execute(
                "UPDATE main.exported_bundles SET audit_seq_to = (SELECT coalesce(max(seq), "
                "0) FROM main.audit_log) WHERE audit_seq_to > (SELECT coalesce(max(seq), 0) "
                "FROM main.audit_log)")
            connection.execute(
                "UPDATE main.change_counter SET value = max(value, coalesce((SELECT "
                "value FROM previous.change_counter WHERE id = 1), 0)) WHERE id = 1")
        return carried
    except driver_errors():
        return 0  # the replaced file was damaged: the restored log stays as it was
    finally:
        connection.close()


def _shared_columns(connection: Any, table: str) -> list[str]:
    """Columns ``table`` has in both the main and the attached ``previous`` file."""
    main = [r[1] for r in connection.execute(f"PRAGMA main.table_info({table})")]
    previous = {r[1] for r in connection.execute(f"PRAGMA previous.table_info({table})")}
    return [c for c in main if c in previous]


def save_current_file(db_path: Path, folder: Path, key: bytes | None = None) -> Path:
    """Keep the file about to be replaced: a consistent backup when it is sound, else a
    byte copy of the file and its -wal named ``damaged-...`` (for whoever tries to rescue
    it; the backup lists leave it out)."""
    if quick_check(db_path, key=key).ok:
        try:
            return online_backup(db_path, folder / timestamped_name(PRE_RESTORE_PREFIX), key)
        except driver_errors():
            pass  # damaged in a way the check did not see: keep the bytes as they are
    copy = folder / timestamped_name(DAMAGED_PREFIX)
    shutil.copyfile(db_path, copy)
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
    return copy


def _copy_through_sqlite(backup: Path, db_path: Path, key: bytes | None) -> None:
    source = connect(backup, key, read_only=True)
    try:
        target = connect(db_path, key, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def _replace_file(backup: Path, db_path: Path, backup_key: bytes | None,
                  key: bytes | None) -> None:
    fresh = db_path.with_name(db_path.name + ".restoring")
    if backup_key == key:
        online_backup(backup, fresh, key)
    else:
        export_database(backup, backup_key, fresh, key)
    for suffix in SIDE_FILES:
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    fresh.replace(db_path)
