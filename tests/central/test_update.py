"""Issue 6, item 5, "back to the field": the central office sends one laptop an update
with the program catalog and class rosters, so a trainer's laptop gets the participants
registered on another laptop. Real pieces end to end: provisioning files, the export
service, the central import, ``CentralOffice.write_update`` / ``enrollment central
update`` and the device's ``apply-update``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from enrollment_app import i18n
from enrollment_app.services import central_updates
from enrollment_app.services.apply_update import apply_central_update
from enrollment_app.services.central import CentralOffice, NewDeviceUser, Status, file_sha256
from enrollment_app.services.export import export_bundle
from enrollment_app.services.provisioning import set_up_from_provisioning
from enrollment_app.storage.base import new_uuid, utc_now
from enrollment_app.storage.database import Database
from enrollment_app.storage.models import (
    Application,
    Base,
    ClassEnrollment,
    Participant,
)
from enrollment_app.sync.bundle_reader import read_manifest
from enrollment_app.sync.bundle_types import MANIFEST_ENTRY, BundleRejected
from enrollment_app.sync.central_schema import (
    SYNCED_TABLES,
    central_devices,
    is_central_database,
)
from enrollment_app.sync.central_schema import central_updates as updates_table
from enrollment_app.sync.central_update import CATALOG_TABLES
from enrollment_app.sync.provisioning import read_provisioning_file
from enrollment_app.ui.central.import_screen import CentralImportScreen
from enrollment_app.ui.central.send_update_dialog import SendUpdateDialog
from tests.central.devices import SimulatedDevice
from tests.central.dump import dump
from tests.central.test_cli import PASSWORD, run
from tests.sync.bundle_files import entries, flip_byte_inside, rezip
from tests.unlocked import open_database


@dataclass
class Field:
    """Two provisioned laptops whose first bundles the central office imported: the
    trainer's laptop A, and laptop B, which registered Dewi and put her in a class."""

    office: CentralOffice
    trainer: SimulatedDevice  # A
    other: SimulatedDevice  # B
    class_id: str
    dewi: str
    out: Path


def provision(office: CentralOffice, root: Path, name: str, team: str) -> SimulatedDevice:
    file = root / f"{name}.provisioning.json"
    office.provision_device(name, team, file,
                            users=[NewDeviceUser("rina", PASSWORD, "supervisor")])
    folder = root / name
    folder.mkdir()
    ctx = set_up_from_provisioning(Database.open(folder), read_provisioning_file(file),
                                   username="rina", password=PASSWORD)
    return SimulatedDevice(ctx, name)


def send_bundles(office: CentralOffice, usb: Path, *laptops: SimulatedDevice) -> None:
    files = [export_bundle(device.ctx, usb).path for device in laptops]
    results = office.import_files([path for path in files if path is not None])
    assert [r.status for r in results] == [Status.ACCEPTED] * len(laptops)


def enroll(device: SimulatedDevice, person: str, program_id: str, class_id: str) -> None:
    application = Application(id=new_uuid(), program_id=program_id, participant_id=person,
                              status="assigned", applied_on=date(2026, 2, 2))
    device.add(application, ClassEnrollment(class_id=class_id, application_id=application.id,
                                            participant_id=person,
                                            joined_on=date(2026, 3, 1)))


def field_with(office: CentralOffice, tmp_path: Path) -> Iterator[Field]:
    trainer = provision(office, tmp_path, "Laptop Cipondoh", "Tim A")
    other = provision(office, tmp_path, "Laptop Larangan", "Tim B")
    trainer.register(full_name="Ani Suryani", kecamatan="36.71.05")
    dewi = other.register(full_name="Dewi Lestari", kecamatan="36.71.13")
    program_id, class_id, _session = other.program_with_class()
    enroll(other, dewi, program_id, class_id)
    usb = tmp_path / "usb"
    usb.mkdir()
    send_bundles(office, usb, trainer, other)
    out = tmp_path / "updates"
    out.mkdir()
    yield Field(office, trainer, other, class_id, dewi, out)
    trainer.close()
    other.close()


@pytest.fixture
def field(office: CentralOffice, tmp_path: Path) -> Iterator[Field]:
    """On SQLite and on PostgreSQL."""
    yield from field_with(office, tmp_path)


@pytest.fixture
def sqlite_field(sqlite_office: CentralOffice, tmp_path: Path) -> Iterator[Field]:
    yield from field_with(sqlite_office, tmp_path)


def device_dump(device: SimulatedDevice) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of a laptop's database."""
    with device.ctx.db.engine.connect() as connection:
        return {table.name: [tuple(row) for row in connection.execute(
                    select(table).order_by(*table.primary_key.columns))]
                for table in Base.metadata.sorted_tables}


def roster(device: SimulatedDevice, class_id: str) -> list[str]:
    """Names of the people enrolled in ``class_id`` on the device (whose database a
    command may have encrypted meanwhile: it is opened again)."""
    db = open_database(device.ctx.db.data_dir, "rina", PASSWORD)
    try:
        with db.session() as session:
            return list(session.scalars(
                select(Participant.full_name).join(
                    ClassEnrollment, ClassEnrollment.participant_id == Participant.id)
                .where(ClassEnrollment.class_id == class_id)))
    finally:
        db.close()


def central_counts(office: CentralOffice) -> dict[str, int]:
    with office.engine.connect() as connection:
        return {name: connection.scalar(select(func.count()).select_from(table)) or 0
                for name, table in SYNCED_TABLES.items()}


def sent_rows(office: CentralOffice) -> list[Any]:
    with office.engine.connect() as connection:
        return list(connection.execute(select(updates_table).order_by(updates_table.c.id)))


def test_a_roster_from_another_laptop_reaches_the_trainer(field: Field) -> None:
    office, trainer = field.office, field.trainer
    assert roster(trainer, field.class_id) == []

    first = office.write_update(trainer.name, field.out, class_ids=[field.class_id])
    assert (first.device_id, first.sequence, first.previous_sha256) == (
        trainer.device_id, 1, None)
    catalog = {name: count for name, count in central_counts(office).items()
               if name in CATALOG_TABLES and count}
    assert first.counts == {**catalog, "classes": 1, "class_sessions": 1,
                            "participants": 1, "applications": 1, "class_enrollments": 1}
    assert catalog["programs"] >= 1  # B's program and the shipped catalog
    assert first.sha256 == file_sha256(first.path)
    [recorded] = sent_rows(office)
    assert (recorded.device_id, recorded.sequence, recorded.sha256, recorded.previous_sha256,
            recorded.file_name, recorded.created_by, recorded.counts, recorded.class_ids) == (
        trainer.device_id, 1, first.sha256, None, first.path.name, "central", first.counts,
        [field.class_id])
    assert recorded.bundle_id == first.bundle_id == read_manifest(first.path).bundle_id

    applied = apply_central_update(trainer.ctx, first.path)
    assert applied.counts["participants"] == {"inserted": 1}
    assert applied.counts["class_enrollments"] == {"inserted": 1}
    assert roster(trainer, field.class_id) == ["Dewi Lestari"]
    with trainer.ctx.read() as session:
        dewi = session.get(Participant, field.dewi)
        assert dewi is not None and dewi.origin_device_id == field.other.device_id

    before = device_dump(trainer)
    again = apply_central_update(trainer.ctx, first.path)
    assert again.already_applied
    assert device_dump(trainer) == before

    second = office.write_update(trainer.device_id, field.out)  # by id, every class
    assert (second.sequence, second.previous_sha256) == (2, first.sha256)
    manifest = read_manifest(second.path)
    assert (manifest.sequence, manifest.previous_bundle_sha256, manifest.device_id) == (
        2, first.sha256, trainer.device_id)
    assert [row.sequence for row in sent_rows(office)] == [1, 2]
    assert sent_rows(office)[1].class_ids is None
    result = apply_central_update(trainer.ctx, second.path)
    assert not result.previous_missing
    assert result.count("inserted") == 0 and result.count("unchanged") == second.record_count
    assert device_dump(trainer)["participants"] == before["participants"]


def test_each_device_has_its_own_series(sqlite_field: Field) -> None:
    office = sqlite_field.office
    for_trainer = office.write_update("laptop cipondoh", sqlite_field.out)  # any case
    for_other = office.write_update("Laptop Larangan", sqlite_field.out)
    assert (for_trainer.sequence, for_other.sequence) == (1, 1)
    assert office.write_update("Laptop Larangan", sqlite_field.out).previous_sha256 == \
        for_other.sha256


def make_inactive(field: Field) -> str:
    with field.office.engine.begin() as connection:
        connection.execute(update(central_devices).values(active=False).where(
            central_devices.c.device_id == field.trainer.device_id))
    return field.trainer.name


def never_sent(field: Field) -> str:
    field.office.register_device("Laptop Baru", team="Tim C")
    return "Laptop Baru"


@pytest.mark.parametrize(("device", "classes", "error", "words"), [
    (lambda f: "Laptop Hilang", None, central_updates.UnknownUpdateDeviceError,
     "No registered device"),
    (lambda f: new_uuid(), None, central_updates.UnknownUpdateDeviceError,
     "No registered device"),
    (never_sent, None, central_updates.DeviceKeyUnknownError, "has not sent a bundle"),
    (make_inactive, None, central_updates.InactiveDeviceError, "no longer active"),
    (lambda f: f.trainer.name, ["no-such-class"], central_updates.UnknownClassError,
     "no-such-class"),
], ids=["unknown-name", "unknown-id", "never-sent-a-bundle", "inactive", "unknown-class"])
def test_refusals_write_nothing(sqlite_field: Field, device: Any, classes: list[str] | None,
                                error: type[Exception], words: str) -> None:
    office = sqlite_field.office
    name = device(sqlite_field)
    before = dump(office)
    with pytest.raises(error) as refused:
        office.write_update(name, sqlite_field.out, class_ids=classes)
    assert words in str(refused.value) and "no update was written" in str(refused.value)
    assert list(sqlite_field.out.iterdir()) == []
    assert dump(office) == before


def test_two_devices_of_one_name_must_be_told_apart_by_id(sqlite_field: Field) -> None:
    sqlite_field.office.register_device("Laptop Cipondoh")  # a second one, by mistake
    with pytest.raises(central_updates.AmbiguousDeviceNameError) as refused:
        sqlite_field.office.write_update("Laptop Cipondoh", sqlite_field.out)
    assert sqlite_field.trainer.device_id in str(refused.value)
    sent = sqlite_field.office.write_update(sqlite_field.trainer.device_id,
                                            sqlite_field.out)
    assert sent.sequence == 1


def test_a_cancelled_update_leaves_no_file_and_no_record(sqlite_field: Field) -> None:
    with pytest.raises(central_updates.UpdateWriteCancelledError):
        sqlite_field.office.write_update(sqlite_field.trainer.name, sqlite_field.out,
                                         progress=lambda done, total: False)
    assert list(sqlite_field.out.iterdir()) == [] and sent_rows(sqlite_field.office) == []
    assert sqlite_field.office.write_update(sqlite_field.trainer.name,
                                            sqlite_field.out).sequence == 1


def test_an_update_that_cannot_be_recorded_is_removed(sqlite_field: Field) -> None:
    """Two operators writing the same device's next update at once: the second to
    record it finds its number taken, and its file must not reach the laptop."""
    office, trainer = sqlite_field.office, sqlite_field.trainer

    def other_operator_first(done: int, total: int) -> bool:
        if sent_rows(office):
            return True
        with office.engine.begin() as connection:
            connection.execute(updates_table.insert().values(
                bundle_id=new_uuid(), device_id=trainer.device_id, sequence=1,
                sha256="0" * 64, file_name="elsewhere.bundle", created_at=utc_now(),
                counts={}))
        return True

    with pytest.raises(central_updates.UpdateNumberTakenError) as refused:
        office.write_update(trainer.name, sqlite_field.out, progress=other_operator_first)
    assert "Laptop Cipondoh" in str(refused.value)
    assert list(sqlite_field.out.iterdir()) == []
    assert [row.file_name for row in sent_rows(office)] == ["elsewhere.bundle"]


def edit_manifest(path: Path) -> None:
    contents = entries(path)
    manifest = json.loads(contents[MANIFEST_ENTRY])
    manifest["sequence"] = 7
    contents[MANIFEST_ENTRY] = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
    rezip(path, contents)


@pytest.mark.parametrize(("damage", "code"), [
    (lambda path: flip_byte_inside(path, "payload.bin", offset=40), "payload_hash"),
    (edit_manifest, "signature"),
    (lambda path: path.write_bytes(path.read_bytes()[:-300]), "truncated"),
], ids=["flipped-payload-byte", "manifest-edited", "truncated"])
def test_a_tampered_update_is_refused_by_the_device(sqlite_field: Field, damage: Any,
                                                    code: str) -> None:
    trainer = sqlite_field.trainer
    sent = sqlite_field.office.write_update(trainer.name, sqlite_field.out)
    damage(sent.path)
    before = device_dump(trainer)
    with pytest.raises(BundleRejected) as refused:
        apply_central_update(trainer.ctx, sent.path)
    assert refused.value.code == code
    assert device_dump(trainer) == before
    assert roster(trainer, sqlite_field.class_id) == []


def test_another_devices_update_is_refused(sqlite_field: Field) -> None:
    meant_for_other = sqlite_field.office.write_update("Laptop Larangan", sqlite_field.out)
    before = device_dump(sqlite_field.trainer)
    with pytest.raises(BundleRejected) as refused:
        apply_central_update(sqlite_field.trainer.ctx, meant_for_other.path)
    assert refused.value.code in {"wrong_device", "wrong_key"}
    assert device_dump(sqlite_field.trainer) == before


def test_an_older_central_database_gains_the_updates_table(sqlite_office: CentralOffice
                                                           ) -> None:
    with sqlite_office.engine.begin() as connection:  # as the previous version made it
        updates_table.drop(connection)
    assert is_central_database(sqlite_office.engine)
    again = CentralOffice(sqlite_office.url, sqlite_office.keys_dir)
    again.require_initialized()
    with again.engine.connect() as connection:
        assert connection.execute(select(updates_table)).all() == []
    again.close()


# ----------------------------------------------------------------------- command line
def test_the_command_line_writes_the_update_and_the_device_applies_it(
        sqlite_field: Field, tmp_path: Path) -> None:
    office, trainer = sqlite_field.office, sqlite_field.trainer
    central = ("--db", office.url, "--keys", str(office.keys_dir))
    office_dir = tmp_path / "office"
    written = run(office_dir, "central", "update", *central, "--device", trainer.name,
                  "--out", str(sqlite_field.out), "--class", sqlite_field.class_id,
                  "--user", "budi", "--json")
    assert written.returncode == 0, written.stderr
    sent = json.loads(written.stdout)
    assert sent["device_id"] == trainer.device_id and sent["sequence"] == 1
    assert sent["counts"]["participants"] == 1 and Path(sent["bundle"]).is_file()
    assert sent_rows(office)[0].created_by == "budi"

    text = run(office_dir, "central", "update", *central, "--device", trainer.device_id,
               "--out", str(sqlite_field.out))
    assert text.returncode == 0, text.stderr
    assert "Update 2 for device 'Laptop Cipondoh' written" in text.stdout

    applied = run(tmp_path / trainer.name, "apply-update", sent["bundle"], "--json")
    assert applied.returncode == 0, applied.stderr
    assert json.loads(applied.stdout)["counts"]["class_enrollments"] == {"inserted": 1}
    assert roster(trainer, sqlite_field.class_id) == ["Dewi Lestari"]
    twice = run(tmp_path / trainer.name, "apply-update", sent["bundle"], "--json")
    assert twice.returncode == 0 and json.loads(twice.stdout)["already_applied"] is True


@pytest.mark.parametrize(("device", "words"), [
    ("Laptop Hilang", "No registered device has the name or id 'Laptop Hilang'"),
    ("Laptop Baru", "Device 'Laptop Baru' has not sent a bundle yet"),
])
def test_the_command_line_refuses_with_exit_1(sqlite_field: Field, tmp_path: Path,
                                              device: str, words: str) -> None:
    office = sqlite_field.office
    office.register_device("Laptop Baru")
    before = dump(office)
    refused = run(tmp_path / "office", "central", "update", "--db", office.url, "--keys",
                  str(office.keys_dir), "--device", device, "--out", str(sqlite_field.out),
                  "--json")
    assert refused.returncode == 1
    assert words in refused.stderr
    assert words in json.loads(refused.stdout)["error"]
    assert list(sqlite_field.out.iterdir()) == [] and dump(office) == before


def test_the_command_line_usage(tmp_path: Path) -> None:
    assert run(tmp_path, "central", "update", "--out", str(tmp_path)).returncode == 2
    assert run(tmp_path, "central", "update", "--device", "x").returncode == 2


def test_a_tampered_update_is_refused_by_apply_update(sqlite_field: Field,
                                                      tmp_path: Path) -> None:
    sent = sqlite_field.office.write_update(sqlite_field.trainer.name, sqlite_field.out)
    flip_byte_inside(sent.path, "payload.bin", offset=40)
    refused = run(tmp_path / sqlite_field.trainer.name, "apply-update", str(sent.path))
    assert refused.returncode == 1 and refused.stderr.strip()
    assert roster(sqlite_field.trainer, sqlite_field.class_id) == []



# ------------------------------------------------------------------------------ screen
@pytest.fixture
def english(qapp: QApplication) -> None:
    i18n.install_translator("en")


def open_send_dialog(qtbot: QtBot, office: CentralOffice, folder: Path
                     ) -> tuple[CentralImportScreen, SendUpdateDialog]:
    screen = CentralImportScreen(office, operator="budi",
                                 choose_folder=lambda parent, current: str(folder))
    qtbot.addWidget(screen)
    screen.resize(1180, 520)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.mouseClick(screen.send_update_button, Qt.MouseButton.LeftButton)
    dialog = screen.update_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return screen, dialog


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
def test_staff_send_an_update_from_the_import_screen(qtbot: QtBot, english: None,
                                                     sqlite_field: Field,
                                                     tmp_path: Path) -> None:
    office = sqlite_field.office
    office.register_device("Laptop Baru")
    _screen, dialog = open_send_dialog(qtbot, office, sqlite_field.out)
    names = [dialog.device.itemText(row) for row in range(dialog.device.count())]
    assert names == ["Laptop Baru - no bundle received yet", "Laptop Cipondoh (Tim A)",
                     "Laptop Larangan (Tim B)"]
    model = dialog.device.model()
    assert isinstance(model, QStandardItemModel) and not model.item(0).isEnabled()
    assert dialog.device.currentText() == "Laptop Cipondoh (Tim A)"

    qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)  # no folder yet
    assert "Choose the folder" in dialog.banner.text()
    assert sent_rows(office) == []
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.folder.text() == str(sqlite_field.out)
    with qtbot.waitSignal(dialog.sent, timeout=30_000) as sent:
        qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    update_file = sent.args[0].path
    assert update_file.parent == sqlite_field.out
    assert (f"Update 1 for Laptop Cipondoh written ({sent.args[0].record_count} records)"
            in dialog.banner.text())
    [recorded] = sent_rows(office)
    assert (recorded.created_by, recorded.file_name) == ("budi", update_file.name)
    QApplication.processEvents()
    dialog.grab().save(str(tmp_path / "send-update.png"))

    apply_central_update(sqlite_field.trainer.ctx, update_file)
    assert roster(sqlite_field.trainer, sqlite_field.class_id) == ["Dewi Lestari"]
