"""Everything the device holds about one participant, table by table.

Used to answer a data-subject request (UU PDP: the person may see all data held about
them) and to filter the audit trail down to one person. Tombstoned rows are included:
they are still held on the device until the central office confirms them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect, or_, select

from enrollment_app.storage.audit_chain import json_safe
from enrollment_app.storage.base import Base
from enrollment_app.storage.models import (
    AidHandover,
    Application,
    AttendanceMark,
    AuditEntry,
    BusinessOwner,
    BusinessUnit,
    ClassEnrollment,
    ClassSession,
    DataSubjectRequest,
    Facilitation,
    Group,
    GroupMember,
    Interview,
    Participant,
    TrainingClass,
)
from enrollment_app.storage.session_hooks import AppSession


@dataclass
class PersonRecords:
    """Rows about one person, keyed by table name, in a stable order."""

    participant: Participant
    related: dict[str, list[Base]] = field(default_factory=dict)

    def record_ids(self) -> set[str]:
        ids = {self.participant.id}
        for rows in self.related.values():
            ids.update(row.id for row in rows)  # type: ignore[attr-defined]
        return ids


def row_dict(row: Base) -> dict[str, Any]:
    """Every column of a row, as JSON-safe values."""
    return {attr.key: json_safe(getattr(row, attr.key))
            for attr in inspect(row).mapper.column_attrs}


def find_participant_ids(session: AppSession, nik_or_id: str) -> list[str]:
    """Participant ids for a NIK (live first, then tombstoned) or an id."""
    text = nik_or_id.strip()
    return list(session.scalars(
        select(Participant.id).where(or_(Participant.nik == text, Participant.id == text))
        .order_by(Participant.deleted_at.is_not(None), Participant.created_at)))


def collect_person_records(session: AppSession, participant: Participant) -> PersonRecords:
    pid = participant.id
    records = PersonRecords(participant)
    owners = _all(session, BusinessOwner, BusinessOwner.participant_id == pid)
    unit_ids = [o.business_unit_id for o in owners]
    units = _all(session, BusinessUnit, BusinessUnit.id.in_(unit_ids))
    members = _all(session, GroupMember, GroupMember.participant_id == pid)
    group_ids = [m.group_id for m in members]
    groups = _all(session, Group, or_(Group.id.in_(group_ids), Group.leader_id == pid))
    applications = _all(session, Application, or_(
        Application.participant_id == pid, Application.business_unit_id.in_(unit_ids)))
    interviews = _all(session, Interview, Interview.application_id.in_(
        [a.id for a in applications]))
    enrollments = _all(session, ClassEnrollment, ClassEnrollment.participant_id == pid)
    classes = _all(session, TrainingClass, TrainingClass.id.in_(
        [e.class_id for e in enrollments]))
    marks = _all(session, AttendanceMark, AttendanceMark.participant_id == pid)
    sessions = _all(session, ClassSession, ClassSession.id.in_([m.session_id for m in marks]))
    handovers = _all(session, AidHandover, or_(AidHandover.participant_id == pid,
                                               AidHandover.business_unit_id.in_(unit_ids)))
    facilitations = _all(session, Facilitation, or_(
        Facilitation.participant_id == pid, Facilitation.business_unit_id.in_(unit_ids)))
    requests = _all(session, DataSubjectRequest, DataSubjectRequest.participant_id == pid)
    records.related = {
        "business_units": units, "business_owners": owners, "groups": groups,
        "group_members": members, "applications": applications, "interviews": interviews,
        "classes": classes, "class_enrollments": enrollments, "class_sessions": sessions,
        "attendance_marks": marks, "aid_handovers": handovers,
        "facilitations": facilitations, "data_subject_requests": requests,
    }
    return records


def audit_entries_about(session: AppSession, record_ids: Iterable[str]) -> list[AuditEntry]:
    """Audit entries of the given records, oldest first."""
    ids = sorted(set(record_ids))
    entries: list[AuditEntry] = []
    for chunk in _chunks(ids, 500):  # SQLite limits the number of bound parameters
        entries.extend(session.scalars(select(AuditEntry).where(
            AuditEntry.record_id.in_(chunk))))
    return sorted(entries, key=lambda e: e.seq)


def related_record_ids(session: AppSession, nik_or_id: str) -> set[str]:
    """Ids of every record about the person with this NIK or id (empty if unknown)."""
    ids: set[str] = set()
    for participant_id in find_participant_ids(session, nik_or_id):
        participant = session.get(Participant, participant_id)
        if participant is not None:
            ids |= collect_person_records(session, participant).record_ids()
    return ids


def _all(session: AppSession, model: type[Any], condition: Any) -> list[Any]:
    return list(session.scalars(select(model).where(condition).order_by(model.created_at)))


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
