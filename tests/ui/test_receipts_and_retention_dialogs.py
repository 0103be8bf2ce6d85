"""Issue 11 items 3 and 4 on screen: the supervisor loads the central office's receipts
(Sync menu), sees each bundle confirmed or not, and removes the personal data retention
allows; a bad receipt is refused on screen and changes nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from enrollment_app.storage.models import ExportedBundle, Participant
from enrollment_app.ui.sync.receipts_dialog import ReceiptsDialog
from enrollment_app.ui.sync.retention_dialog import RetentionDialog
from tests.services.test_retention import TODAY, apply, program, register
from tests.sync.office_and_laptop import OfficeAndLaptop, set_up
from tests.ui.modal_answers import answer_next_message_box


@pytest.fixture
def field(tmp_path: Path) -> Iterator[OfficeAndLaptop]:
    setting = set_up(tmp_path)
    yield setting
    setting.office.close()
    setting.laptop.db.close()


def shown(qtbot: QtBot, dialog: ReceiptsDialog | RetentionDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def test_receipts_are_loaded_and_bundles_show_as_confirmed(
        qtbot: QtBot, field: OfficeAndLaptop, tmp_path: Path) -> None:
    person = register(field.laptop, 1, "Dewi Lestari")
    apply(field.laptop, person, program(field.laptop, TODAY - timedelta(days=10)),
          "completed")
    bundle_id = field.import_bundle(field.export())
    receipt = field.office.write_receipt(bundle_id, field.receipts)
    forged = tmp_path / "forged.receipt.json"
    document = json.loads(receipt.read_text(encoding="utf-8"))
    document["payload"] = document["payload"].replace('"sequence":1', '"sequence":7')
    forged.write_text(json.dumps(document), encoding="utf-8")
    chosen: list[list[str]] = [[str(forged)], [str(receipt)]]
    dialog = ReceiptsDialog(field.laptop, choose_files=lambda *_args: chosen.pop(0))
    shown(qtbot, dialog)
    assert dialog.status_of(1) == "not yet confirmed"

    qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert "signature does not match" in dialog.banner.text()
    assert dialog.status_of(1) == "not yet confirmed"
    with field.laptop.read() as session:
        assert session.scalar(select(ExportedBundle.receipt)) is None

    with qtbot.waitSignal(dialog.loaded):
        qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert "Receipts loaded for bundle(s) 1" in dialog.banner.text()
    assert dialog.status_of(1).startswith("received and merged at the central office (")

    # Retention now allows removing Dewi's personal data, after one more question.
    retention = RetentionDialog(field.laptop, today=TODAY)
    shown(qtbot, retention)
    assert "can be removed now: 1" in retention.summary.text()
    answer_next_message_box(qtbot, "&Yes")
    with qtbot.waitSignal(retention.removed, timeout=10_000):
        qtbot.mouseClick(retention.remove_button, Qt.MouseButton.LeftButton)
    assert "removed from this laptop" in retention.banner.text()
    assert "can be removed now: 0" in retention.summary.text()
    assert not retention.remove_button.isEnabled()
    with field.laptop.read() as session:
        assert session.get(Participant, person).full_name == ""


def test_retention_waits_for_a_receipt(qtbot: QtBot, field: OfficeAndLaptop) -> None:
    person = register(field.laptop, 1, "Dewi Lestari")
    apply(field.laptop, person, program(field.laptop, date(2025, 6, 30)), "dropped")
    field.export()
    dialog = RetentionDialog(field.laptop, today=TODAY)
    shown(qtbot, dialog)
    assert "can be removed now: 0" in dialog.summary.text()
    assert "no receipt confirms yet: 1" in dialog.summary.text()
    assert not dialog.remove_button.isEnabled()


def test_the_central_import_screen_saves_receipts_the_laptop_accepts(
        qtbot: QtBot, field: OfficeAndLaptop, tmp_path: Path) -> None:
    from enrollment_app.services.receipts import bundle_confirmations, load_receipt
    from enrollment_app.ui.central.import_screen import CentralImportScreen

    register(field.laptop, 1, "Dewi Lestari")
    bundle = field.export()
    screen = CentralImportScreen(field.office, choose=lambda *_args: [str(bundle)],
                                 choose_folder=lambda *_args: str(field.receipts))
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert not screen.receipts_button.isEnabled()  # nothing imported yet
    with qtbot.waitSignal(screen.imported, timeout=30_000):
        qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.is_busy(), timeout=30_000)
    assert screen.receipts_button.isEnabled()

    qtbot.mouseClick(screen.receipts_button, Qt.MouseButton.LeftButton)
    assert "1 receipt(s) written" in screen.banner.text()
    (receipt,) = field.receipts.iterdir()
    load_receipt(field.laptop, receipt)
    assert bundle_confirmations(field.laptop)[0].confirmed_at is not None
    screen.grab().save(str(tmp_path / "central-receipts.png"))
