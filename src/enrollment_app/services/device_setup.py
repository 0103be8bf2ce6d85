"""First run: name this device and create the first supervisor."""

from __future__ import annotations

from sqlalchemy import select

from enrollment_app.domain.names import check_free_text
from enrollment_app.domain.validation import Problem
from enrollment_app.services.accounts import actor_of, new_user
from enrollment_app.services.catalog_seed import seed_catalog
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import (
    AlreadyInitializedError,
    NotInitializedError,
    ValidationError,
)
from enrollment_app.storage.base import new_uuid, utc_now
from enrollment_app.storage.database import Database
from enrollment_app.storage.models import Device


def load_device(db: Database) -> Device | None:
    with db.session() as session:
        return session.execute(select(Device)).scalar_one_or_none()


def require_device(db: Database) -> Device:
    device = load_device(db)
    if device is None:
        raise NotInitializedError()
    return device


def initialize_device(db: Database, *, device_name: str, supervisor_username: str,
                      password: str, supervisor_full_name: str = "", team: str = "",
                      ) -> ServiceContext:
    """Create the device row and the first supervisor in one transaction; return the
    supervisor's context (signed in)."""
    if load_device(db) is not None:
        raise AlreadyInitializedError()
    name = check_free_text(device_name, "device_name", required=True, max_length=100)
    problems: list[Problem] = list(name.problems)
    try:
        supervisor = new_user(supervisor_username, password, "supervisor",
                              supervisor_full_name)
    except ValidationError as exc:
        problems.extend(exc.problems)
    if any(p.is_error for p in problems):
        raise ValidationError(problems)
    from enrollment_app.sync.keys import new_device_secret  # cryptography: not at start-up

    device_id = new_uuid()
    supervisor.id = new_uuid()
    # The first supervisor creates their own account: they are the writing user.
    with db.session(supervisor.id, device_id) as session:
        session.add(Device(id=device_id, name=name.value, team=team.strip(),
                           created_at=utc_now(), settings={},
                           signing_key=new_device_secret()))  # signs its sync bundles
        session.add(supervisor)
        seed_catalog(session)  # the shipped programs (a provisioned device gets the central's)
    return ServiceContext(db, device_id, actor_of(supervisor))
