"""Fixtures for the central office: its database on SQLite or on a real PostgreSQL server,
and simulated field devices."""

from __future__ import annotations

import os
import signal
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from enrollment_app.services.central import CentralOffice
from tests.central.devices import SimulatedDevice
from tests.central.postgres_server import PostgresServer, find_bin_dir


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server of our own on loopback for the whole test session."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        reason = ("PostgreSQL server binaries (initdb, pg_ctl) not found under "
                  "/usr/lib/postgresql/*/bin or on PATH; install the 'postgresql' package")
        if os.environ.get("CI"):
            pytest.fail(reason + " (CI must run the PostgreSQL tests)")
        pytest.skip(reason)
    previous = signal.getsignal(signal.SIGTERM)
    if previous is signal.SIG_DFL:  # e.g. `timeout`: stop the server on the way out
        signal.signal(signal.SIGTERM, _interrupt)
    server = PostgresServer.start(bin_dir)
    try:
        yield server
    finally:
        server.stop()
        if previous is signal.SIG_DFL:
            signal.signal(signal.SIGTERM, previous)


def _interrupt(_signal: int, _frame: object) -> None:
    raise KeyboardInterrupt


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty database on the test server."""
    name = f"central_{uuid.uuid4().hex[:12]}"
    url = postgres_server.create_database(name)
    yield url
    postgres_server.drop_database(name)


@pytest.fixture
def sqlite_central_url(tmp_path: Path) -> str:
    return f"sqlite+pysqlite:///{tmp_path / 'central' / 'central.sqlite'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def central_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The central database URL, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite+pysqlite:///{tmp_path / 'central' / 'central.sqlite'}"
    return request.getfixturevalue("postgres_url")


def open_office(url: str, keys_dir: Path) -> CentralOffice:
    office = CentralOffice(url, keys_dir)
    office.initialize()
    return office


@pytest.fixture
def office(central_url: str, tmp_path: Path) -> Iterator[CentralOffice]:
    """An initialised central office (schema and keys), on SQLite and on PostgreSQL."""
    central = open_office(central_url, tmp_path / "central-keys")
    yield central
    central.close()


@pytest.fixture
def sqlite_office(sqlite_central_url: str, tmp_path: Path) -> Iterator[CentralOffice]:
    """An initialised central office on SQLite only (the many bad-bundle cases)."""
    central = open_office(sqlite_central_url, tmp_path / "central-keys")
    yield central
    central.close()


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[list[SimulatedDevice]]:
    """Two field laptops of different teams, not yet registered anywhere."""
    made = [SimulatedDevice.create(tmp_path / "devices", "Laptop Cipondoh", team="Tim A"),
            SimulatedDevice.create(tmp_path / "devices", "Laptop Larangan", team="Tim B")]
    yield made
    for device in made:
        device.close()


@pytest.fixture
def registered(office: CentralOffice, devices: list[SimulatedDevice]
               ) -> list[SimulatedDevice]:
    """The two laptops, registered at the central office under their own ids."""
    for device in devices:
        office.register_device(device.name, team="", device_id=device.device_id)
    return devices
