"""Program targets counted in the unit each one states (issue 10, item 4).

For every target of a program (domain.target_specs) the figure is a COUNT(DISTINCT ...)
of what the target counts, over the records that count toward it: the live facilitation
records of the program tagged with the target's key and, for a target with
``completed_applications``, the program's completed applications.

What one record reaches, by the target's unit:

- ``persons``: the person it is about; the owners of the unit it is about; the members
  of the group it is about who were members on the day (joined by then, not left yet);
  a completed application's person.
- ``business_units``: the unit it is about; the units owned by the person it is about;
  a completed application's unit (or its person's units). Two owners of one unit reach
  one unit; one unit trained twice counts once.
- ``groups``: the group it is about.
- ``events``: the event it names on its day (two units at one exhibition are one event;
  a record without an event name is its own event).

Each figure comes per kecamatan (the kecamatan recorded on the record or application:
a unit reached in two kecamatan counts once in each and once in the total) and per month
(in the month it was first reached, so the months add up to the total). A completed
application is dated by its last change. The queries are written against ``Table``
objects, like services.program_dashboard, so the same code counts on a device and on
the central office's database, where the city-wide figures are.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Connection,
    String,
    Table,
    and_,
    cast,
    distinct,
    extract,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from enrollment_app.domain.application_status import COMPLETED
from enrollment_app.domain.target_specs import (
    BUSINESS_UNITS,
    EVENTS,
    GROUPS,
    PERSONS,
    TargetSpec,
    target_specs,
)
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import NotFoundError
from enrollment_app.services.groups import member_on_day
from enrollment_app.services.permissions import Permission, require
from enrollment_app.storage.models import Base

if TYPE_CHECKING:
    from enrollment_app.services.central import CentralOffice

Source = Session | Connection


@dataclass(frozen=True)
class TargetTables:
    """The tables the target figures read, on a device or at the central office."""

    programs: Table
    facilitations: Table
    applications: Table
    owners: Table
    members: Table


def _tables(tables: Mapping[str, Table]) -> TargetTables:
    return TargetTables(tables["programs"], tables["facilitations"], tables["applications"],
                        tables["business_owners"], tables["group_members"])


DEVICE_TABLES = _tables(Base.metadata.tables)


def central_tables() -> TargetTables:
    from enrollment_app.sync.central_schema import SYNCED_TABLES

    return _tables(SYNCED_TABLES)


@dataclass(frozen=True)
class TargetProgress:
    """One target's figure: how many of its unit were reached, where and when."""

    key: str
    label: str
    unit: str  # persons / business_units / groups / events
    target: int | None  # the number the catalog states (None: named without one)
    reached: int
    per_kecamatan: Mapping[str, int]  # kecamatan code ("" when none) -> reached there
    per_month: Mapping[str, int]  # "YYYY-MM" -> first reached that month (sums to reached)

    @property
    def percent(self) -> float | None:
        return 100.0 * self.reached / self.target if self.target else None


@dataclass(frozen=True)
class ProgramTargets:
    program_id: str
    targets: tuple[TargetProgress, ...]  # in the catalog's order

    def target(self, key: str) -> TargetProgress:
        return next(t for t in self.targets if t.key == key)


# ------------------------------------------------------------------------ entry points
def program_targets(ctx: ServiceContext, program_id: str) -> ProgramTargets:
    """Every target of one program counted on this device's database."""
    require(ctx, Permission.VIEW_DASHBOARD)
    with ctx.read() as session:
        return load_targets(session, program_id)


def central_program_targets(office: CentralOffice, program_id: str) -> ProgramTargets:
    """The same figures over every device's records merged at the central office."""
    office.require_initialized()
    with office.engine.connect() as connection:
        return load_targets(connection, program_id, central_tables())


def load_targets(source: Source, program_id: str,
                 tables: TargetTables = DEVICE_TABLES) -> ProgramTargets:
    """NotFoundError for an unknown or removed program."""
    programs = tables.programs
    raw = source.execute(select(programs.c.targets).where(
        programs.c.id == program_id, programs.c.deleted_at.is_(None))).first()
    if raw is None:
        raise NotFoundError()
    return ProgramTargets(program_id, tuple(
        _progress(source, program_id, spec, tables) for spec in target_specs(raw.targets)))


# ------------------------------------------------------------------------------ queries
def _progress(source: Source, program_id: str, spec: TargetSpec,
              tables: TargetTables) -> TargetProgress:
    reached = reached_query(program_id, spec, tables).subquery("reached")
    total = source.execute(select(func.count(distinct(reached.c.entity)))).scalar() or 0
    places = source.execute(select(reached.c.kecamatan_code, func.count(distinct(
        reached.c.entity))).group_by(reached.c.kecamatan_code)).all()
    first = (select(reached.c.entity, func.min(reached.c.period).label("period"))
             .group_by(reached.c.entity).subquery("first_reached"))
    months = source.execute(select(first.c.period, func.count()).group_by(
        first.c.period)).all()
    return TargetProgress(
        key=spec.key, label=spec.label, unit=spec.unit, target=spec.count,
        reached=int(total),
        per_kecamatan={code or "": int(count) for code, count in places},
        per_month={_month(period): int(count) for period, count in sorted(months)})


def reached_query(program_id: str, spec: TargetSpec, tables: TargetTables) -> Any:
    """(entity, kecamatan_code, period YYYYMM) for everything the target's records and
    applications reach; entities repeat (the callers count distinct ones)."""
    f, owners, members = tables.facilitations, tables.owners, tables.members
    tagged = and_(f.c.program_id == program_id, f.c.target_key == spec.key,
                  f.c.deleted_at.is_(None))
    on_day = _period(f.c.occurred_on)

    def rows(entity: Any, *joins: tuple[Table, Any], where: Any) -> Any:
        source = f
        for table, condition in joins:
            source = source.join(table, condition)
        return select(entity.label("entity"), f.c.kecamatan_code.label("kecamatan_code"),
                      on_day.label("period")).select_from(source).where(tagged, where)

    live_owner = owners.c.deleted_at.is_(None)
    parts: list[Any] = []
    if spec.unit == PERSONS:
        parts += [
            rows(f.c.participant_id, where=f.c.participant_id.is_not(None)),
            rows(owners.c.participant_id, (owners, and_(
                owners.c.business_unit_id == f.c.business_unit_id, live_owner)),
                where=f.c.business_unit_id.is_not(None)),
            rows(members.c.participant_id, (members, and_(
                *member_on_day(members.c, f.c.group_id, f.c.occurred_on))),
                where=f.c.group_id.is_not(None)),
        ]
    elif spec.unit == BUSINESS_UNITS:
        parts += [
            rows(f.c.business_unit_id, where=f.c.business_unit_id.is_not(None)),
            rows(owners.c.business_unit_id, (owners, and_(
                owners.c.participant_id == f.c.participant_id, live_owner)),
                where=f.c.participant_id.is_not(None)),
        ]
    elif spec.unit == GROUPS:
        parts.append(rows(f.c.group_id, where=f.c.group_id.is_not(None)))
    elif spec.unit == EVENTS:
        event = func.coalesce(f.c.details["event"].as_string(), f.c.id)
        parts.append(rows(event + literal("|") + cast(f.c.occurred_on, String),
                          where=f.c.id.is_not(None)))
    if spec.completed_applications and spec.unit in (PERSONS, BUSINESS_UNITS):
        parts += _completed_applications(program_id, spec.unit, tables)
    return union_all(*parts)


def _completed_applications(program_id: str, unit: str, tables: TargetTables) -> list[Any]:
    apps, owners = tables.applications, tables.owners
    done = and_(apps.c.program_id == program_id, apps.c.status == COMPLETED,
                apps.c.deleted_at.is_(None))
    period = _period(apps.c.updated_at)

    def rows(entity: Any, source: Any, where: Any) -> Any:
        return select(entity.label("entity"), apps.c.kecamatan_code.label("kecamatan_code"),
                      period.label("period")).select_from(source).where(done, where)

    if unit == PERSONS:
        return [rows(apps.c.participant_id, apps, apps.c.participant_id.is_not(None))]
    by_person = apps.join(owners, and_(owners.c.participant_id == apps.c.participant_id,
                                       owners.c.deleted_at.is_(None)))
    return [rows(apps.c.business_unit_id, apps, apps.c.business_unit_id.is_not(None)),
            rows(owners.c.business_unit_id, by_person, apps.c.participant_id.is_not(None))]


def _period(column: Any) -> Any:
    """YYYYMM of a date or timestamp column, on SQLite and PostgreSQL alike."""
    return extract("year", column) * 100 + extract("month", column)


def _month(period: Any) -> str:
    number = int(period)
    return f"{number // 100:04d}-{number % 100:02d}"
