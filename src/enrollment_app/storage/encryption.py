"""Converting a plain database (and its backups) to an encrypted one, safely.

Order, so that a crash or a power cut at any moment leaves a usable database:

0. half-written copies a crash left in the backups folder are removed (they may hold
   the data in clear);
1. the plain file is checkpointed and taken out of WAL mode (one self-contained file);
2. an online backup of it is taken (``pre-encryption-...``), the safety net;
3. it is exported with ``sqlcipher_export`` into a new file beside it, which is fsynced;
4. the rows of every table are counted in both files and must be equal;
5. the key file is written (atomically);
6. the encrypted file is renamed over the plain one (atomic);
7. plain backups in the backups folder are encrypted in place, the safety copy removed.

Before step 6 the plain database is still the live one: the application sees a plain
file (it tells files apart by their first bytes, not by the key file) and converts again
at the next sign-in. After step 6 the encrypted one is, and ``finish_encryption`` (run at
every sign-in) completes step 7 if it was cut short.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.storage.backup import (
    BACKUP_SUFFIX,
    export_database,
    online_backup,
    timestamped_name,
)
from enrollment_app.storage.data_dir import backups_dir, database_path
from enrollment_app.storage.engine import connect, is_encrypted_file
from enrollment_app.storage.errors import (
    CorruptDatabaseError,
    DiskFullError,
    ReadOnlyError,
    StorageError,
    classify,
    driver_errors,
)
from enrollment_app.storage.key_file import KeyFile, key_file_path, save_key_file

PRE_ENCRYPTION_PREFIX = "pre-encryption"
Progress = Callable[[int, int], object]  # (step done, steps)
STEPS = 5


class EncryptionCheckError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "storage", "The encrypted copy of the database did not hold the same records as "
                   "the original, so the original was kept unchanged. Please report this.")


@dataclass(frozen=True)
class EncryptionReport:
    rows: int  # rows counted (and found equal) in both files
    backups_encrypted: int


def encrypt_database(data_dir: Path, key: bytes, keys: KeyFile,
                     progress: Progress | None = None) -> EncryptionReport:
    """Convert the plain database of ``data_dir`` to SQLCipher under ``key`` and write
    ``keys`` beside it. Nobody may have the database open meanwhile. Failures a user can
    act on (disk full, the file held by another program) raise StorageError subclasses,
    with the plain database left as it was."""
    try:
        return _encrypt(data_dir, key, keys, progress or (lambda _done, _total: None))
    except driver_errors() as exc:
        error = classify(exc)
        if error is None:
            raise
        raise error from exc
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(str(exc)) from exc
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise ReadOnlyError(str(exc)) from exc
        raise


def _encrypt(data_dir: Path, key: bytes, keys: KeyFile, step: Progress
             ) -> EncryptionReport:
    path = database_path(data_dir)
    folder = backups_dir(data_dir)
    _remove_partial_copies(folder)
    _leave_wal_mode(path)
    step(1, STEPS)
    safety = online_backup(path, folder / timestamped_name(PRE_ENCRYPTION_PREFIX))
    step(2, STEPS)
    encrypted = path.with_name(path.name + ".encrypting")
    export_database(path, None, encrypted, key)
    step(3, STEPS)
    try:
        rows = _equal_counts(path, None, encrypted, key)
    except BaseException:
        encrypted.unlink(missing_ok=True)
        raise
    save_key_file(key_file_path(data_dir), keys)
    step(4, STEPS)
    encrypted.replace(path)
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    done = finish_encryption(data_dir, key)
    safety.unlink(missing_ok=True)
    step(5, STEPS)
    return EncryptionReport(rows, done)


def finish_encryption(data_dir: Path, key: bytes) -> int:
    """Encrypt the plain backups left in the backups folder (made before the database was
    encrypted) and remove the safety copies of the conversion; returns the files
    encrypted. A plain file that cannot be read as a database is removed: it would keep
    people's data readable on the disk."""
    return encrypt_plain_backups(backups_dir(data_dir), key)


def encrypt_plain_backups(folder: Path, key: bytes) -> int:
    """Encrypt in place the plain backups in ``folder`` (the backups folder, or this
    laptop's folder on a USB stick) as ``finish_encryption`` describes; returns how many.
    A backup that cannot be written now (disk full, read-only) stays as it is, for the
    next time; OSError (a stick pulled out) is raised."""
    done = 0
    for file in sorted(folder.iterdir()):
        if file.suffix != BACKUP_SUFFIX or not file.is_file() or is_encrypted_file(file):
            continue
        if file.name.startswith(PRE_ENCRYPTION_PREFIX):
            file.unlink(missing_ok=True)
            continue
        try:
            export_database(file, None, file, key)
            done += 1
        except driver_errors() as exc:
            if not isinstance(classify(exc), CorruptDatabaseError):
                continue
            file.unlink(missing_ok=True)
            file.with_name(file.name + "-wal").unlink(missing_ok=True)
    return done


def _remove_partial_copies(folder: Path) -> None:
    """Remove the copies a crash cut short (``*.partial``, see storage.backup): one of
    the plain database, such as a safety copy killed half-way, would keep people's data
    readable on the disk. Nobody else writes a backup while the database is converted."""
    for file in folder.iterdir():
        if file.is_file() and file.name.endswith((".partial", ".partial-journal")):
            file.unlink(missing_ok=True)


def _leave_wal_mode(path: Path) -> None:
    connection = connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


def _equal_counts(first: Path, first_key: bytes | None, second: Path,
                  second_key: bytes | None) -> int:
    counts = [_table_counts(first, first_key), _table_counts(second, second_key)]
    if counts[0] != counts[1]:
        raise EncryptionCheckError(f"{counts[0]} != {counts[1]}")
    return sum(counts[0].values())


def _table_counts(path: Path, key: bytes | None) -> dict[str, int]:
    connection = connect(path, key, read_only=True)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: int(connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])
                for t in tables}
    finally:
        connection.close()
