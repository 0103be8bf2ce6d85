"""Consistent copies of the live database with SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path


def online_backup(source: Path, destination: Path) -> Path:
    """Copy ``source`` to ``destination`` page by page while others may be writing.

    A file copy of a WAL database can miss committed pages still in the -wal file; the
    backup API reads through SQLite and yields a consistent snapshot. The copy is
    written beside the destination first and renamed, so a crash never leaves a
    half-written file under the final name.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(destination)
    return destination


def timestamped_name(prefix: str) -> str:
    return f"{prefix}-{datetime.now():%Y%m%d-%H%M%S-%f}.sqlite"
