"""The sync screens driven as a supervisor uses them: export dialog, update dialog, the
wizard's provisioning step and the Sync menu."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from enrollment_app import i18n
from enrollment_app.services import export
from enrollment_app.services.accounts import hash_password
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.device_setup import initialize_device
from enrollment_app.services.unlock import DeviceAccess
from enrollment_app.storage.database import Database
from enrollment_app.storage.key_file import key_file_path, load_key_file
from enrollment_app.storage.models import Participant
from enrollment_app.sync.provisioning import CentralKeys, ProvisionedUser, make_provisioning_file
from enrollment_app.ui.first_run_wizard import FirstRunWizard
from enrollment_app.ui.main_window import MainWindow
from enrollment_app.ui.sync import worker
from enrollment_app.ui.sync.apply_update_dialog import ApplyUpdateDialog
from enrollment_app.ui.sync.export_dialog import ExportDialog
from enrollment_app.ui.widgets.banner import BannerKind
from tests.staff import add_staff
from tests.sync.conftest import add_people
from tests.sync.rosters import class_with_roster, write_update

WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    i18n.install_translator("en")


def show(qtbot: QtBot, widget: Any) -> Any:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot: QtBot, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def recorded_export(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Wraps export.export_bundle to see which thread ran it and what progress it gave;
    ``gate`` (set by default) lets a test hold the export back until it pressed cancel."""
    seen: dict[str, Any] = {"threads": set(), "progress": [], "gate": threading.Event()}
    seen["gate"].set()
    real = export.export_bundle

    def wrapped(ctx: ServiceContext, folder: Path, request: Any = None, *,
                progress: Callable[[int, int], bool] | None = None, **options: Any) -> Any:
        seen["threads"].add(threading.get_ident())
        seen["gate"].wait(10)

        def report(done: int, total: int) -> bool:
            seen["progress"].append((done, total))
            return progress(done, total) if progress else True

        return real(ctx, folder, request, progress=report, **options)

    monkeypatch.setattr(export, "export_bundle", wrapped)
    return seen


def test_export_runs_off_the_gui_thread_and_shows_what_was_written(
        qtbot: QtBot, device: ServiceContext, usb: Path,
        recorded_export: dict[str, Any]) -> None:
    add_people(device, 700)
    dialog = show(qtbot, ExportDialog(device, folder=str(usb)))
    qtbot.waitUntil(lambda: "will hold" in dialog.summary_title.text(), timeout=WAIT_MS)
    assert str(export.summarize_pending(device).total) in dialog.summary_title.text()
    assert dialog.counts.rowCount() >= 1 and dialog.per_kecamatan.rowCount() == 13
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as written:
        click(qtbot, dialog.export_button)
        assert dialog.cancel_button.isEnabled() and not dialog.export_button.isEnabled()
    result = written.args[0]
    assert result.path.exists() and result.counts["participants"] == 700
    assert recorded_export["threads"] and threading.get_ident() not in recorded_export[
        "threads"], "the export ran on a worker thread"
    assert recorded_export["progress"][-1][0] == recorded_export["progress"][-1][1]
    assert dialog.banner.kind() == BannerKind.SUCCESS
    assert str(result.path) in dialog.banner.text()
    assert "holds" in dialog.summary_title.text()
    qtbot.waitUntil(lambda: dialog.history.rowCount() == 1)
    assert dialog.export_button.isEnabled()


def test_cancel_leaves_no_file(qtbot: QtBot, device: ServiceContext, usb: Path,
                               recorded_export: dict[str, Any]) -> None:
    add_people(device, 600)
    dialog = show(qtbot, ExportDialog(device, folder=str(usb)))
    recorded_export["gate"].clear()
    click(qtbot, dialog.export_button)
    click(qtbot, dialog.cancel_button)
    recorded_export["gate"].set()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)
    assert "cancelled" in dialog.banner.text().lower()
    assert list(usb.iterdir()) == []
    assert export.list_exports(device) == []


def test_a_dialog_deleted_mid_export_cancels_it_without_crashing(
        qtbot: QtBot, device: ServiceContext, usb: Path,
        recorded_export: dict[str, Any]) -> None:
    """Qt aborts the program when a running QThread is destroyed with its widget."""
    add_people(device, 50)
    dialog = ExportDialog(device, folder=str(usb))
    dialog.show()
    recorded_export["gate"].clear()
    click(qtbot, dialog.export_button)
    dialog.deleteLater()
    qtbot.wait(50)
    recorded_export["gate"].set()
    qtbot.waitUntil(lambda: worker.running_count() == 0, timeout=WAIT_MS)
    assert list(usb.iterdir()) == [] and export.list_exports(device) == []


def test_a_written_bundle_can_be_written_again(qtbot: QtBot, device: ServiceContext,
                                               usb: Path, tmp_path: Path) -> None:
    add_people(device, 5)
    first = export.export_bundle(device, usb)
    copies = tmp_path / "copies"
    copies.mkdir()
    dialog = show(qtbot, ExportDialog(device, folder=str(copies)))
    assert dialog.history.rowCount() == 1 and not dialog.recreate_button.isEnabled()
    dialog.history.selectRow(0)
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as written:
        click(qtbot, dialog.recreate_button)
    again = written.args[0]
    assert again.recreated and again.sequence == first.sequence
    assert again.path.parent == copies and "again" in dialog.banner.text()


def test_date_range_and_folder_are_checked_before_anything_runs(
        qtbot: QtBot, device: ServiceContext) -> None:
    add_people(device, 2)
    dialog = show(qtbot, ExportDialog(device, folder=""))
    click(qtbot, dialog.export_button)
    assert dialog.banner.kind() == BannerKind.ERROR and not dialog.is_busy()
    dialog.range.setChecked(True)
    assert dialog.since.isEnabled()
    dialog.since.setText("31-02-2026")
    assert dialog.request() is None and dialog.banner.kind() == BannerKind.ERROR
    dialog.full.setChecked(True)
    qtbot.waitUntil(lambda: "will hold" in dialog.summary_title.text(), timeout=WAIT_MS)


def test_without_the_central_key_the_dialog_says_so(qtbot: QtBot,
                                                    supervisor: ServiceContext) -> None:
    dialog = show(qtbot, ExportDialog(supervisor, folder="/tmp"))
    assert dialog.banner.kind() == BannerKind.ERROR
    assert "provisioning" in dialog.banner.text()
    assert not dialog.export_button.isEnabled()


def test_the_sync_menu_is_for_supervisors(qtbot: QtBot, device: ServiceContext) -> None:
    window = show(qtbot, MainWindow(device, device_name="Tim Cipondoh 1"))
    features = window.sync_features
    assert features.export_action is not None and features.export_action.isEnabled()
    dialog = features.open_export()
    qtbot.waitExposed(dialog)
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    dialog.close()
    officer = add_staff(device, "budi", "field_officer")
    other = show(qtbot, MainWindow(officer, device_name="Tim Cipondoh 1"))
    assert other.sync_features.export_action is None


def test_an_update_is_applied_from_the_dialog(qtbot: QtBot, device: ServiceContext,
                                              central: CentralKeys, usb: Path,
                                              tmp_path: Path) -> None:
    elsewhere_dir = tmp_path / "elsewhere"
    elsewhere_dir.mkdir()
    db = Database.open(elsewhere_dir)
    try:
        elsewhere = initialize_device(db, device_name="Tim Karawaci",
                                      supervisor_username="sari", password="nasi-uduk-55")
        class_with_roster(elsewhere, people=3)
        update = write_update(central, elsewhere, device, usb)
    finally:
        db.close()
    dialog = show(qtbot, ApplyUpdateDialog(device, file=str(update.path)))
    with qtbot.waitSignal(dialog.applied, timeout=WAIT_MS):
        click(qtbot, dialog.apply_button)
    assert dialog.banner.kind() == BannerKind.SUCCESS and "3 new" in dialog.banner.text()
    with device.read() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == 3
    click(qtbot, dialog.apply_button)
    qtbot.waitUntil(lambda: "already applied" in dialog.banner.text(), timeout=WAIT_MS)
    dialog.file.setText(str(tmp_path / "nothing.bundle"))
    click(qtbot, dialog.apply_button)
    qtbot.waitUntil(lambda: dialog.banner.kind() == BannerKind.ERROR, timeout=WAIT_MS)
    assert "cannot be read" in dialog.banner.text()


def test_the_wizard_sets_up_from_a_provisioning_file(qtbot: QtBot, db: Database,
                                                     central: CentralKeys,
                                                     tmp_path: Path) -> None:
    path = make_provisioning_file(
        tmp_path / "tim.provisioning.json", central_signing_key=central.signing_key,
        central_encryption_key=central.encryption_key, device_name="Tim Periuk",
        team="Disnaker", users=[ProvisionedUser("rina", "supervisor",
                                                hash_password("kopi-pagi-77"), "Rina")])
    wizard = show(qtbot, FirstRunWizard(DeviceAccess(db.data_dir, db, None),
                                        choose_file=lambda _parent, _current: str(path)))
    page = wizard.device_page
    click(qtbot, page.provisioning.choose_button)
    assert page.device_name.text() == "Tim Periuk" and page.device_name.isReadOnly()
    assert "Tim Periuk" in page.provisioning.summary.text()
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.provisioning_page
    key_text = wizard.provisioning_page.central_key.text().replace(" ", "")
    assert central.public.signing_key_id.startswith(key_text)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    supervisor_page = wizard.supervisor_page
    assert wizard.currentPage() is supervisor_page
    qtbot.keyClicks(supervisor_page.username, "rina")
    assert not supervisor_page.password_again.isVisible()
    qtbot.keyClicks(supervisor_page.password, "kopi-pagi-77")
    with qtbot.waitSignal(wizard.accepted):
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    ctx = wizard.context
    assert ctx is not None and ctx.actor.username == "rina"
    assert ctx.db.key is not None, "encrypted at once"
    keys = load_key_file(key_file_path(db.data_dir))
    assert keys.device_name == "Tim Periuk" and keys.usernames() == ["rina"]
    assert keys.recovery is not None, "the central office can recover this laptop"
    assert keys.central_signing_key is not None
    ctx.db.close()


def test_the_wizard_refuses_a_damaged_provisioning_file(qtbot: QtBot, db: Database,
                                                        tmp_path: Path) -> None:
    path = tmp_path / "broken.provisioning.json"
    path.write_text('{"format": "enrollment-provisioning", "format_version": 1}',
                    encoding="utf-8")
    wizard = show(qtbot, FirstRunWizard(DeviceAccess(db.data_dir, db, None)))
    page = wizard.device_page
    page.provisioning.path.setText(str(path))
    qtbot.keyClicks(page.device_name, "Tim Lain")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is page
    assert page.provisioning.message.isVisible()
