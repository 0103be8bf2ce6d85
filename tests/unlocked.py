"""Reaching into an encrypted test device the way a test needs to: the data key from the
key file (with a user's password), a raw keyed connection, a keyed Database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from enrollment_app.storage.data_dir import database_path
from enrollment_app.storage.database import Database
from enrollment_app.storage.engine import connect, is_encrypted_file
from enrollment_app.storage.key_file import key_file_path, load_key_file, unwrap_user_copy
from tests.conftest import PASSWORD, SUPERVISOR


def data_key(data_dir: Path, username: str = SUPERVISOR, password: str = PASSWORD
             ) -> bytes | None:
    """The data key of the device in ``data_dir``; None while its database is plain."""
    if not is_encrypted_file(database_path(data_dir)):
        return None
    keys = load_key_file(key_file_path(data_dir))
    for copy in keys.copies_of(username):
        key = unwrap_user_copy(copy, keys.device_id, password)
        if key is not None:
            return key
    raise AssertionError(f"{username} cannot unlock {data_dir}")


def raw_connection(data_dir: Path, username: str = SUPERVISOR, password: str = PASSWORD
                   ) -> Any:
    """A DB-API connection to the device's database file (keyed when encrypted)."""
    return connect(database_path(data_dir), data_key(data_dir, username, password))


def open_database(data_dir: Path, username: str = SUPERVISOR, password: str = PASSWORD,
                  **kwargs: Any) -> Database:
    return Database.open(data_dir, key=data_key(data_dir, username, password), **kwargs)


@contextmanager
def keyed(data_dir: Path, username: str = SUPERVISOR, password: str = PASSWORD
          ) -> Iterator[Any]:
    """``with keyed(dir) as connection``: one transaction on the device's file, committed
    at the end of the block (like ``with sqlite3.connect(...)``), then closed."""
    connection = raw_connection(data_dir, username, password)
    try:
        with connection:
            yield connection
    finally:
        connection.close()
