"""The central office's update for one device: the catalog and class rosters.

An update bundle has the same container as a device export (docs/bundle-format.md) with
``kind`` "central-update": ``device_id`` names the receiving device, the manifest is
signed with the central Ed25519 key (the one the device got in its provisioning file)
and the payload is encrypted for the device's X25519 key (from the device's latest
bundle manifest, ``device_encryption_public_key``), so a lost stick exposes nothing.

``select_update_records`` reads what a field laptop needs from the central database:
the program catalog (programs, skills, quotas) and the rosters of the chosen classes
(classes, their sessions, enrollments, the applications and participants behind them),
whichever device registered them, and when asked a program's candidates still to be
visited in the chosen kecamatan (``CandidateSelection``). ``write_central_update`` writes the file.
``next_update_position`` and ``record_update`` keep each device's series of updates in
``central_updates`` (sequence 1, 2, ... and the previous file's hash).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import Connection, Select, Table, func, select

from enrollment_app.services.export import kecamatan_label
from enrollment_app.storage.base import utc_now
from enrollment_app.sync.bundle_types import BUNDLE_SUFFIX, CENTRAL_UPDATE, BundleRecord
from enrollment_app.sync.bundle_writer import (
    BundleHeader,
    WrittenBundle,
    file_slug,
    write_bundle,
)
from enrollment_app.sync.central_schema import central_updates
from enrollment_app.sync.keys import key_id, raw_public
from enrollment_app.sync.record_codec import encode_mapping, table_order

CATALOG_TABLES = ("programs", "program_skills", "program_quotas")
ROSTER_TABLES = ("classes", "class_sessions", "participants", "applications",
                 "class_enrollments")
CANDIDATE_TABLE = "candidates"
STREAM_BATCH = 2000


@dataclass(frozen=True)
class CandidateSelection:
    """The candidates an update carries: one program's, still to be visited, living in
    ``kecamatan_codes`` (empty: every kecamatan)."""

    program_id: str
    kecamatan_codes: tuple[str, ...] = ()


def write_central_update(folder: Path, *, central_signing_key: Ed25519PrivateKey,
                         device_id: str, device_encryption_key: bytes, sequence: int,
                         previous_sha256: str | None, records: Iterable[BundleRecord],
                         device_name: str = "", created_by: str = "central",
                         progress: Callable[[int], bool] | None = None,
                         file_name: str | None = None) -> WrittenBundle:
    """Write an update bundle for ``device_id`` into ``folder``.

    ``records`` must come parents first (``select_update_records`` does). ``sequence``
    counts the updates sent to this device (1, 2, ...), ``previous_sha256`` is the file
    hash of the one before. Raises ``BundleWriteError`` subclasses like a device export.
    """
    header = BundleHeader(
        kind=CENTRAL_UPDATE, device_id=device_id, device_name=device_name,
        sequence=sequence, previous_bundle_sha256=previous_sha256, created_by=created_by,
        extra={"mode": "update",
               "central_signing_key_id": key_id(raw_public(central_signing_key))})
    name = file_name or update_file_name(device_name or device_id, sequence, header.created_at)
    return write_bundle(Path(folder), name, header, records, signing_key=central_signing_key,
                        recipient_public_key=X25519PublicKey.from_public_bytes(
                            device_encryption_key), kecamatan_label=kecamatan_label,
                        progress=progress)


def update_file_name(device_name: str, sequence: int, created: datetime | None = None) -> str:
    stamp = (created or utc_now()).astimezone().strftime("%Y%m%d-%H%M%S")
    return f"update-{file_slug(device_name)}-{sequence:05d}-{stamp}{BUNDLE_SUFFIX}"


def select_update_records(connection: Connection, tables: Mapping[str, Table], *,
                          class_ids: Sequence[str] | None = None,
                          candidates: CandidateSelection | None = None
                          ) -> Iterator[BundleRecord]:
    """Catalog and rosters from the central database, parents first, streamed.

    ``tables`` maps table names to the central database's synced tables (same column
    names as the device's). ``class_ids`` limits the rosters to those classes; None
    takes every class. Tombstoned rows travel too, so a removal reaches the device.
    ``candidates`` adds a program's candidates still to be visited (none without it).
    """
    for name, query in _update_queries(tables, class_ids, candidates):
        table = tables[name]
        result = connection.execution_options(yield_per=STREAM_BATCH).execute(
            query.order_by(table.c.id))
        for row in result.mappings():
            values = encode_mapping(name, row)
            values.pop("change_seq", None)  # the central office's own counter
            yield BundleRecord(name, values, int(row["version"]))


def count_update_records(connection: Connection, tables: Mapping[str, Table], *,
                         class_ids: Sequence[str] | None = None,
                         candidates: CandidateSelection | None = None) -> int:
    """How many records ``select_update_records`` yields (for a progress bar)."""
    return sum(connection.scalar(select(func.count()).select_from(query.subquery())) or 0
               for _name, query in _update_queries(tables, class_ids, candidates))


def _update_queries(tables: Mapping[str, Table], class_ids: Sequence[str] | None,
                    candidates: CandidateSelection | None = None
                    ) -> list[tuple[str, Select]]:
    """(table name, query) for everything an update holds, parents first."""
    queries: dict[str, Select] = {name: select(tables[name]) for name in CATALOG_TABLES}
    classes, sessions = tables["classes"], tables["class_sessions"]
    enrollments = tables["class_enrollments"]
    chosen = select(classes.c.id)
    if class_ids is not None:
        chosen = chosen.where(classes.c.id.in_(list(class_ids)))
    queries["classes"] = select(classes).where(classes.c.id.in_(chosen))
    queries["class_sessions"] = select(sessions).where(sessions.c.class_id.in_(chosen))
    queries["class_enrollments"] = select(enrollments).where(
        enrollments.c.class_id.in_(chosen))
    for name, column in (("participants", "participant_id"),
                         ("applications", "application_id")):
        table = tables[name]
        ids = select(enrollments.c[column]).where(enrollments.c.class_id.in_(chosen))
        queries[name] = select(table).where(table.c.id.in_(ids))
    if candidates is not None:
        queries[CANDIDATE_TABLE] = _candidate_query(tables[CANDIDATE_TABLE], candidates)
    order = table_order()
    return sorted(queries.items(), key=lambda item: order[item[0]])


def _candidate_query(table: Table, chosen: CandidateSelection) -> Select:
    query = select(table).where(table.c.program_id == chosen.program_id,
                                table.c.status == "to_visit", table.c.deleted_at.is_(None))
    if chosen.kecamatan_codes:
        query = query.where(table.c.kecamatan_code.in_(list(chosen.kecamatan_codes)))
    return query


# ------------------------------------------------------------------- the updates sent
@dataclass(frozen=True)
class UpdatePosition:
    """Where the next update of a device stands in its series."""

    sequence: int
    previous_sha256: str | None


def next_update_position(connection: Connection, device_id: str) -> UpdatePosition:
    """The next sequence number for ``device_id`` and the hash of the update before it."""
    last = connection.execute(
        select(central_updates.c.sequence, central_updates.c.sha256)
        .where(central_updates.c.device_id == device_id)
        .order_by(central_updates.c.sequence.desc()).limit(1)).first()
    if last is None:
        return UpdatePosition(1, None)
    return UpdatePosition(int(last.sequence) + 1, last.sha256)


def record_update(connection: Connection, written: WrittenBundle, *, created_by: str,
                  class_ids: Sequence[str] | None) -> None:
    """Remember an update file that was written completely (in the caller's
    transaction)."""
    manifest = written.manifest
    connection.execute(central_updates.insert().values(
        bundle_id=manifest["bundle_id"], device_id=manifest["device_id"],
        sequence=manifest["sequence"], sha256=written.sha256,
        previous_sha256=manifest["previous_bundle_sha256"],
        file_name=written.path.name, created_at=utc_now(), created_by=created_by,
        counts=written.counts, class_ids=None if class_ids is None else list(class_ids)))
