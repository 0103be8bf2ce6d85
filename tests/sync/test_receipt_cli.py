"""The command line for receipts and retention: ``central import --receipts DIR``,
``central receipt``, ``receipt load|list`` and ``retention --dry-run|--apply``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from tests.conftest import PASSWORD
from tests.services.test_retention import TODAY, apply, program, register
from tests.sync.office_and_laptop import SUPERVISOR_NAME, set_up


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ENROLLMENT_LANG": "en", "ENROLLMENT_PASSWORD": PASSWORD,
           "ENROLLMENT_USER": SUPERVISOR_NAME}
    return subprocess.run([sys.executable, "-m", "enrollment_app.cli", *args], env=env,
                          capture_output=True, text=True, timeout=180)


def test_receipts_and_retention_from_the_command_line(tmp_path: Path) -> None:
    field = set_up(tmp_path)
    person = register(field.laptop, 1, "Dewi Lestari")
    apply(field.laptop, person, program(field.laptop, TODAY - timedelta(days=5)), "completed")
    bundle = field.export()
    laptop_dir = str(field.laptop.db.path.parent)
    url = field.office.url
    keys = str(field.office.keys_dir)
    field.office.close()
    field.laptop.db.close()

    imported = run("central", "import", str(bundle), "--db", url, "--keys", keys,
                   "--receipts", str(field.receipts), "--json")
    assert imported.returncode == 0, imported.stderr
    (receipt,) = json.loads(imported.stdout)["receipts"]
    bundle_id = json.loads(imported.stdout)["bundles"][0]["bundle_id"]
    again = run("central", "receipt", "--db", url, "--keys", keys, "--bundle-id", bundle_id,
                "--out", str(tmp_path))
    assert again.returncode == 0 and "Receipt written" in again.stdout
    unknown = run("central", "receipt", "--db", url, "--keys", keys, "--bundle-id",
                  "00000000-0000-4000-8000-000000000000", "--out", str(tmp_path))
    assert unknown.returncode == 1 and "has not imported" in unknown.stderr

    waiting = run("--data-dir", laptop_dir, "retention", "--dry-run", "--today",
                  TODAY.isoformat(), "--json")
    assert json.loads(waiting.stdout)["unconfirmed"] == 1, waiting.stderr
    refused = run("--data-dir", laptop_dir, "retention", "--apply", "--today",
                  TODAY.isoformat())
    assert refused.returncode == 1 and "no central-office receipt" in refused.stderr

    damaged = tmp_path / "damaged.receipt.json"
    damaged.write_text(Path(receipt).read_text(encoding="utf-8")[:-30], encoding="utf-8")
    loaded = run("--data-dir", laptop_dir, "receipt", "load", receipt, str(damaged))
    assert loaded.returncode == 1
    assert "Bundle 1: received and merged at the central office" in loaded.stdout
    assert "not an import receipt" in loaded.stderr
    listed = json.loads(run("--data-dir", laptop_dir, "receipt", "list", "--json").stdout)
    assert listed["bundles"][0]["confirmed_at"] is not None

    removed = run("--data-dir", laptop_dir, "retention", "--apply", "--today",
                  TODAY.isoformat(), "--json")
    assert removed.returncode == 0, removed.stderr
    assert json.loads(removed.stdout)["removed"] == 1
