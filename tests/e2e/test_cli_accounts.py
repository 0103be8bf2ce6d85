"""`enrollment users|audit list|subject-export|subject-correction` as scripts use them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PASSWORD = "sandi-rahasia-1"
NEW_PASSWORD = "lapangan-77"


def run(data_dir: Path, *args: str, user: str | None = None, password: str = PASSWORD,
        new_password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ENROLLMENT_DATA_DIR": str(data_dir), "ENROLLMENT_LANG": "en",
           "ENROLLMENT_PASSWORD": password}
    for key in ("ENROLLMENT_USER", "ENROLLMENT_NEW_PASSWORD"):
        env.pop(key, None)
    if user:
        env["ENROLLMENT_USER"] = user
    if new_password:
        env["ENROLLMENT_NEW_PASSWORD"] = new_password
    return subprocess.run([sys.executable, "-m", "enrollment_app.cli", *args], env=env,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


@pytest.fixture
def device(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    assert run(data_dir, "init", "--device-name", "Tim Larangan",
               "--supervisor", "rina").returncode == 0
    return data_dir


def test_users_add_list_disable_and_the_exit_codes(device: Path) -> None:
    added = run(device, "users", "add", "budi", "--role", "field_officer", "--full-name",
                "Budi Santoso", "--json", new_password=NEW_PASSWORD)
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["user"]["role"] == "field_officer"
    listed = json.loads(run(device, "users", "list", "--json").stdout)
    assert [u["username"] for u in listed["users"]] == ["budi", "rina"]
    # A field officer may not manage users: refused (1) with a message.
    refused = run(device, "users", "list", user="budi", password=NEW_PASSWORD)
    assert refused.returncode == 1 and "role may not" in refused.stderr
    assert run(device, "users", "disable", "budi").returncode == 0
    # The disabled account cannot sign in any more.
    disabled = run(device, "users", "list", user="budi", password=NEW_PASSWORD)
    assert disabled.returncode == 1 and "Wrong user name or password" in disabled.stderr
    # Wrong usage: unknown role, missing name -> 2.
    assert run(device, "users", "add", "x", "--role", "admin").returncode == 2
    assert run(device, "users", "disable").returncode == 2
    # Refused input: a weak password, the own account.
    weak = run(device, "users", "add", "sari", "--role", "trainer", new_password="123")
    assert weak.returncode == 1 and "8" in weak.stderr
    assert run(device, "users", "disable", "rina").returncode == 1
    no_password = run(device, "users", "reset-password", "budi")
    assert no_password.returncode == 1 and "ENROLLMENT_NEW_PASSWORD" in no_password.stderr


def test_audit_list_and_subject_requests(device: Path, tmp_path: Path) -> None:
    assert run(device, "demo", "--participants", "3").returncode == 0
    listed = run(device, "audit", "list", "--table", "participants", "--json")
    assert listed.returncode == 0, listed.stderr
    entries = json.loads(listed.stdout)
    assert entries["total"] == 3 and entries["entries"][0]["username"] == "rina"
    nik = entries["entries"][0]["changes"]["nik"][1]
    by_user = json.loads(run(device, "audit", "list", "--user", "nobody", "--json").stdout)
    assert by_user["total"] == 0
    since = run(device, "audit", "list", "--since", "2999-01-01", "--json")
    assert json.loads(since.stdout)["total"] == 0
    assert run(device, "audit", "list", "--since", "kemarin").returncode == 2

    exported = run(device, "subject-export", nik, "--out", str(tmp_path / "out"), "--json")
    assert exported.returncode == 0, exported.stderr
    files = json.loads(exported.stdout)
    document = json.loads(Path(files["json"]).read_text(encoding="utf-8"))
    assert document["participant"]["nik"] == nik and Path(files["html"]).exists()
    corrected = run(device, "subject-correction", nik, "--request", "Alamat salah",
                    "--response", "Sudah diperbaiki", "--json")
    assert corrected.returncode == 0, corrected.stderr
    about = json.loads(run(device, "audit", "list", "--record", nik, "--json").stdout)
    assert {e["table"] for e in about["entries"]} == {"participants", "data_subject_requests"}
    missing = run(device, "subject-export", "3671019999990001", "--out", str(tmp_path))
    assert missing.returncode == 1 and "not found" in missing.stderr
