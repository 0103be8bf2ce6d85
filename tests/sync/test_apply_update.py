"""Central-office updates: a trainer's laptop receives the rosters registered elsewhere."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from enrollment_app.services import apply_update, export, programs
from enrollment_app.services.apply_update import apply_central_update
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.device_setup import initialize_device
from enrollment_app.services.errors import PermissionDeniedError
from enrollment_app.storage.base import new_uuid
from enrollment_app.storage.database import Database
from enrollment_app.storage.models import (
    ClassEnrollment,
    Participant,
    Program,
)
from enrollment_app.sync.bundle_types import BundleRejected
from enrollment_app.sync.provisioning import CentralKeys
from tests.conftest import PASSWORD
from tests.staff import add_staff
from tests.sync.bundle_files import flip_byte_inside
from tests.sync.conftest import add_people
from tests.sync.rosters import class_with_roster, write_update


@pytest.fixture
def elsewhere(tmp_path: Path) -> Iterator[ServiceContext]:
    """The central office's copy of another laptop's work (a database with the same
    tables: the central schema mirrors the devices' synced tables)."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    db = Database.open(folder)
    ctx = initialize_device(db, device_name="Tim Karawaci", supervisor_username="sari",
                            password=PASSWORD)
    yield ctx
    db.close()


# Both laptops hold the shipped program catalog from their set-up (the same rows).
SHIPPED_PROGRAMS = sum(1 for row in programs.seed_rows() if row.model is Program)


def count(ctx: ServiceContext, model: type) -> int:
    with ctx.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_the_roster_arrives_and_a_second_apply_changes_nothing(
        device: ServiceContext, elsewhere: ServiceContext, central: CentralKeys,
        usb: Path) -> None:
    class_with_roster(elsewhere)
    update = write_update(central, elsewhere, device, usb)
    result = apply_central_update(device, update.path)
    assert not result.already_applied
    assert result.counts["participants"] == {"inserted": 6}
    assert result.counts["class_enrollments"] == {"inserted": 6}
    assert result.counts["class_sessions"] == {"inserted": 2}
    assert result.counts["programs"] == {"inserted": 1, "unchanged": SHIPPED_PROGRAMS}
    assert count(device, Participant) == 6 and count(device, ClassEnrollment) == 6
    with device.read() as session:
        assert set(session.scalars(select(Participant.change_seq))) == {0}
        origins = set(session.scalars(select(Participant.origin_device_id)))
    assert origins == {elsewhere.device_id}

    again = apply_central_update(device, update.path)
    assert again.already_applied and count(device, Participant) == 6
    later = write_update(central, elsewhere, device, usb, sequence=2)
    same_rows = apply_central_update(device, later.path)
    assert same_rows.count("unchanged") == later.record_count
    assert same_rows.count("inserted") == 0
    assert export.summarize_pending(device).counts.get("participants", 0) == 0, \
        "received rows are not sent back"


def test_newer_versions_win_but_local_edits_not_yet_exported_are_kept(
        device: ServiceContext, elsewhere: ServiceContext, central: CentralKeys,
        usb: Path) -> None:
    class_with_roster(elsewhere, people=3)
    apply_central_update(device, write_update(central, elsewhere, device, usb).path)
    with elsewhere.read() as session:
        first, second = session.scalars(select(Participant.id).order_by(Participant.nik)
                                        ).all()[:2]
    for ctx, person, name in ((elsewhere, first, "Siti Aminah Putri"),
                              (elsewhere, second, "Nur Hasanah"),
                              (device, second, "Nur Hasanah (trainer)")):
        with ctx.write() as session:
            session.get(Participant, person).full_name = name  # type: ignore[union-attr]
    result = apply_central_update(device, write_update(central, elsewhere, device, usb,
                                                       sequence=2).path)
    assert result.counts["participants"] == {"updated": 1, "kept_local": 1, "unchanged": 1}
    with device.read() as session:
        assert session.get(Participant, first).full_name == "Siti Aminah Putri"
        assert session.get(Participant, second).full_name == "Nur Hasanah (trainer)"
        assert session.get(Participant, first).change_seq == 0


def test_a_person_whose_nik_is_registered_here_is_skipped_with_their_places(
        device: ServiceContext, elsewhere: ServiceContext, central: CentralKeys,
        usb: Path) -> None:
    class_with_roster(elsewhere, people=3)
    with elsewhere.read() as session:
        taken = session.scalars(select(Participant).order_by(Participant.nik)).first()
    with device.write() as session:
        twin = Participant(**{c: getattr(taken, c) for c in (
            "nik", "kk", "full_name", "name_key", "sex", "birth_place", "birth_date",
            "kecamatan_code", "consent_at", "consent_purpose")},
            consent_by=device.actor.user_id)
        session.add(twin)
    result = apply_central_update(device, write_update(central, elsewhere, device, usb).path)
    assert result.counts["participants"] == {"inserted": 2, "skipped": 1}
    skipped = {(s["table"], s["id"]) for s in result.skipped}
    assert ("participants", taken.id) in skipped  # type: ignore[union-attr]
    assert sum(1 for table, _ in skipped if table in ("applications",
                                                      "class_enrollments")) == 2
    reasons = " ".join(s["reason"] for s in result.skipped)
    assert "local record" in reasons and "does not have" in reasons


@pytest.mark.parametrize("problem", ["wrong_device", "unknown_signer", "payload_hash"])
def test_bad_updates_are_refused_and_change_nothing(
        device: ServiceContext, elsewhere: ServiceContext, central: CentralKeys, usb: Path,
        problem: str) -> None:
    class_with_roster(elsewhere, people=2)
    if problem == "wrong_device":
        path = write_update(central, elsewhere, device, usb, device_id=new_uuid()).path
    elif problem == "unknown_signer":
        path = write_update(central, elsewhere, device, usb,
                            signer=Ed25519PrivateKey.generate()).path
    else:
        path = write_update(central, elsewhere, device, usb).path
        flip_byte_inside(path, "payload.bin", offset=100)
    with pytest.raises(BundleRejected) as refused:
        apply_central_update(device, path)
    assert refused.value.code == problem
    assert count(device, Participant) == 0 and count(device, Program) == SHIPPED_PROGRAMS


def test_a_device_export_is_not_an_update(device: ServiceContext, usb: Path) -> None:
    add_people(device, 1)
    exported = export.export_bundle(device, usb)
    with pytest.raises(BundleRejected) as refused:
        apply_central_update(device, exported.path)  # type: ignore[arg-type]
    assert refused.value.code in {"wrong_kind", "wrong_key"}


def test_only_supervisors_apply_updates(device: ServiceContext, elsewhere: ServiceContext,
                                        central: CentralKeys, usb: Path) -> None:
    class_with_roster(elsewhere, people=1)
    trainer = add_staff(device, "andi", "trainer")
    with pytest.raises(PermissionDeniedError):
        apply_central_update(trainer, write_update(central, elsewhere, device, usb).path)


def test_a_cancelled_update_changes_nothing(device: ServiceContext, elsewhere: ServiceContext,
                                            central: CentralKeys, usb: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    class_with_roster(elsewhere, people=4)
    monkeypatch.setattr(apply_update, "PROGRESS_EVERY", 2)
    with pytest.raises(apply_update.UpdateCancelledError):
        apply_central_update(device, write_update(central, elsewhere, device, usb).path,
                             progress=lambda done, total: done < 4)
    assert count(device, Participant) == 0 and count(device, Program) == SHIPPED_PROGRAMS
