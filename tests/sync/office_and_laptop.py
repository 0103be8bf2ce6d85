"""A central office and one laptop provisioned by it: real export, import and receipts
(shared by the receipt and retention tests)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from enrollment_app.services.central import CentralOffice, NewDeviceUser, Status
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.export import ExportRequest, export_bundle
from enrollment_app.services.provisioning import set_up_from_provisioning
from enrollment_app.services.receipts import load_receipt
from enrollment_app.storage.database import Database
from enrollment_app.sync.provisioning import read_provisioning_file
from tests.conftest import PASSWORD

SUPERVISOR_NAME = "rina"


@dataclass
class OfficeAndLaptop:
    office: CentralOffice
    laptop: ServiceContext
    usb: Path
    receipts: Path

    def export(self, *, full: bool = False) -> Path:
        result = export_bundle(self.laptop, self.usb,
                               ExportRequest(mode="full") if full else None)
        assert result.path is not None
        return result.path

    def import_bundle(self, path: Path) -> str:
        result = self.office.import_file(path)
        assert result.status in (Status.ACCEPTED, Status.ALREADY_IMPORTED), result.reason()
        return result.bundle_id

    def round_trip(self) -> Path:
        """Export, import at the office, write and load the receipt; return the receipt."""
        bundle_id = self.import_bundle(self.export())
        receipt = self.office.write_receipt(bundle_id, self.receipts)
        load_receipt(self.laptop, receipt)
        return receipt


def provisioned_laptop(office: CentralOffice, root: Path, name: str, team: str = "Tim A"
                       ) -> ServiceContext:
    """A laptop set up from ``office``'s provisioning file in ``root/<name>`` (its plain
    database, as the services leave it), signed in as its supervisor ``rina``."""
    file = root / f"{name}.provisioning.json"
    office.provision_device(name, team, file,
                            users=[NewDeviceUser(SUPERVISOR_NAME, PASSWORD, "supervisor")])
    folder = root / name.replace(" ", "-").lower()
    folder.mkdir()
    return set_up_from_provisioning(Database.open(folder), read_provisioning_file(file),
                                    username=SUPERVISOR_NAME, password=PASSWORD)


def set_up(root: Path, name: str = "Laptop Cipondoh") -> OfficeAndLaptop:
    office = CentralOffice(f"sqlite+pysqlite:///{root / 'central' / 'central.sqlite'}",
                           root / "central-keys")
    office.initialize()
    laptop = provisioned_laptop(office, root, name)
    usb, receipts = root / "usb", root / "receipts"
    usb.mkdir()
    receipts.mkdir()
    return OfficeAndLaptop(office, laptop, usb, receipts)
