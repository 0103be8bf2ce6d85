"""The ``enrollment central`` command-line contract, in subprocesses as scripts use it:
init, provision, import (exit codes, --json shape), stats (the device's shape), report."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from enrollment_app.services.central import CentralOffice, default_keys_dir
from enrollment_app.services.stats import collect_stats
from tests.central.devices import SimulatedDevice

PASSWORD = "sandi-rahasia-1"


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        # A file with personal data starts with a "# ..." notice line.
        return list(csv.DictReader(line for line in handle if not line.startswith("# ")))


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ENROLLMENT_DATA_DIR": str(data_dir), "ENROLLMENT_LANG": "en",
           "ENROLLMENT_PASSWORD": PASSWORD}
    return subprocess.run([sys.executable, "-m", "enrollment_app.cli", *args], env=env,
                          capture_output=True, text=True, timeout=180)


def test_init_makes_the_database_and_keys_once(tmp_path: Path) -> None:
    first = run(tmp_path, "central", "init", "--json")
    assert first.returncode == 0, first.stderr
    made = json.loads(first.stdout)
    assert made["keys_created"] is True
    assert Path(made["keys"]) == tmp_path / "central-keys"
    assert (tmp_path / "central.sqlite").exists()
    assert oct((tmp_path / "central-keys" / "central-encryption.pem").stat().st_mode)[-3:] \
        == "600"
    again = json.loads(run(tmp_path, "central", "init", "--json").stdout)
    assert again["keys_created"] is False
    assert again["encryption_key_id"] == made["encryption_key_id"]


def test_provision_registers_the_device_and_writes_its_file(tmp_path: Path) -> None:
    assert run(tmp_path, "central", "init").returncode == 0
    out = tmp_path / "laptop-3.provisioning.json"
    result = run(tmp_path, "central", "provision", "--device-name", "Laptop 3", "--team",
                 "Tim Karawaci", "--out", str(out), "--supervisor", "rina", "--json")
    assert result.returncode == 0, result.stderr
    device = json.loads(result.stdout)
    from enrollment_app.sync.provisioning import read_provisioning_file

    provisioning = read_provisioning_file(out)
    assert provisioning.device_id == device["device_id"]
    assert (provisioning.device_name, provisioning.team) == ("Laptop 3", "Tim Karawaci")
    assert provisioning.supervisors() == ["rina"]
    listed = json.loads(run(tmp_path, "central", "devices", "--json").stdout)["devices"]
    assert [d["device_id"] for d in listed] == [device["device_id"]]
    assert listed[0]["signing_key_id"] is None  # pinned from its first bundle


def test_commands_refuse_a_database_that_was_never_set_up(tmp_path: Path) -> None:
    result = run(tmp_path, "central", "stats")
    assert result.returncode == 1 and "central init" in result.stderr
    assert not (tmp_path / "central.sqlite").exists()


def test_wrong_usage_exits_2(tmp_path: Path) -> None:
    assert run(tmp_path, "central").returncode == 2
    assert run(tmp_path, "central", "import").returncode == 2  # no bundle given
    assert run(tmp_path, "central", "report").returncode == 2  # --out missing


@pytest.fixture
def bundle_files(central_url: str, tmp_path: Path, devices: list[SimulatedDevice]
                 ) -> tuple[str, list[Path], Path]:
    """An initialised central database (SQLite and PostgreSQL), two registered laptops'
    bundles with the same person on both, and a bundle from an unknown laptop."""
    data_dir = tmp_path / "office"
    result = run(data_dir, "central", "init", "--db", central_url)
    assert result.returncode == 0, result.stderr
    office = CentralOffice(central_url, default_keys_dir(central_url, data_dir))
    recipient = office.keys().encryption_key.public_key()
    cipondoh = devices[0]
    for device in devices:
        office.register_device(device.name, device_id=device.device_id)
        device.register(nik="3671015502900001", full_name="Siti Aminah")
    cipondoh.register(nik="3671015502900002", full_name="Dewi Lestari",
                      kecamatan="36.71.05")
    office.close()
    files = [device.export_file(tmp_path / "usb", recipient) for device in devices]
    stranger = SimulatedDevice.create(tmp_path / "devices", "Laptop Asing")
    stranger.register()
    files.append(stranger.export_file(tmp_path / "usb", recipient))
    stranger.close()
    return central_url, files, data_dir


def test_import_report_and_stats_contract(bundle_files: tuple[str, list[Path], Path],
                                          tmp_path: Path, supervisor: object) -> None:
    url, files, data_dir = bundle_files
    first = run(data_dir, "central", "import", *map(str, files), "--db", url, "--json")
    assert first.returncode == 1  # one bundle was refused
    report = json.loads(first.stdout)
    assert (report["accepted"], report["already_imported"], report["rejected"]) == (2, 0, 1)
    by_device = {bundle["device_name"]: bundle for bundle in report["bundles"]}
    accepted, second = by_device["Laptop Cipondoh"], by_device["Laptop Larangan"]
    refused = by_device["Laptop Asing"]
    assert accepted["status"] == "accepted" and accepted["sequence"] == 1
    assert accepted["merged"]["participants"] == {"inserted": 2, "updated": 0,
                                                  "unchanged": 0, "stale": 0,
                                                  "conflicts": 0}
    assert accepted["possible_duplicates"] + second["possible_duplicates"] == 1
    assert refused["status"] == "rejected" and refused["reason"] == "unknown_device"
    assert refused["message"] and refused["device_name"] == "Laptop Asing"
    assert "never provisioned" in first.stderr

    again = run(data_dir, "central", "import", *map(str, files[:2]), "--db", url)
    assert again.returncode == 0, again.stderr
    assert again.stdout.count("ALREADY IMPORTED") == 2
    assert "nothing was changed" in again.stdout

    stats = json.loads(run(data_dir, "central", "stats", "--db", url, "--json").stdout)
    device_shape = collect_stats(supervisor.db).as_json()  # type: ignore[attr-defined]
    assert stats.keys() == device_shape.keys()
    assert stats["counts"].keys() == device_shape["counts"].keys()
    assert stats["per_kecamatan"].keys() >= device_shape["per_kecamatan"].keys()
    assert stats["counts"]["participants"] == 3
    assert stats["per_kecamatan"]["Tangerang"] == 2 and stats["per_kecamatan"]["Cipondoh"] == 1

    out = tmp_path / "report"
    written = run(data_dir, "central", "report", "--db", url, "--out", str(out), "--json")
    assert written.returncode == 0, written.stderr
    names = {Path(p).name for p in json.loads(written.stdout)["files"]}
    assert names == {"devices.csv", "per_day.csv", "per_kecamatan.csv", "bundles.csv",
                     "conflicts.csv", "possible_duplicates.csv",
                     "possible_duplicate_units.csv"}
    devices = read_csv(out / "devices.csv")
    assert {row["Device"]: row["Live participants"] for row in devices} == {
        "Laptop Cipondoh": "2", "Laptop Larangan": "1"}
    duplicates = read_csv(out / "possible_duplicates.csv")
    assert [row["NIK"] for row in duplicates] == ["3671015502900001"]
    # Issue 11: files with names or NIKs say so on their first line; the others do not.
    first_lines = {name: (out / name).read_text(encoding="utf-8-sig").splitlines()[0]
                   for name in ("possible_duplicates.csv", "conflicts.csv", "devices.csv")}
    assert first_lines["possible_duplicates.csv"].startswith("# This file holds personal")
    assert first_lines["conflicts.csv"].startswith("# ")
    assert not first_lines["devices.csv"].startswith("# ")
    per_kecamatan = {row["Kecamatan"]: row for row in read_csv(out / "per_kecamatan.csv")}
    assert per_kecamatan["Tangerang"]["Participants"] == "2"
    assert per_kecamatan["Tangerang"]["Laptop Larangan"] == "1"
    per_day = read_csv(out / "per_day.csv")
    assert sum(int(row["Participants"]) for row in per_day) == 3

    xlsx = run(data_dir, "central", "report", "--db", url, "--out", str(out), "--format",
               "xlsx")
    assert xlsx.returncode == 0, xlsx.stderr
    workbook = load_workbook(out / "reconciliation.xlsx", read_only=True)
    assert "personal data" in workbook.properties.description
    assert workbook.sheetnames == ["Per device", "Per day", "Per kecamatan", "Bundles",
                                   "Conflicts", "Possible duplicates",
                                   "Possible duplicate units"]
    rows = list(workbook["Possible duplicates"].iter_rows(values_only=True))
    assert rows[1][1] == "3671015502900001"
    workbook.close()
