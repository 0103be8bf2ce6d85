"""The local database file: pragmas, migrations, durability of one transaction."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.database import Database
from enrollment_app.storage.migrate import DatabaseTooNewError, head_revision
from enrollment_app.storage.models import (
    SYNCED_MODELS,
    AuditEntry,
    BusinessUnit,
    ChangeCounter,
    Participant,
)
from enrollment_app.storage.session_hooks import AnonymousWriteError, PhysicalDeleteError


def test_fresh_database_is_migrated_to_head_with_durable_pragmas(db: Database) -> None:
    assert db.migration is not None and db.migration.from_revision is None
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
        assert version.scalar() == head_revision()


def test_every_synced_table_has_the_sync_columns(db: Database) -> None:
    required = {"id", "origin_device_id", "version", "change_seq", "created_at",
                "created_by", "updated_at", "updated_by", "deleted_at"}
    with db.engine.connect() as connection:
        for model in SYNCED_MODELS:
            rows = connection.exec_driver_sql(f"PRAGMA table_info({model.__tablename__})")
            assert required <= {row[1] for row in rows}, model.__tablename__


def test_reopening_a_current_database_migrates_nothing_and_backs_up_nothing(
        data_dir: Path, db: Database) -> None:
    again = Database.open(data_dir)
    assert again.migration is not None and again.migration.backup is None
    assert again.migration.from_revision == head_revision()
    again.close()


def test_older_schema_is_backed_up_before_upgrade(data_dir: Path,
                                                  supervisor: ServiceContext) -> None:
    supervisor.db.close()
    with sqlite3.connect(data_dir / "enrollment.sqlite") as connection:
        # Pretend the file predates the schema: alembic sees no version and upgrades.
        connection.execute("DELETE FROM alembic_version")
    with pytest.raises(Exception, match="already exists"):
        Database.open(data_dir)  # the upgrade fails, but only after the backup
    backups = list((data_dir / "backups").glob("pre-migrate-unversioned-*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT count(*) FROM users").fetchone()[0] == 1


def test_database_from_a_newer_app_is_refused_untouched(data_dir: Path, db: Database) -> None:
    db.close()
    path = data_dir / "enrollment.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num='9999_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError):
        Database.open(data_dir)
    assert path.read_bytes() == before


def test_an_error_inside_a_transaction_leaves_nothing_half_written(
        supervisor: ServiceContext) -> None:
    db = supervisor.db
    with pytest.raises(RuntimeError), supervisor.write() as session:
        session.add(BusinessUnit(name="Warung Bu Siti"))
        session.flush()  # written inside the transaction, audit entry too
        raise RuntimeError("power cut in the middle of the action")
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(BusinessUnit)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEntry)
                              .where(AuditEntry.table_name == "business_units")) == 0


def test_a_constraint_violation_rolls_back_the_whole_action(
        supervisor: ServiceContext) -> None:
    with pytest.raises(Exception, match="CHECK constraint"), supervisor.write() as session:
        session.add(BusinessUnit(name="Konveksi Ibu Ani"))
        session.add(Participant(nik="123", full_name="x", name_key="x", sex="X",
                                birth_date=utc_now().date(), consent_at=utc_now(),
                                consent_by=supervisor.actor.user_id, consent_purpose="p"))
    with supervisor.read() as session:
        assert session.scalar(select(func.count()).select_from(BusinessUnit)) == 0


def test_writes_are_stamped_with_user_device_version_and_change_sequence(
        supervisor: ServiceContext) -> None:
    with supervisor.write() as session:
        unit = BusinessUnit(name="Katering Melati")
        session.add(unit)
    first_seq = unit.change_seq
    assert unit.created_by == supervisor.actor.user_id == unit.updated_by
    assert unit.origin_device_id == supervisor.device_id
    assert unit.version == 1
    with supervisor.write() as session:
        session.get(BusinessUnit, unit.id).name = "Katering Melati Jaya"
    with supervisor.read() as session:
        again = session.get(BusinessUnit, unit.id)
        assert again.version == 2
        assert again.change_seq > first_seq
        assert session.get(ChangeCounter, 1).value == again.change_seq


def test_a_write_without_a_signed_in_user_is_refused(db: Database) -> None:
    with pytest.raises(AnonymousWriteError), db.session() as session:
        session.add(BusinessUnit(name="Tanpa Pengguna"))


def test_synced_rows_are_tombstoned_never_deleted(supervisor: ServiceContext) -> None:
    with supervisor.write() as session:
        unit = BusinessUnit(name="Salon Ayu")
        session.add(unit)
    with pytest.raises(PhysicalDeleteError), supervisor.write() as session:
        session.delete(session.get(BusinessUnit, unit.id))
    with supervisor.write() as session:
        session.get(BusinessUnit, unit.id).deleted_at = utc_now()
    with supervisor.read() as session:
        actions = session.scalars(select(AuditEntry.action)
                                  .where(AuditEntry.record_id == unit.id)
                                  .order_by(AuditEntry.seq)).all()
    assert actions == ["create", "delete"]

