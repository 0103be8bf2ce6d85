"""The sync commands as scripts use them: subprocesses, exit codes, one JSON object."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from enrollment_app.services.accounts import hash_password
from enrollment_app.sync.provisioning import (
    ProvisionedUser,
    create_central_keys,
    load_central_keys,
    make_provisioning_file,
)
from tests.sync.bundle_files import flip_byte_inside

RINA, BUDI = "kopi-pagi-77", "teh-sore-88"
pytestmark = pytest.mark.slow  # subprocesses


def run(data_dir: Path, *args: str, password: str | None = RINA, user: str | None = None
        ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ENROLLMENT_DATA_DIR": str(data_dir), "ENROLLMENT_LANG": "en"}
    for name in ("ENROLLMENT_PASSWORD", "ENROLLMENT_USER"):
        env.pop(name, None)
    if password is not None:
        env["ENROLLMENT_PASSWORD"] = password
    if user is not None:
        env["ENROLLMENT_USER"] = user
    return subprocess.run([sys.executable, "-m", "enrollment_app.cli", *args], env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def office(tmp_path: Path) -> Path:
    keys = create_central_keys(tmp_path / "central-keys")
    central = load_central_keys(tmp_path / "central-keys")
    make_provisioning_file(
        tmp_path / "tim.provisioning.json", central_signing_key=central.signing_key,
        central_encryption_key=central.encryption_key, device_name="Tim Periuk",
        users=[ProvisionedUser("rina", "supervisor", hash_password(RINA)),
               ProvisionedUser("budi", "field_officer", hash_password(BUDI))])
    return keys.encryption_key.parent


def test_provision_export_verify_from_the_command_line(tmp_path: Path, office: Path) -> None:
    data, usb = tmp_path / "laptop", tmp_path / "usb"
    usb.mkdir()
    init = run(data, "init", "--supervisor", "rina", "--provisioning",
               str(tmp_path / "tim.provisioning.json"), "--json")
    assert init.returncode == 0, init.stderr
    assert json.loads(init.stdout)["device_name"] == "Tim Periuk"
    assert run(data, "demo", "--participants", "12").returncode == 0

    pending = run(data, "export", "--pending", "--json")
    assert json.loads(pending.stdout)["counts"]["participants"] == 12
    exported = run(data, "export", "--out", str(usb), "--json")
    assert exported.returncode == 0, exported.stderr
    result = json.loads(exported.stdout)
    assert Path(result["bundle"]).exists() and result["counts"]["participants"] == 12
    assert result["sequence"] == 1

    nothing = run(data, "export", "--out", str(usb), "--json")
    assert nothing.returncode == 0 and json.loads(nothing.stdout)["bundle"] is None

    key = str(office / "central-encryption.pem")
    verified = run(data, "bundle", "verify", result["bundle"], "--central-key", key, "--json")
    assert verified.returncode == 0, verified.stderr
    assert json.loads(verified.stdout)["records"] == sum(result["counts"].values())

    again = run(data, "export", "--recreate", "1", "--out", str(tmp_path), "--json")
    assert json.loads(again.stdout)["recreated"] is True
    listed = json.loads(run(data, "export", "--list", "--json").stdout)
    assert [b["sequence"] for b in listed["bundles"]] == [1]

    flip_byte_inside(Path(result["bundle"]), "payload.bin", offset=50)
    damaged = run(data, "bundle", "verify", result["bundle"], "--central-key", key)
    assert damaged.returncode == 1 and "swapped" in damaged.stderr


def test_refusals_exit_1_and_usage_errors_exit_2(tmp_path: Path, office: Path) -> None:
    data, usb = tmp_path / "laptop", tmp_path / "usb"
    usb.mkdir()
    run(data, "init", "--supervisor", "rina", "--provisioning",
        str(tmp_path / "tim.provisioning.json"))
    officer = run(data, "export", "--out", str(usb), user="budi", password=BUDI)
    assert officer.returncode == 1 and "role" in officer.stderr.lower()
    assert run(data, "export").returncode == 2, "--out is needed"
    assert run(data, "export", "--out", str(usb), "--full", "--since",
               "2026-01-01").returncode == 2
    gone = run(data, "export", "--out", str(tmp_path / "no-stick"))
    assert gone.returncode == 1 and "does not exist" in gone.stderr
    stranger = run(tmp_path / "plain", "init", "--device-name", "Tim Lain", "--supervisor",
                   "sari")
    assert stranger.returncode == 0
    assert run(tmp_path / "plain", "demo", "--participants", "1", user="sari").returncode == 0
    no_key = run(tmp_path / "plain", "export", "--out", str(usb), user="sari")
    assert no_key.returncode == 1 and "provisioning" in no_key.stderr
    trusted = run(tmp_path / "plain", "keys", "trust-central",
                  str(office / "central-public-keys.json"), user="sari")
    assert trusted.returncode == 0, trusted.stderr
    assert run(tmp_path / "plain", "export", "--out", str(usb), user="sari").returncode == 0
    shown = json.loads(run(tmp_path / "plain", "keys", "show", "--json").stdout)
    assert len(shown["signing_key_id"]) == 64 and shown["central_encryption_key_id"]


def test_a_damaged_provisioning_file_is_refused_by_init(tmp_path: Path, office: Path) -> None:
    path = tmp_path / "tim.provisioning.json"
    path.write_text(path.read_text(encoding="utf-8").replace("Tim Periuk", "Tim Lain"),
                    encoding="utf-8")
    result = run(tmp_path / "laptop", "init", "--supervisor", "rina", "--provisioning",
                 str(path))
    assert result.returncode == 1 and "signature" in result.stderr
