"""Signing in: disabled accounts, wrong passwords, lock-out that grows, own passwords."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from enrollment_app.services import accounts, user_admin
from enrollment_app.services.accounts import (
    FREE_ATTEMPTS,
    change_own_password,
    lock_duration,
    sign_in,
    verify_unlock,
)
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import (
    AccountLockedError,
    AuthenticationError,
    UnlockNotAllowedError,
    ValidationError,
)
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.models import User
from tests.conftest import PASSWORD, SUPERVISOR
from tests.staff import STAFF_PASSWORD, add_staff


def _user(ctx: ServiceContext, username: str) -> User:
    with ctx.read() as session:
        return session.execute(select(User).where(User.username == username)).scalar_one()


def test_a_disabled_user_cannot_log_in(supervisor: ServiceContext) -> None:
    add_staff(supervisor, "petugas", "field_officer")
    user_admin.disable_user(supervisor, "petugas")
    with pytest.raises(AuthenticationError):
        sign_in(supervisor.db, supervisor.device_id, "petugas", STAFF_PASSWORD)
    assert "petugas" not in accounts.list_usernames(supervisor.db)
    user_admin.enable_user(supervisor, "petugas")
    assert sign_in(supervisor.db, supervisor.device_id, "petugas", STAFF_PASSWORD)


def test_unknown_name_and_wrong_password_get_the_same_answer(
        supervisor: ServiceContext) -> None:
    messages = []
    for name, password in (("siapa", PASSWORD), (SUPERVISOR, "salah-sekali")):
        with pytest.raises(AuthenticationError) as caught:
            sign_in(supervisor.db, supervisor.device_id, name, password)
        messages.append(str(caught.value))
    assert messages[0] == messages[1]


@pytest.mark.parametrize(("failed", "minutes"), [
    (0, 0), (1, 0), (FREE_ATTEMPTS - 1, 0), (FREE_ATTEMPTS, 1), (FREE_ATTEMPTS + 1, 2),
    (FREE_ATTEMPTS + 2, 4), (FREE_ATTEMPTS + 4, 16), (FREE_ATTEMPTS + 5, 30),
    (FREE_ATTEMPTS + 50, 30),
])
def test_the_lock_grows_with_each_wrong_password(failed: int, minutes: int) -> None:
    assert lock_duration(failed) == timedelta(minutes=minutes)


def test_throttling_after_n_wrong_passwords(supervisor: ServiceContext) -> None:
    db, device = supervisor.db, supervisor.device_id
    now = utc_now()
    for _ in range(FREE_ATTEMPTS - 1):
        with pytest.raises(AuthenticationError):
            sign_in(db, device, SUPERVISOR, "salah-sekali", now=now)
    with pytest.raises(AccountLockedError) as locked:
        sign_in(db, device, SUPERVISOR, "salah-sekali", now=now)
    assert locked.value.params == {"minutes": 1}
    stored = _user(supervisor, SUPERVISOR)
    assert stored.failed_logins == FREE_ATTEMPTS
    assert stored.locked_until == now + timedelta(minutes=1)
    # While locked even the right password is refused, and the refusal is not counted.
    with pytest.raises(AccountLockedError):
        sign_in(db, device, SUPERVISOR, PASSWORD, now=now + timedelta(seconds=30))
    assert _user(supervisor, SUPERVISOR).failed_logins == FREE_ATTEMPTS
    # After the lock another wrong password locks for twice as long.
    later = now + timedelta(minutes=1, seconds=1)
    with pytest.raises(AccountLockedError) as again:
        sign_in(db, device, SUPERVISOR, "salah-lagi-1", now=later)
    assert again.value.params == {"minutes": 2}
    # The right password after the lock signs in and clears the count.
    ctx = sign_in(db, device, SUPERVISOR, PASSWORD, now=later + timedelta(minutes=3))
    assert ctx.actor.username == SUPERVISOR
    stored = _user(supervisor, SUPERVISOR)
    assert stored.failed_logins == 0 and stored.locked_until is None


def test_the_lock_survives_a_restart(supervisor: ServiceContext) -> None:
    from enrollment_app.storage.database import Database

    for _ in range(FREE_ATTEMPTS):
        with pytest.raises((AuthenticationError, AccountLockedError)):
            sign_in(supervisor.db, supervisor.device_id, SUPERVISOR, "salah-sekali")
    supervisor.db.close()
    reopened = Database.open(supervisor.db.data_dir)
    try:
        with pytest.raises(AccountLockedError):
            sign_in(reopened, supervisor.device_id, SUPERVISOR, PASSWORD)
    finally:
        reopened.close()


def test_a_supervisor_reset_lifts_the_lock_and_asks_for_a_new_password(
        supervisor: ServiceContext) -> None:
    add_staff(supervisor, "petugas", "field_officer")
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises((AuthenticationError, AccountLockedError)):
            sign_in(supervisor.db, supervisor.device_id, "petugas", "salah-sekali")
    user_admin.reset_password(supervisor, "petugas", "sementara-123")
    ctx = sign_in(supervisor.db, supervisor.device_id, "petugas", "sementara-123")
    assert accounts.must_change_password(supervisor.db, ctx.actor.user_id)
    with pytest.raises(ValidationError):
        change_own_password(ctx, "sementara-123", "sementara-123")
    change_own_password(ctx, "sementara-123", "pilihan-sendiri-5")
    assert not accounts.must_change_password(supervisor.db, ctx.actor.user_id)
    assert sign_in(supervisor.db, supervisor.device_id, "petugas", "pilihan-sendiri-5")
    with pytest.raises(AuthenticationError):
        sign_in(supervisor.db, supervisor.device_id, "petugas", "sementara-123")


def test_the_lock_screen_opens_for_the_same_user_or_a_supervisor(
        supervisor: ServiceContext) -> None:
    officer = add_staff(supervisor, "petugas", "field_officer")
    add_staff(supervisor, "pelatih", "trainer")
    assert verify_unlock(officer, "", STAFF_PASSWORD).username == "petugas"
    assert verify_unlock(officer, SUPERVISOR, PASSWORD).username == SUPERVISOR
    with pytest.raises(UnlockNotAllowedError):
        verify_unlock(officer, "pelatih", STAFF_PASSWORD)
    with pytest.raises(AuthenticationError):
        verify_unlock(officer, "", "salah-sekali")
    assert _user(supervisor, "petugas").failed_logins == 1
