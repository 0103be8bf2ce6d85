"""The frozen build: PyInstaller builds packaging/enrollment_app.spec into a temporary
folder (30-60 s), then the bundle's own programs run there, as on a field laptop.

CI (``CI=true``, see .ci/run) must build: without PyInstaller the test fails there. On a
developer's machine without the dev extra it is skipped.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from enrollment_app import __version__
from enrollment_app.storage.migrate import HEAD_REVISION

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "enrollment_app.spec"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
BUILD_TIMEOUT = 900
RUN_TIMEOUT = 180
PASSWORD = "sandi-rahasia-1"

pytestmark = pytest.mark.slow


def require_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    if os.environ.get("CI"):
        pytest.fail("PyInstaller is not installed: CI must build the frozen app "
                    "(scripts/install.sh --dev installs it)")
    pytest.skip("PyInstaller is not installed (pip install -e '.[build]')")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/enrollment_app of a fresh build."""
    require_pyinstaller()
    build = tmp_path_factory.mktemp("frozen")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(build / "dist"), "--workpath", str(build / "work"), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-6000:]
    return build / "dist" / "enrollment_app"


def run_frozen(bundle: Path, program: str, *args: str, home: Path
               ) -> subprocess.CompletedProcess[str]:
    """Run a program of the bundle with a scratch data folder and temp folder, no
    display, and nothing of the developer's Python environment."""
    scratch = home / "tmp"
    scratch.mkdir(parents=True, exist_ok=True)
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV", "ENROLLMENT_", "QT_"))}
    env.update(QT_QPA_PLATFORM="offscreen", ENROLLMENT_DATA_DIR=str(home / "data"),
               ENROLLMENT_LANG="en", ENROLLMENT_PASSWORD=PASSWORD, TMPDIR=str(scratch),
               TEMP=str(scratch), TMP=str(scratch), HOME=str(home))
    return subprocess.run([str(bundle / f"{program}{EXE_SUFFIX}"), *args], env=env,
                          capture_output=True, text=True, timeout=RUN_TIMEOUT, cwd=home)


def files_under(folder: Path, pattern: str) -> Sequence[str]:
    return sorted(path.name for path in folder.rglob(pattern))


def test_bundle_holds_both_programs_resources_and_migration_sources(bundle: Path) -> None:
    assert (bundle / f"enrollment{EXE_SUFFIX}").is_file()
    assert (bundle / f"enrollment-app{EXE_SUFFIX}").is_file()
    internal = bundle / "_internal"
    assert (internal / "resources" / "reference" / "kota_tangerang_regions.csv").is_file()
    assert (internal / "resources" / "translations" / "enrollment_id.qm").is_file()
    assert not files_under(internal / "resources", "*.ts")
    versions = internal / "enrollment_app" / "storage" / "migrations" / "versions"
    assert (versions.parent / "env.py").is_file()
    assert any(name.startswith(HEAD_REVISION) for name in files_under(versions, "*.py"))
    assert files_under(internal / "sqlcipher3", "_sqlite3*"), "the SQLCipher driver"


def test_bundle_leaves_out_what_the_app_does_not_use(bundle: Path) -> None:
    internal = bundle / "_internal"
    libraries = " ".join(files_under(internal, "*Qt6*"))
    for unused in ("Quick", "Qml", "WebEngine", "3D", "Multimedia", "Pdf", "VirtualKeyboard"):
        assert f"Qt6{unused}" not in libraries
    platforms = files_under(internal / "PySide6" / "Qt" / "plugins" / "platforms", "*")
    assert any("offscreen" in name for name in platforms)
    assert not [name for name in platforms if "eglfs" in name or "vnc" in name]
    for package in ("psycopg", "pytest", "hypothesis", "tkinter", "PyInstaller"):
        assert not (internal / package).exists(), package
    assert not files_under(internal / "PySide6" / "Qt" / "translations", "*.qm")


def test_frozen_cli_selftest_migrates_registers_and_exports(bundle: Path,
                                                            tmp_path: Path) -> None:
    result = run_frozen(bundle, "enrollment", "selftest", "--json", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert report["checks"] == {"migrate": True, "translations": True,
                                "register_and_search": True, "audit_chain": True,
                                "export_bundle": True, "encrypt_and_sign_in": True,
                                "encrypted_on_disk": True, "backup": True}
    assert not (tmp_path / "data").exists()  # the self-test never uses the data folder
    assert list((tmp_path / "tmp").iterdir()) == []  # and cleans up its scratch folder


def test_frozen_cli_keeps_its_contract(bundle: Path, tmp_path: Path) -> None:
    version = run_frozen(bundle, "enrollment", "--version", home=tmp_path)
    assert (version.returncode, version.stdout.strip()) == (0, f"enrollment {__version__}")
    init = run_frozen(bundle, "enrollment", "init", "--device-name", "Tim Frozen",
                      "--supervisor", "rina", "--json", home=tmp_path)
    assert init.returncode == 0, init.stderr
    stats = run_frozen(bundle, "enrollment", "stats", "--json", home=tmp_path)
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["counts"]["participants"] == 0
    assert (tmp_path / "data" / "enrollment.sqlite").is_file()
    assert run_frozen(bundle, "enrollment", "no-such-command", home=tmp_path).returncode == 2


def test_frozen_gui_selftest_draws_the_main_window_off_screen(bundle: Path,
                                                              tmp_path: Path) -> None:
    version = run_frozen(bundle, "enrollment-app", "--version", home=tmp_path)
    assert (version.returncode, version.stdout.strip()) == (0, __version__)
    result = run_frozen(bundle, "enrollment-app", "--selftest", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "OK   main_window" in lines and "OK   export_bundle" in lines
    assert "OK   encrypted_on_disk" in lines and "OK   backup" in lines
    assert not [line for line in lines if line.startswith("FAIL")]
    assert not (tmp_path / "data").exists()
