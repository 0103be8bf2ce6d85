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
    if not isinstance(original, sqlite3.DatabaseError):
        return None
    text = str(original).lower()
    for marker, error_class in _MARKERS:
        if marker in text:
            return error_class(str(original))
    return None
