"""Issue 11, bad input: a damaged key file, or one from another laptop, gives a clear
error and changes nothing; with the right key file back, the laptop opens as before."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from enrollment_app.services.device_setup import initialize_device
from enrollment_app.services.unlock import DeviceAccess
from enrollment_app.storage.database import Database
from enrollment_app.storage.errors import WrongDataKeyError
from enrollment_app.storage.key_file import KeyFileError, key_check, key_file_path, new_data_key
from tests.conftest import PASSWORD, SUPERVISOR
from tests.security.devices import Person, people_in, sign_in, snapshot


def other_laptop(root: Path) -> Path:
    """Another sealed laptop whose supervisor has the same name and password."""
    folder = root / "other-laptop"
    folder.mkdir()
    db = Database.open(folder)
    initialize_device(db, device_name="Tim Karawaci 2", supervisor_username=SUPERVISOR,
                      password=PASSWORD)
    db.close()
    sign_in(folder).db.close()
    return folder


def truncate(path: Path, _root: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def random_bytes(path: Path, _root: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size))


def remove(path: Path, _root: Path) -> None:
    path.unlink()


def from_other_laptop(path: Path, root: Path) -> None:
    shutil.copyfile(key_file_path(other_laptop(root)), path)


def with_another_key_check(path: Path, _root: Path) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    document["key_check"] = key_check(new_data_key())
    path.write_text(json.dumps(document), encoding="utf-8")


@pytest.mark.parametrize(("damage", "error"), [
    (truncate, KeyFileError),
    (random_bytes, KeyFileError),
    (remove, KeyFileError),
    (from_other_laptop, WrongDataKeyError),
    (with_another_key_check, WrongDataKeyError),
])
def test_a_damaged_or_foreign_key_file_is_refused_with_nothing_changed(
        sealed: Path, known_people: list[Person], tmp_path: Path,
        damage: Callable[[Path, Path], None], error: type[Exception]) -> None:
    path = key_file_path(sealed)
    good = path.read_bytes()
    damage(path, tmp_path)
    before = snapshot(sealed)

    with pytest.raises(error) as raised:
        DeviceAccess.open(sealed).sign_in(SUPERVISOR, PASSWORD)
    assert "Nothing was changed" in raised.value.render()
    assert snapshot(sealed) == before

    path.write_bytes(good)  # the right key file back: everything is there
    ctx = sign_in(sealed)
    try:
        assert people_in(ctx) == sorted(known_people, key=lambda p: p.nik)
    finally:
        ctx.db.close()
