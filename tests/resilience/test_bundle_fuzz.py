"""Hostile bundles: the round trip for random records, and thousands of damaged files.

The reader may only ever answer a damaged file with ``BundleRejected`` (its typed,
translated refusal) or, when the damage touched nothing that matters (a ZIP date field),
with the very records that were written. ``ENROLLMENT_FUZZ_CASES`` sets the number of
mutated files (default 2,000).
"""

from __future__ import annotations

import io
import json
import os
import random
import tempfile
import traceback
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from enrollment_app.sync.bundle_reader import open_bundle
from enrollment_app.sync.bundle_types import (
    DEVICE_EXPORT,
    MANIFEST_ENTRY,
    PAYLOAD_ENTRY,
    SIGNATURE_ENTRY,
    BundleRecord,
    BundleRejected,
)
from enrollment_app.sync.bundle_writer import BundleHeader, write_bundle
from tests.resilience.crash_harness import report

DEFAULT_CASES = 2000
RECIPIENT = X25519PrivateKey.generate()
SIGNER = Ed25519PrivateKey.generate()

json_scalars = st.one_of(st.none(), st.booleans(), st.integers(-2**53, 2**53),
                         st.text(max_size=30))
records = st.lists(st.builds(
    lambda table, values, ident, base: BundleRecord(table, {**values, "id": ident}, base),
    st.sampled_from(["participants", "attendance_marks", "applications", "x" * 40]),
    st.dictionaries(st.text(min_size=1, max_size=12).filter(lambda k: k != "id"),
                    st.one_of(json_scalars, st.lists(json_scalars, max_size=3)),
                    max_size=6),
    st.uuids().map(str), st.integers(0, 2**31)), max_size=40)


def write(folder: Path, items: list[BundleRecord], name: str = "b.bundle") -> Path:
    header = BundleHeader(kind=DEVICE_EXPORT, device_id=str(uuid.uuid4()),
                          device_name="Laptop Uji", sequence=1, previous_bundle_sha256=None,
                          created_by="koordinator")
    return write_bundle(folder, name, header, items, signing_key=SIGNER,
                        recipient_public_key=RECIPIENT.public_key()).path


def read(path: Path) -> list[BundleRecord]:
    return list(open_bundle(path, central_private_key=RECIPIENT).records())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records)
def test_any_records_come_back_as_written(items: list[BundleRecord]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        assert read(write(Path(folder), items)) == items


# ------------------------------------------------------------------------------ mutations
Mutation = Callable[[bytes, random.Random], bytes]


def flip_bits(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[:rng.randrange(len(data))]


def splice(data: bytes, rng: random.Random) -> bytes:
    """Delete, duplicate or insert a run of bytes somewhere."""
    start = rng.randrange(len(data))
    end = min(len(data), start + rng.randint(1, 4096))
    choice = rng.randrange(3)
    if choice == 0:
        return data[:start] + data[end:]
    if choice == 1:
        return data[:end] + data[start:end] + data[end:]
    return data[:start] + rng.randbytes(rng.randint(1, 64)) + data[start:]


def overwrite_ints(data: bytes, rng: random.Random) -> bytes:
    """Put extreme values into 2- or 4-byte fields (ZIP sizes, offsets, counts)."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        width = rng.choice((2, 4))
        at = rng.randrange(max(1, len(out) - width))
        out[at:at + width] = rng.choice((b"\xff", b"\x00", b"\x7f")) * width
    return bytes(out)


def _entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(parts: list[tuple[str, bytes]], compression: int = zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in parts:
            archive.writestr(name, content)
    return buffer.getvalue()


def _garbled(value: Any, rng: random.Random) -> Any:
    return rng.choice([None, -1, 2**63, "", "x" * 300, [], {}, True, 1.5, str(value)[::-1],
                       {"nested": value}])


def edit_entries(data: bytes, rng: random.Random) -> bytes:
    """Rebuild the ZIP with an entry dropped, added, reordered, compressed or edited; a
    manifest edit is signed again with the device's key, so it reaches the field checks."""
    parts = _entries(data)
    names = [MANIFEST_ENTRY, SIGNATURE_ENTRY, PAYLOAD_ENTRY]
    choice = rng.randrange(6)
    if choice == 0:
        names.remove(rng.choice(names))
    elif choice == 1:
        rng.shuffle(names)
    elif choice == 2:
        return _zip([(n, parts[n]) for n in names] + [("extra.txt", b"hello")])
    elif choice == 3:
        return _zip([(n, parts[n]) for n in names], zipfile.ZIP_DEFLATED)
    elif choice == 4:
        payload = bytearray(parts[PAYLOAD_ENTRY])
        payload[rng.randrange(len(payload))] ^= 0xFF
        parts[PAYLOAD_ENTRY] = bytes(payload)
    else:
        manifest = json.loads(parts[MANIFEST_ENTRY])
        target = manifest
        key = rng.choice(sorted(target))
        if isinstance(target[key], dict) and target[key] and rng.random() < 0.5:
            target, key = target[key], rng.choice(sorted(target[key]))
        if rng.random() < 0.2:
            del target[key]
        else:
            target[key] = _garbled(target[key], rng)
        parts[MANIFEST_ENTRY] = json.dumps(manifest).encode()
        parts[SIGNATURE_ENTRY] = SIGNER.sign(parts[MANIFEST_ENTRY])
    return _zip([(n, parts[n]) for n in names])


MUTATIONS: tuple[Mutation, ...] = (flip_bits, truncate, splice, overwrite_ints, edit_entries)


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, list[BundleRecord]]:
    rng = random.Random(1)
    items = [BundleRecord("participants", {"id": str(uuid.UUID(int=rng.getrandbits(128))),
                                           "full_name": f"Peserta {n}", "rt": f"{n % 20:03d}",
                                           "kecamatan_code": "36.71.01"}, 0)
             for n in range(300)]
    path = write(tmp_path_factory.mktemp("fuzz"), items)
    return path.read_bytes(), items


def test_damaged_bundles_are_only_ever_cleanly_refused(
        original: tuple[bytes, list[BundleRecord]], tmp_path: Path) -> None:
    data, items = original
    cases = int(os.environ.get("ENROLLMENT_FUZZ_CASES", DEFAULT_CASES))
    rng = random.Random(f"fuzz-{os.environ.get('ENROLLMENT_CRASH_SEED', '8')}")
    crashes: list[str] = []
    outcomes: dict[str, int] = {}
    path = tmp_path / "damaged.bundle"
    for case in range(cases):
        mutation = MUTATIONS[case % len(MUTATIONS)]
        path.write_bytes(mutation(data, rng))
        try:
            got = read(path)
        except BundleRejected as exc:
            exc.render()  # every placeholder is filled
            outcome = f"{mutation.__name__}: rejected {exc.code}"
        except Exception:  # any other exception is the finding
            crashes.append(f"case {case} ({mutation.__name__}):\n{traceback.format_exc()}")
            continue
        else:
            assert got == items, f"case {case} ({mutation.__name__}) read other records"
            outcome = f"{mutation.__name__}: harmless"
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    report("fuzz", cases=cases, crashes=len(crashes), outcomes=outcomes)
    assert not crashes, "\n".join(crashes[:3])
