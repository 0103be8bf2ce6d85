"""How long the laptop may sit untouched before the screen locks (a device setting).

Stored in ``device.settings`` (JSON) under ``idle_lock_minutes``; supervisors change it.
There is no "never": a laptop left on a table in a community hall must lock itself.
"""

from __future__ import annotations

from sqlalchemy import select

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.validation import Problem
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import NotInitializedError, ValidationError
from enrollment_app.services.permissions import Permission, require
from enrollment_app.storage.database import Database
from enrollment_app.storage.models import Device

IDLE_LOCK_KEY = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 5
MIN_IDLE_LOCK_MINUTES = 1
MAX_IDLE_LOCK_MINUTES = 60


def idle_lock_minutes(db: Database) -> int:
    """The configured idle time, or the default when unset or unreadable."""
    with db.session() as session:
        device = session.scalars(select(Device).limit(1)).first()
        value = (device.settings or {}).get(IDLE_LOCK_KEY) if device else None
    if isinstance(value, int) and MIN_IDLE_LOCK_MINUTES <= value <= MAX_IDLE_LOCK_MINUTES:
        return value
    return DEFAULT_IDLE_LOCK_MINUTES


def set_idle_lock_minutes(ctx: ServiceContext, minutes: int) -> int:
    require(ctx, Permission.CHANGE_SETTINGS)
    if not MIN_IDLE_LOCK_MINUTES <= minutes <= MAX_IDLE_LOCK_MINUTES:
        raise ValidationError([Problem("idle_lock_minutes", "idle_lock.range", QT_TRANSLATE_NOOP(
            "validation", "Choose between {minimum} and {maximum} minutes."),
            params={"minimum": MIN_IDLE_LOCK_MINUTES, "maximum": MAX_IDLE_LOCK_MINUTES})])
    with ctx.write() as session:
        device = session.get(Device, ctx.device_id)
        if device is None:
            raise NotInitializedError()
        # A new dict: the JSON column does not track changes made inside the old one.
        device.settings = {**(device.settings or {}), IDLE_LOCK_KEY: minutes}
    return minutes
