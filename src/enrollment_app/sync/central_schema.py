"""The central office's database: every synced table of the devices, plus the registry.

Works on SQLite and PostgreSQL from one ``MetaData``. The synced tables are derived at
import time from the device models (``storage.models.SYNCED_MODELS``): same names, same
columns and types, so a column another issue adds to a device model travels to the
central office without a second definition. What differs on purpose:

- no foreign keys: a trainer's attendance mark may arrive before the laptop that
  registered the participant has sent its bundle;
- no unique constraints besides the primary key: the same NIK from two devices is kept
  twice and listed as a possible duplicate, never refused or merged;
- no check constraints, no length limits on strings, and every column but ``id``,
  ``origin_device_id`` and ``version`` nullable: the central office stores what a device
  signed, and a bundle from an older device version that lacks a newer column still
  merges;
- ``change_seq`` holds the number of the central import that last wrote the row (the
  central office's own change sequence).

The schema is created and upgraded by ``upgrade_central_schema``: ``create_all`` for
missing tables and ``ALTER TABLE ... ADD COLUMN`` for columns a newer app version added
to a table (always nullable, so always safe on both databases). Changing a column's type
is not automatic; ``CENTRAL_SCHEMA_VERSION`` records the layout for a future migration.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    inspect,
)
from sqlalchemy.schema import CreateColumn
from sqlalchemy.types import TypeEngine

from enrollment_app.storage.base import NAMING_CONVENTION, UUID_LENGTH, UTCDateTime
from enrollment_app.storage.models import SYNCED_MODELS

CENTRAL_SCHEMA_VERSION = 1
REQUIRED_COLUMNS = frozenset({"id", "origin_device_id", "version"})
# Columns that describe a row's history rather than its content: two rows that differ
# only here hold the same data.
BOOKKEEPING_COLUMNS = frozenset({
    "id", "origin_device_id", "version", "change_seq", "created_at", "created_by",
    "updated_at", "updated_by",
})
# Indexes the merge, the duplicate check and the reports need; nothing more, so bulk
# imports stay fast.
_EXTRA_INDEXES: dict[str, tuple[tuple[str, ...], ...]] = {
    "participants": (("nik",), ("kecamatan_code",)),
    "facilitations": (("program_id", "target_key"),),
    # The program dashboard's places per kecamatan and status (services/program_dashboard),
    # read from the index alone, as migration 0006 does on the devices.
    "applications": (("program_id", "kecamatan_code", "status", "deleted_at"),),
}

central_metadata = MetaData(naming_convention=NAMING_CONVENTION)
ID = String(UUID_LENGTH)


def _central_type(column: Column) -> TypeEngine:
    # Length limits are the devices' input rules; PostgreSQL would enforce them and turn
    # one long note into a refused bundle, so the archive keeps strings unbounded.
    return String() if isinstance(column.type, String) else column.type


def _synced_table(model: type) -> Table:
    source: Table = model.__table__  # type: ignore[attr-defined]
    columns = [
        Column(column.name, _central_type(column), primary_key=column.primary_key,
               nullable=column.name not in REQUIRED_COLUMNS)
        for column in source.columns
    ]
    table = Table(source.name, central_metadata, *columns)
    Index(f"ix_{source.name}_change_seq", table.c.change_seq)
    Index(f"ix_{source.name}_origin_device_id", table.c.origin_device_id)
    for names in _EXTRA_INDEXES.get(source.name, ()):
        Index(f"ix_{source.name}_{'_'.join(names)}", *(table.c[name] for name in names))
    return table


SYNCED_TABLES: dict[str, Table] = {
    model.__tablename__: _synced_table(model)  # type: ignore[attr-defined]
    for model in SYNCED_MODELS
}

# ----------------------------------------------------------------------- central tables
central_meta = Table(
    "central_meta", central_metadata,
    Column("key", String(50), primary_key=True),
    Column("value", String(200), nullable=False),
)

# Devices the central office provisioned. The signing key is pinned from the first
# accepted bundle (the device makes its key on first run, after provisioning).
central_devices = Table(
    "central_devices", central_metadata,
    Column("device_id", ID, primary_key=True),
    Column("name", String(100), nullable=False),
    Column("team", String(100), nullable=False, default=""),
    Column("registered_at", UTCDateTime(), nullable=False),
    Column("signing_public_key", LargeBinary, nullable=True),
    Column("key_pinned_at", UTCDateTime(), nullable=True),
    # The device's X25519 key from its latest bundle: updates back to it use this key.
    Column("encryption_public_key", LargeBinary, nullable=True),
    Column("active", Boolean, nullable=False, default=True),
)

# Every accepted bundle; rejected ones leave no trace here (the database stays as it was).
central_imports = Table(
    "central_imports", central_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("bundle_id", String(64), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("device_id", ID, nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("previous_bundle_sha256", String(64), nullable=True),
    # The hash the device's chain knows this bundle by: the original file's hash for a
    # re-created bundle (manifest original_sha256), else the file's own.
    Column("chain_sha256", String(64), nullable=False),
    Column("bundle_created_at", String(40), nullable=False),
    Column("created_by", String(100), nullable=False, default=""),
    Column("imported_at", UTCDateTime(), nullable=False),
    Column("file_name", String(300), nullable=False, default=""),
    Column("counts", JSON, nullable=False),  # as the manifest announced
    Column("per_kecamatan", JSON, nullable=False),
    Column("merged", JSON, nullable=False),  # table -> {inserted, updated, ...}
    Column("missing_sequences", JSON, nullable=False),  # the gap seen when it arrived
    UniqueConstraint("bundle_id", name="uq_central_imports_bundle_id"),
    UniqueConstraint("sha256", name="uq_central_imports_sha256"),
    UniqueConstraint("device_id", "sequence", name="uq_central_imports_device_sequence"),
)

# Concurrent edits of one record: both versions kept for a person to decide.
central_conflicts = Table(
    "central_conflicts", central_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("import_id", Integer, nullable=False, index=True),
    Column("table_name", String(50), nullable=False),
    Column("record_id", ID, nullable=False, index=True),
    Column("from_device_id", ID, nullable=False),
    Column("central_version", Integer, nullable=False),
    Column("incoming_version", Integer, nullable=False),
    Column("base_version", Integer, nullable=False),
    Column("central_values", JSON, nullable=False),
    Column("incoming_values", JSON, nullable=False),
    Column("changed_fields", JSON, nullable=False),
    Column("detected_at", UTCDateTime(), nullable=False),
    Column("status", String(20), nullable=False, default="open"),
)

# Two live participant records with the same NIK: listed, never merged.
central_possible_duplicates = Table(
    "central_possible_duplicates", central_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("nik", String(16), nullable=False, index=True),
    Column("participant_a", ID, nullable=False),
    Column("participant_b", ID, nullable=False),
    Column("device_a", ID, nullable=False),
    Column("device_b", ID, nullable=False),
    Column("import_id", Integer, nullable=False),
    Column("detected_at", UTCDateTime(), nullable=False),
    Column("status", String(20), nullable=False, default="open"),
    UniqueConstraint("participant_a", "participant_b", name="uq_central_dup_pair"),
)

# Two live business units with the same NIB from different records: listed, never merged
# (issue 10; added after ``central init`` shipped, so upgrade_central_schema creates it).
central_possible_duplicate_units = Table(
    "central_possible_duplicate_units", central_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("nib", String(13), nullable=False, index=True),
    Column("unit_a", ID, nullable=False),
    Column("unit_b", ID, nullable=False),
    Column("device_a", ID, nullable=False),
    Column("device_b", ID, nullable=False),
    Column("import_id", Integer, nullable=False),
    Column("detected_at", UTCDateTime(), nullable=False),
    Column("status", String(20), nullable=False, default="open"),
    UniqueConstraint("unit_a", "unit_b", name="uq_central_dup_unit_pair"),
)

# Every update written for a device (catalog and class rosters back to the field): the
# per-device sequence and the previous file's hash of the next update come from here.
# Recorded once the file is complete, so a failed or cancelled write leaves no row.
central_updates = Table(
    "central_updates", central_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("bundle_id", String(64), nullable=False),
    Column("device_id", ID, nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("previous_sha256", String(64), nullable=True),
    Column("file_name", String(300), nullable=False, default=""),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("created_by", String(100), nullable=False, default=""),
    Column("counts", JSON, nullable=False),  # table -> records in the update
    Column("class_ids", JSON, nullable=True),  # the classes chosen; null: every class
    UniqueConstraint("bundle_id", name="uq_central_updates_bundle_id"),
    UniqueConstraint("device_id", "sequence", name="uq_central_updates_device_sequence"),
)

# What ``central init`` made from the start; tables added later (central_updates) are
# created by ``upgrade_central_schema`` when an older central database is opened.
CENTRAL_TABLES = (central_meta, central_devices, central_imports, central_conflicts,
                  central_possible_duplicates)


def upgrade_central_schema(engine: Engine) -> list[str]:
    """Create missing tables, add missing (nullable) columns and missing indexes; return
    what was added."""
    inspector = inspect(engine)
    existing_tables = set(inspector.get_table_names())
    added: list[str] = []
    with engine.begin() as connection:
        central_metadata.create_all(connection)
        for table in central_metadata.sorted_tables:
            if table.name not in existing_tables:
                added.append(table.name)
                continue
            have = {column["name"] for column in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name not in have:
                    _add_column(connection, table, column)
                    added.append(f"{table.name}.{column.name}")
            indexes = {index["name"] for index in inspector.get_indexes(table.name)}
            for index in table.indexes:
                if index.name not in indexes:
                    index.create(connection)
                    added.append(str(index.name))
        version = connection.execute(
            central_meta.select().where(central_meta.c.key == "schema_version")).first()
        if version is None:
            connection.execute(central_meta.insert().values(
                key="schema_version", value=str(CENTRAL_SCHEMA_VERSION)))
    return added


def _add_column(connection: Connection, table: Table, column: Column) -> None:
    preparer = connection.dialect.identifier_preparer
    spec = CreateColumn(column).compile(dialect=connection.dialect)
    connection.exec_driver_sql(f"ALTER TABLE {preparer.format_table(table)} ADD COLUMN {spec}")


def is_central_database(engine: Engine) -> bool:
    """True when the database holds the central registry (``central init`` was run)."""
    names = set(inspect(engine).get_table_names())
    return {table.name for table in CENTRAL_TABLES} <= names
