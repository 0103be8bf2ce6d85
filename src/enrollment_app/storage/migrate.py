"""Bringing a database file to the schema this app version expects.

Alembic is imported only when the file is not at ``HEAD_REVISION``: on an up-to-date
database (every start but the first after an update) the check is one SELECT, and the
≈130 ms of Alembic's imports are not paid.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect

from enrollment_app.storage.backup import online_backup, timestamped_name

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest script in migrations/versions (a storage test checks it against Alembic).
HEAD_REVISION = "0009"
VERSION_TABLE = "alembic_version"


class DatabaseTooNewError(RuntimeError):
    """The file was written by a newer version of the app; never migrate it down."""

    def __init__(self, revision: str) -> None:
        super().__init__(f"database schema {revision} is newer than this application")
        self.revision = revision


class MigrationForeignKeyError(RuntimeError):
    """A migration left a row pointing at nothing; it was rolled back (a bug)."""


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The head according to the migration scripts (imports Alembic)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    """The file's schema revision; None for a new file or one Alembic never stamped."""
    with engine.connect() as connection:
        if not connection.dialect.has_table(connection, VERSION_TABLE):
            return None
        return connection.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalar()


def upgrade_database(engine: Engine, db_path: Path | None, backup_dir: Path | None,
                     target: str = "head", key: bytes | None = None) -> MigrationReport:
    """Migrate to ``target``, backing the file up first when it holds an older schema."""
    current = current_revision(engine)
    if current == HEAD_REVISION and target in ("head", HEAD_REVISION):
        return MigrationReport(current, current, None)
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    if current is not None and current not in {r.revision for r in script.walk_revisions()}:
        raise DatabaseTooNewError(current)
    wanted = (script.get_current_head() if target == "head"
              else script.get_revision(target).revision) or ""
    if current == wanted:
        return MigrationReport(current, wanted, None)
    backup = None
    if db_path is not None and backup_dir is not None and _has_tables(engine):
        label = current or "unversioned"
        backup = online_backup(db_path, backup_dir / timestamped_name(f"pre-migrate-{label}"),
                               key)
    with engine.connect() as connection:
        # Batch migrations copy a table and drop the old one; with foreign keys on, that
        # drop deletes (or refuses for) every row pointing at it. SQLite only switches
        # them off outside a transaction; the check below stands in for them instead.
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        with connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
            if broken is not None:
                raise MigrationForeignKeyError(str(tuple(broken)))
    return MigrationReport(current, wanted, backup)


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())
