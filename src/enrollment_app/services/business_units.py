"""Business units (UMKM): their details, their owners, their applications and history.

A unit has a name, owners among the registered participants (at least one), an optional
NIB (13 digits when given: letters or another length are refused at the field, and so is
a NIB another unit on this device already has), a sector, a scale, an address, the year
it started, its products, a monthly turnover band, and the permits and certificates it
holds (PIRT, halal, HAKI, ...) with their numbers. A unit can apply to a program the way
a person can (``apply_to_program``); its whole facilitation history is
``unit_history``.

The registration form also creates a unit for a person who names their business
(services.registration); this module is the full editor of such units.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from enrollment_app.domain.application_status import FINAL_STATUSES
from enrollment_app.domain.choices import (
    BUSINESS_OWNER_ROLE,
    BUSINESS_PERMIT,
    BUSINESS_SCALE,
    BUSINESS_SECTOR,
    TURNOVER_BAND,
)
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.names import check_free_text
from enrollment_app.domain.nib import check_nib
from enrollment_app.domain.regions import check_address_region, load_regions
from enrollment_app.domain.validation import Problem
from enrollment_app.services.application_errors import ProgramClosedError
from enrollment_app.services.applications import get_live
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.services.facilitation import FacilitationInfo, facilitation_records
from enrollment_app.services.permissions import Permission, require
from enrollment_app.services.record_fields import problem, registered_participant
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.models import (
    Application,
    BusinessOwner,
    BusinessUnit,
    Participant,
    Program,
)
from enrollment_app.storage.session_hooks import AppSession

OWNER = "pemilik"
FIRST_YEAR = 1900


class UnitApplicationActiveError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "{name} already has an application in {program} that has not ended.")


@dataclass(frozen=True)
class OwnerDraft:
    participant_id: str
    role: str = OWNER


@dataclass(frozen=True)
class UnitDraft:
    """What the business-unit form holds."""

    name: str
    owners: Sequence[OwnerDraft]
    sector: str
    kecamatan_code: str
    kelurahan_code: str
    nib: str = ""
    scale: str = "mikro"
    street: str = ""
    year_started: int | None = None
    products: str = ""
    turnover_band: str = ""
    permits: Sequence[str] = ()
    permit_numbers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class OwnerInfo:
    id: str  # the ownership row
    participant_id: str
    full_name: str
    nik: str
    role: str


@dataclass(frozen=True)
class UnitInfo:
    id: str
    name: str
    nib: str
    sector: str
    scale: str
    street: str
    kecamatan_code: str
    kelurahan_code: str
    year_started: int | None
    products: str
    turnover_band: str
    permits: tuple[str, ...]
    permit_numbers: Mapping[str, str]
    owners: tuple[OwnerInfo, ...]
    version: int


@dataclass(frozen=True)
class UnitApplication:
    id: str
    program_id: str
    program_name: str
    status: str
    applied_on: date


@dataclass(frozen=True)
class UnitHistory:
    """Everything done for a unit: its applications and its facilitation records."""

    unit: UnitInfo
    applications: tuple[UnitApplication, ...]  # newest first
    facilitations: tuple[FacilitationInfo, ...]  # newest first


# ------------------------------------------------------------------------------ writes
def create_unit(ctx: ServiceContext, draft: UnitDraft, *, today: date | None = None) -> str:
    """Store a new unit with its owners and return its id; ValidationError names the
    fields to correct (nothing is written then)."""
    require(ctx, Permission.REGISTER)
    values = _checked(draft, today or date.today())
    with ctx.write() as session:
        _check_nib_free(session, values["nib"], None)
        _check_owners(session, draft.owners)
        unit = BusinessUnit(**values)
        session.add(unit)
        session.flush()
        for owner in _distinct_owners(draft.owners):
            session.add(BusinessOwner(business_unit_id=unit.id,
                                      participant_id=owner.participant_id, role=owner.role))
        session.flush()
        return unit.id


def edit_unit(ctx: ServiceContext, unit_id: str, draft: UnitDraft, *,
              today: date | None = None) -> None:
    """Change a unit's details and owners: owners no longer listed lose their ownership
    (a tombstone, so the history keeps it), new ones are added, roles updated."""
    require(ctx, Permission.REGISTER)
    values = _checked(draft, today or date.today())
    with ctx.write() as session:
        unit = get_live(session, BusinessUnit, unit_id)
        _check_nib_free(session, values["nib"], unit.id)
        _check_owners(session, draft.owners)
        for key, value in values.items():
            if getattr(unit, key) != value:
                setattr(unit, key, value)
        current = {row.participant_id: row for row in _owner_rows(session, unit.id)}
        wanted = {owner.participant_id: owner for owner in _distinct_owners(draft.owners)}
        for pid, row in current.items():
            if pid not in wanted:
                row.deleted_at = utc_now()
            elif row.role != wanted[pid].role:
                row.role = wanted[pid].role
        for pid, owner in wanted.items():
            if pid not in current:
                session.add(BusinessOwner(business_unit_id=unit.id, participant_id=pid,
                                          role=owner.role))


def apply_to_program(ctx: ServiceContext, unit_id: str, program_id: str, *,
                     today: date | None = None) -> str:
    """The unit applies to a program (e.g. Gampang Kerja's business trainings); returns
    the application id. A program's eligibility rules are about persons, so none are
    evaluated; refused when the program is closed or the unit already has an
    application there that has not ended."""
    require(ctx, Permission.REGISTER)
    with ctx.write() as session:
        unit = get_live(session, BusinessUnit, unit_id)
        program = get_live(session, Program, program_id)
        if not program.active:
            raise ProgramClosedError(program=program.name)
        active = session.scalar(select(Application.id).where(
            Application.business_unit_id == unit.id, Application.program_id == program.id,
            Application.status.not_in(FINAL_STATUSES), Application.deleted_at.is_(None)
        ).limit(1))
        if active is not None:
            raise UnitApplicationActiveError(name=unit.name, program=program.name)
        application = Application(program_id=program.id, business_unit_id=unit.id,
                                  kecamatan_code=unit.kecamatan_code,
                                  applied_on=today or date.today(), eligibility={})
        session.add(application)
        session.flush()
        return application.id


# ------------------------------------------------------------------------------- reads
def get_unit(ctx: ServiceContext, unit_id: str) -> UnitInfo:
    require(ctx, Permission.VIEW_PARTICIPANTS)
    with ctx.read() as session:
        return unit_info(session, get_live(session, BusinessUnit, unit_id))


def list_units(ctx: ServiceContext, *, kecamatan_code: str | None = None,
               text: str = "") -> list[UnitInfo]:
    """Live units by name, optionally of one kecamatan or whose name or NIB contains
    ``text``."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    query = select(BusinessUnit).where(BusinessUnit.deleted_at.is_(None))
    if kecamatan_code:
        query = query.where(BusinessUnit.kecamatan_code == kecamatan_code)
    if needle := text.strip():
        query = query.where(BusinessUnit.name.ilike(f"%{needle}%")
                            | BusinessUnit.nib.contains(needle))
    with ctx.read() as session:
        units = [unit_info(session, unit) for unit in session.scalars(query)]
    return sorted(units, key=lambda unit: unit.name.casefold())


def units_of_participant(ctx: ServiceContext, participant_id: str) -> list[UnitInfo]:
    """The units a person owns (for the participant's page)."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    with ctx.read() as session:
        units = session.scalars(select(BusinessUnit).join(
            BusinessOwner, BusinessOwner.business_unit_id == BusinessUnit.id).where(
            BusinessOwner.participant_id == participant_id,
            BusinessOwner.deleted_at.is_(None), BusinessUnit.deleted_at.is_(None)
        ).distinct()).all()
        return sorted((unit_info(session, unit) for unit in units),
                      key=lambda unit: unit.name.casefold())


def unit_history(ctx: ServiceContext, unit_id: str) -> UnitHistory:
    """The unit with its applications and every facilitation record about it."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    with ctx.read() as session:
        unit = unit_info(session, get_live(session, BusinessUnit, unit_id))
        rows = session.execute(select(Application, Program.name).join(
            Program, Program.id == Application.program_id).where(
            Application.business_unit_id == unit_id, Application.deleted_at.is_(None)
        ).order_by(Application.applied_on.desc())).all()
        applications = tuple(UnitApplication(a.id, a.program_id, name, a.status,
                                             a.applied_on) for a, name in rows)
        records = facilitation_records(session, business_unit_id=unit_id)
    return UnitHistory(unit, applications, tuple(records))


def unit_info(session: AppSession, unit: BusinessUnit) -> UnitInfo:
    owners = session.execute(select(BusinessOwner, Participant).join(
        Participant, Participant.id == BusinessOwner.participant_id).where(
        BusinessOwner.business_unit_id == unit.id, BusinessOwner.deleted_at.is_(None)
    )).all()
    return UnitInfo(
        id=unit.id, name=unit.name, nib=unit.nib, sector=unit.sector, scale=unit.scale,
        street=unit.street, kecamatan_code=unit.kecamatan_code,
        kelurahan_code=unit.kelurahan_code, year_started=unit.year_started,
        products=unit.products, turnover_band=unit.turnover_band,
        permits=tuple(p for p in unit.permits.split(",") if p),
        permit_numbers=dict(unit.permit_numbers or {}),
        owners=tuple(sorted((OwnerInfo(o.id, p.id, p.full_name, p.nik, o.role)
                             for o, p in owners), key=lambda o: o.full_name.casefold())),
        version=unit.version)


# ---------------------------------------------------------------------------- internals
def _checked(draft: UnitDraft, today: date) -> dict[str, Any]:
    """The column values of a valid draft; ValidationError with every problem."""
    problems: list[Problem] = []
    texts = {key: check_free_text(getattr(draft, key), key, required=key == "name",
                                  max_length=limit, multiline=key == "products")
             for key, limit in (("name", 200), ("street", 200), ("products", 1000))}
    for result in texts.values():
        problems.extend(result.problems)
    nib = check_nib(draft.nib)
    problems.extend(Problem("nib", p.code, p.message, p.severity, p.params)
                    for p in nib.problems)
    problems.extend(_choice_problems(draft))
    problems.extend(check_address_region(draft.kecamatan_code, draft.kelurahan_code, False,
                                         "", regions=load_regions()))
    year = draft.year_started
    if year is not None and (isinstance(year, bool) or not FIRST_YEAR <= year <= today.year):
        problems.append(problem("year_started", "unit.year", QT_TRANSLATE_NOOP(
            "validation", "Type a year from {first} to {last}."),
            first=FIRST_YEAR, last=today.year))
    numbers = _permit_numbers(draft, problems)
    if not draft.owners:
        problems.append(problem("owners", "unit.no_owner", QT_TRANSLATE_NOOP(
            "validation", "Add at least one owner (a registered participant).")))
    if problems:
        raise ValidationError(problems)
    return {
        "name": texts["name"].value, "nib": nib.value or "", "sector": draft.sector,
        "scale": draft.scale, "street": texts["street"].value or "",
        "kecamatan_code": draft.kecamatan_code, "kelurahan_code": draft.kelurahan_code,
        "year_started": year, "products": texts["products"].value or "",
        "turnover_band": draft.turnover_band,
        "permits": ",".join(sorted(set(draft.permits))), "permit_numbers": numbers,
    }


def _choice_problems(draft: UnitDraft) -> list[Problem]:
    problems = []
    if draft.sector not in BUSINESS_SECTOR:
        problems.append(problem("sector", "unit.sector", QT_TRANSLATE_NOOP(
            "validation", "Choose the business sector.")))
    if draft.scale not in BUSINESS_SCALE:
        problems.append(problem("scale", "unit.scale", QT_TRANSLATE_NOOP(
            "validation", "Choose micro, small or medium.")))
    if draft.turnover_band and draft.turnover_band not in TURNOVER_BAND:
        problems.append(problem("turnover_band", "unit.turnover", QT_TRANSLATE_NOOP(
            "validation", "Choose a turnover band from the list.")))
    if any(permit not in BUSINESS_PERMIT for permit in draft.permits):
        problems.append(problem("permits", "unit.permit", QT_TRANSLATE_NOOP(
            "validation", "Choose the permits from the list.")))
    if any(owner.role not in BUSINESS_OWNER_ROLE for owner in draft.owners):
        problems.append(problem("owners", "unit.owner_role", QT_TRANSLATE_NOOP(
            "validation", "Choose each owner's role from the list.")))
    return problems


def _permit_numbers(draft: UnitDraft, problems: list[Problem]) -> dict[str, str]:
    numbers: dict[str, str] = {}
    for permit, text in draft.permit_numbers.items():
        result = check_free_text(text, f"permit_numbers.{permit}", max_length=100)
        problems.extend(result.problems)
        if not result.value:
            continue
        if permit not in draft.permits:
            problems.append(problem(f"permit_numbers.{permit}", "unit.permit_number",
                                    QT_TRANSLATE_NOOP(
                "validation", "A number is given for a permit the unit does not hold.")))
        numbers[permit] = result.value
    return numbers


def _check_nib_free(session: AppSession, nib: str, unit_id: str | None) -> None:
    if not nib:
        return
    other = session.scalars(select(BusinessUnit).where(
        BusinessUnit.nib == nib, BusinessUnit.deleted_at.is_(None),
        BusinessUnit.id != (unit_id or "")).limit(1)).first()
    if other is not None:
        raise ValidationError([problem("nib", "nib.taken", QT_TRANSLATE_NOOP(
            "validation", "NIB {nib} is already recorded for {name}; open that unit "
                          "instead."), nib=nib, name=other.name)])


def _check_owners(session: AppSession, owners: Sequence[OwnerDraft]) -> None:
    for owner in owners:
        registered_participant(session, owner.participant_id, "owners")


def _distinct_owners(owners: Sequence[OwnerDraft]) -> list[OwnerDraft]:
    return list({owner.participant_id: owner for owner in owners}.values())


def _owner_rows(session: AppSession, unit_id: str) -> Sequence[BusinessOwner]:
    return session.scalars(select(BusinessOwner).where(
        BusinessOwner.business_unit_id == unit_id, BusinessOwner.deleted_at.is_(None))).all()
