"""Fixtures for sync: central office keys, a device that trusts them, bundle folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from enrollment_app.services.context import ServiceContext
from enrollment_app.services.demo_data import generate_demo_participants
from enrollment_app.services.device_keys import trust_central_keys
from enrollment_app.sync.provisioning import CentralKeys, create_central_keys, load_central_keys


@pytest.fixture
def central_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "central-keys"
    create_central_keys(folder)
    return folder


@pytest.fixture
def central(central_dir: Path) -> CentralKeys:
    return load_central_keys(central_dir)


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def device(supervisor: ServiceContext, central_dir: Path) -> ServiceContext:
    """The supervisor of a device that knows the central office's public keys."""
    trust_central_keys(supervisor, central_dir / "central-public-keys.json")
    return supervisor


def add_people(ctx: ServiceContext, count: int, seed: int = 1) -> int:
    """Register ``count`` realistic demo participants through the ORM hooks."""
    return generate_demo_participants(ctx, count, seed=seed)
