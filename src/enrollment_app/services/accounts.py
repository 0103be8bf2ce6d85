"""User accounts: password hashing (argon2id), sign-in and the first supervisor."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.validation import Problem
from enrollment_app.services.context import Actor, ServiceContext
from enrollment_app.services.errors import AuthenticationError, ValidationError
from enrollment_app.storage.database import Database
from enrollment_app.storage.models import User

MIN_PASSWORD_LENGTH = 8
USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,29}$")

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
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(Problem("password", "password.short", QT_TRANSLATE_NOOP(
            "validation", "Password needs at least {minimum} characters."),
            params={"minimum": MIN_PASSWORD_LENGTH}))
    elif password.lower() == name or len(set(password)) < 3:
        problems.append(Problem("password", "password.weak", QT_TRANSLATE_NOOP(
            "validation", "Password is too easy to guess; do not use your user name or "
                          "one repeated character.")))
    return problems


def new_user(username: str, password: str, role: str, full_name: str = "") -> User:
    problems = check_new_credentials(username, password)
    if problems:
        raise ValidationError(problems)
    return User(username=normalize_username(username), full_name=full_name.strip(),
                role=role, password_hash=hash_password(password), active=True,
                failed_logins=0)


def actor_of(user: User) -> Actor:
    return Actor(user.id, user.username, user.full_name, user.role)


def sign_in(db: Database, device_id: str, username: str, password: str) -> ServiceContext:
    """Return a context for the user, or raise AuthenticationError (same message for an
    unknown name and a wrong password, so names cannot be guessed)."""
    with db.session() as session:
        user = session.execute(
            select(User).where(User.username == normalize_username(username),
                               User.deleted_at.is_(None))
        ).scalar_one_or_none()
    if user is None or not user.active or not password_matches(user.password_hash, password):
        raise AuthenticationError()
    return ServiceContext(db, device_id, actor_of(user))


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
