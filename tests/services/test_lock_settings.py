"""The idle time before the screen locks is a device setting supervisors choose."""

from __future__ import annotations

import pytest

from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import PermissionDeniedError, ValidationError
from enrollment_app.services.lock_settings import (
    DEFAULT_IDLE_LOCK_MINUTES,
    idle_lock_minutes,
    set_idle_lock_minutes,
)
from tests.staff import add_staff


def test_default_then_saved_in_the_device_settings(supervisor: ServiceContext) -> None:
    assert idle_lock_minutes(supervisor.db) == DEFAULT_IDLE_LOCK_MINUTES
    set_idle_lock_minutes(supervisor, 12)
    assert idle_lock_minutes(supervisor.db) == 12
    with supervisor.read() as session:
        from enrollment_app.storage.models import Device
        assert session.get(Device, supervisor.device_id).settings == {"idle_lock_minutes": 12}


@pytest.mark.parametrize("minutes", [0, -5, 61, 10_000])
def test_out_of_range_is_refused(supervisor: ServiceContext, minutes: int) -> None:
    with pytest.raises(ValidationError):
        set_idle_lock_minutes(supervisor, minutes)
    assert idle_lock_minutes(supervisor.db) == DEFAULT_IDLE_LOCK_MINUTES


def test_only_supervisors_change_it(supervisor: ServiceContext) -> None:
    officer = add_staff(supervisor, "petugas", "field_officer")
    with pytest.raises(PermissionDeniedError):
        set_idle_lock_minutes(officer, 30)
