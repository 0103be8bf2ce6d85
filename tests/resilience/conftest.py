"""Fixtures for the resilience tests: a device that trusts a central office on SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from enrollment_app.services.central import CentralOffice
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.device_keys import trust_central_keys
from enrollment_app.sync.provisioning import PUBLIC_KEYS_FILE


@pytest.fixture
def office(tmp_path: Path) -> Iterator[CentralOffice]:
    """An initialised central office on SQLite with its keys."""
    central = CentralOffice(f"sqlite+pysqlite:///{tmp_path / 'central' / 'central.sqlite'}",
                            tmp_path / "central-keys")
    central.initialize()
    yield central
    central.close()


@pytest.fixture
def device(supervisor: ServiceContext, office: CentralOffice) -> ServiceContext:
    """The supervisor of a device registered at ``office`` and trusting its keys."""
    trust_central_keys(supervisor, office.keys_dir / PUBLIC_KEYS_FILE)
    office.register_device(supervisor.db.path.stem, device_id=supervisor.device_id)
    return supervisor


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder
