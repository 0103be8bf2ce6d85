"""What must hold in a device database after any fault."""

from __future__ import annotations

from pathlib import Path

from enrollment_app.services.audit_verify import verify_audit_chain
from enrollment_app.storage.data_dir import database_path
from enrollment_app.storage.database import Database
from tests.resilience.crash_harness import integrity, scalar

VERSIONED = ("participants", "attendance_marks", "business_units")


def assert_whole(data_dir: Path) -> None:
    """The device database after a crash: sound, and no row without its audit trail."""
    path = database_path(data_dir)
    assert integrity(path) == "ok"
    for table in VERSIONED:
        # One audit entry per version step (create/update/delete), written in the same
        # transaction as the row: a row whose count differs was half saved.
        mismatched = scalar(path, f"""
            SELECT count(*) FROM {table} AS t WHERE t.version != (
              SELECT count(*) FROM audit_log AS a WHERE a.table_name = '{table}'
              AND a.record_id = t.id AND a.action IN ('create', 'update', 'delete'))""")
        assert mismatched == 0, table
    db = Database.open(data_dir)
    try:
        assert verify_audit_chain(db).first_break is None
    finally:
        db.close()
