"""Keeping the key file's wrapped copies of the data key in step with the user accounts.

The users table (inside the encrypted database) is the truth; the key file follows it:
one copy per active user made from their current password hash, one recovery copy for
the central office when its key is known. ``refresh`` rebuilds the file from the table
after every change to accounts, and at every sign-in (which repairs a file a crash left
behind). A change of password adds the new copy *before* the database commits
(``add_copy``), so whichever of the two states a crash leaves, the password that the
database accepts opens the key file too; the refresh after the commit drops the old one.
Plain (not yet encrypted) databases have no key file: every function is then a no-op.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import select

from enrollment_app.storage.database import Database
from enrollment_app.storage.key_file import (
    KeyFile,
    key_check,
    key_file_path,
    load_key_file,
    recovery_copy,
    save_key_file,
    user_copy,
)
from enrollment_app.storage.models import Device, User


def build_key_file(db: Database, key: bytes, previous: KeyFile | None = None) -> KeyFile:
    """The key file for the accounts and device in ``db`` under ``key``."""
    from enrollment_app.sync.keys import b64, key_id

    with db.session() as session:
        device = session.execute(select(Device)).scalar_one()
        users = list(session.scalars(select(User).where(
            User.active, User.deleted_at.is_(None)).order_by(User.username)))
        device_id, device_name = device.id, device.name
        central_public = device.central_public_key
        central_signing = device.central_signing_key
        copies = [user_copy(key, device_id, user_id=u.id, username=u.username, role=u.role,
                            password_hash=u.password_hash) for u in users]
    recovery = None
    if central_public:
        central_key_id = key_id(central_public)
        if previous is not None and previous.recovery is not None and (
                previous.recovery.central_key_id == central_key_id):
            recovery = previous.recovery
        else:
            recovery = recovery_copy(key, device_id, central_public, central_key_id)
    names = {c.username for c in copies}
    attempts = {name: state for name, state in (previous.attempts if previous else {}).items()
                if name in names}
    return KeyFile(device_id, device_name, key_check(key), copies, recovery,
                   b64(central_signing) if central_signing else None, attempts)


def refresh(db: Database, forget_attempts_of: str = "") -> KeyFile | None:
    """Rebuild the key file of an encrypted database from its accounts (the wrong
    passwords counted for ``forget_attempts_of`` dropped); return it (None when plain)."""
    if db.key is None:
        return None
    path = key_file_path(db.data_dir)
    previous = load_key_file(path) if path.exists() else None
    if previous is not None:
        previous.attempts.pop(forget_attempts_of, None)
    keys = build_key_file(db, db.key, previous)
    save_key_file(path, keys)
    return keys


@contextmanager
def kept_in_step(db: Database) -> Iterator[None]:
    """Around a change to accounts: rebuild the key file afterwards, also when the change
    fails (which drops a copy ``add_copy`` made for it)."""
    try:
        yield
    finally:
        refresh(db)


def add_copy(db: Database, user: User, new_hash: str) -> None:
    """Inside the transaction that gives ``user`` the password hash ``new_hash`` (after a
    flush, before the commit): put the copy for the new password into the key file."""
    if db.key is None:
        return
    path = key_file_path(db.data_dir)
    keys = load_key_file(path)
    keys.users.append(user_copy(db.key, keys.device_id, user_id=user.id,
                                username=user.username, role=user.role,
                                password_hash=new_hash))
    save_key_file(path, keys)
