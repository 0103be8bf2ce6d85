"""User accounts: password hashing (argon2id), sign-in with throttling, the first supervisor.

Several people share one laptop, so a guessed password must cost time: after
``FREE_ATTEMPTS`` wrong passwords in a row an account is locked for a minute, and every
further wrong password doubles the lock (capped at ``MAX_LOCK``). The count and the lock
live in ``users.failed_logins`` / ``users.locked_until``, so restarting the application
does not reset them; a right password, or a supervisor resetting the password, does.
"""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.validation import Problem
from enrollment_app.services import key_copies
from enrollment_app.services.context import Actor, ServiceContext
from enrollment_app.services.errors import (
    AccountLockedError,
    AuthenticationError,
    ServiceError,
    UnlockNotAllowedError,
    ValidationError,
)
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.database import Database
from enrollment_app.storage.models import User

MIN_PASSWORD_LENGTH = 8
USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,29}$")
FREE_ATTEMPTS = 5  # wrong passwords in a row before the first lock
FIRST_LOCK = timedelta(minutes=1)
MAX_LOCK = timedelta(minutes=30)

_hasher = PasswordHasher()  # argon2id with the library's reviewed defaults


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def normalize_username(username: str) -> str:
    return username.strip().lower()


def check_new_credentials(username: str, password: str) -> list[Problem]:
    """Rules field staff can live with: a plain user name, 8+ characters, not the name."""
    problems: list[Problem] = []
    name = normalize_username(username)
    if not USERNAME_PATTERN.match(name):
        problems.append(Problem("username", "username.format", QT_TRANSLATE_NOOP(
            "validation", "User name: 2-30 lowercase letters, digits, '.', '_' or '-', "
                          "starting with a letter or digit.")))
    problems.extend(check_new_password(name, password))
    return problems


def check_new_password(username: str, password: str) -> list[Problem]:
    """8+ characters, not the user name, not one or two characters repeated."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return [Problem("password", "password.short", QT_TRANSLATE_NOOP(
            "validation", "Password needs at least {minimum} characters."),
            params={"minimum": MIN_PASSWORD_LENGTH})]
    if password.lower() == normalize_username(username) or len(set(password)) < 3:
        return [Problem("password", "password.weak", QT_TRANSLATE_NOOP(
            "validation", "Password is too easy to guess; do not use your user name or "
                          "one repeated character."))]
    return []


def new_user(username: str, password: str, role: str, full_name: str = "") -> User:
    problems = check_new_credentials(username, password)
    if problems:
        raise ValidationError(problems)
    return User(username=normalize_username(username), full_name=full_name.strip(),
                role=role, password_hash=hash_password(password), active=True,
                failed_logins=0)


def actor_of(user: User) -> Actor:
    return Actor(user.id, user.username, user.full_name, user.role)


def lock_duration(failed_logins: int) -> timedelta:
    """How long an account stays locked after ``failed_logins`` wrong passwords in a row:
    nothing for the first few, then 1, 2, 4, ... minutes up to MAX_LOCK."""
    if failed_logins < FREE_ATTEMPTS:
        return timedelta(0)
    doublings = min(failed_logins - FREE_ATTEMPTS, 10)
    return min(FIRST_LOCK * (2 ** doublings), MAX_LOCK)


def sign_in(db: Database, device_id: str, username: str, password: str, *,
            now: datetime | None = None) -> ServiceContext:
    """Return a context for the user, or raise AuthenticationError (same message for an
    unknown name, a disabled account and a wrong password, so names cannot be probed) or
    AccountLockedError (too many wrong passwords; try again later)."""
    user = check_password(db, device_id, username, password, now=now)
    return ServiceContext(db, device_id, actor_of(user))


def check_password(db: Database, device_id: str, username: str, password: str, *,
                   now: datetime | None = None) -> User:
    """The active user with this name and password; counts wrong passwords and locks."""
    now = now or utc_now()
    user = _live_user(db, username)
    if user is None or not user.active:
        spend_check_time(password)
        raise AuthenticationError()
    if user.locked_until is not None and user.locked_until > now:
        raise AccountLockedError(minutes=minutes_left(user.locked_until, now))
    if password_matches(user.password_hash, password):
        if user.failed_logins or user.locked_until is not None:
            _record_attempts(db, device_id, user.id, 0, None)
        return user
    failed = user.failed_logins + 1
    lock = lock_duration(failed)
    _record_attempts(db, device_id, user.id, failed, now + lock if lock else None)
    if lock:
        raise AccountLockedError(minutes=minutes_left(now + lock, now))
    raise AuthenticationError()


def _live_user(db: Database, username: str) -> User | None:
    with db.session() as session:
        return session.execute(
            select(User).where(User.username == normalize_username(username),
                               User.deleted_at.is_(None))
        ).scalar_one_or_none()


def _record_attempts(db: Database, device_id: str, user_id: str, failed: int,
                     locked_until: datetime | None) -> None:
    # Nobody is signed in yet: the change is recorded (and audited) as the account's own.
    with db.session(user_id, device_id) as session:
        user = session.get(User, user_id)
        if user is None:  # pragma: no cover - read a moment ago
            raise ServiceError()
        user.failed_logins = failed
        user.locked_until = locked_until


def minutes_left(until: datetime, now: datetime) -> int:
    return max(1, math.ceil((until - now).total_seconds() / 60))


@cache
def _dummy_hash() -> str:
    return hash_password("not-a-real-password")


def spend_check_time(password: str) -> None:
    """Cost as much as checking a real password, so timing does not tell which user
    names exist."""
    password_matches(_dummy_hash(), password)


def verify_unlock(ctx: ServiceContext, username: str, password: str, *,
                  now: datetime | None = None) -> Actor:
    """The lock screen: the signed-in user's own password, or any supervisor's, opens it.

    Wrong passwords count towards the same lock-out as at sign-in. Returns who unlocked.
    """
    name = normalize_username(username) or ctx.actor.username
    user = check_password(ctx.db, ctx.device_id, name, password, now=now)
    if user.id != ctx.actor.user_id and user.role != "supervisor":
        raise UnlockNotAllowedError(name=ctx.actor.username)
    return actor_of(user)


def must_change_password(db: Database, user_id: str) -> bool:
    """True after a supervisor reset the password: the person must choose their own."""
    with db.session() as session:
        return bool(session.scalar(select(User.must_change_password).where(
            User.id == user_id)))


def change_own_password(ctx: ServiceContext, current_password: str, new_password: str, *,
                        now: datetime | None = None) -> None:
    """The signed-in user replaces their password (the current one is checked and wrong
    attempts count towards the lock-out)."""
    check_password(ctx.db, ctx.device_id, ctx.actor.username, current_password, now=now)
    problems = check_new_password(ctx.actor.username, new_password)
    if not problems and new_password == current_password:
        problems.append(Problem("password", "password.unchanged", QT_TRANSLATE_NOOP(
            "validation", "Choose a new password, not the current one.")))
    if problems:
        raise ValidationError(problems)
    with key_copies.kept_in_step(ctx.db), ctx.write() as session:
        user = session.get(User, ctx.actor.user_id)
        if user is None:  # pragma: no cover - signed in a moment ago
            raise ServiceError()
        user.password_hash = hash_password(new_password)
        key_copies.add_copy(ctx.db, user, user.password_hash)
        if user.must_change_password:
            user.must_change_password = False


def list_usernames(db: Database) -> list[str]:
    with db.session() as session:
        return list(session.scalars(
            select(User.username).where(User.deleted_at.is_(None), User.active)
            .order_by(User.username)))


def default_cli_user(db: Database) -> str | None:
    """The user a command acts as when none is named: the first active supervisor."""
    with db.session() as session:
        return session.scalar(
            select(User.username).where(User.role == "supervisor", User.active,
                                        User.deleted_at.is_(None))
            .order_by(User.created_at).limit(1))
