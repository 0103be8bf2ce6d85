"""`enrollment completion|print-cards|print-sheet|print-certificates` as scripts use them."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from enrollment_app.services.context import ServiceContext
from tests.class_setup import setting
from tests.conftest import PASSWORD, SUPERVISOR
from tests.finished_class import finished_class, mark_codes


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ENROLLMENT_DATA_DIR": str(data_dir), "ENROLLMENT_LANG": "en",
           "ENROLLMENT_PASSWORD": PASSWORD, "ENROLLMENT_USER": SUPERVISOR}
    return subprocess.run([sys.executable, "-m", "enrollment_app.cli", *args], env=env,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def test_completion_and_documents_from_the_command_line(
        supervisor: ServiceContext, data_dir: Path, tmp_path: Path) -> None:
    place = setting(supervisor)
    done = finished_class(supervisor, place, people=3, sessions=5)
    p = done.participant_ids
    mark_codes(supervisor, done, {p[0]: "HHHHH", p[1]: "HHHHA", p[2]: "HHHAA"})

    listed = run(data_dir, "completion", done.class_id, "--record", "--json")
    assert listed.returncode == 0, listed.stderr
    summary = json.loads(listed.stdout)
    assert summary["threshold"] == 80 and len(summary["recorded"]) == 2
    assert [(x["attended"], x["completes"]) for x in summary["people"]
            if x["participant_id"] == p[2]] == [(3, False)]

    cards = run(data_dir, "print-cards", done.class_id, "--out", str(tmp_path / "k.pdf"),
                "--json")
    assert cards.returncode == 0, cards.stderr
    assert json.loads(cards.stdout) == {"file": str(tmp_path / "k.pdf"), "pages": 1,
                                        "items": 3}
    sheet = run(data_dir, "print-sheet", done.session_ids[0], "--out", str(tmp_path / "h.pdf"))
    assert sheet.returncode == 0 and "Written" in sheet.stdout
    certificates = run(data_dir, "print-certificates", done.class_id, "--out",
                       str(tmp_path / "s.pdf"), "--json")
    assert json.loads(certificates.stdout)["items"] == 2
    assert len(PdfReader(io.BytesIO((tmp_path / "s.pdf").read_bytes())).pages) == 2
    # Refused: an unknown class (1); wrong usage: no --out (2).
    assert run(data_dir, "print-cards", "tidak-ada", "--out", str(tmp_path / "x.pdf")
               ).returncode == 1
    assert run(data_dir, "print-cards", done.class_id).returncode == 2
