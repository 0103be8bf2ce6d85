"""The central office's update for one device: the catalog and class rosters.

An update bundle has the same container as a device export (docs/bundle-format.md) with
``kind`` "central-update": ``device_id`` names the receiving device, the manifest is
signed with the central Ed25519 key (the one the device got in its provisioning file)
and the payload is encrypted for the device's X25519 key (from the device's latest
bundle manifest, ``device_encryption_public_key``), so a lost stick exposes nothing.

``select_update_records`` reads what a field laptop needs from the central database:
the program catalog (programs, skills, quotas) and the rosters of the chosen classes
(classes, their sessions, enrollments, the applications and participants behind them),
whichever device registered them. ``write_central_update`` writes the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import Connection, Select, Table, select

from enrollment_app.storage.base import utc_now
from enrollment_app.sync.bundle_types import BUNDLE_SUFFIX, CENTRAL_UPDATE, BundleRecord
from enrollment_app.sync.bundle_writer import (
    BundleHeader,
    WrittenBundle,
    file_slug,
    write_bundle,
)
from enrollment_app.sync.keys import key_id, raw_public
from enrollment_app.sync.record_codec import encode_mapping, table_order

CATALOG_TABLES = ("programs", "program_skills", "program_quotas")
ROSTER_TABLES = ("classes", "class_sessions", "participants", "applications",
                 "class_enrollments")
STREAM_BATCH = 2000


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
                            device_encryption_key), progress=progress)


def update_file_name(device_name: str, sequence: int, created: datetime | None = None) -> str:
    stamp = (created or utc_now()).astimezone().strftime("%Y%m%d-%H%M%S")
    return f"update-{file_slug(device_name)}-{sequence:05d}-{stamp}{BUNDLE_SUFFIX}"


def select_update_records(connection: Connection, tables: Mapping[str, Table], *,
                          class_ids: Sequence[str] | None = None) -> Iterator[BundleRecord]:
    """Catalog and rosters from the central database, parents first, streamed.

    ``tables`` maps table names to the central database's synced tables (same column
    names as the device's). ``class_ids`` limits the rosters to those classes; None
    takes every class. Tombstoned rows travel too, so a removal reaches the device.
    """
    queries: dict[str, Select] = {name: select(tables[name]) for name in CATALOG_TABLES}
    classes, sessions = tables["classes"], tables["class_sessions"]
    enrollments = tables["class_enrollments"]
    chosen = select(classes.c.id)
    if class_ids is not None:
        chosen = chosen.where(classes.c.id.in_(list(class_ids)))
    enrolled = select(enrollments).where(enrollments.c.class_id.in_(chosen))
    queries["classes"] = select(classes).where(classes.c.id.in_(chosen))
    queries["class_sessions"] = select(sessions).where(sessions.c.class_id.in_(chosen))
    queries["class_enrollments"] = enrolled
    for name, column in (("participants", "participant_id"),
                         ("applications", "application_id")):
        table = tables[name]
        ids = select(enrollments.c[column]).where(enrollments.c.class_id.in_(chosen))
        queries[name] = select(table).where(table.c.id.in_(ids))
    order = table_order()
    for name in sorted(queries, key=lambda table_name: order[table_name]):
        table = tables[name]
        query = queries[name].order_by(table.c.id)
        result = connection.execution_options(yield_per=STREAM_BATCH).execute(query)
        for row in result.mappings():
            values = encode_mapping(name, row)
            values.pop("change_seq", None)  # the central office's own counter
            yield BundleRecord(name, values, int(row["version"]))
