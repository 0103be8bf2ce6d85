"""Bad bundles (issue 6, item 6): each is refused with a clear reason and the central
database is left exactly as it was, compared table by table before and after."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from enrollment_app.services.central import CentralOffice, Status
from enrollment_app.sync.bundle_types import ENTRY_NAMES
from enrollment_app.sync.central_keys import open_device_bundle
from enrollment_app.sync.keys import b64
from tests.central.devices import SimulatedDevice
from tests.central.dump import dump


def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in ENTRY_NAMES}


def rezip(path: Path, parts: dict[str, bytes]) -> Path:
    """Write ``parts`` as a bundle container (stored entries, in the format's order)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name in ENTRY_NAMES:
            archive.writestr(zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0)), parts[name])
    return path


def flip(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1:]


def resigned(parts: dict[str, bytes], key: Ed25519PrivateKey, **changes: object
             ) -> dict[str, bytes]:
    """The manifest with ``changes``, signed again by the device's own key."""
    manifest = json.loads(parts["manifest.json"])
    for dotted, value in changes.items():
        target = manifest
        *path, last = dotted.split("__")
        for step in path:
            target = target[step]
        target[last] = value
    text = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
    return {**parts, "manifest.json": text, "manifest.sig": key.sign(text)}


class Case:
    def __init__(self, office: CentralOffice, device: SimulatedDevice, folder: Path,
                 good: Path) -> None:
        self.office, self.device, self.folder, self.good = office, device, folder, good

    def out(self, name: str) -> Path:
        return self.folder / f"{name}.bundle"


def truncated(case: Case) -> Path:
    data = case.good.read_bytes()
    return _write(case.out("truncated"), data[: len(data) // 2])


def truncated_tail(case: Case) -> Path:
    data = case.good.read_bytes()
    return _write(case.out("tail"), data[:-30])


def flipped_payload_byte(case: Case) -> Path:
    parts = entries(case.good)
    parts["payload.bin"] = flip(parts["payload.bin"], len(parts["payload.bin"]) // 2)
    return rezip(case.out("flipped-payload"), parts)


def flipped_byte_in_file(case: Case) -> Path:
    data = case.good.read_bytes()
    return _write(case.out("flipped-file"), flip(data, len(data) - 200))


def flipped_signature_byte(case: Case) -> Path:
    parts = entries(case.good)
    parts["manifest.sig"] = flip(parts["manifest.sig"], 5)
    return rezip(case.out("flipped-signature"), parts)


def edited_manifest(case: Case) -> Path:
    parts = entries(case.good)
    manifest = json.loads(parts["manifest.json"])
    manifest["counts"]["participants"] += 1
    parts["manifest.json"] = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
    return rezip(case.out("edited-manifest"), parts)


def swapped_payload(case: Case) -> Path:
    case.device.register(nik="3671015502900077", full_name="Orang Lain")
    other = case.device.export_file(case.folder / "other", case.office.keys()
                                    .encryption_key.public_key())
    parts = entries(case.good)
    parts["payload.bin"] = entries(other)["payload.bin"]
    return rezip(case.out("swapped"), parts)


def wrong_key(case: Case) -> Path:
    case.device.sequence -= 1
    case.device.exported_to = 0
    return case.device.export_file(case.folder / "wrong-key",
                                   X25519PrivateKey.generate().public_key())


def unknown_device(case: Case) -> Path:
    case.device.signing_key = Ed25519PrivateKey.generate()
    parts = resigned(entries(case.good), case.device.signing_key,
                     device_id="11111111-2222-3333-4444-555555555555",
                     signer_public_key=b64(case.device.public_key))
    return rezip(case.out("unknown-device"), parts)


def future_format_version(case: Case) -> Path:
    parts = resigned(entries(case.good), case.device.signing_key, format_version=2)
    return rezip(case.out("future"), parts)


def not_a_bundle(case: Case) -> Path:
    return _write(case.out("text"), b"hello, this is not a bundle\n")


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


BAD_BUNDLES: list[tuple[Callable[[Case], Path], str]] = [
    (truncated, "truncated"),
    (truncated_tail, "truncated"),
    (flipped_payload_byte, "payload_hash"),
    (flipped_byte_in_file, "payload_hash"),
    (flipped_signature_byte, "signature"),
    (edited_manifest, "signature"),
    (swapped_payload, "payload_hash"),
    (wrong_key, "wrong_key"),
    (unknown_device, "unknown_device"),
    (future_format_version, "format_version"),
    (not_a_bundle, "not_a_bundle"),
]


@pytest.fixture
def case(sqlite_office: CentralOffice, devices: list[SimulatedDevice],
         tmp_path: Path) -> Case:
    """A central office that already imported one good bundle from a laptop, and that
    laptop's next (good) bundle, not imported yet."""
    device = devices[0]
    sqlite_office.register_device(device.name, device_id=device.device_id)
    recipient = sqlite_office.keys().encryption_key.public_key()
    device.register(full_name="Sri Wahyuni")
    first = device.export_file(tmp_path / "out", recipient)
    assert sqlite_office.import_file(first).status is Status.ACCEPTED
    for name in ("Ani Suryani", "Budi Santoso"):
        device.register(full_name=name, nik=None)
    good = device.export_file(tmp_path / "out", recipient)
    return Case(sqlite_office, device, tmp_path / "bad", good)


@pytest.mark.parametrize(("make_bad", "code"), BAD_BUNDLES,
                         ids=[make.__name__ for make, _code in BAD_BUNDLES])
def test_a_bad_bundle_is_refused_and_changes_nothing(case: Case, make_bad: Callable[[Case],
                                                     Path], code: str) -> None:
    case.folder.mkdir(parents=True, exist_ok=True)
    bad = make_bad(case)
    before = dump(case.office)
    result = case.office.import_file(bad)
    assert (result.status, result.code) == (Status.REJECTED, code), result.reason()
    assert result.reason()  # a message a person can read
    assert dump(case.office) == before
    # The good bundle still imports afterwards: nothing was left half-done.
    if make_bad not in (wrong_key, swapped_payload):
        assert case.office.import_file(case.good).status is Status.ACCEPTED


def test_a_bundle_signed_with_another_key_than_the_devices_is_refused(case: Case) -> None:
    case.device.signing_key = Ed25519PrivateKey.generate()
    parts = resigned(entries(case.good), case.device.signing_key,
                     signer_public_key=b64(case.device.public_key))
    before = dump(case.office)
    result = case.office.import_file(rezip(case.good.with_name("rekeyed.bundle"), parts))
    assert (result.status, result.code) == (Status.REJECTED, "device_key_mismatch")
    assert dump(case.office) == before


def damaged_but_consistent(case: Case) -> Path:
    """A payload whose AES-GCM tag fails although hash and signature are in order (as a
    buggy device would write it): only decryption can find the damage."""
    import hashlib

    parts = entries(case.good)
    payload = flip(parts["payload.bin"], len(parts["payload.bin"]) - 3)  # inside the tag
    parts["payload.bin"] = payload
    parts = resigned(parts, case.device.signing_key,
                     payload__sha256=hashlib.sha256(payload).hexdigest())
    case.folder.mkdir(parents=True, exist_ok=True)
    return rezip(case.out("tag"), parts)


def test_a_payload_whose_tag_fails_is_refused_before_merging(case: Case) -> None:
    before = dump(case.office)
    result = case.office.import_file(damaged_but_consistent(case))
    assert (result.status, result.code) == (Status.REJECTED, "payload_tag")
    assert dump(case.office) == before


def test_a_tag_failing_at_the_end_of_streaming_rolls_the_merge_back(case: Case) -> None:
    """Streaming without the up-front tag check: every record is merged before the tag
    fails, and the whole transaction must roll back."""
    bundle = open_device_bundle(damaged_but_consistent(case), case.office.keys_dir,
                                case.office.engine, verify_payload=False)
    before = dump(case.office)
    result = case.office.import_verified(bundle)
    assert (result.status, result.code) == (Status.REJECTED, "payload_tag")
    assert dump(case.office) == before
