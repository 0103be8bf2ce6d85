"""Issue 11 item 7: after people are registered on a sealed laptop, no file in its data
folder (the database, its WAL, the backups, the logs) holds their NIK, KK or name.

The same search finds them all in the plain database before it is sealed, so the search
would see a leak."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from enrollment_app.services.backups import back_up_now
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.registration import find_by_nik
from enrollment_app.storage.backup import BACKUP_SUFFIX, count_live_participants
from enrollment_app.storage.data_dir import backups_dir, database_path, logs_dir
from enrollment_app.storage.engine import is_encrypted_file
from enrollment_app.storage.models import Participant
from enrollment_app.ui.crash_report import log
from tests.security.devices import Person, found_in, register_known, sign_in
from tests.unlocked import data_key, raw_connection

LATER_NAMES = ("Wulan Anggraeni", "Purnamasari Ambarwati", "Cahya Kusumawardani")


def test_no_file_of_a_sealed_laptop_holds_a_nik_kk_or_name(
        data_dir: Path, supervisor: ServiceContext, known_people: list[Person],
        debug_log: Path) -> None:
    back_up_now(supervisor)  # a plain backup, made before the upgrade
    log_work(supervisor)
    supervisor.db.close()
    # Control: the plain database and its backup hold every NIK, KK and name in clear.
    plain = database_path(data_dir).read_bytes()
    clear = [f"{label} of {p.full_name}" for p in known_people for label in ("NIK", "KK", "name")]
    assert set(clear) <= set(found_in(plain, known_people))
    for backup in backups_dir(data_dir).glob(f"*{BACKUP_SUFFIX}"):
        assert set(clear) <= set(found_in(backup.read_bytes(), known_people))

    ctx = sign_in(data_dir)  # seals
    # A second connection stays open, so the registrations below stay in the -wal file
    # (the last connection to close would checkpoint it into the database file).
    keeper = raw_connection(data_dir)
    try:
        later = [register_known(ctx, serial, name)
                 for serial, name in enumerate(LATER_NAMES, start=201)]
        back_up_now(ctx)
        log_work(ctx)
        wal = database_path(data_dir).with_name(database_path(data_dir).name + "-wal")
        assert wal.stat().st_size > 4096 * len(later)  # fresh pages, not yet checkpointed
        everyone = known_people + later
        assert all(find_by_nik(ctx, p.nik) for p in everyone)  # the data is there
        assert_no_file_holds(data_dir, everyone)
    finally:
        keeper.close()
        ctx.db.close()
    assert_no_file_holds(data_dir, everyone)  # also once checkpointed and closed

    assert is_encrypted_file(database_path(data_dir))
    backups = sorted(backups_dir(data_dir).glob(f"*{BACKUP_SUFFIX}"))
    assert len(backups) == 2  # the plain one (encrypted in place) and the new one
    key = data_key(data_dir)
    assert all(is_encrypted_file(b) for b in backups)
    assert sorted(count_live_participants(b, key) or 0 for b in backups) == [3, 6]
    log_text = "".join(p.read_text(encoding="utf-8") for p in logs_dir(data_dir).iterdir())
    assert "IntegrityError" in log_text  # the log was written


def log_work(ctx: ServiceContext) -> None:
    """What the app logs while people work, including a database error quoting a row's
    values (the likeliest way for a name to reach the log)."""
    log.info("Signed in: %s on device %s", ctx.actor.username, ctx.device_id)
    try:
        with ctx.write() as session:
            person = session.scalars(select(Participant).limit(1)).one()
            values = {c.name: getattr(person, c.name) for c in Participant.__table__.columns
                      if c.name != "id"}
            session.add(Participant(**values))  # the same NIK again: refused
    except IntegrityError as error:
        log.error("Saving failed", exc_info=error)
    else:  # pragma: no cover - the unique NIK index must refuse it
        pytest.fail("a second row with the same NIK was stored")


def assert_no_file_holds(data_dir: Path, people: list[Person]) -> None:
    files = [p for p in sorted(data_dir.rglob("*")) if p.is_file()]
    names = {p.name for p in files}
    assert {"enrollment.sqlite", "enrollment.keys", "enrollment-app.log"} <= names
    for file in files:
        assert found_in(file.read_bytes(), people) == [], file.name
