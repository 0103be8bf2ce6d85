"""The bundle file: what goes in comes out, and every kind of bad file is refused by code."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import uuid
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from enrollment_app.sync import bundle_writer
from enrollment_app.sync.bundle_reader import open_bundle, read_manifest
from enrollment_app.sync.bundle_types import (
    DEVICE_EXPORT,
    ENTRY_NAMES,
    BundleRecord,
    BundleRejected,
)
from enrollment_app.sync.bundle_writer import (
    BundleHeader,
    BundleWriteCancelled,
    DestinationFullError,
    DestinationReadOnlyError,
    WrittenBundle,
    write_bundle,
)
from enrollment_app.sync.keys import b64, raw_public
from enrollment_app.sync.provisioning import CentralKeys
from tests.sync.bundle_files import entries, flip_byte_inside, rezip

DEVICE_ID = "7d4f6a52-35a5-4a4f-9f55-0f8a6a3b1c11"


def records(count: int, table: str = "participants") -> list[BundleRecord]:
    return [BundleRecord(table, {"id": str(uuid.UUID(int=i + 1)), "version": 1 + i % 3,
                                 "full_name": f"Siti Aminah {i}", "kecamatan_code": "36.71.01",
                                 "updated_at": "2026-11-20T08:00:00+00:00"}, i % 2)
            for i in range(count)]


def header(sequence: int = 1, **overrides: object) -> BundleHeader:
    fields: dict[str, object] = {
        "kind": DEVICE_EXPORT, "device_id": DEVICE_ID, "device_name": "Tim Cipondoh 1",
        "sequence": sequence, "previous_bundle_sha256": None, "created_by": "rina",
        **overrides}
    return BundleHeader(**fields)  # type: ignore[arg-type]


def write(folder: Path, central: CentralKeys, items: Iterable[BundleRecord], *,
          signer: Ed25519PrivateKey | None = None, name: str = "b.bundle",
          **header_fields: object) -> WrittenBundle:
    return write_bundle(folder, name, header(**header_fields), items,
                        signing_key=signer or DEVICE_KEY,
                        recipient_public_key=central.encryption_key.public_key())


DEVICE_KEY = Ed25519PrivateKey.generate()


def rejection(path: Path, central: CentralKeys, **options: object) -> str:
    with pytest.raises(BundleRejected) as caught:
        bundle = open_bundle(path, central_private_key=central.encryption_key,
                             **options)  # type: ignore[arg-type]
        list(bundle.records())
    assert caught.value.render()  # every refusal has a readable message
    return caught.value.code


# ----------------------------------------------------------------------------- round trip
def test_what_is_written_is_read_back_record_for_record(usb: Path,
                                                       central: CentralKeys) -> None:
    items = records(1200) + records(3, table="users")
    written = write(usb, central, items)
    bundle = open_bundle(written.path, central_private_key=central.encryption_key)
    assert list(bundle.records()) == items
    assert list(bundle.records()) == items, "records() can be read again"
    assert bundle.sha256 == written.sha256
    assert bundle.signer_public_key == raw_public(DEVICE_KEY)
    manifest = bundle.manifest
    assert (manifest.device_id, manifest.sequence, manifest.record_count) == (DEVICE_ID, 1, 1203)
    assert manifest.counts == {"participants": 1200, "users": 3}
    assert manifest.per_kecamatan == {"36.71.01": 1200}
    assert manifest.raw["time_range"]["first_updated_at"] == "2026-11-20T08:00:00+00:00"


def test_the_container_is_three_stored_entries_in_a_fixed_order(usb: Path,
                                                                central: CentralKeys) -> None:
    written = write(usb, central, records(10))
    with zipfile.ZipFile(written.path) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == list(ENTRY_NAMES)
    assert all(i.compress_type == zipfile.ZIP_STORED for i in infos)
    manifest = json.loads(entries(written.path)["manifest.json"])
    assert manifest["format"] == "enrollment-bundle" and manifest["format_version"] == 1
    assert manifest["encryption"]["alg"] == "X25519-HKDF-SHA256-AES-256-GCM"
    assert manifest["payload"]["size"] == infos[2].file_size
    assert b"Siti" not in written.path.read_bytes(), "the records are encrypted"


def test_an_empty_bundle_round_trips(usb: Path, central: CentralKeys) -> None:
    written = write(usb, central, [])
    bundle = open_bundle(written.path, central_private_key=central.encryption_key)
    assert list(bundle.records()) == [] and bundle.manifest.counts == {}


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-2**53, 2**53) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=12)
RECORDS = st.lists(st.builds(
    lambda table, rid, values, base: BundleRecord(table, {**values, "id": rid}, base),
    st.sampled_from(["participants", "attendance_marks", "classes", "users"]),
    st.uuids().map(str), st.dictionaries(st.text(min_size=1, max_size=12), JSON_VALUES,
                                         max_size=6),
    st.integers(0, 1000)), max_size=40)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=RECORDS)
def test_any_records_round_trip(tmp_path: Path, central: CentralKeys,
                                items: list[BundleRecord]) -> None:
    folder = tmp_path / uuid.uuid4().hex
    folder.mkdir()
    written = write(folder, central, items)
    bundle = open_bundle(written.path, central_private_key=central.encryption_key)
    assert list(bundle.records()) == items


# ---------------------------------------------------------------------------- bad bundles
@pytest.fixture
def good(usb: Path, central: CentralKeys) -> Path:
    return write(usb, central, records(300)).path


def test_a_truncated_file_is_refused(good: Path, central: CentralKeys) -> None:
    data = good.read_bytes()
    for keep in (len(data) - 10, len(data) // 2, 100):
        good.write_bytes(data[:keep])
        assert rejection(good, central) == "truncated"


def test_a_flipped_byte_in_the_payload_is_refused(good: Path, central: CentralKeys) -> None:
    flip_byte_inside(good, "payload.bin", offset=200)
    assert rejection(good, central) == "payload_hash"


def test_a_flipped_byte_in_the_manifest_is_refused(good: Path, central: CentralKeys) -> None:
    flip_byte_inside(good, "manifest.json", offset=40)
    assert rejection(good, central) == "signature"


def test_an_edited_and_rezipped_manifest_is_refused(good: Path, central: CentralKeys) -> None:
    contents = entries(good)
    manifest = json.loads(contents["manifest.json"])
    manifest["counts"]["participants"] = 3
    manifest["device_name"] = "Tim Lain"
    contents["manifest.json"] = json.dumps(manifest, indent=1).encode()
    rezip(good, contents)
    assert rejection(good, central) == "signature"


def test_a_bundle_for_another_central_key_is_refused(good: Path) -> None:
    other = CentralKeys.generate()
    assert rejection(good, other) == "wrong_key"


def test_a_signature_by_an_unknown_device_key_is_refused(usb: Path,
                                                         central: CentralKeys) -> None:
    stranger = Ed25519PrivateKey.generate()
    path = write(usb, central, records(5), signer=stranger).path
    known = raw_public(DEVICE_KEY)
    assert rejection(path, central, known_device_key=lambda _id: known) == \
        "device_key_mismatch"
    assert rejection(path, central, known_device_key=lambda _id: None,
                     require_known_device=True) == "unknown_device"
    accepted = open_bundle(path, central_private_key=central.encryption_key,
                           known_device_key=lambda _id: None)
    assert accepted.signer_public_key == raw_public(stranger), "first contact: key to pin"


def test_a_payload_swapped_in_from_another_bundle_is_refused(usb: Path,
                                                            central: CentralKeys) -> None:
    first = write(usb, central, records(50), name="one.bundle").path
    second = write(usb, central, records(80), name="two.bundle", sequence=2).path
    contents = entries(first)
    contents["payload.bin"] = entries(second)["payload.bin"]
    rezip(first, contents)
    assert rejection(first, central) == "payload_hash"


def test_a_bundle_from_a_future_format_version_is_refused(good: Path,
                                                         central: CentralKeys) -> None:
    contents = entries(good)
    manifest = json.loads(contents["manifest.json"])
    manifest["format_version"] = 99
    contents["manifest.json"] = json.dumps(manifest).encode()
    contents["manifest.sig"] = DEVICE_KEY.sign(contents["manifest.json"])  # signed properly
    rezip(good, contents)
    assert rejection(good, central) == "format_version"


def test_a_payload_failing_its_tag_is_refused_even_with_a_matching_hash(
        good: Path, central: CentralKeys) -> None:
    """A device that signs a hash of damaged ciphertext: the GCM tag still catches it."""
    import hashlib

    contents = entries(good)
    payload = bytearray(contents["payload.bin"])
    payload[-1] ^= 0x01
    manifest = json.loads(contents["manifest.json"])
    manifest["payload"]["sha256"] = hashlib.sha256(payload).hexdigest()
    contents["payload.bin"] = bytes(payload)
    contents["manifest.json"] = json.dumps(manifest).encode()
    contents["manifest.sig"] = DEVICE_KEY.sign(contents["manifest.json"])
    rezip(good, contents)
    assert rejection(good, central) == "payload_tag"
    lazy = open_bundle(good, central_private_key=central.encryption_key,
                       verify_payload=False)
    with pytest.raises(BundleRejected) as caught:
        list(lazy.records())
    assert caught.value.code == "payload_tag", "records() checks the tag at the end too"


@pytest.mark.parametrize(("content", "code"), [
    (b"", "not_a_bundle"),
    (b"just some text, not a zip", "not_a_bundle"),
    (json.dumps({"format": "enrollment-provisioning"}).encode(), "not_a_bundle"),
])
def test_files_that_are_not_bundles_are_refused(tmp_path: Path, central: CentralKeys,
                                                content: bytes, code: str) -> None:
    path = tmp_path / "x.bundle"
    path.write_bytes(content)
    assert rejection(path, central) == code


def test_a_zip_with_other_entries_is_not_a_bundle(good: Path, central: CentralKeys) -> None:
    contents = entries(good)
    good.unlink()
    with zipfile.ZipFile(good, "w") as archive:
        archive.writestr("payload.bin", contents["payload.bin"])
        archive.writestr("manifest.json", contents["manifest.json"])
    assert rejection(good, central) == "not_a_bundle"


def test_read_manifest_peeks_without_the_central_key(good: Path) -> None:
    manifest = read_manifest(good)
    assert manifest.device_name == "Tim Cipondoh 1" and manifest.record_count == 300


def test_the_manifest_names_the_senders_keys(usb: Path, central: CentralKeys) -> None:
    device_x = X25519PrivateKey.generate()
    extra = {"device_encryption_public_key": b64(raw_public(device_x))}
    path = write(usb, central, records(2), extra=extra).path
    bundle = open_bundle(path, central_private_key=central.encryption_key)
    assert bundle.encryption_public_key == raw_public(device_x)


# ------------------------------------------------------------------------ writing safely
def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_failure_mid_write_leaves_no_file(usb: Path, central: CentralKeys,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def failing() -> Iterator[BundleRecord]:
        yield from records(1000)
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        write(usb, central, failing())
    assert _names(usb) == []

    def copy_half_then_fail(source, dest, length=0):  # type: ignore[no-untyped-def]
        dest.write(source.read(1000))
        assert any(p.suffix == ".partial" for p in usb.iterdir()), "written under .partial"
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(bundle_writer.shutil, "copyfileobj", copy_half_then_fail)
    with pytest.raises(DestinationFullError) as full:
        write(usb, central, records(1000))
    assert "full" in full.value.render()
    assert _names(usb) == []


def test_a_read_only_stick_gets_a_clear_message(usb: Path, central: CentralKeys,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = open

    def read_only(path, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        if "x" in mode and str(path).startswith(str(usb)):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", read_only)
    with pytest.raises(DestinationReadOnlyError):
        write(usb, central, records(10))
    monkeypatch.undo()
    assert _names(usb) == []


def test_a_cancelled_write_leaves_no_file(usb: Path, central: CentralKeys) -> None:
    with pytest.raises(BundleWriteCancelled):
        write_bundle(usb, "c.bundle", header(), records(2000), signing_key=DEVICE_KEY,
                     recipient_public_key=central.encryption_key.public_key(),
                     progress=lambda done: done < 1000)
    assert _names(usb) == []


def test_an_existing_bundle_is_never_overwritten(usb: Path, central: CentralKeys) -> None:
    first = write(usb, central, records(3))
    before = first.path.read_bytes()
    with pytest.raises(bundle_writer.BundleExistsError):
        write(usb, central, records(9))
    assert first.path.read_bytes() == before


KILL_MID_WRITE = """
import os, sys, uuid
from pathlib import Path
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from enrollment_app.sync import bundle_writer
from enrollment_app.sync.bundle_writer import BundleHeader, write_bundle
from enrollment_app.sync.bundle_types import BundleRecord

folder = Path(sys.argv[1])
real_copy = bundle_writer.shutil.copyfileobj
def copy_then_die(source, dest, length=0):
    dest.write(source.read(4096))
    dest.flush()
    os._exit(9)  # the process dies mid-write, like a pulled plug
bundle_writer.shutil.copyfileobj = copy_then_die
records = (BundleRecord("participants", {"id": str(uuid.uuid4()), "n": i}, 0)
           for i in range(50000))
write_bundle(folder, "killed.bundle",
             BundleHeader("device-export", str(uuid.uuid4()), "T", 1, None, "rina"),
             records, signing_key=Ed25519PrivateKey.generate(),
             recipient_public_key=X25519PrivateKey.generate().public_key())
"""


def test_a_process_killed_mid_write_never_leaves_a_complete_looking_bundle(
        usb: Path) -> None:
    result = subprocess.run([sys.executable, "-c", KILL_MID_WRITE, str(usb)],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ})
    assert result.returncode == 9, result.stderr
    names = _names(usb)
    assert names == ["killed.bundle.partial"], names
    assert not any(name.endswith(".bundle") for name in names)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.floats(0, 1, exclude_max=True), bit=st.integers(0, 7))
def test_any_flipped_bit_is_refused_cleanly_or_harmless(tmp_path: Path, central: CentralKeys,
                                                        position: float, bit: int) -> None:
    """Wherever the damage lands, the reader answers BundleRejected (never another
    exception), or the bit was in ZIP bookkeeping no check relies on and the records are
    exactly the written ones."""
    folder = tmp_path / uuid.uuid4().hex
    folder.mkdir()
    items = records(40)
    path = write(folder, central, items).path
    data = bytearray(path.read_bytes())
    data[int(position * len(data))] ^= 1 << bit
    path.write_bytes(bytes(data))
    try:
        bundle = open_bundle(path, central_private_key=central.encryption_key)
        assert list(bundle.records()) == items
    except BundleRejected as exc:
        assert exc.code in {"truncated", "damaged", "not_a_bundle", "signature", "manifest",
                            "format_version", "payload_hash", "wrong_key", "wrong_kind",
                            "payload_tag", "counts", "records"}
