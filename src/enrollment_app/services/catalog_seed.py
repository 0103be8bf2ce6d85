"""The shipped program catalog (``resources/catalog/programs.json``) as database rows.

Every device and the central office seed the same rows: ids are derived from the codes
(uuid5), so a bundle merges them instead of doubling the programs. A skill or quota a
supervisor adds later gets its id the same way (from the program and the skill code or
kecamatan), so two devices adding the same quota edit one record.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from enrollment_app.domain.interview_questions import STANDARD_SET, standard_questions
from enrollment_app.domain.regions import load_regions
from enrollment_app.resources_path import resource
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.base import SyncedMixin, utc_now
from enrollment_app.storage.models import Base, Program, ProgramQuota, ProgramSkill

# Every catalog id is derived in this namespace; never change it (ids would change).
CATALOG_NAMESPACE = uuid.UUID("6f1c2a4e-2b7d-5c3a-9e51-0d4b7a8c9e21")
# origin_device_id of the seeded rows: the same on every device and at the central office.
CATALOG_ORIGIN = str(uuid.uuid5(CATALOG_NAMESPACE, "shipped-catalog"))


# ------------------------------------------------------------------------------ ids
def program_id_for(code: str) -> str:
    return str(uuid.uuid5(CATALOG_NAMESPACE, f"program:{code}"))


def skill_id_for(program_id: str, code: str) -> str:
    return str(uuid.uuid5(uuid.UUID(program_id), f"skill:{code}"))


def quota_id_for(program_id: str, kecamatan_code: str) -> str:
    return str(uuid.uuid5(uuid.UUID(program_id), f"quota:{kecamatan_code}"))


# ------------------------------------------------------------------------------ seeding
@dataclass(frozen=True)
class SeedRow:
    model: type[SyncedMixin]
    values: Mapping[str, Any]


def seed_rows(path: Path | None = None) -> list[SeedRow]:
    """The shipped catalog as rows: programs first, then their skills and quotas."""
    return list(_seed_rows(path or resource("catalog", "programs.json")))


@cache
def _seed_rows(path: Path) -> tuple[SeedRow, ...]:
    data = json.loads(path.read_text(encoding="utf-8"))
    kecamatan = sorted(load_regions().kecamatan_names)
    rows: list[SeedRow] = []
    for item in data["programs"]:
        program_id = program_id_for(item["code"])
        questions = item.get("interview_questions", STANDARD_SET)
        rows.append(SeedRow(Program, {
            "id": program_id, "code": item["code"], "name": item["name"],
            "organiser": item["organiser"],
            "period_start": _iso(item.get("period_start")),
            "period_end": _iso(item.get("period_end")),
            "description": item.get("description", ""),
            "requires_interview": bool(item.get("requires_interview", False)),
            "eligibility": item.get("eligibility", {}), "targets": item.get("targets", []),
            "completion_threshold": item.get("completion_threshold", 80),
            "starter_package_top_n": item.get("starter_package_top_n", 0),
            "active": item.get("active", True),
            "interview_questions": (standard_questions() if questions == STANDARD_SET
                                    else questions),
        }))
        for skill in item.get("skills", []):
            rows.append(SeedRow(ProgramSkill, {
                "id": skill_id_for(program_id, skill["code"]), "program_id": program_id,
                "code": skill["code"], "name": skill["name"]}))
        quotas = dict.fromkeys(kecamatan, item["quota_per_kecamatan"]) if item.get(
            "quota_per_kecamatan") is not None else {}
        quotas.update(item.get("quotas", {}))
        for code, quota in sorted(quotas.items()):
            rows.append(SeedRow(ProgramQuota, {
                "id": quota_id_for(program_id, code), "program_id": program_id,
                "kecamatan_code": code, "quota": quota}))
    return tuple(rows)


def _iso(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def seed_catalog(target: Session | ServiceContext, path: Path | None = None) -> int:
    """Add the shipped catalog rows this database lacks; return how many were added.

    The rows are written as received ones are (services.provisioning): the same id,
    origin and version 1 everywhere and change sequence 0, so they are not sent to the
    central office (which seeds the same rows) until someone edits them here. Idempotent:
    a row whose id is already there (even tombstoned, i.e. removed on purpose) is left
    alone, and so is a program whose code another record already uses (a catalog from
    the central office), with its skills and quotas. Pass the session of the transaction
    that sets the device up, or a signed-in context.
    """
    if isinstance(target, ServiceContext):
        with target.write() as session:
            return seed_catalog(session, path)
    return _insert_missing(target, Base.metadata.tables, seed_rows(path))


def seed_central_catalog(connection: Connection) -> int:
    """The same seed for the central office's database; returns how many rows were added."""
    from enrollment_app.sync.central_schema import SYNCED_TABLES  # the central tables

    return _insert_missing(connection, SYNCED_TABLES, seed_rows())


def _insert_missing(target: Session | Connection, tables: Mapping[str, Table],
                    rows: Iterable[SeedRow]) -> int:
    def table_of(row: SeedRow) -> Table:
        return tables[row.model.__tablename__]  # type: ignore[attr-defined]

    def exists(row: SeedRow) -> bool:
        table = table_of(row)
        return target.scalar(select(table.c.id).where(table.c.id == row.values["id"])
                             ) is not None

    programs_table = tables[Program.__tablename__]
    owners = {code: pid for code, pid in target.execute(
        select(programs_table.c.code, programs_table.c.id))}
    now = utc_now()
    added = 0
    for row in _missing(rows, exists, owners.get):
        target.execute(table_of(row).insert().values(
            **row.values, origin_device_id=CATALOG_ORIGIN, version=1, change_seq=0,
            created_at=now, updated_at=now, created_by=None, updated_by=None))
        added += 1
    return added


def _missing(rows: Iterable[SeedRow], exists: Callable[[SeedRow], bool],
             code_owner: Callable[[str], str | None]) -> Iterator[SeedRow]:
    """The seed rows to add: not there yet, and not of a program whose code is taken."""
    skipped: set[str] = set()
    for row in rows:
        values = row.values
        if row.model is Program and code_owner(values["code"]) not in (None, values["id"]):
            skipped.add(values["id"])
        if values.get("program_id", values["id"]) in skipped or exists(row):
            continue
        yield row
