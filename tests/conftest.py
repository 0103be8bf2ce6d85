"""Shared fixtures: a real SQLite database in a temporary data directory."""

from __future__ import annotations

import logging
import os

# pytest-qt does not choose a platform; without a display Qt must draw offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ENROLLMENT_LANG", "id")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.device_setup import initialize_device
from enrollment_app.storage.database import Database

SUPERVISOR = "koordinator"
PASSWORD = "sandi-rahasia-1"
# A woman from Kecamatan Tangerang born 15 Feb 1990: day 15 + 40 = 55.
VALID_NIK = "3671015502900001"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("ENROLLMENT_DATA_DIR", str(path))
    return path


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = Database.open(data_dir)
    yield database
    database.close()


@pytest.fixture
def debug_log(data_dir: Path) -> Iterator[Path]:
    """The application's log file in the data folder, at DEBUG level for the test."""
    from enrollment_app.ui.crash_report import log, setup_logging

    path = setup_logging(data_dir)
    level = log.level
    log.setLevel(logging.DEBUG)
    yield path
    log.setLevel(level)
    for handler in [h for h in log.handlers if Path(getattr(h, "baseFilename", "")) == path]:
        log.removeHandler(handler)
        handler.close()


@pytest.fixture
def supervisor(db: Database) -> ServiceContext:
    return initialize_device(db, device_name="Tim Cipondoh 1", supervisor_username=SUPERVISOR,
                             password=PASSWORD, supervisor_full_name="Rina Koordinator")


def make_draft(**overrides: object) -> ParticipantDraft:
    """A complete, valid registration; override fields to make it invalid."""
    draft = ParticipantDraft(
        nik=VALID_NIK, kk="3671010101090001", full_name="Siti Aminah", sex="P",
        birth_place="Tangerang", birth_date=date(1990, 2, 15), street="Jl. Melati No. 5",
        rt="003", rw="007", kecamatan_code="36.71.01", kelurahan_code="36.71.01.1001",
        phone="081234567890", education="sma", employment="ibu_rumah_tangga",
        marital_status="kawin", household_role="istri", registry_status="dtsen", desil=3,
        assistance=frozenset({"pkh"}), disability="none", consent=True,
    )
    for key, value in overrides.items():
        setattr(draft, key, value)
    return draft


@pytest.fixture
def valid_draft() -> ParticipantDraft:
    return make_draft()
