"""Issue 11 item 2: recovery when every password on a laptop is forgotten.

End to end on real files: a central office provisions a laptop, the laptop is sealed
(encrypted), its passwords are "forgotten"; the central office issues a recovery file
from the laptop's key file, and the supervisor sets a new password with it and the code.
Every refusal, at the office or on the laptop, leaves every file as it was."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from enrollment_app.services.audit_trail import verify
from enrollment_app.services.central import CentralOffice
from enrollment_app.services.central_recovery import (
    LaptopKeyFileDamagedError,
    NoRecoveryCopyError,
    OtherCentralKeyError,
    UnknownRecoveryDeviceError,
    issue_recovery_file,
)
from enrollment_app.services.errors import (
    AccountLockedError,
    AuthenticationError,
    ServiceError,
    ValidationError,
)
from enrollment_app.services.recovery import (
    RECOVERY_EVENT,
    AlreadyUsedError,
    ExpiredError,
    NotASupervisorError,
    NotEncryptedError,
    RecoveryFileRefusedError,
    WrongCodeError,
    WrongDeviceError,
    locked_device,
    recover,
)
from enrollment_app.services.registration import find_by_nik
from enrollment_app.services.unlock import DeviceAccess
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.key_file import key_file_path, load_key_file
from enrollment_app.storage.models import AuditEntry, User
from enrollment_app.sync.keys import unb64
from enrollment_app.sync.recovery_file import (
    CODE_ALPHABET,
    new_recovery_code,
    normalize_code,
    read_recovery_file,
)
from tests.conftest import PASSWORD, VALID_NIK
from tests.recovery_laptop import (
    NEW_PASSWORD,
    OFFICER_NAME,
    OFFICER_PASSWORD,
    SUPERVISOR_NAME,
    folder_bytes,
    issue,
    office_at,
    sealed_laptop,
    usb_copy,
)


@dataclass
class Field:
    root: Path
    office: CentralOffice
    laptop: Path
    usb: Path


@pytest.fixture
def field(tmp_path: Path) -> Iterator[Field]:
    office = office_at(tmp_path / "central")
    setting = Field(tmp_path, office, sealed_laptop(office, tmp_path / "field"),
                    tmp_path / "usb")
    yield setting
    office.close()


def test_the_supervisor_gets_back_in_with_the_file_and_the_code(field: Field) -> None:
    access = DeviceAccess.open(field.laptop)
    assert access.encrypted
    # Every password forgotten: the supervisor even locked the account guessing.
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            access.sign_in(SUPERVISOR_NAME, "tebak-tebakan")
    with pytest.raises(AccountLockedError):
        access.sign_in(SUPERVISOR_NAME, "tebak-lagi-1")
    assert SUPERVISOR_NAME in load_key_file(key_file_path(field.laptop)).attempts

    issued = issue(field.office, field.laptop, field.usb)
    assert issued.path.exists() and issued.device_name == "Laptop Cipondoh"
    assert len(normalize_code(issued.code) or "") == 20
    assert issued.code.count("-") == 4
    # The code is not in the file.
    assert normalize_code(issued.code) not in issued.path.read_text()

    # Typed as heard on the phone: lower case, spaces instead of dashes.
    typed = issued.code.lower().replace("-", " ")
    ctx = recover(DeviceAccess.open(field.laptop), issued.path, typed, "Rina ",
                  NEW_PASSWORD)
    assert (ctx.actor.username, ctx.actor.role) == (SUPERVISOR_NAME, "supervisor")
    assert find_by_nik(ctx, VALID_NIK) is not None  # the data is there
    with ctx.read() as session:
        user = session.scalar(select(User).where(User.username == SUPERVISOR_NAME))
        assert (user.failed_logins, user.locked_until) == (0, None)
        event = session.scalar(select(AuditEntry).where(AuditEntry.action == RECOVERY_EVENT))
        assert event is not None and event.user_id == user.id
        assert event.changes["file"] == [None, issued.path.name]
        password_change = session.scalar(select(AuditEntry).where(
            AuditEntry.table_name == "users", AuditEntry.record_id == user.id,
            AuditEntry.action == "update").order_by(AuditEntry.seq.desc()))
        assert password_change.changes["password_hash"] == ["***", "***"]
    assert verify(ctx).first_break is None
    ctx.db.close()
    assert SUPERVISOR_NAME not in load_key_file(key_file_path(field.laptop)).attempts

    # Later, the new password opens the laptop; the old one and the file do not.
    later = DeviceAccess.open(field.laptop)
    with pytest.raises(AuthenticationError):
        later.sign_in(SUPERVISOR_NAME, PASSWORD)
    again = later.sign_in(SUPERVISOR_NAME, NEW_PASSWORD)
    assert find_by_nik(again, VALID_NIK) is not None
    again.db.close()
    officer = DeviceAccess.open(field.laptop).sign_in(OFFICER_NAME, OFFICER_PASSWORD)
    officer.db.close()  # the other users' copies are untouched

    before = folder_bytes(field.laptop)
    with pytest.raises(AlreadyUsedError):
        recover(DeviceAccess.open(field.laptop), issued.path, issued.code, SUPERVISOR_NAME,
                "sandi-ketiga-3")
    assert folder_bytes(field.laptop) == before


# ------------------------------------------------------------------- laptop refusals
def edited_payload(path: Path) -> Path:
    document = json.loads(path.read_text())
    payload = document["payload"]
    at = payload.index('"device_name":"') + len('"device_name":"')
    document["payload"] = payload[:at] + "X" + payload[at + 1:]
    edited = path.with_name("edited.recovery.json")
    edited.write_text(json.dumps(document))
    return edited


def other_laptops_file(field: Field) -> Path:
    other = sealed_laptop(field.office, field.root / "other", "Laptop Larangan")
    return issue(field.office, other, field.root / "usb-other").path


def other_offices_file(field: Field) -> Path:
    office = office_at(field.root / "other-central")
    try:
        other = sealed_laptop(office, field.root / "other", "Laptop Larangan")
        return issue(office, other, field.root / "usb-other").path
    finally:
        office.close()


@dataclass(frozen=True)
class Attempt:
    """What a refused recovery is tried with (defaults: the right ones)."""

    file: Callable[[Field, Path], Path] = lambda field, path: path
    code: str | None = None
    username: str = SUPERVISOR_NAME
    password: str = NEW_PASSWORD
    days_later: int = 0


REFUSALS = {
    "wrong code": (Attempt(code=new_recovery_code()), WrongCodeError),
    "not a code at all": (Attempt(code="OOOO-1111"), WrongCodeError),
    "another laptop's file": (Attempt(file=lambda f, _p: other_laptops_file(f)),
                              WrongDeviceError),
    "a byte edited": (Attempt(file=lambda _f, p: edited_payload(p)),
                      RecoveryFileRefusedError),
    "another central key": (Attempt(file=lambda f, _p: other_offices_file(f)),
                            RecoveryFileRefusedError),
    "not a recovery file": (Attempt(file=lambda f, _p: key_file_path(f.laptop)),
                            RecoveryFileRefusedError),
    "expired": (Attempt(days_later=15), ExpiredError),
    "a field officer": (Attempt(username=OFFICER_NAME), NotASupervisorError),
    "nobody": (Attempt(username="siapa"), NotASupervisorError),
    "a weak password": (Attempt(password="rina"), ValidationError),
}


@pytest.mark.parametrize("case", REFUSALS, ids=list(REFUSALS))
def test_refused_recoveries_change_nothing(field: Field, case: str) -> None:
    attempt, error = REFUSALS[case]
    issued = issue(field.office, field.laptop, field.usb)
    path = attempt.file(field, issued.path)
    before = folder_bytes(field.laptop)
    with pytest.raises(error) as refused:
        recover(DeviceAccess.open(field.laptop), path, attempt.code or issued.code,
                attempt.username, attempt.password,
                now=utc_now() + timedelta(days=attempt.days_later))
    assert refused.value.render(None)  # a message for the person
    assert folder_bytes(field.laptop) == before
    # ... and the right attempt still works afterwards.
    recover(DeviceAccess.open(field.laptop), issued.path, issued.code, SUPERVISOR_NAME,
            NEW_PASSWORD).db.close()


def test_the_refusal_says_which_check_failed(field: Field) -> None:
    issued = issue(field.office, field.laptop, field.usb)
    access = DeviceAccess.open(field.laptop)
    with pytest.raises(RecoveryFileRefusedError) as edited:
        recover(access, edited_payload(issued.path), issued.code, SUPERVISOR_NAME,
                NEW_PASSWORD)
    assert edited.value.code == "signature"
    assert "changed or damaged" in edited.value.render(None)
    with pytest.raises(RecoveryFileRefusedError) as foreign:
        recover(access, other_offices_file(field), issued.code, SUPERVISOR_NAME,
                NEW_PASSWORD)
    assert foreign.value.code == "unknown_signer"


def test_a_plain_laptop_has_nothing_to_recover(data_dir: Path) -> None:
    with pytest.raises(NotEncryptedError):
        locked_device(data_dir)
    assert list(data_dir.iterdir()) == []  # no database was made


# ------------------------------------------------------------------- office refusals
def test_the_office_refuses_what_it_cannot_vouch_for(field: Field) -> None:
    out = field.root / "out.recovery.json"
    usb = usb_copy(field.laptop, field.usb)
    keys = json.loads(usb.read_text())

    def refused(error: type[ServiceError], key_file: Path,
                office: CentralOffice = field.office) -> None:
        with pytest.raises(error) as caught:
            issue_recovery_file(office, key_file, out)
        assert caught.value.render(None)
        assert not out.exists()

    damaged = field.usb / "damaged.keys"
    damaged.write_bytes(usb.read_bytes()[:200])
    refused(LaptopKeyFileDamagedError, damaged)
    refused(LaptopKeyFileDamagedError, field.usb / "missing.keys")
    without = field.usb / "without-recovery.keys"
    without.write_text(json.dumps({**keys, "recovery": None}))
    refused(NoRecoveryCopyError, without)
    tampered = field.usb / "tampered.keys"
    tampered.write_text(json.dumps({**keys, "recovery": {
        **keys["recovery"], "wrapped": keys["recovery"]["wrapped"][::-1]}}))
    refused(LaptopKeyFileDamagedError, tampered)

    # Sealed for another central office's key.
    other_office = office_at(field.root / "other-central")
    try:
        other_laptop = sealed_laptop(other_office, field.root / "other", "Laptop Larangan")
        refused(OtherCentralKeyError, usb_copy(other_laptop, field.root / "usb-other"))
        # Same keys, but a central database that never registered this laptop.
        registry = office_at(field.root / "new-registry", keys=field.office.keys_dir)
        try:
            refused(UnknownRecoveryDeviceError, usb, registry)
        finally:
            registry.close()
    finally:
        other_office.close()


def test_the_file_is_signed_and_holds_no_key_in_the_clear(field: Field) -> None:
    issued = issue(field.office, field.laptop, field.usb)
    keys = load_key_file(key_file_path(field.laptop))
    contents = read_recovery_file(issued.path, unb64(keys.central_signing_key or ""))
    assert (contents.device_id, contents.key_check) == (keys.device_id, keys.key_check)
    assert contents.expires - contents.issued == timedelta(days=14)
    assert contents.unwrap(issued.code) is not None
    assert contents.unwrap(new_recovery_code()) is None
    assert set(normalize_code(new_recovery_code()) or "") <= set(CODE_ALPHABET)
    assert not set("01OI") & set(CODE_ALPHABET)
