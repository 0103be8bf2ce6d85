"""The one place that builds database engines, opens raw connections and sets pragmas.

The driver is chosen here only. A local database with a data key is opened through
SQLCipher (``sqlcipher3``, a build of SQLite with page encryption); without a key, and
for the central office, through the standard ``sqlite3`` module. The key is given raw
(``x'...'``), so opening a connection runs no key-derivation function: the slow,
password-based step happens once, at sign-in (storage/key_file.py).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool, QueuePool

BUSY_TIMEOUT_MS = 5000
POOL_SIZE = 2  # the GUI thread and one background job
DATA_KEY_BYTES = 32
# The first 16 bytes of every plain SQLite file; an SQLCipher file starts with its salt.
PLAIN_HEADER = b"SQLite format 3\x00"

# Durability over speed: WAL with synchronous=FULL makes every commit survive a power cut.
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


def _cipher_module() -> Any:
    from sqlcipher3 import dbapi2  # only when a key is used: the plain path stays light

    return dbapi2


def is_encrypted_file(path: Path) -> bool:
    """True when ``path`` exists, is not empty and does not start like a plain SQLite file."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return False
    return bool(head) and head != PLAIN_HEADER


def key_literal(key: bytes) -> str:
    """SQLCipher's spelling of a raw key (no key derivation when opening)."""
    if len(key) != DATA_KEY_BYTES:
        raise ValueError("a data key has 32 bytes")
    return f"x'{key.hex()}'"


def key_pragma(key: bytes) -> str:
    return f'PRAGMA key = "{key_literal(key)}"'


def apply_key(connection: Any, key: bytes) -> None:
    """Key a fresh SQLCipher connection (before anything reads the file). SQLCipher's own
    log would print every wrong key on stderr; the caller reports the failure instead."""
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(key_pragma(key))



def connect(path: Path, key: bytes | None = None, *, read_only: bool = False,
            timeout: float = 5.0, cipher: bool = False) -> Any:
    """A raw DB-API connection to ``path`` (read-only when asked), keyed when ``key``.
    ``cipher`` asks for SQLCipher's driver for a plain file too (``sqlcipher_export``).

    With a key, a wrong key or a plain file fails here with "file is not a database"."""
    # Only read-only needs a URI; a plain path is safer with unusual folder names.
    target = f"file:{path}?mode=ro" if read_only else str(path)
    module = _cipher_module() if key is not None or cipher else sqlite3
    connection = module.connect(target, uri=read_only, timeout=timeout)
    if key is None:
        return connection
    try:
        apply_key(connection, key)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        connection.close()
        raise
    return connection


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def create_sqlite_engine(path: Path, key: bytes | None = None, **kwargs: Any) -> Engine:
    """Engine for a local SQLite file with WAL, full sync and foreign keys on; encrypted
    with SQLCipher when ``key`` (32 random bytes) is given."""
    if key is None:
        engine = create_engine(sqlite_url(path), poolclass=NullPool, **kwargs)
    else:
        module = _cipher_module()

        def keyed_connection() -> Any:
            # Pooled connections move between the GUI thread and background jobs (one
            # thread at a time), hence check_same_thread=False.
            connection = module.connect(str(path), check_same_thread=False)
            apply_key(connection, key)
            return connection

        # A pool keeps each connection's page cache, whose pages are already checked and
        # decrypted: a new connection per session would decrypt every page it reads
        # again (bench/bench_encryption.py: the search's p95 about halves).
        engine = create_engine("sqlite+pysqlite://", creator=keyed_connection,
                               module=module, poolclass=QueuePool, pool_size=POOL_SIZE,
                               **kwargs)
    _install_sqlite_listeners(engine)
    return engine


def create_engine_for_url(url: str, **kwargs: Any) -> Engine:
    """Engine for a SQLAlchemy URL (the central office: SQLite or PostgreSQL)."""
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        if path and path != ":memory:":
            return create_sqlite_engine(Path(path), **kwargs)
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _install_sqlite_listeners(engine)
    return engine


def _install_sqlite_listeners(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Take transaction control from the driver so pragmas run outside a transaction
        # and SQLAlchemy's BEGIN below starts every transaction explicitly.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")
