"""The central office sends one device its update: the program catalog and class rosters
(and, when asked, a program's candidates to visit in chosen kecamatan).

``write_device_update`` (called through ``CentralOffice.write_update``) checks the
receiving device and the classes asked for before anything is written, writes the update
bundle (``sync/central_update.py``: signed with the central signing key, encrypted for
the device's X25519 key from its latest bundle), and only once the file is complete
records it in ``central_updates`` in one transaction. That record gives the device's
next update its number and the hash of the file before it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Row, func, select
from sqlalchemy.exc import IntegrityError

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.regions import load_regions
from enrollment_app.services.errors import ServiceError
from enrollment_app.sync.bundle_writer import BundleWriteCancelled, WrittenBundle
from enrollment_app.sync.central_schema import SYNCED_TABLES, central_devices
from enrollment_app.sync.central_update import (
    CandidateSelection,
    count_update_records,
    next_update_position,
    record_update,
    select_update_records,
    write_central_update,
)
from enrollment_app.sync.provisioning import CentralKeys

Progress = Callable[[int, int], bool]


class UnknownUpdateDeviceError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "No registered device has the name or id '{device}'. 'enrollment "
        "central devices' lists them; no update was written.")


class AmbiguousDeviceNameError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "{count} registered devices are called '{device}'. Give the device id "
        "instead ({ids}); no update was written.")


class InactiveDeviceError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "Device '{name}' is no longer active here; no update was written.")


class DeviceKeyUnknownError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "Device '{name}' has not sent a bundle yet, so its encryption key is "
        "not known here. Import one bundle from it first; no update was written.")


class UnknownClassError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "The central database has no class with the id {ids}; no update was "
        "written.")


class UnknownCandidateProgramError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "The central database has no program with the code '{code}'; no update "
                    "was written.")


class UnknownKecamatanError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "'{kecamatan}' is not a kecamatan of Kota Tangerang (give its name or "
                    "code, such as Cipondoh or 36.71.05); no update was written.")


@dataclass(frozen=True)
class CandidateRequest:
    """Send a program's candidates still to be visited, of these kecamatan (names or
    codes; empty: every kecamatan)."""

    program_code: str
    kecamatan: tuple[str, ...] = ()


class UpdateWriteCancelledError(ServiceError):
    message = QT_TRANSLATE_NOOP("services", "Update cancelled; no file was written.")


class UpdateNumberTakenError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "Another update for device '{name}' was written at the same time, so "
        "this one was removed again. Write the update again.")


@dataclass(frozen=True)
class SentUpdate:
    """An update file written for a device and recorded in ``central_updates``."""

    path: Path
    device_id: str
    device_name: str
    sequence: int
    sha256: str
    previous_sha256: str | None
    bundle_id: str
    counts: dict[str, int]
    class_ids: list[str] | None  # None: every class

    @property
    def record_count(self) -> int:
        return sum(self.counts.values())

    def as_json(self) -> dict[str, Any]:
        return {"bundle": str(self.path), "device_id": self.device_id,
                "device_name": self.device_name, "sequence": self.sequence,
                "counts": self.counts, "records": self.record_count,
                "bundle_id": self.bundle_id, "sha256": self.sha256,
                "previous_sha256": self.previous_sha256, "class_ids": self.class_ids}


def write_device_update(engine: Engine, keys: CentralKeys, device: str, out_dir: Path, *,
                        class_ids: Sequence[str] | None = None,
                        candidates: CandidateRequest | None = None,
                        progress: Progress | None = None,
                        created_by: str = "central") -> SentUpdate:
    """Write the next update for ``device`` (its id or its name) into ``out_dir``.

    ``class_ids`` limits the rosters to those classes (None: every class). Refuses an
    unknown, inactive or not yet heard-from device, unknown class ids, and an unknown
    candidate program or kecamatan before writing;
    ``progress(done, total)`` returning False cancels and leaves no file.
    """
    chosen = None if class_ids is None else list(dict.fromkeys(class_ids))
    with engine.connect() as connection:
        target = _receiving_device(connection, device)
        if chosen:
            _require_classes(connection, chosen)
        selection = None if candidates is None else _candidate_selection(connection,
                                                                          candidates)
        position = next_update_position(connection, target.device_id)
        total = count_update_records(connection, SYNCED_TABLES, class_ids=chosen,
                                     candidates=selection)
        report = None if progress is None else (lambda done: progress(done, total))
        try:
            written = write_central_update(
                Path(out_dir), central_signing_key=keys.signing_key,
                device_id=target.device_id,
                device_encryption_key=bytes(target.encryption_public_key),
                sequence=position.sequence, previous_sha256=position.previous_sha256,
                records=select_update_records(connection, SYNCED_TABLES, class_ids=chosen,
                                              candidates=selection),
                device_name=target.name, created_by=created_by, progress=report)
        except BundleWriteCancelled:
            raise UpdateWriteCancelledError() from None
    _remember(engine, written, target.name, created_by, chosen)
    if progress is not None:
        progress(total, total)
    manifest = written.manifest
    return SentUpdate(written.path, target.device_id, target.name, position.sequence,
                      written.sha256, position.previous_sha256, manifest["bundle_id"],
                      written.counts, chosen)


def _remember(engine: Engine, written: WrittenBundle, device_name: str, created_by: str,
              class_ids: list[str] | None) -> None:
    """Record the complete file; a file that cannot be recorded is not left behind
    (the device would otherwise hold an update the central office cannot chain to)."""
    try:
        with engine.begin() as connection:
            record_update(connection, written, created_by=created_by, class_ids=class_ids)
    except IntegrityError as exc:
        written.path.unlink(missing_ok=True)
        raise UpdateNumberTakenError(name=device_name) from exc
    except BaseException:
        written.path.unlink(missing_ok=True)
        raise


def _receiving_device(connection: Connection, device: str) -> Row[Any]:
    """The registry row named by id or (case-insensitively) by name, able to receive."""
    wanted = device.strip()
    rows = connection.execute(select(central_devices)).all()
    matches = [row for row in rows if row.device_id == wanted]
    if not matches:
        matches = [row for row in rows if row.name.casefold() == wanted.casefold()]
    if not matches:
        raise UnknownUpdateDeviceError(device=wanted)
    if len(matches) > 1:
        raise AmbiguousDeviceNameError(count=len(matches), device=wanted,
                                       ids=", ".join(row.device_id for row in matches))
    row = matches[0]
    if not row.active:
        raise InactiveDeviceError(name=row.name)
    if row.encryption_public_key is None:
        raise DeviceKeyUnknownError(name=row.name)
    return row


def _require_classes(connection: Connection, class_ids: list[str]) -> None:
    classes = SYNCED_TABLES["classes"]
    known = set(connection.scalars(select(classes.c.id).where(classes.c.id.in_(class_ids))))
    unknown = [class_id for class_id in class_ids if class_id not in known]
    if unknown:
        raise UnknownClassError(ids=", ".join(unknown))


def _candidate_selection(connection: Connection, request: CandidateRequest
                         ) -> CandidateSelection:
    programs = SYNCED_TABLES["programs"]
    code = request.program_code.strip()
    program_id = connection.scalar(select(programs.c.id).where(
        func.lower(programs.c.code) == code.casefold(), programs.c.deleted_at.is_(None)))
    if program_id is None:
        raise UnknownCandidateProgramError(code=code)
    regions = load_regions()
    codes = []
    for name in request.kecamatan:
        found = regions.find_kecamatan(name.strip())
        if found is None:
            raise UnknownKecamatanError(kecamatan=name)
        codes.append(found)
    return CandidateSelection(program_id, tuple(dict.fromkeys(codes)))
