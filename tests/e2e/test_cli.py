"""The command-line contract, exercised in subprocesses as scripts use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unlocked import keyed

PASSWORD = "sandi-rahasia-1"


def run(data_dir: Path, *args: str, password: str | None = PASSWORD, stdin: str = ""
        ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ENROLLMENT_DATA_DIR": str(data_dir), "ENROLLMENT_LANG": "id"}
    env.pop("ENROLLMENT_PASSWORD", None)
    if password is not None:
        env["ENROLLMENT_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "enrollment_app.cli", *args], env=env,
                          input=stdin, capture_output=True, text=True, timeout=120)


@pytest.fixture
def initialised(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    result = run(data_dir, "init", "--device-name", "Tim Larangan", "--supervisor", "rina",
                 "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["supervisor"] == "rina"
    return data_dir


def test_stats_json_has_the_contract_shape(initialised: Path) -> None:
    result = run(initialised, "stats", "--json")
    assert result.returncode == 0
    stats = json.loads(result.stdout)
    assert stats["counts"]["participants"] == 0
    assert {"applications", "interviews", "classes", "sessions", "attendance_marks",
            "groups", "business_units"} <= stats["counts"].keys()
    assert len(stats["per_kecamatan"]) == 13 and "Tangerang" in stats["per_kecamatan"]


def test_refusals_exit_1_with_a_message_in_indonesian(initialised: Path,
                                                      tmp_path: Path) -> None:
    again = run(initialised, "init", "--device-name", "Lain", "--supervisor", "budi")
    assert again.returncode == 1 and "sudah" in again.stderr.lower()
    weak = run(tmp_path / "other", "init", "--device-name", "X", "--supervisor", "budi",
               password="123")
    assert weak.returncode == 1 and "8" in weak.stderr
    no_password = run(tmp_path / "third", "init", "--device-name", "X", "--supervisor",
                      "budi", password=None)
    assert no_password.returncode == 1 and "ENROLLMENT_PASSWORD" in no_password.stderr


def test_wrong_usage_exits_2(tmp_path: Path) -> None:
    assert run(tmp_path, "no-such-command").returncode == 2
    assert run(tmp_path, "demo").returncode == 2  # --participants missing


def test_audit_verify_names_the_first_edited_entry(initialised: Path) -> None:
    assert run(initialised, "audit", "verify").returncode == 0
    with keyed(initialised, "rina") as connection:
        connection.execute("UPDATE audit_log SET user_id = 'someone-else' WHERE seq = 1")
    result = run(initialised, "audit", "verify", "--json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["first_broken_entry"] == 1


def test_backup_then_restore_brings_the_data_back(initialised: Path) -> None:
    backup = run(initialised, "backup", "--json")
    assert backup.returncode == 0
    copy = Path(json.loads(backup.stdout)["backup"])
    with keyed(initialised, "rina") as connection:
        connection.execute("UPDATE device SET name = 'Rusak'")
    restored = run(initialised, "restore", str(copy), "--json")
    assert restored.returncode == 0, restored.stderr
    with keyed(initialised, "rina") as connection:
        assert connection.execute("SELECT name FROM device").fetchone()[0] == "Tim Larangan"
    not_a_backup = initialised / "notes.txt"
    not_a_backup.write_text("bukan basis data")
    assert run(initialised, "restore", str(not_a_backup)).returncode == 1


def test_selftest_passes(tmp_path: Path) -> None:
    result = run(tmp_path, "selftest", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["ok"] is True


def test_commands_speak_the_language_saved_in_settings(initialised: Path) -> None:
    (initialised / "preferences.json").write_text('{"language": "en"}', encoding="utf-8")
    env = {**os.environ, "ENROLLMENT_DATA_DIR": str(initialised),
           "ENROLLMENT_PASSWORD": "not-the-password"}
    env.pop("ENROLLMENT_LANG", None)
    english = subprocess.run([sys.executable, "-m", "enrollment_app.cli", "stats"], env=env,
                             capture_output=True, text=True, timeout=120)
    assert english.returncode == 1 and "Wrong user name or password" in english.stderr
    indonesian = run(initialised, "stats", password="not-the-password")  # ENROLLMENT_LANG=id
    assert indonesian.returncode == 1 and "kata sandi salah" in indonesian.stderr
