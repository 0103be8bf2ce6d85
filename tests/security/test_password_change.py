"""Issue 11 item 1 and 7: a password change or a supervisor's reset re-wraps one copy of
the data key and never re-encrypts the database; disabling a user removes their copy; a
crash in the middle of a change leaves the password that the database accepts working."""

from __future__ import annotations

from pathlib import Path

import pytest

from enrollment_app.services import accounts, key_copies, user_admin
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import AuthenticationError
from enrollment_app.storage.data_dir import database_path
from enrollment_app.storage.key_file import key_file_path, load_key_file
from enrollment_app.storage.models import User
from tests.conftest import PASSWORD, SUPERVISOR
from tests.security.devices import OFFICER, OFFICER_PASSWORD, Person, people_in, sign_in
from tests.unlocked import data_key

NEW_PASSWORD = "sandi-baru-2026"
TEMPORARY = "sementara-2026"
SALT_BYTES = 16  # an SQLCipher file starts with its salt: a re-encryption would change it


class Crash(Exception):
    """The app dying in the middle of a change."""


def salt(data_dir: Path) -> bytes:
    return database_path(data_dir).read_bytes()[:SALT_BYTES]


def copies(data_dir: Path, username: str) -> int:
    return len(load_key_file(key_file_path(data_dir)).copies_of(username))


def assert_refused(data_dir: Path, username: str, password: str) -> None:
    with pytest.raises(AuthenticationError):
        sign_in(data_dir, username, password)


def assert_opens(data_dir: Path, username: str, password: str, people: list[Person]) -> None:
    ctx = sign_in(data_dir, username, password)
    try:
        assert ctx.actor.username == username
        assert people_in(ctx) == sorted(people, key=lambda p: p.nik)
    finally:
        ctx.db.close()


def test_changing_ones_own_password_keeps_everything_readable(
        sealed: Path, known_people: list[Person]) -> None:
    key, first_bytes = data_key(sealed), salt(sealed)
    ctx = sign_in(sealed)
    accounts.change_own_password(ctx, PASSWORD, NEW_PASSWORD)
    ctx.db.close()

    assert_refused(sealed, SUPERVISOR, PASSWORD)
    assert_opens(sealed, SUPERVISOR, NEW_PASSWORD, known_people)
    assert copies(sealed, SUPERVISOR) == 1
    assert data_key(sealed, SUPERVISOR, NEW_PASSWORD) == key  # the same key, re-wrapped
    assert salt(sealed) == first_bytes  # the file was not re-encrypted
    assert_opens(sealed, OFFICER, OFFICER_PASSWORD, known_people)  # others unaffected


def test_a_supervisors_reset_rewraps_the_officers_copy(
        sealed: Path, known_people: list[Person]) -> None:
    first_bytes = salt(sealed)
    ctx = sign_in(sealed)
    user_admin.reset_password(ctx, OFFICER, TEMPORARY)
    ctx.db.close()

    assert_refused(sealed, OFFICER, OFFICER_PASSWORD)
    assert_opens(sealed, OFFICER, TEMPORARY, known_people)
    assert copies(sealed, OFFICER) == 1
    assert salt(sealed) == first_bytes
    assert_opens(sealed, SUPERVISOR, PASSWORD, known_people)


def test_disabling_a_user_removes_their_copy_and_enabling_gives_it_back(
        sealed: Path, known_people: list[Person]) -> None:
    ctx = sign_in(sealed)
    user_admin.disable_user(ctx, OFFICER)
    ctx.db.close()
    assert copies(sealed, OFFICER) == 0
    assert OFFICER not in load_key_file(key_file_path(sealed)).usernames()
    assert_refused(sealed, OFFICER, OFFICER_PASSWORD)

    ctx = sign_in(sealed)
    user_admin.enable_user(ctx, OFFICER)
    ctx.db.close()
    assert copies(sealed, OFFICER) == 1
    assert_opens(sealed, OFFICER, OFFICER_PASSWORD, known_people)


def change_without_refresh(ctx: ServiceContext, *, commit: bool) -> None:
    """What ``change_own_password`` does up to the moment the app dies: the new copy is in
    the key file; the new hash is committed or not; the refresh after it never runs."""
    try:
        with ctx.write() as session:
            user = session.get(User, ctx.actor.user_id)
            assert user is not None
            user.password_hash = accounts.hash_password(NEW_PASSWORD)
            session.flush()
            key_copies.add_copy(ctx.db, user, user.password_hash)
            if not commit:
                raise Crash()
    except Crash:
        pass
    ctx.db.close()


def test_a_crash_before_the_commit_leaves_the_old_password_working(
        sealed: Path, known_people: list[Person]) -> None:
    change_without_refresh(sign_in(sealed), commit=False)
    assert copies(sealed, SUPERVISOR) == 2  # old and new copy side by side

    assert_refused(sealed, SUPERVISOR, NEW_PASSWORD)  # the key file opens, the database not
    assert_opens(sealed, SUPERVISOR, PASSWORD, known_people)
    assert copies(sealed, SUPERVISOR) == 1  # the sign-in repaired the key file
    assert_refused(sealed, SUPERVISOR, NEW_PASSWORD)


def test_a_crash_after_the_commit_leaves_the_new_password_working(
        sealed: Path, known_people: list[Person]) -> None:
    change_without_refresh(sign_in(sealed), commit=True)
    assert copies(sealed, SUPERVISOR) == 2

    assert_refused(sealed, SUPERVISOR, PASSWORD)
    assert_opens(sealed, SUPERVISOR, NEW_PASSWORD, known_people)
    assert copies(sealed, SUPERVISOR) == 1
    assert_refused(sealed, SUPERVISOR, PASSWORD)
