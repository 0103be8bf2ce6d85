"""`enrollment central recovery-file` and `enrollment recover` as people and scripts use
them: exit 0 done, 1 refused (nothing changed), 2 wrong usage; --json prints one object."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.recovery_laptop import (
    NEW_PASSWORD,
    SUPERVISOR_NAME,
    folder_bytes,
    office_at,
    sealed_laptop,
    usb_copy,
)


@dataclass
class Setting:
    laptop: Path
    central_db: str
    central_keys: Path
    key_file: Path  # the laptop's enrollment.keys on the USB stick
    out: Path


@pytest.fixture
def setting(tmp_path: Path) -> Iterator[Setting]:
    office = office_at(tmp_path / "central")
    laptop = sealed_laptop(office, tmp_path / "field")
    office.close()
    yield Setting(laptop, office.url, office.keys_dir, usb_copy(laptop, tmp_path / "usb"),
                  tmp_path / "usb" / "cipondoh.recovery.json")


def run(*args: str, data_dir: Path, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "ENROLLMENT_DATA_DIR": str(data_dir), "ENROLLMENT_LANG": "en"}
    for key in ("ENROLLMENT_USER", "ENROLLMENT_PASSWORD", "ENROLLMENT_RECOVERY_CODE"):
        environment.pop(key, None)
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "enrollment_app.cli", *args],
                          env=environment, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


def issue(setting: Setting, *extra: str, key_file: Path | None = None
          ) -> subprocess.CompletedProcess[str]:
    return run("central", "recovery-file", "--db", setting.central_db, "--keys",
               str(setting.central_keys), "--key-file", str(key_file or setting.key_file),
               "--out", str(setting.out), *extra, data_dir=setting.central_keys.parent)


def recover(setting: Setting, *extra: str, code: str | None,
            password: str | None = NEW_PASSWORD) -> subprocess.CompletedProcess[str]:
    env = {}
    if code is not None:
        env["ENROLLMENT_RECOVERY_CODE"] = code
    if password is not None:
        env["ENROLLMENT_PASSWORD"] = password
    return run("recover", str(setting.out), *extra, data_dir=setting.laptop, env=env)


def test_the_office_issues_and_the_supervisor_recovers(setting: Setting) -> None:
    issued = issue(setting, "--json")
    assert issued.returncode == 0, issued.stderr
    answer = json.loads(issued.stdout)
    assert set(answer) == {"recovery_file", "device", "device_id", "code", "expires_at"}
    assert answer["recovery_file"] == str(setting.out) and setting.out.exists()
    assert answer["device"] == "Laptop Cipondoh"
    code = answer["code"]

    before = folder_bytes(setting.laptop)
    wrong = recover(setting, "--user", SUPERVISOR_NAME, code="AAAA-BBBB-CCCC-DDDD-EEEE")
    assert wrong.returncode == 1 and "recovery code is wrong" in wrong.stderr
    no_code = recover(setting, "--user", SUPERVISOR_NAME, code=None)
    assert no_code.returncode == 1 and "ENROLLMENT_RECOVERY_CODE" in no_code.stderr
    weak = recover(setting, "--user", SUPERVISOR_NAME, code=code, password="rina")
    assert weak.returncode == 1 and "Password" in weak.stderr
    assert recover(setting, code=code).returncode == 2  # whose password?
    assert folder_bytes(setting.laptop) == before

    done = recover(setting, "--user", SUPERVISOR_NAME, "--json", code=code.lower())
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "device": "Laptop Cipondoh", "device_id": answer["device_id"],
        "user": SUPERVISOR_NAME, "recovery_file": str(setting.out)}

    # The new password signs in from now on.
    users = run("users", "list", "--json", data_dir=setting.laptop,
                env={"ENROLLMENT_USER": SUPERVISOR_NAME, "ENROLLMENT_PASSWORD": NEW_PASSWORD})
    assert users.returncode == 0, users.stderr
    assert SUPERVISOR_NAME in [u["username"] for u in json.loads(users.stdout)["users"]]
    again = recover(setting, "--user", SUPERVISOR_NAME, code=code)
    assert again.returncode == 1 and "already used" in again.stderr


def test_text_output_shows_the_code_in_groups(setting: Setting) -> None:
    issued = issue(setting)
    assert issued.returncode == 0, issued.stderr
    assert "by phone" in issued.stdout
    code_line = next(line for line in issued.stdout.splitlines() if "by phone" in line)
    assert code_line.split()[-1].count("-") == 4
    done = recover(setting, "--user", SUPERVISOR_NAME, code=code_line.split()[-1])
    assert done.returncode == 0, done.stderr
    assert "New password set for supervisor 'rina'" in done.stdout


def test_the_office_refuses_a_damaged_key_file(setting: Setting) -> None:
    damaged = setting.key_file.with_name("damaged.keys")
    damaged.write_text("{not json")
    refused = issue(setting, "--json", key_file=damaged)
    assert refused.returncode == 1
    assert "not a laptop's key file" in json.loads(refused.stdout)["error"]
    assert "not a laptop's key file" in refused.stderr
    assert not setting.out.exists()
    usage = run("central", "recovery-file", "--out", str(setting.out),
                data_dir=setting.central_keys.parent)
    assert usage.returncode == 2 and "--key-file" in usage.stderr


def test_a_file_edited_by_hand_is_refused(setting: Setting) -> None:
    code = json.loads(issue(setting, "--json").stdout)["code"]
    document = json.loads(setting.out.read_text())
    document["payload"] = document["payload"].replace('"expires_at":"2', '"expires_at":"3')
    setting.out.write_text(json.dumps(document))
    before = folder_bytes(setting.laptop)
    refused = recover(setting, "--user", SUPERVISOR_NAME, "--json", code=code)
    assert refused.returncode == 1
    assert "signature does not match" in json.loads(refused.stdout)["error"]
    assert folder_bytes(setting.laptop) == before
