"""The central office's import screen, driven as staff use it: add files, verify, import,
cancel; and the main window offering it to the central role only."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from enrollment_app import i18n
from enrollment_app.services.central import CentralOffice, Status
from enrollment_app.services.context import Actor, ServiceContext
from enrollment_app.ui.central.import_screen import CentralImportScreen
from enrollment_app.ui.central.results_model import BundleResultsModel
from enrollment_app.ui.main_window import MainWindow
from tests.central.devices import SimulatedDevice
from tests.central.dump import dump

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
SCREEN_SIZE = (1180, 520)


@pytest.fixture(autouse=True)
def english_source_texts(qapp: QApplication) -> None:
    i18n.install_translator("en")


@pytest.fixture
def bundles(sqlite_office: CentralOffice, devices: list[SimulatedDevice],
            tmp_path: Path) -> list[Path]:
    """A registered laptop's two bundles, and one from a laptop never provisioned."""
    recipient = sqlite_office.keys().encryption_key.public_key()
    known, stranger = devices
    sqlite_office.register_device(known.name, device_id=known.device_id)
    known.register(full_name="Sri Wahyuni")
    first = known.export_file(tmp_path / "usb", recipient)
    known.register(full_name="Ani Suryani", nik="3671015502900002")
    second = known.export_file(tmp_path / "usb", recipient)
    stranger.register(full_name="Budi Santoso", nik="3671010101900003")
    refused = stranger.export_file(tmp_path / "usb", recipient)
    return [first, second, refused]


class Chooser:
    def __init__(self, answer: Sequence[Path]) -> None:
        self.answer = [str(path) for path in answer]
        self.asked = 0

    def __call__(self, parent: QWidget, caption: str, name_filter: str) -> list[str]:
        self.asked += 1
        return self.answer


def make_screen(qtbot: QtBot, office: CentralOffice, files: Sequence[Path]
                ) -> tuple[CentralImportScreen, Chooser]:
    chooser = Chooser(files)
    screen = CentralImportScreen(office, choose=chooser)
    qtbot.addWidget(screen)
    screen.resize(*SCREEN_SIZE)
    screen.show()
    qtbot.waitExposed(screen)
    return screen, chooser


def cell(screen: CentralImportScreen, row: int, column: int) -> str:
    return screen.model.index(row, column).data()


def test_import_shows_a_result_per_bundle(qtbot: QtBot, sqlite_office: CentralOffice,
                                          bundles: list[Path], tmp_path: Path) -> None:
    screen, chooser = make_screen(qtbot, sqlite_office, bundles)
    assert not screen.import_button.isEnabled()  # nothing chosen yet
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert chooser.asked == 1 and screen.model.rowCount() == 3
    with qtbot.waitSignal(screen.imported, timeout=30_000):
        qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.is_busy())

    statuses = [cell(screen, row, BundleResultsModel.STATUS) for row in range(3)]
    assert statuses == ["accepted", "accepted", "rejected"]
    assert cell(screen, 0, BundleResultsModel.NEW) == "2"  # the person and the supervisor
    assert "never provisioned" in cell(screen, 2, BundleResultsModel.DETAILS)
    assert "1 bundle(s) were refused" in screen.banner.text()
    assert "2 accepted" in screen.summary_label.text()
    assert sqlite_office.stats().counts["participants"] == 2
    screen.grab().save(str(tmp_path / "central-import.png"))

    # Importing the same files again changes nothing and says so.
    before = dump(sqlite_office)
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.is_busy(), timeout=30_000)
    assert [cell(screen, row, BundleResultsModel.STATUS) for row in range(2)] == [
        "already imported", "already imported"]
    assert dump(sqlite_office) == before


def test_verify_checks_without_importing(qtbot: QtBot, sqlite_office: CentralOffice,
                                         bundles: list[Path]) -> None:
    screen, _chooser = make_screen(qtbot, sqlite_office, bundles)
    screen.add_paths(bundles)
    before = dump(sqlite_office)
    qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.is_busy(), timeout=30_000)
    assert [row.result.status for row in screen.model.rows] == [
        Status.VERIFIED, Status.VERIFIED, Status.REJECTED]
    assert dump(sqlite_office) == before


def test_cancel_rolls_the_running_bundle_back(qtbot: QtBot, sqlite_office: CentralOffice,
                                              bundles: list[Path]) -> None:
    screen, _chooser = make_screen(qtbot, sqlite_office, bundles[:1])
    screen.add_paths(bundles[:1])
    before = dump(sqlite_office)
    screen.start_import()
    screen.cancel()  # before the worker's first progress report
    qtbot.waitUntil(lambda: not screen.is_busy(), timeout=30_000)
    assert screen.model.rows[0].result is None or screen.model.rows[0].result.status in (
        Status.CANCELLED,)
    assert dump(sqlite_office) == before


def test_the_screen_offers_to_set_up_a_missing_central_database(
        qtbot: QtBot, tmp_path: Path) -> None:
    office = CentralOffice(f"sqlite+pysqlite:///{tmp_path / 'new' / 'central.sqlite'}",
                           tmp_path / "new" / "central-keys")
    screen, _chooser = make_screen(qtbot, office, [])
    assert screen.setup_button.isVisible()
    assert "central init" in screen.banner.text()
    qtbot.mouseClick(screen.setup_button, Qt.MouseButton.LeftButton)
    assert not screen.setup_button.isVisible()
    assert "ready" in screen.banner.text()
    assert (tmp_path / "new" / "central-keys" / "central-encryption.pem").exists()
    office.close()


@pytest.mark.parametrize(("role", "offered"), [("central", True), ("supervisor", False)])
def test_the_main_window_offers_the_import_to_the_central_role(
        qtbot: QtBot, supervisor: ServiceContext, role: str, offered: bool) -> None:
    actor = Actor(supervisor.actor.user_id, "pusat", "Petugas Pusat", role)
    window = MainWindow(ServiceContext(supervisor.db, supervisor.device_id, actor))
    qtbot.addWidget(window)
    features = window.central_features
    assert (features.import_screen is not None) is offered
    if offered:
        window.show()
        qtbot.waitExposed(window)
        features.import_action.trigger()
        assert window.pages.currentWidget() is features.import_screen
        assert "central init" in features.import_screen.banner.text()
