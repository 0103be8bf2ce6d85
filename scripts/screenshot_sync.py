"""Sync between the laptops and the central office, for scripts/screenshots.py
(``shoot_sync(save)``): a laptop's export dialog, the central import screen, the dialog
that sends an update back, the laptop applying it and loading its receipt.

Its own throw-away folder: a central office on SQLite and two laptops set up from its
provisioning files, with demo participants, all through the services.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_sync.py [--lang id|en]
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from enrollment_app.services import classes
from enrollment_app.services.central import CentralOffice, NewDeviceUser, SentUpdate
from enrollment_app.services.classes import ClassDraft
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.demo_data import generate_demo_participants
from enrollment_app.services.export import export_bundle
from enrollment_app.services.provisioning import set_up_from_provisioning
from enrollment_app.storage.database import Database
from enrollment_app.sync.provisioning import read_provisioning_file
from enrollment_app.ui.central.import_screen import CentralImportScreen
from enrollment_app.ui.sync.apply_update_dialog import ApplyUpdateDialog
from enrollment_app.ui.sync.export_dialog import ExportDialog
from enrollment_app.ui.sync.receipts_dialog import ReceiptsDialog

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot_tools import (
    KECAMATAN,
    PASSWORD,
    Save,
    accept_all,
    register_person,
    run_like_screenshots,
    tata_boga,
    wait_until,
    women_program_and_trainer,
)


def _laptop(office: CentralOffice, root: Path, name: str, team: str) -> ServiceContext:
    """A laptop set up from the office's provisioning file, its supervisor signed in."""
    file = root / f"{name}.provisioning.json"
    office.provision_device(name, team, file,
                            users=[NewDeviceUser("rina", PASSWORD, "supervisor")])
    folder = root / name.replace(" ", "-").lower()
    folder.mkdir()
    return set_up_from_provisioning(Database.open(folder), read_provisioning_file(file),
                                    username="rina", password=PASSWORD)


def _class_with_people(ctx: ServiceContext, people: int) -> None:
    """A class of the women's program with ``people`` accepted applicants in it."""
    women, trainer = women_program_and_trainer(ctx, PASSWORD)
    start = date.today()
    class_id = classes.create_class(ctx, ClassDraft(
        women.id, "Tata Boga A (pagi)", "Aula Kelurahan Sukarasa", "Jl. Daan Mogot No. 12",
        KECAMATAN, trainer.actor.user_id, 30, tata_boga(women), start,
        start + timedelta(days=30)))
    accepted = accept_all(ctx, women, (register_person(ctx, serial)
                                       for serial in range(1, people + 1)))
    classes.assign(ctx, class_id, accepted, joined_on=start)


def _shown(widget: QWidget, size: QSize | None = None) -> QWidget:
    if size is not None:
        widget.resize(size)
    widget.show()
    QApplication.processEvents()
    return widget


def shoot_sync(save: Save) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        office = CentralOffice(f"sqlite+pysqlite:///{root / 'central' / 'central.sqlite'}",
                               root / "central-keys")
        laptops: list[ServiceContext] = []
        try:
            office.initialize()
            laptops = [_laptop(office, root, "Laptop Cipondoh", "Tim A"),
                       _laptop(office, root, "Laptop Larangan", "Tim B")]
            _shoot(office, laptops, root, save)
        finally:
            for laptop in laptops:
                laptop.db.close()
            office.close()


def _shoot(office: CentralOffice, laptops: list[ServiceContext], root: Path,
           save: Save) -> None:
    cipondoh, larangan = laptops
    usb, office_out = root / "usb", root / "kantor-pusat"  # receipts and the update
    usb.mkdir()
    office_out.mkdir()
    generate_demo_participants(cipondoh, 60, seed=21)
    export_bundle(cipondoh, usb)  # yesterday's bundle, in the dialog's history
    generate_demo_participants(cipondoh, 25, seed=22)
    generate_demo_participants(larangan, 40, seed=23)
    _class_with_people(larangan, 12)
    export_bundle(larangan, usb)

    # A laptop: Sync > Export for the central office.
    export = ExportDialog(cipondoh, folder=str(usb))
    _shown(export)
    wait_until(lambda: export.summary_title.text() != "" and not export.is_busy())
    exported: list[object] = []
    export.exported.connect(exported.append)
    export.export_button.click()
    wait_until(lambda: bool(exported) and not export.is_busy())
    save(export, "70-sync-export")
    export.close()

    # The central office imports the bundles of the day (one twice).
    bundles = sorted(usb.iterdir())
    screen = CentralImportScreen(office, choose=lambda *_args: [str(p) for p in bundles],
                                 operator="budi",
                                 choose_folder=lambda *_args: str(office_out))
    _shown(screen, QSize(1366, 700))
    screen.add_files()
    screen.start_import()
    wait_until(lambda: not screen.is_busy())
    screen.table.selectRow(0)
    save(screen, "71-central-import")
    screen.save_receipts()
    QApplication.processEvents()

    # ... and writes an update (catalog, class rosters) for a laptop.
    screen.send_update()
    dialog = screen.update_dialog
    assert dialog is not None
    dialog.device.setCurrentIndex(dialog.device.findText("Laptop Cipondoh (Tim A)"))
    dialog.choose_folder()
    sent: list[SentUpdate] = []
    dialog.sent.connect(sent.append)
    dialog.start()
    wait_until(lambda: bool(sent) and not dialog.is_busy())
    save(dialog, "72-send-update")
    dialog.close()
    screen.close()

    # The laptop applies the update and loads its receipt.
    update = sent[0].path
    apply = ApplyUpdateDialog(cipondoh, file=str(update))
    _shown(apply)
    applied: list[object] = []
    apply.applied.connect(applied.append)
    apply.start()
    wait_until(lambda: bool(applied) and not apply.is_busy())
    save(apply, "73-apply-update")
    apply.close()
    loaded = ReceiptsDialog(cipondoh, choose_files=lambda *_args: [
        str(p) for p in office_out.glob("laptop-cipondoh-*.receipt.json")])
    _shown(loaded)
    loaded.load()
    QApplication.processEvents()
    save(loaded, "74-receipts")
    loaded.close()


def main() -> int:
    return run_like_screenshots(shoot_sync, __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
