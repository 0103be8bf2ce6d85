"""Supervisors manage the accounts on their laptop: add, disable, enable, reset passwords.

Accounts are never deleted (the audit trail names them); a disabled account cannot sign
in. A reset password is a temporary one the supervisor tells the person, who must choose
their own at the next sign-in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.names import check_free_text
from enrollment_app.domain.validation import Problem
from enrollment_app.services import key_copies
from enrollment_app.services.accounts import (
    check_new_credentials,
    check_new_password,
    hash_password,
    normalize_username,
)
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import NotFoundError, ServiceError, ValidationError
from enrollment_app.services.permissions import ROLE_CODES, Permission, require
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.models import User
from enrollment_app.storage.session_hooks import AppSession


@dataclass(frozen=True)
class UserSummary:
    id: str
    username: str
    full_name: str
    role: str
    active: bool
    failed_logins: int
    locked_until: datetime | None
    must_change_password: bool
    created_at: datetime

    def is_locked(self, now: datetime | None = None) -> bool:
        """Locked out after wrong passwords, right now."""
        return self.locked_until is not None and self.locked_until > (now or utc_now())

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id, "username": self.username, "full_name": self.full_name,
            "role": self.role, "active": self.active, "failed_logins": self.failed_logins,
            "locked_until": self.locked_until.isoformat() if self.locked_until else None,
            "must_change_password": self.must_change_password,
            "created_at": self.created_at.isoformat(),
        }


def summary_of(user: User) -> UserSummary:
    return UserSummary(user.id, user.username, user.full_name, user.role, user.active,
                       user.failed_logins, user.locked_until, user.must_change_password,
                       user.created_at)


def list_users(ctx: ServiceContext) -> list[UserSummary]:
    """Every account on the device, active ones first, by user name."""
    require(ctx, Permission.MANAGE_USERS)
    with ctx.read() as session:
        users = session.scalars(select(User).where(User.deleted_at.is_(None))
                                .order_by(User.active.desc(), User.username))
        return [summary_of(u) for u in users]


def add_user(ctx: ServiceContext, *, username: str, password: str, role: str,
             full_name: str = "") -> UserSummary:
    """Create an account; the person signs in with ``password`` right away."""
    require(ctx, Permission.MANAGE_USERS)
    problems = check_new_credentials(username, password)
    name = check_free_text(full_name, "full_name", max_length=100)
    problems.extend(name.problems)
    if role not in ROLE_CODES:
        problems.append(Problem("role", "role.unknown", QT_TRANSLATE_NOOP(
            "validation", "Choose a role.")))
    with key_copies.kept_in_step(ctx.db), ctx.write() as session:
        if _find(session, username) is not None:
            problems.append(Problem("username", "username.taken", QT_TRANSLATE_NOOP(
                "validation", "The user name {username} is already in use on this laptop."),
                params={"username": normalize_username(username)}))
        if any(p.is_error for p in problems):
            raise ValidationError(problems)
        user = User(username=normalize_username(username), full_name=name.value or "",
                    role=role, password_hash=hash_password(password), active=True,
                    failed_logins=0, must_change_password=False)
        session.add(user)
        session.flush()
        key_copies.add_copy(ctx.db, user, user.password_hash)
        return summary_of(user)


def disable_user(ctx: ServiceContext, username: str) -> UserSummary:
    """The account can no longer sign in or unlock the screen; its history stays."""
    require(ctx, Permission.MANAGE_USERS)
    with key_copies.kept_in_step(ctx.db), ctx.write() as session:
        user = _existing(session, username)
        # The acting supervisor is active (require checked) and cannot disable themselves,
        # so the device always keeps one supervisor who can sign in.
        if user.id == ctx.actor.user_id:
            raise ServiceError(QT_TRANSLATE_NOOP(
                "services", "You cannot disable your own account."))
        if user.active:
            user.active = False
        return summary_of(user)


def enable_user(ctx: ServiceContext, username: str) -> UserSummary:
    """Let a disabled account sign in again (a lock-out is lifted too)."""
    require(ctx, Permission.MANAGE_USERS)
    with key_copies.kept_in_step(ctx.db), ctx.write() as session:
        user = _existing(session, username)
        if not user.active:
            user.active = True
        _clear_lock(user)
        return summary_of(user)


def reset_password(ctx: ServiceContext, username: str, new_password: str) -> UserSummary:
    """Give a forgotten password a temporary replacement and lift any lock-out; the person
    chooses their own at the next sign-in (unless supervisors reset their own)."""
    require(ctx, Permission.MANAGE_USERS)
    with key_copies.kept_in_step(ctx.db), ctx.write() as session:
        user = _existing(session, username)
        problems = check_new_password(user.username, new_password)
        if problems:
            raise ValidationError(problems)
        user.password_hash = hash_password(new_password)
        key_copies.add_copy(ctx.db, user, user.password_hash)
        _clear_lock(user)
        must_change = user.id != ctx.actor.user_id
        if user.must_change_password != must_change:
            user.must_change_password = must_change
        return summary_of(user)


def _clear_lock(user: User) -> None:
    if user.failed_logins:
        user.failed_logins = 0
    if user.locked_until is not None:
        user.locked_until = None


def _find(session: AppSession, username: str) -> User | None:
    return session.execute(select(User).where(
        User.username == normalize_username(username), User.deleted_at.is_(None))
    ).scalar_one_or_none()


def _existing(session: AppSession, username: str) -> User:
    user = _find(session, username)
    if user is None:
        raise NotFoundError()
    return user
