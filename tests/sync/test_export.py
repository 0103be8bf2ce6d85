"""Exporting bundles: what each mode selects, numbering and chaining, re-creation, refusals."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from enrollment_app.services import export
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import PermissionDeniedError
from enrollment_app.services.export import ExportRequest
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.models import Device, ExportedBundle, Participant
from enrollment_app.sync.bundle_reader import open_bundle
from enrollment_app.sync.bundle_types import BundleRecord
from enrollment_app.sync.provisioning import CentralKeys
from tests.staff import add_staff
from tests.sync.conftest import add_people


def read(path: Path, central: CentralKeys) -> list[BundleRecord]:
    return list(open_bundle(path, central_private_key=central.encryption_key).records())


def ids(records: list[BundleRecord], table: str = "participants") -> set[str]:
    return {r.values["id"] for r in records if r.table == table}


def rename(ctx: ServiceContext, participant_id: str, name: str) -> None:
    with ctx.write() as session:
        session.get(Participant, participant_id).full_name = name  # type: ignore[union-attr]


def participant_ids(ctx: ServiceContext) -> list[str]:
    with ctx.read() as session:
        return list(session.scalars(select(Participant.id).order_by(Participant.nik)))


def test_daily_export_holds_only_what_changed_since_the_last_bundle(
        device: ServiceContext, central: CentralKeys, usb: Path) -> None:
    add_people(device, 30)
    first = export.export_bundle(device, usb)
    assert first.sequence == 1 and first.counts["participants"] == 30
    first_records = read(first.path, central)  # type: ignore[arg-type]
    assert {r.base_version for r in first_records} == {0}, "all new to the central office"

    people = participant_ids(device)
    rename(device, people[0], "Siti Nurhaliza")
    rename(device, people[0], "Siti Nurhaliza Putri")
    add_people(device, 2, seed=7)
    second = export.export_bundle(device, usb)
    records = read(second.path, central)  # type: ignore[arg-type]
    assert second.sequence == 2 and second.counts == {"participants": 3}
    changed = next(r for r in records if r.values["id"] == people[0])
    assert changed.values["version"] == 3 and changed.base_version == 1, \
        "two edits on top of the exported version 1"
    assert changed.values["full_name"] == "Siti Nurhaliza Putri"
    assert sorted(r.base_version for r in records) == [0, 0, 1]

    manifest = open_bundle(second.path, central_private_key=central.encryption_key).manifest
    assert manifest.previous_bundle_sha256 == first.sha256
    assert manifest.change_seq_from == open_bundle(
        first.path, central_private_key=central.encryption_key).manifest.change_seq_to


def test_nothing_new_writes_no_file(device: ServiceContext, usb: Path) -> None:
    add_people(device, 3)
    export.export_bundle(device, usb)
    again = export.export_bundle(device, usb)
    assert again.path is None and again.total == 0 and again.sequence is None
    assert len(list(usb.iterdir())) == 1
    assert export.summarize_pending(device).total == 0


def test_the_summary_before_matches_the_bundle_after(device: ServiceContext, usb: Path,
                                                     central: CentralKeys) -> None:
    add_people(device, 40, seed=3)
    before = export.summarize_pending(device)
    result = export.export_bundle(device, usb)
    assert before.sequence == result.sequence == 1
    assert before.counts == result.counts and before.per_kecamatan == result.per_kecamatan
    assert sum(result.per_kecamatan.values()) == 40
    manifest = open_bundle(result.path,  # type: ignore[arg-type]
                           central_private_key=central.encryption_key).manifest
    assert manifest.counts == result.counts and manifest.per_kecamatan == result.per_kecamatan


def test_password_hashes_never_travel(device: ServiceContext, usb: Path,
                                      central: CentralKeys) -> None:
    add_staff(device, "budi", "field_officer")
    result = export.export_bundle(device, usb)
    users = [r for r in read(result.path, central) if r.table == "users"]  # type: ignore[arg-type]
    assert {u.values["username"] for u in users} == {"koordinator", "budi"}
    for user in users:
        assert "password_hash" not in user.values and "failed_logins" not in user.values
    assert b"argon2" not in result.path.read_bytes()  # type: ignore[union-attr]


def test_full_export_resends_everything_and_moves_the_daily_mark(
        device: ServiceContext, usb: Path, central: CentralKeys) -> None:
    add_people(device, 10)
    export.export_bundle(device, usb)
    full = export.export_bundle(device, usb, ExportRequest(export.FULL))
    assert full.counts["participants"] == 10 and full.sequence == 2
    records = read(full.path, central)  # type: ignore[arg-type]
    assert all(r.base_version == r.values["version"] for r in records), \
        "unchanged since the last bundle: the central office has this version"
    assert export.export_bundle(device, usb).path is None


def test_range_export_selects_by_the_day_of_the_last_change(
        device: ServiceContext, usb: Path, central: CentralKeys) -> None:
    add_people(device, 5)
    people = participant_ids(device)
    long_ago = utc_now() - timedelta(days=30)
    with device.db.engine.begin() as connection:  # backdate two rows (no hooks: a test)
        connection.execute(Participant.__table__.update()
                           .where(Participant.id.in_(people[:2])).values(updated_at=long_ago))
    today = date.today()
    recent = export.export_bundle(device, usb, ExportRequest(export.RANGE, today, today))
    assert ids(read(recent.path, central)) == set(people[2:])  # type: ignore[arg-type]
    old_day = long_ago.astimezone().date()
    old = export.export_bundle(device, usb, ExportRequest(export.RANGE, old_day, old_day))
    assert ids(read(old.path, central)) == set(people[:2])  # type: ignore[arg-type]
    # A range bundle does not count as "sent everything": the daily batch still has all.
    assert export.summarize_pending(device).counts["participants"] == 5
    with pytest.raises(export.DateRangeError):
        export.export_bundle(device, usb, ExportRequest(export.RANGE, today, old_day))


def test_an_earlier_bundle_is_recreated_with_its_number_and_records(
        device: ServiceContext, usb: Path, tmp_path: Path, central: CentralKeys) -> None:
    add_people(device, 12)
    first = export.export_bundle(device, usb)
    add_people(device, 2, seed=9)
    second = export.export_bundle(device, usb)
    copies = tmp_path / "copies"
    copies.mkdir()
    again = export.recreate_bundle(device, 1, copies)
    assert again.recreated and again.sequence == 1 and again.bundle_id == first.bundle_id
    assert again.sha256 != first.sha256, "fresh encryption: other bytes"
    assert read(again.path, central) == read(first.path, central)  # type: ignore[arg-type]
    bundle = open_bundle(again.path,  # type: ignore[arg-type]
                         central_private_key=central.encryption_key)
    assert bundle.manifest.original_sha256 == first.sha256
    assert bundle.manifest.previous_bundle_sha256 is None
    second_again = export.recreate_bundle(device, 2, copies)
    manifest = open_bundle(second_again.path,  # type: ignore[arg-type]
                           central_private_key=central.encryption_key).manifest
    assert manifest.previous_bundle_sha256 == first.sha256
    assert read(second_again.path, central) == read(second.path, central)  # type: ignore[arg-type]
    with device.read() as session:
        assert session.scalar(select(func.count()).select_from(ExportedBundle)) == 2
    with pytest.raises(export.UnknownBundleError):
        export.recreate_bundle(device, 9, copies)


def test_a_record_changed_after_its_bundle_is_left_out_of_the_recreation(
        device: ServiceContext, usb: Path, tmp_path: Path, central: CentralKeys) -> None:
    add_people(device, 4)
    first = export.export_bundle(device, usb)
    people = participant_ids(device)
    rename(device, people[0], "Dewi Lestari")
    copies = tmp_path / "copies"
    copies.mkdir()
    again = export.recreate_bundle(device, 1, copies)
    assert ids(read(again.path, central)) == ids(read(first.path, central)) - {people[0]}  # type: ignore[arg-type]
    next_one = export.export_bundle(device, usb)
    assert ids(read(next_one.path, central)) == {people[0]}  # type: ignore[arg-type]


def test_only_supervisors_export(device: ServiceContext, usb: Path) -> None:
    add_people(device, 2)
    for role in ("field_officer", "trainer"):
        staff = add_staff(device, f"staf.{role[:5]}", role)
        with pytest.raises(PermissionDeniedError):
            export.export_bundle(staff, usb)
        with pytest.raises(PermissionDeniedError):
            export.summarize_pending(staff)
    assert list(usb.iterdir()) == []


def test_without_the_central_key_export_is_refused(supervisor: ServiceContext,
                                                   usb: Path) -> None:
    add_people(supervisor, 2)
    with pytest.raises(export.NoCentralKeyError) as refused:
        export.export_bundle(supervisor, usb)
    assert "provisioning" in refused.value.render()
    assert list(usb.iterdir()) == []


def test_a_cancelled_export_leaves_no_file_and_no_record(device: ServiceContext,
                                                         usb: Path) -> None:
    add_people(device, 600)
    seen: list[tuple[int, int]] = []

    def cancel_halfway(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 300

    with pytest.raises(export.ExportCancelledError):
        export.export_bundle(device, usb, progress=cancel_halfway)
    assert seen and seen[0][1] == export.summarize_pending(device).total
    assert list(usb.iterdir()) == []
    assert export.list_exports(device) == []
    assert export.export_bundle(device, usb).sequence == 1, "the number was not used up"


def test_exports_are_listed_newest_first(device: ServiceContext, usb: Path) -> None:
    add_people(device, 3)
    export.export_bundle(device, usb)
    add_people(device, 1, seed=4)
    export.export_bundle(device, usb)
    listed = export.list_exports(device)
    assert [b.sequence for b in listed] == [2, 1]
    assert listed[0].counts == {"participants": 1} and listed[0].mode == export.DAILY
    assert all((usb / b.file_name).exists() for b in listed)


def test_a_device_made_before_bundles_gets_its_key_when_it_first_exports(
        device: ServiceContext, usb: Path) -> None:
    with device.db.session() as session:
        session.execute(Device.__table__.update().values(signing_key=None))
    add_people(device, 1)
    assert export.export_bundle(device, usb).path is not None
    with device.db.session() as session:
        assert session.scalar(select(Device.signing_key))
