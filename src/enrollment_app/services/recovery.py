"""Recovery on the laptop when every password is forgotten (the supervisor's side).

The supervisor has the central office's recovery file for this laptop
(services.central_recovery) and the code read out by phone. ``recover`` checks the
file against the central signing key pinned in the key file, this laptop's id, the
expiry date and the data key's check, unwraps the data key with the code, opens the
database and gives the named active supervisor a new password (a new copy in the key
file, as a reset does), lifts their lock-out and signs them in. The change is audited
(the new password hash, redacted, by the session hooks; the recovery itself as a
"recovery" event naming the file). A file is used once. Every refusal raises a
ServiceError and changes nothing: the database is only opened once the code is right
and the account is a supervisor's in the key file.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.services import key_copies
from enrollment_app.services.accounts import (
    actor_of,
    check_new_password,
    hash_password,
    normalize_username,
)
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.services.unlock import DeviceAccess
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.data_dir import database_path
from enrollment_app.storage.database import Database
from enrollment_app.storage.encryption import finish_encryption
from enrollment_app.storage.engine import is_encrypted_file
from enrollment_app.storage.models import AuditEntry, User
from enrollment_app.storage.session_hooks import append_audit_event
from enrollment_app.sync.bundle_types import BundleRejected
from enrollment_app.sync.keys import unb64
from enrollment_app.sync.recovery_file import RecoveryFile, read_recovery_file

RECOVERY_EVENT = "recovery"
RECOVERY_SUBJECT = "recovery_files"  # the audit entry's "table": the file used


class RecoveryError(ServiceError):
    """A recovery refused; nothing was changed."""


class RecoveryFileRefusedError(RecoveryError):
    """The file itself was refused (unreadable, edited, another central key...); its
    message is in the "sync" context, like the other signed files'."""

    def __init__(self, refusal: BundleRejected) -> None:
        super().__init__(refusal.message, **refusal.params)
        self.refusal = refusal
        self.code = refusal.code

    def render(self, translate: Any = None) -> str:
        return self.refusal.render(translate)


class NotEncryptedError(RecoveryError):
    message = QT_TRANSLATE_NOOP(
        "services", "This laptop's database is not encrypted yet, so there is nothing to "
                    "recover with a recovery file. Nothing was changed.")


class NoCentralKeyError(RecoveryError):
    message = QT_TRANSLATE_NOOP(
        "services", "This laptop was not set up from a provisioning file, so it does not "
                    "know the central office's key and cannot check a recovery file. "
                    "Nothing was changed.")


class WrongDeviceError(RecoveryError):
    message = QT_TRANSLATE_NOOP(
        "services", "This recovery file is for another laptop ('{device}'), not this one "
                    "('{this_device}'). Nothing was changed.")


class ExpiredError(RecoveryError):
    message = QT_TRANSLATE_NOOP(
        "services", "This recovery file expired on {expires}. Ask the central office for a "
                    "new one. Nothing was changed.")


class KeyMismatchError(RecoveryError):
    message = QT_TRANSLATE_NOOP(
        "services", "This recovery file was made from another key file than the one on "
                    "this laptop now (was the laptop set up again?). Ask the central office "
                    "for a new file made from this laptop's enrollment.keys. Nothing was "
                    "changed.")


class WrongCodeError(RecoveryError):
    message = QT_TRANSLATE_NOOP(
        "services", "The recovery code is wrong. Check it with the central office (letters "
                    "and digits, without 0, O, 1 or I). Nothing was changed.")


class NotASupervisorError(RecoveryError):
    message = QT_TRANSLATE_NOOP(
        "services", "'{username}' is not an active supervisor on this laptop. Only a "
                    "supervisor's password can be set with a recovery file. Nothing was "
                    "changed.")


class AlreadyUsedError(RecoveryError):
    message = QT_TRANSLATE_NOOP(
        "services", "This recovery file was already used on {used_at}. Ask the central "
                    "office for a new one. Nothing was changed.")


def locked_device(data_dir: Path) -> DeviceAccess:
    """The data folder's encrypted database, still locked (NotEncryptedError for a plain
    or missing one, which is never created here; KeyFileError for a bad key file)."""
    if not is_encrypted_file(database_path(data_dir)):
        raise NotEncryptedError()
    return DeviceAccess.open(data_dir)


def recover(access: DeviceAccess, recovery_file: Path, code: str, username: str,
            new_password: str, *, now: datetime | None = None) -> ServiceContext:
    """Set a new password for supervisor ``username`` with the central office's recovery
    file and code; return their signed-in context (``access.db`` is then open)."""
    now = now or utc_now()
    keys = access.keys
    if keys is None:
        raise NotEncryptedError()
    if not keys.central_signing_key:
        raise NoCentralKeyError()
    try:
        contents = read_recovery_file(Path(recovery_file), unb64(keys.central_signing_key))
    except BundleRejected as exc:
        raise RecoveryFileRefusedError(exc) from None
    if contents.device_id != keys.device_id:
        raise WrongDeviceError(device=contents.device_name, this_device=keys.device_name)
    if contents.is_expired(now):
        raise ExpiredError(expires=contents.expires.date().isoformat())
    if contents.key_check != keys.key_check:
        raise KeyMismatchError()
    name = normalize_username(username)
    if not any(c.role == "supervisor" for c in keys.copies_of(name)):
        raise NotASupervisorError(username=name)
    problems = check_new_password(name, new_password)
    if problems:
        raise ValidationError(problems)
    key = contents.unwrap(code)
    if key is None:
        raise WrongCodeError()
    if not keys.matches(key):
        raise KeyMismatchError()
    db = Database.open(access.data_dir, key=key)
    try:
        ctx = _set_password(db, keys.device_id, contents, recovery_file, name, new_password)
    except BaseException:
        db.close()
        raise
    finish_encryption(access.data_dir, key)
    access.db = db
    access.keys = key_copies.refresh(db, forget_attempts_of=name)
    return ctx


def _set_password(db: Database, device_id: str, contents: RecoveryFile,
                  recovery_file: Path, username: str, new_password: str) -> ServiceContext:
    with db.session() as session:
        user = session.execute(select(User).where(
            User.username == username, User.deleted_at.is_(None))).scalar_one_or_none()
        if user is None or not user.active or user.role != "supervisor":
            raise NotASupervisorError(username=username)
        used = session.scalar(select(AuditEntry.at).where(
            AuditEntry.action == RECOVERY_EVENT,
            AuditEntry.record_id == contents.recovery_id).limit(1))
        if used is not None:
            raise AlreadyUsedError(used_at=used.date().isoformat())
        ctx = ServiceContext(db, device_id, actor_of(user))
    with key_copies.kept_in_step(db), ctx.write() as session:
        user = session.get(User, ctx.actor.user_id)
        assert user is not None  # read a moment ago
        user.password_hash = hash_password(new_password)
        if user.failed_logins:
            user.failed_logins = 0
        if user.locked_until is not None:
            user.locked_until = None
        if user.must_change_password:
            user.must_change_password = False
        session.flush()  # audits the change before the event, which chains to it
        key_copies.add_copy(db, user, user.password_hash)
        append_audit_event(session, RECOVERY_EVENT, RECOVERY_SUBJECT, contents.recovery_id,
                           {"file": Path(recovery_file).name, "username": user.username,
                            "issued_at": contents.issued_at,
                            "central_key_id": contents.central_key_id[:16]})
    return ctx
