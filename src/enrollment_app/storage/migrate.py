"""Bringing a database file to the schema this app version expects."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from enrollment_app.storage.backup import online_backup, timestamped_name

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNewError(RuntimeError):
    """The file was written by a newer version of the app; never migrate it down."""

    def __init__(self, revision: str) -> None:
        super().__init__(f"database schema {revision} is newer than this application")
        self.revision = revision


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_database(engine: Engine, db_path: Path | None, backup_dir: Path | None,
                     target: str = "head") -> MigrationReport:
    """Migrate to ``target``, backing the file up first when it holds an older schema."""
    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    current = current_revision(engine)
    if current is not None and current not in {r.revision for r in script.walk_revisions()}:
        raise DatabaseTooNewError(current)
    wanted = script.get_revision(target).revision if target != "head" else head_revision()
    if current == wanted:
        return MigrationReport(current, wanted, None)
    backup = None
    if db_path is not None and backup_dir is not None and _has_tables(engine):
        label = current or "unversioned"
        backup = online_backup(db_path, backup_dir / timestamped_name(f"pre-migrate-{label}"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    return MigrationReport(current, wanted, backup)


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())
