"""The one place that builds database engines and sets their pragmas.

The driver is chosen here only, so the SQLCipher switch touches this module alone.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 5000

# Durability over speed: WAL with synchronous=FULL makes every commit survive a power cut.
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def create_sqlite_engine(path: Path, **kwargs: Any) -> Engine:
    """Engine for a local SQLite file with WAL, full sync and foreign keys on."""
    engine = create_engine(sqlite_url(path), poolclass=NullPool, **kwargs)
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
