"""docs/bundle-format.md is precise enough: its independent reader (stdlib and
cryptography only, run in isolated mode) reads a bundle the application wrote."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from enrollment_app.services import export
from enrollment_app.services.context import ServiceContext
from tests.sync.conftest import add_people

DOCUMENT = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"


def independent_reader() -> str:
    text = DOCUMENT.read_text(encoding="utf-8")
    section = text.split("## An independent reader", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)  # type: ignore[union-attr]


def test_the_documented_reader_reads_a_real_bundle(device: ServiceContext, usb: Path,
                                                   central_dir: Path, tmp_path: Path) -> None:
    add_people(device, 25)
    result = export.export_bundle(device, usb)
    script = tmp_path / "reader.py"
    script.write_text(independent_reader(), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-I", str(script), str(result.path),
         str(central_dir / "central-encryption.pem")],
        capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == f"Tim Cipondoh 1 1 {result.total}"
