"""Signing in to a data folder whose database may be encrypted, and encrypting it.

``DeviceAccess.open`` looks at the database file before anyone signs in. A plain file
(made by an older version, or a device being set up) is opened at once; an encrypted
one stays closed, and its key file gives the laptop's name and user names for the
sign-in window. ``sign_in`` then unwraps the data key with the password (a wrong
password is refused without the database file being opened at all), opens the
database and checks the account there as before. A plain database is encrypted right
after the first successful sign-in (``seal``), so every laptop ends up encrypted.

While the database is locked, wrong passwords are counted in the key file (the same
lock-out rule as in the database: ``accounts.lock_duration``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import NoReturn

from enrollment_app.services import accounts, key_copies
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.device_setup import load_device
from enrollment_app.services.errors import AccountLockedError, AuthenticationError
from enrollment_app.storage.backup import BACKUP_SUFFIX
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.data_dir import backups_dir, database_path
from enrollment_app.storage.database import Database
from enrollment_app.storage.encryption import encrypt_database, finish_encryption
from enrollment_app.storage.engine import connect, is_encrypted_file
from enrollment_app.storage.errors import (
    CorruptDatabaseError,
    StorageError,
    WrongDataKeyError,
    driver_errors,
)
from enrollment_app.storage.key_file import (
    KeyFile,
    key_file_path,
    load_key_file,
    new_data_key,
    save_key_file,
    unwrap_user_copy,
)

Progress = Callable[[int, int], object]
log = logging.getLogger(__name__)


@dataclass
class DeviceAccess:
    """A data folder before and after sign-in: ``db`` is open for a plain database, and
    for an encrypted one once someone signed in; ``keys`` is its key file; ``key`` the
    data key once a password unwrapped it (kept when the database then fails to open:
    restoring a backup over a damaged file needs it)."""

    data_dir: Path
    db: Database | None
    keys: KeyFile | None
    key: bytes | None = field(default=None, repr=False)
    # Why the last ``seal`` left the database plain (None: encrypted, or never tried).
    encryption_problem: StorageError | None = None

    @classmethod
    def open(cls, data_dir: Path) -> DeviceAccess:
        """Look at the database of ``data_dir`` (created and migrated when plain).
        Raises KeyFileError when the database is encrypted and its key file unusable."""
        if is_encrypted_file(database_path(data_dir)):
            return cls(data_dir, None, load_key_file(key_file_path(data_dir)))
        return cls(data_dir, Database.open(data_dir), None)

    @property
    def encrypted(self) -> bool:
        return self.keys is not None

    def device(self) -> tuple[str, str] | None:
        """(id, name) of the device; None when the first run was never finished."""
        if self.keys is not None:
            return self.keys.device_id, self.keys.device_name
        device = load_device(self._open_db())
        return (device.id, device.name) if device is not None else None

    def usernames(self) -> list[str]:
        if self.keys is not None:
            return self.keys.usernames()
        return accounts.list_usernames(self._open_db())

    def default_user(self) -> str | None:
        """The first active supervisor: who a command acts as when none is named."""
        if self.keys is not None:
            return self.keys.first_supervisor()
        return accounts.default_cli_user(self._open_db())

    def sign_in(self, username: str, password: str, *, now: datetime | None = None,
                progress: Progress | None = None) -> ServiceContext:
        """The signed-in context (its ``db`` is the open, encrypted database), or
        AuthenticationError / AccountLockedError with nothing opened or changed."""
        if self.keys is None:
            db = self._open_db()
            device = load_device(db)
            ctx = accounts.sign_in(db, device.id if device else "", username, password,
                                   now=now)
            return self.seal(ctx, progress)
        return self._unlock(self.keys, accounts.normalize_username(username), password,
                            now or utc_now())

    def seal(self, ctx: ServiceContext, progress: Progress | None = None) -> ServiceContext:
        """Encrypt the plain database of a signed-in (or just set-up) device under a new
        random data key; returns the context on the encrypted database.

        When the conversion cannot be done now (the disk is full, another program holds
        the file), the plain database stays as it was and in use: the context on it is
        returned, ``encryption_problem`` says why, and the next sign-in tries again."""
        if ctx.db.key is not None:
            return ctx
        key = new_data_key()
        keys = key_copies.build_key_file(ctx.db, key)
        ctx.db.close()
        self.db = None
        try:
            encrypt_database(self.data_dir, key, keys, progress)
        except StorageError as exc:
            log.warning("The database was not encrypted: %s", exc)
            self.encryption_problem = exc
            self.db = Database.open(self.data_dir)
            return replace(ctx, db=self.db)
        self.db, self.keys, self.key = Database.open(self.data_dir, key=key), keys, key
        self.encryption_problem = None
        return replace(ctx, db=self.db)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()

    def _open_db(self) -> Database:
        if self.db is None:
            self.db = Database.open(self.data_dir)
        return self.db

    def _unlock(self, keys: KeyFile, username: str, password: str, now: datetime
                ) -> ServiceContext:
        state = keys.attempts.get(username) or {}
        locked_until = _parse_time(state.get("locked_until"))
        if locked_until is not None and locked_until > now:
            raise AccountLockedError(minutes=accounts.minutes_left(locked_until, now))
        copies = keys.copies_of(username)
        key = None
        for copy in copies:
            key = unwrap_user_copy(copy, keys.device_id, password)
            if key is not None:
                break
        if key is None:
            if not copies:
                accounts.spend_check_time(password)
            self._count_wrong_password(keys, username, now)
        assert key is not None
        if not keys.matches(key):
            raise WrongDataKeyError(str(self.data_dir))
        self.key = key
        try:
            db = Database.open(self.data_dir, key=key)  # damaged: CorruptDatabaseError
        except CorruptDatabaseError:
            if not _key_reads_this_laptop(self.data_dir, key):
                self.key = None
                raise WrongDataKeyError(str(self.data_dir)) from None
            raise
        try:
            ctx = accounts.sign_in(db, keys.device_id, username, password, now=now)
        except BaseException:
            db.close()
            raise
        self.db = db
        finish_encryption(self.data_dir, key)
        # One write: repairs a key file a crash left behind, clears this user's attempts.
        self.keys = key_copies.refresh(db, forget_attempts_of=username)
        return ctx

    def _count_wrong_password(self, keys: KeyFile, username: str, now: datetime
                              ) -> NoReturn:
        if not keys.copies_of(username):  # unknown names are not written down
            raise AuthenticationError()
        failed = int((keys.attempts.get(username) or {}).get("failed", 0)) + 1
        lock = accounts.lock_duration(failed)
        until = now + lock if lock else None
        keys.attempts[username] = {"failed": failed,
                                   "locked_until": until.isoformat() if until else None}
        save_key_file(key_file_path(self.data_dir), keys)
        if until is not None:
            raise AccountLockedError(minutes=accounts.minutes_left(until, now))
        raise AuthenticationError()


def _key_reads_this_laptop(data_dir: Path, key: bytes) -> bool:
    """Whether ``key`` reads the database's first page or one of its encrypted backups.
    A key file copied whole from another laptop unwraps its own key with the same user
    name and password; that key reads none of them. (A database damaged in its first
    page is told apart by its backups.)"""
    files = [database_path(data_dir), *sorted(backups_dir(data_dir).glob(f"*{BACKUP_SUFFIX}"))]
    for path in files:
        if not is_encrypted_file(path):
            continue
        try:
            connect(path, key, read_only=True).close()
        except driver_errors():
            continue
        return True
    return False


def _parse_time(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None

