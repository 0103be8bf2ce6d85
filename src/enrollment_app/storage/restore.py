"""Putting a backup copy back in place of the live database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.storage.backup import online_backup, timestamped_name
from enrollment_app.storage.data_dir import backups_dir
from enrollment_app.storage.database import Database
from enrollment_app.storage.errors import StorageError
from enrollment_app.storage.migrate import upgrade_database


class InvalidBackupError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "storage", "This file is not a usable backup of this application (damaged or of "
                   "another program). Nothing was changed.")


def check_backup_file(path: Path) -> None:
    """Refuse a file that is not an intact database of this application."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            (result,) = connection.execute("PRAGMA integrity_check").fetchone()
            tables = {r[0] for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise InvalidBackupError(str(exc)) from exc
    if result != "ok" or not {"alembic_version", "participants", "device"} <= tables:
        raise InvalidBackupError(str(path))


def restore_backup(db: Database, backup: Path) -> Path:
    """Save the current database as a backup, copy ``backup`` over it through SQLite's
    backup API (so the WAL is handled), then migrate it. Returns the saved copy."""
    if not backup.is_file():
        raise InvalidBackupError(str(backup))
    check_backup_file(backup)
    saved = online_backup(db.path, backups_dir(db.data_dir) / timestamped_name("pre-restore"))
    db.engine.dispose()
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(db.path)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    upgrade_database(db.engine, db.path, backups_dir(db.data_dir))
    return saved
