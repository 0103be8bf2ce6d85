"""Consistent copies of the live database with SQLite's online backup API, and what can
be read back from a copy without changing it."""

from __future__ import annotations

import os
import re
import shutil
from datetime import datetime
from pathlib import Path

from enrollment_app.storage.engine import connect, key_literal
from enrollment_app.storage.errors import driver_errors

BACKUP_SUFFIX = ".sqlite"
# timestamped_name() puts the local time into the name: prefix-YYYYmmdd-HHMMSS-micro.
_STAMP = re.compile(r"^(?P<prefix>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})\.sqlite$")
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"


def online_backup(source: Path, destination: Path, key: bytes | None = None) -> Path:
    """Copy ``source`` to ``destination`` page by page while others may be writing.

    A file copy of a WAL database can miss committed pages still in the -wal file; the
    backup API reads through SQLite and yields a consistent snapshot. The copy is
    written beside the destination first and renamed, so a crash never leaves a
    half-written file under the final name. It copies in one step, under one read
    transaction: a step-wise copy would start again whenever someone saves meanwhile.
    An encrypted database (``key``) gives a copy encrypted with the same key.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = _partial_name(destination)
    partial.unlink(missing_ok=True)
    try:
        src = connect(source, key, read_only=True)
        try:
            dst = connect(partial, key)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(destination)
    return destination


def export_database(source: Path, source_key: bytes | None, destination: Path,
                    destination_key: bytes | None) -> Path:
    """Copy ``source`` into a new file ``destination`` under another key (None: plain),
    with SQLCipher's ``sqlcipher_export``; written under a temporary name and renamed.
    The copy is in rollback-journal mode, so it is one file until someone opens it."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = _partial_name(destination)
    partial.unlink(missing_ok=True)
    try:
        connection = connect(source, source_key, read_only=True, cipher=True)
        try:
            connection.execute("ATTACH DATABASE ? AS target KEY ?", (
                str(partial), "" if destination_key is None else key_literal(destination_key)))
            connection.execute("SELECT sqlcipher_export('target')")
            connection.execute("DETACH DATABASE target")
        finally:
            connection.close()
        _fsync(partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(destination)
    return destination


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def copy_backup_file(source: Path, destination: Path) -> Path:
    """Copy a finished backup file (another disk, a USB stick): written under a temporary
    name and renamed, so a full or pulled-out stick never leaves a half file behind."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = _partial_name(destination)
    try:
        shutil.copyfile(source, partial)
        partial.replace(destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return destination


def _partial_name(destination: Path) -> Path:
    return destination.with_name(destination.name + ".partial")


def timestamped_name(prefix: str, when: datetime | None = None) -> str:
    return f"{prefix}-{(when or datetime.now()).strftime(_STAMP_FORMAT)}{BACKUP_SUFFIX}"


def name_parts(name: str) -> tuple[str, datetime] | None:
    """The prefix and local time of a ``timestamped_name``; None for other names."""
    match = _STAMP.match(name)
    if match is None:
        return None
    try:
        return match["prefix"], datetime.strptime(match["stamp"], _STAMP_FORMAT)
    except ValueError:
        return None


def count_live_participants(path: Path, key: bytes | None = None) -> int | None:
    """Participants (not deleted) in a backup file, read without writing to it; None
    when the file cannot be read as a database of this application."""
    try:
        connection = connect(path, key, read_only=True)
        try:
            return int(connection.execute(
                "SELECT count(*) FROM participants WHERE deleted_at IS NULL").fetchone()[0])
        finally:
            connection.close()
    except driver_errors():
        return None
