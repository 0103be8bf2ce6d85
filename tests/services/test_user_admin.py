"""Supervisors add, disable, enable and reset accounts; every change is audited."""

from __future__ import annotations

import sqlite3

import pytest

from enrollment_app.services import user_admin
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ServiceError,
    ValidationError,
)
from tests.conftest import SUPERVISOR
from tests.staff import add_staff


def _codes(error: ValidationError) -> set[str]:
    return {p.code for p in error.problems}


def test_added_users_are_listed_with_their_roles(supervisor: ServiceContext) -> None:
    added = user_admin.add_user(supervisor, username=" Petugas.Satu ", password="lapangan-77",
                                role="field_officer", full_name="Dewi  Lestari")
    assert added.username == "petugas.satu" and added.full_name == "Dewi Lestari"
    users = {u.username: u for u in user_admin.list_users(supervisor)}
    assert users.keys() == {SUPERVISOR, "petugas.satu"}
    assert users["petugas.satu"].role == "field_officer" and users["petugas.satu"].active
    assert not users["petugas.satu"].must_change_password


@pytest.mark.parametrize(("username", "password", "role", "code"), [
    ("a", "lapangan-77", "trainer", "username.format"),
    ("Budi Santoso", "lapangan-77", "trainer", "username.format"),
    ("budi", "pendek", "trainer", "password.short"),
    ("budi", "budi", "trainer", "password.short"),
    ("budi1234", "BUDI1234", "trainer", "password.weak"),
    ("budi", "aaaaaaaaaa", "trainer", "password.weak"),
    ("budi", "lapangan-77", "admin", "role.unknown"),
    (SUPERVISOR, "lapangan-77", "trainer", "username.taken"),
])
def test_refused_accounts_say_why(supervisor: ServiceContext, username: str, password: str,
                                  role: str, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        user_admin.add_user(supervisor, username=username, password=password, role=role)
    assert code in _codes(refused.value)


def test_a_disabled_name_stays_taken(supervisor: ServiceContext) -> None:
    add_staff(supervisor, "petugas", "field_officer")
    user_admin.disable_user(supervisor, "petugas")
    with pytest.raises(ValidationError) as refused:
        user_admin.add_user(supervisor, username="petugas", password="lapangan-77",
                            role="trainer")
    assert "username.taken" in _codes(refused.value)


def test_supervisors_cannot_lock_everyone_out(supervisor: ServiceContext) -> None:
    with pytest.raises(ServiceError, match="own account"):
        user_admin.disable_user(supervisor, SUPERVISOR)
    second = add_staff(supervisor, "wakil", "supervisor")
    with pytest.raises(ServiceError, match="own account"):
        user_admin.disable_user(second, "wakil")
    user_admin.disable_user(second, SUPERVISOR)  # another active supervisor remains
    with pytest.raises(NotFoundError):
        user_admin.disable_user(second, "tidak-ada")


def test_a_disabled_supervisor_with_an_open_window_can_do_nothing(
        supervisor: ServiceContext) -> None:
    second = add_staff(supervisor, "wakil", "supervisor")
    user_admin.disable_user(second, SUPERVISOR)
    # The first supervisor's window is still open, but a disabled account can do nothing.
    with pytest.raises(PermissionDeniedError):
        user_admin.disable_user(supervisor, "wakil")
    with pytest.raises(PermissionDeniedError):
        user_admin.enable_user(supervisor, SUPERVISOR)


def test_reset_password_checks_the_rules(supervisor: ServiceContext) -> None:
    add_staff(supervisor, "petugas", "field_officer")
    with pytest.raises(ValidationError) as refused:
        user_admin.reset_password(supervisor, "petugas", "123")
    assert _codes(refused.value) == {"password.short"}
    reset = user_admin.reset_password(supervisor, "petugas", "sementara-1")
    assert reset.must_change_password


def test_account_changes_are_in_the_audit_trail_without_passwords(
        supervisor: ServiceContext) -> None:
    add_staff(supervisor, "petugas", "field_officer")
    user_admin.disable_user(supervisor, "petugas")
    user_admin.reset_password(supervisor, "petugas", "sementara-1")
    with sqlite3.connect(supervisor.db.path) as connection:
        rows = connection.execute(
            "SELECT action, changes, user_id FROM audit_log WHERE table_name='users' "
            "ORDER BY seq").fetchall()
    changes = [row[1] for row in rows]
    assert any('"active": [true, false]' in c for c in changes)
    assert any('"must_change_password": [false, true]' in c for c in changes)
    assert all("argon2" not in c for c in changes)
    assert rows[-1][2] == supervisor.actor.user_id
