"""``enrollment-app --selftest`` in-process: what the frozen build's check runs."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from enrollment_app.ui.gui_selftest import run_gui_selftest


def test_gui_selftest_passes_and_leaves_no_scratch_behind(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    report = run_gui_selftest(qapp)
    assert dict(report.checks) == {
        "migrate": True, "translations": True, "register_and_search": True,
        "audit_chain": True, "export_bundle": True, "encrypt_and_sign_in": True,
        "encrypted_on_disk": True, "backup": True, "load_translations": True,
        "main_window": True}
    assert report.ok
    assert list(tmp_path.iterdir()) == []
    assert not [w for w in qapp.topLevelWidgets() if w.isVisible()]
