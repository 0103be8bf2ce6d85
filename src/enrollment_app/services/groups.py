"""Groups (kelompok): a women's group, a joint-business group, a farmers' group, ...

A group has a name, a kind (domain.choices.GROUP_KIND), its kelurahan and kecamatan, a
contact and a leader, and members: registered participants with a role and the dates
they joined and left. A person may belong to several groups. Leaving keeps the member
row with ``left_on`` (the history stays; a handover after that day does not count them,
see services.facilitation and services.targets); a person who left may join again (a
new row). Adding someone who is a member already is refused at the field.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select

from enrollment_app.domain.choices import GROUP_KIND, GROUP_MEMBER_ROLE
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.names import check_free_text
from enrollment_app.domain.regions import check_address_region, load_regions
from enrollment_app.domain.validation import Problem
from enrollment_app.services.applications import get_live
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ValidationError
from enrollment_app.services.permissions import Permission, require
from enrollment_app.services.record_fields import past_or_today, problem, registered_participant
from enrollment_app.storage.models import Group, GroupMember, Participant
from enrollment_app.storage.session_hooks import AppSession

MEMBER = "anggota"
LEADER = "ketua"


@dataclass(frozen=True)
class GroupDraft:
    """What the group form holds."""

    name: str
    kind: str
    kecamatan_code: str
    kelurahan_code: str
    contact: str = ""


@dataclass(frozen=True)
class MemberInfo:
    id: str  # the membership row
    participant_id: str
    full_name: str
    nik: str
    role: str
    joined_on: date | None
    left_on: date | None

    def active_on(self, day: date) -> bool:
        """A member on ``day``: joined by then (or date unknown) and not left by then."""
        return ((self.joined_on is None or self.joined_on <= day)
                and (self.left_on is None or self.left_on > day))


@dataclass(frozen=True)
class GroupSummary:
    id: str
    name: str
    kind: str
    kecamatan_code: str
    kelurahan_code: str
    active_members: int


@dataclass(frozen=True)
class GroupInfo:
    id: str
    name: str
    kind: str
    kecamatan_code: str
    kelurahan_code: str
    contact: str
    leader_id: str | None
    members: tuple[MemberInfo, ...]  # every membership, current ones first, by name
    version: int

    def active_members(self, day: date | None = None) -> tuple[MemberInfo, ...]:
        on = day or date.today()
        return tuple(m for m in self.members if m.active_on(on))

    @property
    def leader(self) -> MemberInfo | None:
        return next((m for m in self.members if m.participant_id == self.leader_id
                     and m.left_on is None), None)


# ------------------------------------------------------------------------------ writes
def create_group(ctx: ServiceContext, draft: GroupDraft) -> str:
    """Store a new group and return its id; ValidationError names the wrong fields."""
    require(ctx, Permission.REGISTER)
    values = _checked(draft)
    with ctx.write() as session:
        group = Group(**values)
        session.add(group)
        session.flush()
        return group.id


def edit_group(ctx: ServiceContext, group_id: str, draft: GroupDraft) -> None:
    """Change a group's details (members and leader have their own calls)."""
    require(ctx, Permission.REGISTER)
    values = _checked(draft)
    with ctx.write() as session:
        group = get_live(session, Group, group_id)
        for key, value in values.items():
            if getattr(group, key) != value:
                setattr(group, key, value)


def add_member(ctx: ServiceContext, group_id: str, participant_id: str, *,
               role: str = MEMBER, joined_on: date | None = None,
               today: date | None = None) -> str:
    """Add a registered participant to the group; return the membership id.

    Refused (ValidationError at ``participant_id``) when the person is not registered or
    is a member already; ``joined_on`` defaults to today.
    """
    require(ctx, Permission.REGISTER)
    day = today or date.today()
    joined = joined_on or day
    problems = _role_problems(role) + past_or_today(joined, "joined_on", day)
    if problems:
        raise ValidationError(problems)
    with ctx.write() as session:
        group = get_live(session, Group, group_id)
        person = registered_participant(session, participant_id, "participant_id")
        if _current_membership(session, group.id, person.id) is not None:
            raise ValidationError([problem("participant_id", "group.member_twice",
                                           QT_TRANSLATE_NOOP(
                "validation", "{name} is already a member of {group}."),
                name=person.full_name, group=group.name)])
        member = GroupMember(group_id=group.id, participant_id=person.id, role=role,
                             joined_on=joined, left_on=None)
        session.add(member)
        if role == LEADER:
            _make_leader(session, group, member)
        session.flush()
        return member.id


def leave_group(ctx: ServiceContext, member_id: str, left_on: date, *,
                today: date | None = None) -> None:
    """The member left the group on ``left_on`` (not before joining, not in the future);
    a leader who leaves leaves the group without a leader."""
    require(ctx, Permission.REGISTER)
    problems = past_or_today(left_on, "left_on", today or date.today())
    with ctx.write() as session:
        member = get_live(session, GroupMember, member_id)
        if member.left_on is not None:
            problems.append(problem("left_on", "group.left_already", QT_TRANSLATE_NOOP(
                "validation", "This person left the group already.")))
        if member.joined_on is not None and left_on < member.joined_on:
            problems.append(problem("left_on", "group.left_before_joining", QT_TRANSLATE_NOOP(
                "validation", "The person cannot leave before joining ({joined})."),
                joined=member.joined_on.isoformat()))
        if problems:
            raise ValidationError(problems)
        member.left_on = left_on
        group = get_live(session, Group, member.group_id)
        if group.leader_id == member.participant_id:
            group.leader_id = None


def set_leader(ctx: ServiceContext, group_id: str, participant_id: str) -> None:
    """Make a current member the group's leader (role "ketua"; the former leader becomes
    an ordinary member)."""
    require(ctx, Permission.REGISTER)
    with ctx.write() as session:
        group = get_live(session, Group, group_id)
        member = _current_membership(session, group.id, participant_id)
        if member is None:
            raise ValidationError([problem("leader_id", "group.leader_not_member",
                                           QT_TRANSLATE_NOOP(
                "validation", "The leader must be a current member of the group."))])
        _make_leader(session, group, member)


# ------------------------------------------------------------------------------- reads
def get_group(ctx: ServiceContext, group_id: str) -> GroupInfo:
    """One group with all its memberships (NotFoundError when missing)."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    with ctx.read() as session:
        return group_info(session, get_live(session, Group, group_id))


def list_groups(ctx: ServiceContext, *, kecamatan_code: str | None = None,
                text: str = "") -> list[GroupSummary]:
    """Live groups by name, optionally of one kecamatan or whose name contains ``text``,
    with their current member counts."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    query = select(Group).where(Group.deleted_at.is_(None))
    if kecamatan_code:
        query = query.where(Group.kecamatan_code == kecamatan_code)
    if text.strip():
        query = query.where(Group.name.ilike(f"%{text.strip()}%"))
    with ctx.read() as session:
        groups = session.scalars(query).all()
        counts = _active_counts(session, [g.id for g in groups], date.today())
    return sorted((GroupSummary(g.id, g.name, g.kind, g.kecamatan_code, g.kelurahan_code,
                                counts.get(g.id, 0)) for g in groups),
                  key=lambda s: s.name.casefold())


def groups_of_participant(ctx: ServiceContext, participant_id: str) -> list[GroupSummary]:
    """The groups a person is or was a member of (for the participant's page)."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    with ctx.read() as session:
        groups = session.scalars(select(Group).join(
            GroupMember, GroupMember.group_id == Group.id).where(
            GroupMember.participant_id == participant_id, GroupMember.deleted_at.is_(None),
            Group.deleted_at.is_(None)).distinct()).all()
        counts = _active_counts(session, [g.id for g in groups], date.today())
    return sorted((GroupSummary(g.id, g.name, g.kind, g.kecamatan_code, g.kelurahan_code,
                                counts.get(g.id, 0)) for g in groups),
                  key=lambda s: s.name.casefold())


def group_info(session: AppSession, group: Group) -> GroupInfo:
    rows = session.execute(select(GroupMember, Participant).join(
        Participant, Participant.id == GroupMember.participant_id).where(
        GroupMember.group_id == group.id, GroupMember.deleted_at.is_(None))).all()
    members = sorted(
        (MemberInfo(m.id, p.id, p.full_name, p.nik, m.role, m.joined_on, m.left_on)
         for m, p in rows),
        key=lambda m: (m.left_on is not None, m.full_name.casefold()))
    return GroupInfo(group.id, group.name, group.kind, group.kecamatan_code,
                     group.kelurahan_code, group.contact, group.leader_id, tuple(members),
                     group.version)


def members_on(session: AppSession, group_id: str, day: date) -> dict[str, str]:
    """participant id -> name of the people who were members of the group on ``day``."""
    rows = session.execute(select(Participant.id, Participant.full_name).join(
        GroupMember, GroupMember.participant_id == Participant.id).where(
        *member_on_day(GroupMember, group_id, day))).all()
    return dict(rows)


def member_on_day(members: Any, group_id: Any, day: Any) -> tuple[Any, ...]:
    """The conditions for a live membership of ``group_id`` that held on ``day``:
    ``members`` is the GroupMember model or a table's columns (``table.c``, as
    services.targets passes them), ``group_id`` and ``day`` values or columns."""
    return (members.group_id == group_id, members.deleted_at.is_(None),
            or_(members.joined_on.is_(None), members.joined_on <= day),
            or_(members.left_on.is_(None), members.left_on > day))


# ---------------------------------------------------------------------------- internals
def _checked(draft: GroupDraft) -> dict[str, object]:
    problems: list[Problem] = []
    name = check_free_text(draft.name, "name", required=True, max_length=200)
    contact = check_free_text(draft.contact, "contact", max_length=100)
    problems.extend(name.problems + contact.problems)
    if draft.kind not in GROUP_KIND:
        problems.append(problem("kind", "group.kind", QT_TRANSLATE_NOOP(
            "validation", "Choose the kind of group.")))
    problems.extend(check_address_region(draft.kecamatan_code, draft.kelurahan_code, False,
                                         "", regions=load_regions()))
    if problems:
        raise ValidationError(problems)
    values = {field.name: getattr(draft, field.name) for field in fields(draft)}
    return {**values, "name": name.value, "contact": contact.value or ""}


def _make_leader(session: AppSession, group: Group, member: GroupMember) -> None:
    """``member`` leads the group; the former leader becomes an ordinary member."""
    if group.leader_id and group.leader_id != member.participant_id:
        former = _current_membership(session, group.id, group.leader_id)
        if former is not None and former.role == LEADER:
            former.role = MEMBER
    group.leader_id = member.participant_id
    if member.role != LEADER:
        member.role = LEADER


def _role_problems(role: str) -> list[Problem]:
    if role in GROUP_MEMBER_ROLE:
        return []
    return [problem("role", "group.role", QT_TRANSLATE_NOOP(
        "validation", "Choose the member's role in the group."))]


def _current_membership(session: AppSession, group_id: str,
                        participant_id: str) -> GroupMember | None:
    return session.scalars(select(GroupMember).where(
        GroupMember.group_id == group_id, GroupMember.participant_id == participant_id,
        GroupMember.left_on.is_(None), GroupMember.deleted_at.is_(None)).limit(1)).first()


def _active_counts(session: AppSession, group_ids: Sequence[str], day: date) -> dict[str, int]:
    if not group_ids:
        return {}
    rows = session.execute(select(GroupMember.group_id, func.count()).where(
        GroupMember.group_id.in_(group_ids), GroupMember.deleted_at.is_(None),
        or_(GroupMember.left_on.is_(None), GroupMember.left_on > day)
    ).group_by(GroupMember.group_id)).all()
    return {gid: count for gid, count in rows}
