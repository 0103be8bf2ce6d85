"""The audit trail is chained: editing any entry by hand is detected."""

from __future__ import annotations

import sqlite3

from enrollment_app.services.audit_verify import verify_audit_chain
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.models import BusinessUnit


def _make_history(ctx: ServiceContext) -> str:
    with ctx.write() as session:
        unit = BusinessUnit(name="Payet Kelompok Mawar")
        session.add(unit)
    for name in ("Payet Mawar", "Payet Mawar Indah"):
        with ctx.write() as session:
            session.get(BusinessUnit, unit.id).name = name
    return unit.id


def test_intact_chain_verifies(supervisor: ServiceContext) -> None:
    _make_history(supervisor)
    result = verify_audit_chain(supervisor.db)
    assert result.first_break is None
    assert result.entries == 4  # supervisor account + create + two updates


def test_update_records_old_and_new_values(supervisor: ServiceContext) -> None:
    unit_id = _make_history(supervisor)
    with sqlite3.connect(supervisor.db.path) as connection:
        rows = connection.execute("SELECT action, changes FROM audit_log WHERE record_id=? "
                                  "ORDER BY seq", (unit_id,)).fetchall()
    assert rows[-1][0] == "update"
    assert '"name": ["Payet Mawar", "Payet Mawar Indah"]' in rows[-1][1]


def test_editing_an_entry_by_raw_sql_is_detected_at_that_entry(
        supervisor: ServiceContext) -> None:
    _make_history(supervisor)
    with sqlite3.connect(supervisor.db.path) as connection:
        connection.execute("UPDATE audit_log SET changes = replace(changes, 'Indah', 'Jaya') "
                           "WHERE seq = 4")
    result = verify_audit_chain(supervisor.db)
    assert result.first_break is not None and result.first_break.seq == 4


def test_deleting_an_entry_is_detected_at_the_next_one(supervisor: ServiceContext) -> None:
    _make_history(supervisor)
    with sqlite3.connect(supervisor.db.path) as connection:
        connection.execute("DELETE FROM audit_log WHERE seq = 2")
    result = verify_audit_chain(supervisor.db)
    assert result.first_break is not None and result.first_break.seq == 3


def test_passwords_never_enter_the_audit_trail(supervisor: ServiceContext) -> None:
    with sqlite3.connect(supervisor.db.path) as connection:
        (changes,) = connection.execute(
            "SELECT changes FROM audit_log WHERE table_name='users'").fetchone()
    assert "argon2" not in changes and '"password_hash": [null, "***"]' in changes
