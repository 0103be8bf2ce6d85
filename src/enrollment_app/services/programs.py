"""The program catalog: reading it and supervisors' edits (the shipped seed is in
services.catalog_seed, re-exported here).

Reads return ``ProgramInfo`` snapshots (live skills and quotas only); edits go through the
normal session, so every change is stamped and audited.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from enrollment_app.domain.eligibility import rule_problems
from enrollment_app.domain.facilitation_kinds import KINDS as FACILITATION_KINDS
from enrollment_app.domain.interview_questions import question_problems
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.names import check_free_text
from enrollment_app.domain.regions import load_regions
from enrollment_app.domain.validation import Problem
from enrollment_app.services.catalog_seed import (  # the catalog's public API, in one place
    CATALOG_ORIGIN,
    SeedRow,
    program_id_for,
    quota_id_for,
    seed_catalog,
    seed_central_catalog,
    seed_rows,
    skill_id_for,
)
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import NotFoundError, ValidationError
from enrollment_app.services.permissions import Permission, require
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.database import Database
from enrollment_app.storage.models import Program, ProgramQuota, ProgramSkill

__all__ = [
    "CATALOG_ORIGIN", "EDITABLE_FIELDS", "MAX_QUOTA", "TARGET_UNITS", "ProgramInfo",
    "SeedRow", "SkillInfo", "add_skill", "get_program", "list_programs", "program_id_for",
    "quota_id_for", "remove_skill", "seed_catalog", "seed_central_catalog", "seed_rows",
    "set_quota", "set_quotas", "skill_id_for", "target_problems", "update_program",
]

TARGET_UNITS = ("persons", "business_units", "groups", "events")
EDITABLE_FIELDS = frozenset({
    "name", "organiser", "period_start", "period_end", "description", "requires_interview",
    "eligibility", "targets", "completion_threshold", "starter_package_top_n", "active",
    "interview_questions",
})
MAX_QUOTA = 100_000
_SKILL_CODE = re.compile(r"^[a-z0-9_]{1,40}$")


# ------------------------------------------------------------------------------ reads
@dataclass(frozen=True)
class SkillInfo:
    id: str
    code: str
    name: str


@dataclass(frozen=True)
class ProgramInfo:
    """One program as the screens and other services need it (a detached snapshot)."""

    id: str
    code: str
    name: str
    organiser: str
    period_start: date | None
    period_end: date | None
    description: str
    requires_interview: bool
    eligibility: Mapping[str, Any]
    targets: tuple[Mapping[str, Any], ...]
    completion_threshold: int
    starter_package_top_n: int
    active: bool
    interview_questions: tuple[Mapping[str, Any], ...]
    skills: tuple[SkillInfo, ...] = ()
    quotas: Mapping[str, int] = field(default_factory=dict)  # kecamatan code -> places
    version: int = 1

    @property
    def total_quota(self) -> int:
        return sum(self.quotas.values())

    def quota_for(self, kecamatan_code: str) -> int | None:
        return self.quotas.get(kecamatan_code)

    def skill(self, skill_id: str) -> SkillInfo | None:
        return next((s for s in self.skills if s.id == skill_id), None)


def list_programs(source: Database | ServiceContext, active_only: bool = True
                  ) -> list[ProgramInfo]:
    """Live programs (only the active ones unless ``active_only`` is False), newest
    period first."""
    with _reading(source) as session:
        query = select(Program).where(Program.deleted_at.is_(None))
        if active_only:
            query = query.where(Program.active.is_(True))
        programs = list(session.scalars(query))
        infos = [_info(session, program) for program in programs]
    return sorted(infos, key=lambda p: (-(p.period_start or date.min).toordinal(), p.name))


def get_program(source: Database | ServiceContext, program_id_or_code: str) -> ProgramInfo:
    """One live program by id or code; NotFoundError when there is none."""
    with _reading(source) as session:
        program = _live_program(session, program_id_or_code)
        return _info(session, program)


def _info(session: Session, program: Program) -> ProgramInfo:
    skills = session.scalars(select(ProgramSkill).where(
        ProgramSkill.program_id == program.id, ProgramSkill.deleted_at.is_(None))
        .order_by(ProgramSkill.name))
    quotas = session.execute(select(ProgramQuota.kecamatan_code, ProgramQuota.quota).where(
        ProgramQuota.program_id == program.id, ProgramQuota.deleted_at.is_(None))
        .order_by(ProgramQuota.kecamatan_code))
    return ProgramInfo(
        id=program.id, code=program.code, name=program.name, organiser=program.organiser,
        period_start=program.period_start, period_end=program.period_end,
        description=program.description or "", requires_interview=program.requires_interview,
        eligibility=MappingProxyType(dict(program.eligibility or {})),
        targets=tuple(MappingProxyType(dict(t)) for t in program.targets or ()),
        completion_threshold=program.completion_threshold,
        starter_package_top_n=program.starter_package_top_n, active=program.active,
        interview_questions=tuple(MappingProxyType(dict(q))
                                  for q in program.interview_questions or ()),
        skills=tuple(SkillInfo(s.id, s.code, s.name) for s in skills),
        quotas=MappingProxyType({code: quota for code, quota in quotas}), version=program.version)


@contextmanager
def _reading(source: Database | ServiceContext) -> Iterator[Session]:
    if isinstance(source, ServiceContext):
        with source.read() as session:
            yield session
    else:
        with source.session() as session:
            yield session


def _live_program(session: Session, program_id_or_code: str) -> Program:
    program = session.scalar(select(Program).where(
        (Program.id == program_id_or_code) | (Program.code == program_id_or_code),
        Program.deleted_at.is_(None)))
    if program is None:
        raise NotFoundError()
    return program


# ------------------------------------------------------------------------------ edits
def update_program(ctx: ServiceContext, program_id: str, **fields: Any) -> ProgramInfo:
    """Change a program's details (one transaction); ValidationError names what is wrong."""
    require(ctx, Permission.EDIT_CATALOG)
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"not editable: {', '.join(sorted(unknown))}")
    with ctx.write() as session:
        program = _live_program(session, program_id)
        values = _checked_program_fields(fields, program)
        for key, value in values.items():
            if getattr(program, key) != value:
                setattr(program, key, value)
    return get_program(ctx, program_id)


def set_quota(ctx: ServiceContext, program_id: str, kecamatan_code: str,
              quota: int | None) -> ProgramInfo:
    """Set one kecamatan's places (None removes the quota)."""
    return set_quotas(ctx, program_id, {kecamatan_code: quota})


def set_quotas(ctx: ServiceContext, program_id: str, quotas: Mapping[str, int | None]
               ) -> ProgramInfo:
    """Set several kecamatan quotas in one transaction (None removes a quota)."""
    require(ctx, Permission.EDIT_CATALOG)
    problems = [p for code, quota in quotas.items() for p in _quota_problems(code, quota)]
    if problems:
        raise ValidationError(problems)
    with ctx.write() as session:
        program = _live_program(session, program_id)
        existing = {q.kecamatan_code: q for q in session.scalars(
            select(ProgramQuota).where(ProgramQuota.program_id == program.id))}
        for code, quota in quotas.items():
            _apply_quota(session, program.id, existing.get(code), code, quota)
    return get_program(ctx, program_id)


@dataclass(frozen=True)
class SkillCheck:
    code: str  # as stored: trimmed, lower case
    name: str
    problems: list[Problem]


def check_skill(code: str, name: str, taken: Iterable[str] = ()) -> SkillCheck:
    """A new skill's code and name as ``add_skill`` checks them; ``taken`` are the codes
    the program already offers (a form checks its list before anything is written)."""
    code = (code or "").strip().lower()
    checked = check_free_text(name, "skill_name", required=True, max_length=100)
    problems = list(checked.problems)
    if not _SKILL_CODE.match(code):
        problems.append(Problem("skill_code", "skill_code.format", QT_TRANSLATE_NOOP(
            "validation", "A skill code is 1 to 40 small letters, digits or underscores, "
                          "for example tata_boga.")))
    elif code in set(taken):
        problems.append(Problem("skill_code", "skill_code.taken", QT_TRANSLATE_NOOP(
            "validation", "The program already offers a skill with the code {code}."),
            params={"code": code}))
    return SkillCheck(code, checked.value or "", problems)


def add_skill(ctx: ServiceContext, program_id: str, code: str, name: str) -> SkillInfo:
    """Offer another skill in a program (a removed skill with the code comes back)."""
    require(ctx, Permission.EDIT_CATALOG)
    with ctx.write() as session:
        program = _live_program(session, program_id)
        offered = session.scalars(select(ProgramSkill.code).where(
            ProgramSkill.program_id == program.id, ProgramSkill.deleted_at.is_(None)))
        checked = check_skill(code, name, offered)
        if any(p.is_error for p in checked.problems):
            raise ValidationError(checked.problems)
        code = checked.code
        skill = session.scalar(select(ProgramSkill).where(
            ProgramSkill.program_id == program.id, ProgramSkill.code == code))
        if skill is None:
            skill = ProgramSkill(id=skill_id_for(program.id, code), program_id=program.id,
                                 code=code, name=checked.name)
            session.add(skill)
        else:
            skill.name, skill.deleted_at = checked.name, None
        session.flush()
        return SkillInfo(skill.id, skill.code, skill.name)


def remove_skill(ctx: ServiceContext, program_id: str, skill_id: str) -> None:
    """Stop offering a skill (tombstoned: applications that name it keep their link)."""
    require(ctx, Permission.EDIT_CATALOG)
    with ctx.write() as session:
        program = _live_program(session, program_id)
        skill = session.scalar(select(ProgramSkill).where(
            ProgramSkill.id == skill_id, ProgramSkill.program_id == program.id,
            ProgramSkill.deleted_at.is_(None)))
        if skill is None:
            raise NotFoundError()
        skill.deleted_at = utc_now()


def _apply_quota(session: Session, program_id: str, row: ProgramQuota | None, code: str,
                 quota: int | None) -> None:
    if quota is None:
        if row is not None and row.deleted_at is None:
            row.deleted_at = utc_now()
        return
    if row is None:
        session.add(ProgramQuota(id=quota_id_for(program_id, code), program_id=program_id,
                                 kecamatan_code=code, quota=quota))
        return
    if row.quota != quota:
        row.quota = quota
    if row.deleted_at is not None:
        row.deleted_at = None


def _quota_problems(code: str, quota: int | None) -> list[Problem]:
    field_name = f"quota.{code}"
    if code not in load_regions().kecamatan_names:
        return [Problem(field_name, "quota.kecamatan", QT_TRANSLATE_NOOP(
            "validation", "{code} is not a kecamatan of Kota Tangerang."),
            params={"code": code})]
    if quota is None:
        return []
    if isinstance(quota, bool) or not isinstance(quota, int) or not 0 <= quota <= MAX_QUOTA:
        return [Problem(field_name, "quota.range", QT_TRANSLATE_NOOP(
            "validation", "A quota is a whole number of places from 0 to {max}."),
            params={"max": MAX_QUOTA})]
    return []


def _checked_program_fields(fields: Mapping[str, Any], program: Program) -> dict[str, Any]:
    problems: list[Problem] = []
    values = dict(fields)
    for key, limit in (("name", 200), ("organiser", 200)):
        if key in values:
            result = check_free_text(values[key], key, required=True, max_length=limit)
            problems.extend(result.problems)
            values[key] = result.value
    if "description" in values:
        result = check_free_text(values["description"], "description", max_length=4000,
                                 multiline=True)
        problems.extend(result.problems)
        values["description"] = result.value or ""
    start = values.get("period_start", program.period_start)
    end = values.get("period_end", program.period_end)
    if start is not None and end is not None and end < start:
        problems.append(Problem("period_end", "period.order", QT_TRANSLATE_NOOP(
            "validation", "The period cannot end before it starts.")))
    for key, low, high in (("completion_threshold", 0, 100), ("starter_package_top_n", 0, 100)):
        if key in values and not _whole_between(values[key], low, high):
            problems.append(Problem(key, f"{key}.range", QT_TRANSLATE_NOOP(
                "validation", "Type a whole number from {min} to {max}."),
                params={"min": low, "max": high}))
    for key in ("requires_interview", "active"):
        if key in values:
            values[key] = bool(values[key])
    problems.extend(_structure_problems(values))
    if any(p.is_error for p in problems):
        raise ValidationError(problems)
    return values


def _structure_problems(values: Mapping[str, Any]) -> list[Problem]:
    """Rules, targets and questions come from the central office or a script: say which
    is malformed (the details are for the log, not for field staff)."""
    checks = {"eligibility": rule_problems, "targets": target_problems,
              "interview_questions": question_problems}
    problems: list[Problem] = []
    for key, check in checks.items():
        if key in values and (details := check(values[key])):
            problems.append(Problem(key, f"{key}.shape", QT_TRANSLATE_NOOP(
                "validation", "This part of the program is not in the expected form: "
                              "{details}"), params={"details": "; ".join(details)}))
    return problems


def target_problems(targets: Any) -> list[str]:
    """What is wrong with a program's targets list (English); empty when fine."""
    if not isinstance(targets, list):
        return ["targets are not a list"]
    problems: list[str] = []
    for number, target in enumerate(targets, 1):
        if not isinstance(target, dict) or not target.get("key") or not target.get("label"):
            problems.append(f"target {number}: needs a key and a label")
        elif target.get("unit") not in TARGET_UNITS:
            problems.append(f"target {number}: unit must be one of {', '.join(TARGET_UNITS)}")
        elif target.get("count") is not None and not _whole_between(target["count"], 0, 10**7):
            problems.append(f"target {number}: count must be a whole number or null")
        elif "kinds" in target and (not isinstance(target["kinds"], list) or any(
                kind not in FACILITATION_KINDS for kind in target["kinds"])):
            problems.append(f"target {number}: kinds must list facilitation kinds "
                            f"({', '.join(FACILITATION_KINDS)})")
        elif not isinstance(target.get("completed_applications", False), bool):
            problems.append(f"target {number}: completed_applications must be true or false")
    return problems


def _whole_between(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
