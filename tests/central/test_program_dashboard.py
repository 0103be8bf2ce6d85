"""The program dashboard on the central database: the same query over every device's
merged records, on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from enrollment_app.domain.regions import load_regions
from enrollment_app.services.central import CentralNotInitializedError, CentralOffice
from enrollment_app.services.program_dashboard import (
    central_dashboard_programs,
    central_program_dashboard,
    program_dashboard,
)
from enrollment_app.storage.base import new_uuid
from tests.central.devices import SimulatedDevice
from tests.program_rows import add_applications, add_program

KEC = [code for code, _name in load_regions().kecamatan()]


def test_central_figures_are_the_sum_of_the_devices(
        office: CentralOffice, registered: list[SimulatedDevice]) -> None:
    first, second = registered
    program_id = add_program(first.ctx, {KEC[0]: 200, KEC[1]: 150}, name="Tata Boga")
    add_applications(first.ctx, program_id, [(KEC[0], "accepted"), (KEC[0], "waitlisted"),
                                             (KEC[1], "registered"), ("", "interviewed")])
    add_applications(first.ctx, program_id, [(KEC[0], "accepted")], deleted=True)
    # The second laptop got the same program from the catalog, without quotas here.
    add_program(second.ctx, {}, name="Tata Boga", program_id=program_id)
    add_applications(second.ctx, program_id, [(KEC[0], "completed"), (KEC[2], "rejected")])
    for device in registered:
        assert office.import_verified(device.export_verified()).ok

    central = central_program_dashboard(office, program_id)
    on_devices = [program_dashboard(device.ctx, program_id) for device in registered]
    for index, row in enumerate(central.kecamatan):
        parts = [figures.kecamatan[index] for figures in on_devices]
        assert row.places_taken == sum(part.places_taken for part in parts)
        assert row.waitlisted == sum(part.waitlisted for part in parts)
        assert row.awaiting == sum(part.awaiting for part in parts)
        assert row.rejected == sum(part.rejected for part in parts)
        assert row.quota == parts[0].quota
    assert (central.kecamatan[0].quota, central.kecamatan[0].places_taken) == (200, 2)
    assert central.elsewhere is not None and central.elsewhere.awaiting == 1
    assert central.pipeline == {
        status: sum(figures.pipeline[status] for figures in on_devices)
        for status in central.pipeline}
    assert program_id in [choice.id for choice in central_dashboard_programs(office)]


def test_a_central_database_never_set_up_is_refused(tmp_path: Path) -> None:
    office = CentralOffice(f"sqlite+pysqlite:///{tmp_path}/none/central.sqlite",
                           tmp_path / "keys")
    with pytest.raises(CentralNotInitializedError):
        central_program_dashboard(office, new_uuid())
