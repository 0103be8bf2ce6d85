"""The migration scripts build exactly the schema of the models, and upgrade old files."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.schema import CreateIndex

from enrollment_app.services.device_setup import initialize_device
from enrollment_app.services.participant_search import SearchQuery, search_participants
from enrollment_app.services.registration import register_participant
from enrollment_app.storage.data_dir import backups_dir, database_path
from enrollment_app.storage.database import Database
from enrollment_app.storage.engine import create_sqlite_engine
from enrollment_app.storage.migrate import HEAD_REVISION, head_revision, upgrade_database
from enrollment_app.storage.models import Base
from tests.conftest import PASSWORD, SUPERVISOR, make_draft


def _not_fts(name: str | None, kind: str, _parent: object) -> bool:
    """Autogenerate cannot see the FTS5 table and its shadow tables: leave them out (as
    migrations/env.py does)."""
    return not (kind == "table" and (name or "").startswith("participants_fts"))


def test_head_revision_constant_is_the_newest_script() -> None:
    assert head_revision() == HEAD_REVISION


def test_the_migrated_schema_is_what_the_models_describe(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "compare_type": True, "include_name": _not_fts})
        assert compare_metadata(context, Base.metadata) == []


def test_every_index_is_created_exactly_as_the_models_declare_it(db: Database) -> None:
    """compare_metadata does not look at the WHERE of partial indexes; the DDL does."""
    def tidy(sql: str) -> str:
        return re.sub(r"\s+", " ", sql).strip()

    declared = {index.name: tidy(str(CreateIndex(index).compile(dialect=db.engine.dialect)))
                for table in Base.metadata.tables.values() for index in table.indexes}
    with db.engine.connect() as connection:
        created = {name: tidy(sql) for name, sql in connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name NOT LIKE 'participants_fts%'")}
    assert created == declared
    assert "WHERE deleted_at IS NULL" in created["ix_participants_updated_live"]


def _person_at_0001(row_id: str, nik: str, name: str, deleted: bool = False
                    ) -> dict[str, object]:
    """A participants row as revision 0001 stores it (written with plain SQL: the models
    describe the newest schema, not that one)."""
    stamp = "2026-01-05 08:00:00.000000"
    return {
        "id": row_id, "origin_device_id": "device-1", "version": 1, "change_seq": 1,
        "created_at": stamp, "created_by": "user-1", "updated_at": stamp,
        "updated_by": "user-1", "deleted_at": stamp if deleted else None, "nik": nik,
        "kk": "3671010101090001", "full_name": name, "name_key": name.casefold(),
        "sex": "P", "birth_place": "Tangerang", "birth_date": "1990-02-15",
        "street": "Jl. Melati No. 5", "rt": "003", "rw": "007", "kecamatan_code": "36.71.01",
        "kelurahan_code": "36.71.01.1001", "outside_city": 0, "outside_region": "",
        "phone": "081234567890", "education": "sma", "employment": "", "marital_status": "",
        "household_role": "", "registry_status": "none", "desil": None, "assistance": "",
        "disability": "none", "consent_at": stamp, "consent_by": "user-1",
        "consent_purpose": "pendaftaran", "confirmed_warnings": "", "notes": "",
    }


def _rows(connection: sqlite3.Connection, table: str, columns: list[str]) -> list[tuple]:
    rows = connection.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
    return sorted(rows, key=repr)  # some FTS shadow tables have no rowid to order by


def test_a_database_at_0001_with_data_is_upgraded_with_the_data_intact(
        data_dir: Path) -> None:
    path = database_path(data_dir)
    engine = create_sqlite_engine(path)
    upgrade_database(engine, path, backups_dir(data_dir), target="0001")
    engine.dispose()
    people = [_person_at_0001("p-1", "3671015502900001", "Siti Rohaeni"),
              _person_at_0001("p-2", "3671015502900003", "Rohaeni Gone", deleted=True)]
    with sqlite3.connect(path) as connection:
        for person in people:
            connection.execute(
                f"INSERT INTO participants ({', '.join(person)}) "
                f"VALUES ({', '.join('?' for _ in person)})", tuple(person.values()))
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        old_columns = {table: [row[1] for row in connection.execute(
            f"PRAGMA table_info('{table}')")] for table in tables}
        before = {table: _rows(connection, table, columns)
                  for table, columns in old_columns.items() if table != "alembic_version"}
    connection.close()

    db = Database.open(data_dir)  # the normal start: migrates to the head
    try:
        assert db.migration is not None
        assert (db.migration.from_revision, db.migration.to_revision) == ("0001", HEAD_REVISION)
        assert db.migration.backup is not None and db.migration.backup.exists()
        with sqlite3.connect(path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            after = {table: _rows(connection, table, old_columns[table]) for table in before}
            triggers = {name for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        connection.close()
        assert after == before
        assert {"participants_fts_ai", "participants_fts_ad", "participants_fts_au"} <= triggers
        # The FTS index still points at the same rows, and new rows reach it.
        ctx = initialize_device(db, device_name="Tim Lama", supervisor_username=SUPERVISOR,
                                password=PASSWORD)
        [found] = search_participants(db, SearchQuery(text="rohaeni"))
        assert found.id == "p-1"
        new_id = register_participant(ctx, make_draft(
            nik="3671015502900002", full_name="Rohaeni Lestari", phone="081311112222"))
        assert [r.id for r in search_participants(db, SearchQuery(text="rohaeni"))] == [
            new_id, "p-1"]  # "rohaeni lestari" sorts before "siti rohaeni"
    finally:
        db.close()


def test_opening_an_up_to_date_database_does_not_import_alembic(db: Database) -> None:
    """Alembic costs ≈130 ms of start-up; only a migration needs it."""
    probe = ("import sys; from pathlib import Path; "
             "from enrollment_app.storage.database import Database; "
             f"db = Database.open(Path({str(db.data_dir)!r})); "
             "print(db.migration.from_revision, 'alembic' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True, timeout=60)
    assert result.stdout.split() == [HEAD_REVISION, "False"]
