"""An opened, migrated local database: engine, sessions and the file's place."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from enrollment_app.storage.data_dir import backups_dir, database_path
from enrollment_app.storage.engine import create_sqlite_engine, is_encrypted_file
from enrollment_app.storage.errors import EncryptedDatabaseError, classify
from enrollment_app.storage.migrate import MigrationReport, upgrade_database
from enrollment_app.storage.session_hooks import (
    DEVICE_KEY,
    USER_KEY,
    AppSession,
    make_session_factory,
)


@dataclass
class Database:
    path: Path
    data_dir: Path
    engine: Engine
    session_factory: sessionmaker[AppSession]
    migration: MigrationReport | None = None
    # The data key of an encrypted (SQLCipher) file; None for a plain one. Unwrapped at
    # sign-in (services/unlock.py) and kept in memory only.
    key: bytes | None = None

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @classmethod
    def open(cls, data_dir: Path, *, key: bytes | None = None, migrate: bool = True
             ) -> Database:
        """Open (creating when needed) and migrate the database in ``data_dir``; an
        encrypted file needs its data ``key`` (EncryptedDatabaseError without one)."""
        path = database_path(data_dir)
        if key is None and is_encrypted_file(path):
            raise EncryptedDatabaseError(str(path))
        engine = create_sqlite_engine(path, key)
        report = None
        try:
            if migrate:
                report = upgrade_database(engine, path, backups_dir(data_dir), key=key)
            elif key is not None:
                with engine.connect():
                    pass  # a wrong key fails here, not at the first query
        except DBAPIError as exc:
            engine.dispose()
            _raise_classified(exc)
        except Exception:
            engine.dispose()
            raise
        return cls(path, data_dir, engine, make_session_factory(engine), report, key)

    @contextmanager
    def session(self, user_id: str | None = None, device_id: str | None = None
                ) -> Iterator[AppSession]:
        """One transaction: commit when the block ends, roll back on any error.

        Driver errors a user can act on (disk full, locked, read-only) are re-raised as
        ``StorageError`` subclasses.
        """
        session = self.session_factory()
        session.info[USER_KEY] = user_id
        session.info[DEVICE_KEY] = device_id
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            _raise_classified(exc)
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def _raise_classified(exc: DBAPIError) -> None:
    """Re-raise a driver error as the StorageError a user can act on, or unchanged."""
    error = classify(exc)
    if error is None:
        raise exc
    raise error from exc
