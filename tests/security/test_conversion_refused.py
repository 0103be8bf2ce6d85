"""A conversion that cannot run now (the file is held by another program) leaves the
plain database in use, says why, and runs at the next sign-in."""

from __future__ import annotations

from pathlib import Path

from enrollment_app.services.context import ServiceContext
from enrollment_app.services.registration import find_by_nik, register_participant
from enrollment_app.services.unlock import DeviceAccess
from enrollment_app.storage.data_dir import database_path
from enrollment_app.storage.engine import is_encrypted_file
from enrollment_app.storage.errors import DatabaseLockedError
from enrollment_app.storage.key_file import key_file_path
from tests.conftest import PASSWORD, SUPERVISOR, VALID_NIK, make_draft
from tests.resilience.crash_harness import holding


def test_a_held_database_stays_plain_and_usable_and_is_encrypted_next_time(
        supervisor: ServiceContext, data_dir: Path) -> None:
    register_participant(supervisor, make_draft())
    nik = VALID_NIK
    supervisor.db.close()
    access = DeviceAccess.open(data_dir)
    with holding(data_dir):
        ctx = access.sign_in(SUPERVISOR, PASSWORD)
    assert isinstance(access.encryption_problem, DatabaseLockedError)
    assert not is_encrypted_file(database_path(data_dir))
    assert not key_file_path(data_dir).exists()
    assert find_by_nik(ctx, nik) is not None, "the plain database is in use as before"
    ctx.db.close()

    again = DeviceAccess.open(data_dir)
    ctx = again.sign_in(SUPERVISOR, PASSWORD)
    try:
        assert again.encryption_problem is None and ctx.db.key is not None
        assert is_encrypted_file(database_path(data_dir))
        assert find_by_nik(ctx, nik) is not None
    finally:
        ctx.db.close()
