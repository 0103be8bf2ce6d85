"""Storage failures a user can act on, told apart from bugs.

Everything else stays an exception with a traceback for the log.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlalchemy.exc import DBAPIError

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP


class StorageError(RuntimeError):
    """A storage problem with a message for the user (English source, "storage" context)."""

    message = QT_TRANSLATE_NOOP("storage", "The database could not be written.")

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        return translate("storage", self.message) if translate else self.message


class DiskFullError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "storage", "The disk is full. Free some space, then try again; nothing was saved.")


class DatabaseLockedError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "storage", "The database is in use by another program or window. Close it and "
        "try again; nothing was saved.")


class ReadOnlyError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "storage", "The database folder cannot be written to (read-only). Nothing was saved.")


class CorruptDatabaseError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "storage", "The database file is damaged. Restore the latest backup.")


class EncryptedDatabaseError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "storage", "The database is encrypted: sign in with your password to open it.")


class WrongDataKeyError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "storage", "The key file beside the database does not belong to this database "
                   "(copied from another laptop, or damaged). Nothing was changed; ask "
                   "the central office for a recovery file.")


_MARKERS: tuple[tuple[str, type[StorageError]], ...] = (
    ("database or disk is full", DiskFullError),
    ("database is locked", DatabaseLockedError),
    ("database table is locked", DatabaseLockedError),
    ("readonly database", ReadOnlyError),
    ("unable to open database", ReadOnlyError),
    ("file is not a database", CorruptDatabaseError),
    ("database disk image is malformed", CorruptDatabaseError),
)


def classify(exc: BaseException) -> StorageError | None:
    """Return the user-facing error for a driver exception, or None for a bug."""
    # OperationalError for most; DatabaseError for "file is not a database" on connect.
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, driver_errors()):
        return None
    text = str(original).lower()
    for marker, error_class in _MARKERS:
        if marker in text:
            return error_class(str(original))
    return None


def driver_errors() -> tuple[type[BaseException], ...]:
    """The DatabaseError of sqlite3 and of SQLCipher (a distinct class with the same meaning),
    for ``except``; every driver failure on a file is one of these.
    """
    types: tuple[type[BaseException], ...] = (sqlite3.DatabaseError,)
    try:
        from sqlcipher3 import dbapi2
    except ImportError:  # pragma: no cover - sqlcipher3 is a dependency
        return types
    return (*types, dbapi2.DatabaseError)
