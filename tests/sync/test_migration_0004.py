"""Migration 0004 (sync): a database at 0003 keeps its device and bundle log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select

from enrollment_app.services.device_keys import device_identity
from enrollment_app.storage.data_dir import backups_dir, database_path
from enrollment_app.storage.database import Database
from enrollment_app.storage.engine import create_sqlite_engine
from enrollment_app.storage.migrate import upgrade_database
from enrollment_app.storage.models import AppliedUpdate, ExportedBundle

STAMP = "2026-11-01 08:00:00.000000"


def test_a_database_at_0003_upgrades_with_its_device_and_bundle_log(data_dir: Path) -> None:
    path = database_path(data_dir)
    engine = create_sqlite_engine(path)
    upgrade_database(engine, path, backups_dir(data_dir), target="0003")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO device (id, name, team, created_at, is_central, signing_key, "
            "central_public_key, settings) VALUES (?, ?, ?, ?, 0, ?, ?, '{}')",
            ("dev-1", "Tim Lama", "Tim A", STAMP, b"\x01" * 32, b"\x02" * 32))
        connection.execute(
            "INSERT INTO exported_bundles (sequence, created_at, created_by, kind, "
            "from_change_seq, to_change_seq, file_name, sha256, counts) "
            "VALUES (1, ?, 'user-1', 'daily', 0, 7, 'tim-lama-00001.bundle', ?, ?)",
            (STAMP, "ab" * 32, '{"participants": 7}'))
    connection.close()

    db = Database.open(data_dir)
    try:
        assert db.migration is not None and db.migration.from_revision == "0003"
        with db.session() as session:
            bundle = session.scalar(select(ExportedBundle))
            assert bundle is not None
            assert (bundle.to_change_seq, bundle.counts, bundle.bundle_id) == (
                7, {"participants": 7}, None)
            assert session.scalar(select(AppliedUpdate)) is None
        identity = device_identity(db)
        assert identity.secret == b"\x01" * 32
        assert identity.central_encryption_key == b"\x02" * 32
        assert identity.central_signing_key is None
    finally:
        db.close()
