"""A sealed (encrypted) laptop with a supervisor, a field officer and three people."""

from __future__ import annotations

from pathlib import Path

import pytest

from enrollment_app.services import user_admin
from enrollment_app.services.context import ServiceContext
from tests.security.devices import OFFICER, OFFICER_PASSWORD, Person, register_known, sign_in

KNOWN_NAMES = ("Kartika Sulistyowati", "Retno Dwijayanti", "Maharani Cahyaningrum")


@pytest.fixture
def known_people(supervisor: ServiceContext) -> list[Person]:
    """Three people registered on the (still plain) laptop, and a field officer."""
    user_admin.add_user(supervisor, username=OFFICER, password=OFFICER_PASSWORD,
                        role="field_officer")
    return [register_known(supervisor, serial, name)
            for serial, name in enumerate(KNOWN_NAMES, start=101)]


@pytest.fixture
def sealed(data_dir: Path, supervisor: ServiceContext, known_people: list[Person]) -> Path:
    """The laptop's data folder after its first sign-in encrypted it (nothing open)."""
    supervisor.db.close()
    sign_in(data_dir).db.close()
    return data_dir
