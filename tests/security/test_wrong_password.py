"""Issue 11 item 7: a wrong password is refused without the database file being touched,
and the lock-out it leads to outlives a restart of the app."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from enrollment_app.services.accounts import FREE_ATTEMPTS, lock_duration
from enrollment_app.services.errors import AccountLockedError, AuthenticationError
from enrollment_app.services.unlock import DeviceAccess
from enrollment_app.storage.key_file import KEY_FILE, key_file_path, load_key_file
from tests.conftest import PASSWORD, SUPERVISOR
from tests.security.devices import Person, people_in, sign_in, snapshot

WRONG = "bukan-sandinya-9"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_a_wrong_password_leaves_the_database_file_untouched(sealed: Path) -> None:
    before = snapshot(sealed, skip=(KEY_FILE,))
    assert "enrollment.sqlite-wal" not in before  # closed cleanly: no WAL, no shared memory
    access = DeviceAccess.open(sealed)
    with pytest.raises(AuthenticationError):
        access.sign_in(SUPERVISOR, WRONG, now=NOW)
    assert access.db is None  # never opened
    assert snapshot(sealed, skip=(KEY_FILE,)) == before  # same bytes, same times, no -wal
    assert load_key_file(key_file_path(sealed)).attempts[SUPERVISOR]["failed"] == 1


def test_five_wrong_passwords_lock_the_account_even_after_a_restart(
        sealed: Path, known_people: list[Person]) -> None:
    before = snapshot(sealed, skip=(KEY_FILE,))
    access = DeviceAccess.open(sealed)
    for _ in range(FREE_ATTEMPTS - 1):
        with pytest.raises(AuthenticationError):
            access.sign_in(SUPERVISOR, WRONG, now=NOW)
    with pytest.raises(AccountLockedError):
        access.sign_in(SUPERVISOR, WRONG, now=NOW)
    assert snapshot(sealed, skip=(KEY_FILE,)) == before
    unlocks_at = NOW + lock_duration(FREE_ATTEMPTS)

    # The app restarts: the lock is read back from the key file, so the right password
    # is refused too until the time is up, still without opening the database.
    restarted = DeviceAccess.open(sealed)
    with pytest.raises(AccountLockedError):
        restarted.sign_in(SUPERVISOR, PASSWORD, now=unlocks_at - timedelta(seconds=5))
    assert restarted.db is None
    assert snapshot(sealed, skip=(KEY_FILE,)) == before

    ctx = sign_in(sealed, now=unlocks_at + timedelta(seconds=1))
    try:
        assert people_in(ctx) == sorted(known_people, key=lambda p: p.nik)
    finally:
        ctx.db.close()
    assert load_key_file(key_file_path(sealed)).attempts == {}  # counted from zero again
