"""Provisioning: the central office prepares a laptop; the laptop sets itself up from it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from enrollment_app.services import accounts, export
from enrollment_app.services.accounts import hash_password
from enrollment_app.services.device_keys import device_identity, trust_central_keys
from enrollment_app.services.errors import (
    AlreadyInitializedError,
    AuthenticationError,
    ValidationError,
)
from enrollment_app.services.provisioning import NotASupervisorError, set_up_from_provisioning
from enrollment_app.storage.base import new_uuid, utc_now
from enrollment_app.storage.database import Database
from enrollment_app.storage.models import Device, Program, ProgramQuota, ProgramSkill, User
from enrollment_app.sync.bundle_reader import open_bundle
from enrollment_app.sync.bundle_types import BundleRecord, BundleRejected
from enrollment_app.sync.keys import b64, raw_public
from enrollment_app.sync.provisioning import (
    CentralKeys,
    ProvisionedUser,
    central_key_files,
    create_central_keys,
    make_provisioning_file,
    read_provisioning_file,
)
from tests.sync.conftest import add_people

RINA, BUDI = "kopi-pagi-77", "teh-sore-88"
PROGRAM_ID, SKILL_ID = new_uuid(), new_uuid()


def catalog() -> list[BundleRecord]:
    stamp = utc_now().isoformat()
    common = {"origin_device_id": "central", "version": 2, "created_at": stamp,
              "created_by": None, "updated_at": stamp, "updated_by": None,
              "deleted_at": None}
    return [
        BundleRecord("programs", {**common, "id": PROGRAM_ID, "code": "DP3-2026",
                                  "name": "Pelatihan Menjahit", "organiser": "DP3AP2KB",
                                  "period_start": "2026-01-05", "period_end": None,
                                  "eligibility": {"sex": "P"}, "targets": [],
                                  "requires_interview": True}, 0),
        BundleRecord("program_skills", {**common, "id": SKILL_ID, "program_id": PROGRAM_ID,
                                        "code": "JAHIT", "name": "Menjahit"}, 0),
        BundleRecord("program_quotas", {**common, "id": new_uuid(), "program_id": PROGRAM_ID,
                                        "kecamatan_code": "36.71.01", "quota": 25}, 0),
    ]


@pytest.fixture
def provisioning_file(tmp_path: Path, central: CentralKeys) -> Path:
    return make_provisioning_file(
        tmp_path / "tim-1.provisioning.json", central_signing_key=central.signing_key,
        central_encryption_key=central.encryption_key, device_name="Tim Cipondoh 1",
        team="Disnaker", users=[
            ProvisionedUser("rina", "supervisor", hash_password(RINA), "Rina Wulandari"),
            ProvisionedUser("budi", "field_officer", hash_password(BUDI), "Budi Santoso")],
        catalog=catalog())


def test_central_keys_are_made_once_and_kept_private(tmp_path: Path) -> None:
    files = create_central_keys(tmp_path / "keys")
    assert files == central_key_files(tmp_path / "keys")
    for private in (files.signing_key, files.encryption_key):
        assert private.stat().st_mode & 0o077 == 0
        assert private.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    public = json.loads(files.public_keys.read_text())
    assert public["format"] == "enrollment-central-keys"
    with pytest.raises(FileExistsError):
        create_central_keys(tmp_path / "keys")


def test_a_provisioned_device_has_its_team_catalog_and_users_who_can_sign_in(
        db: Database, provisioning_file: Path, central: CentralKeys) -> None:
    provisioning = read_provisioning_file(provisioning_file)
    ctx = set_up_from_provisioning(db, provisioning, username="rina", password=RINA)
    assert (ctx.device_id, ctx.actor.username, ctx.actor.role) == (
        provisioning.device_id, "rina", "supervisor")
    budi = accounts.sign_in(db, ctx.device_id, "budi", BUDI)
    assert budi.actor.role == "field_officer" and budi.actor.full_name == "Budi Santoso"
    with db.session() as session:
        device = session.scalar(select(Device))
        assert (device.name, device.team) == ("Tim Cipondoh 1", "Disnaker")
        program = session.get(Program, PROGRAM_ID)
        assert program is not None and program.version == 2 and program.change_seq == 0
        assert program.period_start == date(2026, 1, 5) and program.eligibility == {"sex": "P"}
        assert session.get(ProgramSkill, SKILL_ID) is not None
        assert len(session.scalars(select(ProgramQuota)).all()) == 1
        users = session.scalars(select(User).order_by(User.username)).all()
        assert [u.username for u in users] == ["budi", "rina"]
        assert all(u.change_seq == 0 for u in users), "received rows are not sent back"
    identity = device_identity(db)
    assert identity.central_encryption_key == central.public.encryption_key
    assert identity.central_signing_key == central.public.signing_key
    assert len(identity.secret) == 32


def test_the_provisioned_device_exports_for_the_central_office(
        db: Database, provisioning_file: Path, central: CentralKeys, usb: Path) -> None:
    ctx = set_up_from_provisioning(db, read_provisioning_file(provisioning_file),
                                   username="rina", password=RINA)
    add_people(ctx, 5)
    result = export.export_bundle(ctx, usb)
    assert result.counts == {"participants": 5}, "catalog and users came from the office"
    bundle = open_bundle(result.path,  # type: ignore[arg-type]
                         central_private_key=central.encryption_key)
    assert bundle.manifest.device_id == ctx.device_id
    assert bundle.encryption_public_key == raw_public(device_identity(db).encryption_key)


def test_a_new_supervisor_can_be_created_instead(db: Database,
                                                 provisioning_file: Path) -> None:
    provisioning = read_provisioning_file(provisioning_file)
    ctx = set_up_from_provisioning(db, provisioning, username="sari", password="nasi-uduk-5",
                                   full_name="Sari")
    assert ctx.actor.username == "sari"
    with db.session() as session:
        sari = session.scalar(select(User).where(User.username == "sari"))
        assert sari is not None and sari.change_seq > 0, "made here: travels to the office"


@pytest.mark.parametrize(("username", "password", "error"), [
    ("rina", "salah-sandi-1", AuthenticationError),
    ("budi", BUDI, NotASupervisorError),
    ("x", "short", ValidationError),
])
def test_wrong_sign_in_sets_nothing_up(db: Database, provisioning_file: Path, username: str,
                                       password: str, error: type[Exception]) -> None:
    provisioning = read_provisioning_file(provisioning_file)
    with pytest.raises(error):
        set_up_from_provisioning(db, provisioning, username=username, password=password)
    with db.session() as session:
        assert session.scalar(select(Device)) is None
        assert session.scalar(select(User)) is None


def test_an_initialised_device_refuses_provisioning(device: object, db: Database,
                                                    provisioning_file: Path) -> None:
    with pytest.raises(AlreadyInitializedError):
        set_up_from_provisioning(db, read_provisioning_file(provisioning_file),
                                 username="rina", password=RINA)


def _document(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_a_changed_provisioning_file_is_refused(provisioning_file: Path) -> None:
    document = _document(provisioning_file)
    document["payload"] = document["payload"].replace('"supervisor"', '"central"')
    provisioning_file.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(BundleRejected) as refused:
        read_provisioning_file(provisioning_file)
    assert refused.value.code == "signature"


def test_other_files_and_future_versions_are_refused(tmp_path: Path,
                                                     provisioning_file: Path,
                                                     central: CentralKeys) -> None:
    cases = {"missing.json": None, "text.json": "hello", "other.json": '{"format": "x"}'}
    for name, content in cases.items():
        path = tmp_path / name
        if content is not None:
            path.write_text(content, encoding="utf-8")
        with pytest.raises(BundleRejected) as refused:
            read_provisioning_file(path)
        assert refused.value.code in {"unreadable", "not_provisioning"}
    document = _document(provisioning_file)
    payload = json.loads(document["payload"])
    payload["format_version"] = 99
    document["payload"] = json.dumps(payload)
    document["signature"] = b64(central.signing_key.sign(document["payload"].encode()))
    provisioning_file.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(BundleRejected) as refused:
        read_provisioning_file(provisioning_file)
    assert refused.value.code == "format_version"


def test_the_central_keys_can_be_trusted_later_but_never_swapped(
        device: object, supervisor: object, tmp_path: Path) -> None:
    from enrollment_app.services.device_keys import CentralKeyChangeError

    other = create_central_keys(tmp_path / "other-office")
    with pytest.raises(CentralKeyChangeError):
        trust_central_keys(supervisor, other.public_keys)  # type: ignore[arg-type]
