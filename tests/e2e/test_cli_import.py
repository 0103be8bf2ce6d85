"""`enrollment import-people` in subprocesses, as a supervisor's script runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.services.list_files import person, write_csv, write_xlsx
from tests.unlocked import keyed

PASSWORD = "sandi-rahasia-1"
pytestmark = pytest.mark.slow


def run(data_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ENROLLMENT_DATA_DIR": str(data_dir), "ENROLLMENT_LANG": "en",
           "ENROLLMENT_PASSWORD": PASSWORD}
    return subprocess.run([sys.executable, "-m", "enrollment_app.cli", *args], env=env,
                          cwd=cwd, capture_output=True, text=True, timeout=180)


@pytest.fixture
def device(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    result = run(data_dir, tmp_path, "init", "--device-name", "Tim Larangan",
                 "--supervisor", "rina")
    assert result.returncode == 0, result.stderr
    return data_dir


def participant_count(data_dir: Path) -> int:
    with keyed(data_dir, "rina") as connection:
        return connection.execute(
            "SELECT count(*) FROM participants WHERE deleted_at IS NULL").fetchone()[0]


def test_import_json_report_refused_file_and_reimport(device: Path, tmp_path: Path) -> None:
    rows = [person(1), person(2, NIK="3.67101E+15"), person(3), person(4, RT="")]
    source = write_csv(tmp_path / "dtks.csv", rows, delimiter=";", encoding="utf-8-sig")
    result = run(device, tmp_path, "import-people", str(source), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["accepted"], report["refused"], report["duplicates"]) == (2, 2, 0)
    assert [(r["line"], r["outcome"]) for r in report["rows"]] == [(3, "refused"),
                                                                    (5, "refused")]
    assert "scientific notation" in report["rows"][0]["reasons"][0]
    assert report["rows"][1]["codes"] == ["rt.required"]
    assert report["refused_file"] == str(tmp_path / "dtks-ditolak.csv")
    assert (tmp_path / "dtks-ditolak.csv").read_text(encoding="utf-8-sig").splitlines()[
        0].endswith(";Alasan")
    assert participant_count(device) == 2

    again = json.loads(run(device, tmp_path, "import-people", str(source), "--json").stdout)
    assert (again["accepted"], again["duplicates"]) == (0, 2)
    assert participant_count(device) == 2


def test_dry_run_writes_nothing(device: Path, tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "daftar.xlsx", [person(1), person(2, NIK=367101)])
    result = run(device, tmp_path, "import-people", str(source), "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["accepted"], report["refused"], report["dry_run"]) == (1, 1, True)
    assert participant_count(device) == 0
    assert not (tmp_path / "daftar-ditolak.xlsx").exists()


def test_text_report_for_a_person(device: Path, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "daftar.csv", [person(1), person(1)])
    result = run(device, tmp_path, "import-people", str(source))
    assert result.returncode == 0, result.stderr
    assert "Line 3" in result.stdout and "appears earlier in this file" in result.stdout
    assert "Accepted: 1" in result.stdout


@pytest.mark.parametrize(("content", "name", "message"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "daftar.xlsx", "password-protected"),
    (b"%PDF-1.4\x00\x00", "daftar.csv", "not a spreadsheet"),
    (b"NIK,Nama,Jenis Kelamin,Tanggal Lahir,RT,RW,Kelurahan\n", "daftar.csv",
     "no rows of people"),
])
def test_a_refused_file_exits_1_with_a_message(device: Path, tmp_path: Path, content: bytes,
                                               name: str, message: str) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    result = run(device, tmp_path, "import-people", str(source), "--json")
    assert result.returncode == 1
    assert message in json.loads(result.stdout)["error"] and message in result.stderr
    assert participant_count(device) == 0


def test_wrong_usage_exits_2(device: Path, tmp_path: Path) -> None:
    assert run(device, tmp_path, "import-people").returncode == 2
