"""The database held by another process: a clear message after the busy timeout, no
traceback, nothing half saved, and everything works again once the other one lets go."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from enrollment_app.services.context import ServiceContext
from enrollment_app.services.export import ExportRequest, export_bundle, list_exports
from enrollment_app.storage.data_dir import database_path
from enrollment_app.storage.errors import DatabaseLockedError
from tests.applicants import register
from tests.conftest import PASSWORD, SUPERVISOR
from tests.resilience.crash_harness import REPO, holding, integrity, scalar


def test_a_save_while_another_program_holds_the_database_is_refused_clearly(
        device: ServiceContext, data_dir: Path, usb: Path) -> None:
    register(device, 1)  # something for the export below
    with holding(data_dir):
        with pytest.raises(DatabaseLockedError) as refused:
            register(device, 2)
        assert "in use by another program" in refused.value.render()
        # The export can read its snapshot but not remember the bundle: no file may stay
        # behind that the device does not know about.
        with pytest.raises(DatabaseLockedError):
            export_bundle(device, usb, ExportRequest())
        assert list(usb.iterdir()) == []
    path = database_path(data_dir)
    assert integrity(path) == "ok"
    assert scalar(path, "SELECT count(*) FROM participants") == 1
    register(device, 2)
    assert export_bundle(device, usb, ExportRequest()).sequence == 1
    assert [item.sequence for item in list_exports(device)] == [1]


def test_the_command_line_says_the_database_is_in_use_without_a_traceback(
        supervisor: ServiceContext, data_dir: Path) -> None:
    env = {**os.environ, "ENROLLMENT_PASSWORD": PASSWORD, "ENROLLMENT_LANG": "en"}
    with holding(data_dir):
        done = subprocess.run(
            [sys.executable, "-m", "enrollment_app.cli", "--data-dir", str(data_dir),
             "--user", SUPERVISOR, "demo", "--participants", "3"],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "in use by another program" in done.stderr
    assert "Traceback" not in done.stderr
