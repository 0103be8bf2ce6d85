"""Issue 11 item 3: the central office's signed import receipts, loaded on the laptop.

Real pieces end to end: provisioning, export, central import, ``write_receipt`` and the
device's ``load_receipt`` / ``enrollment receipt load``. Every bad receipt is refused
with its reason and leaves the device database as it was."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from enrollment_app.services.audit_trail import verify
from enrollment_app.services.receipts import bundle_confirmations, load_receipt
from enrollment_app.storage.base import new_uuid
from enrollment_app.storage.models import AuditEntry, ExportedBundle
from enrollment_app.sync.bundle_types import BundleRejected
from enrollment_app.sync.receipts import Receipt, read_receipt, write_receipt
from tests.sync.conftest import add_people
from tests.sync.office_and_laptop import OfficeAndLaptop, set_up


@pytest.fixture
def field(tmp_path: Path) -> Iterator[OfficeAndLaptop]:
    setting = set_up(tmp_path)
    add_people(setting.laptop, 3)
    yield setting
    setting.office.close()
    setting.laptop.db.close()


def stored_receipts(field: OfficeAndLaptop) -> list[dict | None]:
    with field.laptop.read() as session:
        return list(session.scalars(select(ExportedBundle.receipt)
                                    .order_by(ExportedBundle.sequence)))


def audit_length(field: OfficeAndLaptop) -> int:
    with field.laptop.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_a_receipt_goes_from_the_office_to_the_laptop(field: OfficeAndLaptop) -> None:
    first = field.export()
    assert [c.confirmed_at for c in bundle_confirmations(field.laptop)] == [None]

    bundle_id = field.import_bundle(first)
    path = field.office.write_receipt(bundle_id, field.receipts)
    loaded = load_receipt(field.laptop, path)

    assert (loaded.sequence, loaded.bundle_id, loaded.already_loaded) == (1, bundle_id, False)
    (confirmation,) = bundle_confirmations(field.laptop)
    assert confirmation.confirmed_at is not None
    assert (confirmation.conflicts, confirmation.possible_duplicates) == (0, 0)
    (stored,) = stored_receipts(field)
    assert stored is not None and stored["merged"]["participants"]["inserted"] == 3
    assert stored["device_id"] == field.laptop.device_id
    with field.laptop.read() as session:
        event = session.scalars(select(AuditEntry).where(AuditEntry.action == "receipt")).one()
    assert event.record_id == bundle_id and event.changes["sequence"] == [None, 1]
    assert verify(field.laptop).first_break is None

    # Loading it again, or a receipt for the same bundle imported twice, changes nothing.
    assert field.import_bundle(first) == bundle_id  # already imported
    again = field.office.write_receipt(bundle_id, field.receipts)
    before = audit_length(field)
    assert load_receipt(field.laptop, again).already_loaded is True
    assert audit_length(field) == before
    assert stored_receipts(field) == [stored]
    assert verify(field.laptop).first_break is None


def test_the_office_refuses_a_receipt_for_a_bundle_it_never_imported(
        field: OfficeAndLaptop) -> None:
    with pytest.raises(BundleRejected) as refused:
        field.office.write_receipt(new_uuid(), field.receipts)
    assert refused.value.code == "not_imported"
    assert list(field.receipts.iterdir()) == []


# ------------------------------------------------------------------------- bad receipts
def resigned(field: OfficeAndLaptop, path: Path, key: Ed25519PrivateKey | None = None,
             **changes: object) -> Path:
    """The receipt at ``path`` with ``changes``, properly signed (by ``key``)."""
    receipt = read_receipt(path, field.office.keys().public.signing_key)
    out = path.parent / "forged"
    out.mkdir(exist_ok=True)
    return write_receipt(replace(receipt, **changes), key or field.office.keys().signing_key,
                         out)


def edited_by_hand(field: OfficeAndLaptop, path: Path) -> Path:
    document = json.loads(path.read_text(encoding="utf-8"))
    document["payload"] = document["payload"].replace('"conflicts":0', '"conflicts":5')
    assert '"conflicts":5' in document["payload"]
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def other_central_key(field: OfficeAndLaptop, path: Path) -> Path:
    return resigned(field, path, Ed25519PrivateKey.generate())


def other_key_claiming_ours(field: OfficeAndLaptop, path: Path) -> Path:
    """Signed by another key, but naming ours as the signer."""
    forged = other_central_key(field, path)
    document = json.loads(forged.read_text(encoding="utf-8"))
    document["signer_public_key"] = json.loads(path.read_text(
        encoding="utf-8"))["signer_public_key"]
    forged.write_text(json.dumps(document), encoding="utf-8")
    return forged


def another_device(field: OfficeAndLaptop, path: Path) -> Path:
    return resigned(field, path, device_id=new_uuid(), device_name="Laptop Larangan")


def bundle_never_made(field: OfficeAndLaptop, path: Path) -> Path:
    return resigned(field, path, bundle_id=new_uuid())


def wrong_bundle_hash(field: OfficeAndLaptop, path: Path) -> Path:
    return resigned(field, path, bundle_sha256="0" * 64)


def damaged_json(field: OfficeAndLaptop, path: Path) -> Path:
    path.write_bytes(path.read_bytes()[:-40])
    return path


def not_a_receipt(field: OfficeAndLaptop, path: Path) -> Path:
    path.write_text('{"format": "enrollment-provisioning", "format_version": 1}',
                    encoding="utf-8")
    return path


def missing_field(field: OfficeAndLaptop, path: Path) -> Path:
    receipt = read_receipt(path, field.office.keys().public.signing_key)
    out = path.parent / "forged"
    out.mkdir(exist_ok=True)
    broken = write_receipt(receipt, field.office.keys().signing_key, out)
    document = json.loads(broken.read_text(encoding="utf-8"))
    payload = json.loads(document["payload"])
    del payload["sequence"]
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"))
    document["payload"] = text
    document["signature"] = __import__("base64").b64encode(
        field.office.keys().signing_key.sign(text.encode())).decode()
    broken.write_text(json.dumps(document), encoding="utf-8")
    return broken


@pytest.mark.parametrize(("spoil", "code"), [
    (edited_by_hand, "signature"),
    (other_central_key, "unknown_signer"),
    (other_key_claiming_ours, "signature"),
    (another_device, "wrong_device"),
    (bundle_never_made, "unknown_bundle"),
    (wrong_bundle_hash, "unknown_bundle"),
    (damaged_json, "not_receipt"),
    (not_a_receipt, "not_receipt"),
    (missing_field, "receipt"),
])
def test_a_bad_receipt_is_refused_and_nothing_changes(
        field: OfficeAndLaptop, spoil: Callable[[OfficeAndLaptop, Path], Path],
        code: str) -> None:
    bundle_id = field.import_bundle(field.export())
    path = field.office.write_receipt(bundle_id, field.receipts)
    bad = spoil(field, path)
    before = audit_length(field)

    with pytest.raises(BundleRejected) as refused:
        load_receipt(field.laptop, bad)

    assert refused.value.code == code
    assert refused.value.render()  # a sentence a person can read
    assert stored_receipts(field) == [None]
    assert audit_length(field) == before
    assert [c.confirmed_at for c in bundle_confirmations(field.laptop)] == [None]


def test_a_receipt_is_a_document_an_independent_reader_can_check(
        field: OfficeAndLaptop) -> None:
    """docs/bundle-format.md: the signature covers the UTF-8 bytes of the payload text."""
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    path = field.office.write_receipt(field.import_bundle(field.export()), field.receipts)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "enrollment-receipt" and document["format_version"] == 1
    Ed25519PublicKey.from_public_bytes(field.office.keys().public.signing_key).verify(
        base64.b64decode(document["signature"]), document["payload"].encode("utf-8"))
    payload = json.loads(document["payload"])
    assert set(payload) >= {"bundle_id", "bundle_sha256", "device_id", "sequence", "counts",
                            "merged", "conflicts", "possible_duplicates", "imported_at",
                            "central_signing_key_id"}
    assert Receipt(**{k: payload[k] for k in Receipt.__dataclass_fields__}).sequence == 1
