"""Data-subject requests under UU PDP (Law 27/2022): see everything, ask for corrections.

- ``export_subject_data``: everything the device holds about one person (their record,
  business units, groups, applications, interviews, classes, attendance, aid, earlier
  requests, the registry-list entries about them and every audit entry about those
  records) as machine-readable JSON and a
  readable HTML page the person can take home or print. The export itself is recorded as
  an "access" request, so who handed out whose data is in the audit trail too.
- ``record_correction``: what the person asked to correct, the outcome and the answer,
  by whom and when (stamped and audited by the session hooks like any other write).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.names import check_free_text
from enrollment_app.domain.validation import Problem
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import NotFoundError, ServiceError, ValidationError
from enrollment_app.services.permissions import Permission, require
from enrollment_app.services.person_records import (
    audit_entries_about,
    collect_person_records,
    find_participant_ids,
    row_dict,
)
from enrollment_app.services.personal_exports import PERSONAL_DATA_NOTICE
from enrollment_app.services.subject_report import Translate, render_html
from enrollment_app.storage.audit_chain import json_safe
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.models import (
    Candidate,
    DataSubjectRequest,
    Device,
    Participant,
    Program,
    User,
)
from enrollment_app.storage.session_hooks import AppSession

EXPORT_FORMAT = "enrollment-subject-export/1"
REQUEST_STATUSES = ("done", "pending", "refused")
MAX_REQUEST_TEXT = 2000
ACCESS_RESPONSE = QT_TRANSLATE_NOOP(
    "services", "A copy of all data held was exported (JSON and HTML).")


@dataclass(frozen=True)
class Subject:
    participant_id: str
    nik: str
    full_name: str


@dataclass(frozen=True)
class SubjectExport:
    subject: Subject
    json_path: Path
    html_path: Path
    counts: dict[str, int]

    def as_json(self) -> dict[str, Any]:
        return {"participant_id": self.subject.participant_id, "nik": self.subject.nik,
                "json": str(self.json_path), "html": str(self.html_path),
                "counts": self.counts}


@dataclass(frozen=True)
class RequestSummary:
    id: str
    kind: str
    received_on: date
    request_text: str
    status: str
    response: str
    handled_by: str
    handled_at: datetime | None


def find_subject(ctx: ServiceContext, nik_or_id: str) -> Subject:
    """The person with this NIK (or participant id); NotFoundError when none."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    with ctx.read() as session:
        participant = _primary(session, nik_or_id)
        return Subject(participant.id, participant.nik, participant.full_name)


def export_subject_data(ctx: ServiceContext, nik_or_id: str, out_dir: Path, *,
                        translate: Translate | None = None,
                        now: datetime | None = None) -> SubjectExport:
    """Write ``data-<NIK>-<time>.json`` and ``.html`` into ``out_dir`` and record the
    export as a completed access request. Nothing is recorded if writing fails."""
    require(ctx, Permission.EXPORT_SUBJECT_DATA)
    now = now or utc_now()
    with ctx.write() as session:
        participant = _primary(session, nik_or_id)
        session.add(DataSubjectRequest(
            participant_id=participant.id, kind="access", received_on=now.date(),
            request_text="", status="done",
            response=translate("services", ACCESS_RESPONSE) if translate else ACCESS_RESPONSE,
            handled_by=ctx.actor.user_id, handled_at=now))
        session.flush()  # the request and its audit entry belong in the export
        document = _document(ctx, session, participant, now)
        subject = Subject(participant.id, participant.nik, participant.full_name)
        stem = f"data-{participant.nik}-{now.strftime('%Y%m%d-%H%M%S')}"
        json_path = out_dir / f"{stem}.json"
        html_path = out_dir / f"{stem}.html"
        _write(json_path, json.dumps(document, ensure_ascii=False, indent=2))
        _write(html_path, render_html(document, translate))
    counts = {key: len(value) for key, value in document.items()
              if isinstance(value, list)}
    return SubjectExport(subject, json_path, html_path, counts)


def record_correction(ctx: ServiceContext, participant_id: str, *, request_text: str,
                      status: str = "done", response: str = "",
                      received_on: date | None = None) -> str:
    """Record what the person asked to correct and what was done; returns the id."""
    require(ctx, Permission.RECORD_CORRECTION)
    today = date.today()
    received = received_on or today
    asked = check_free_text(request_text, "request_text", required=True,
                            max_length=MAX_REQUEST_TEXT, multiline=True)
    answer = check_free_text(response, "response", max_length=MAX_REQUEST_TEXT,
                             multiline=True)
    problems: list[Problem] = [*asked.problems, *answer.problems]
    if status not in REQUEST_STATUSES:
        problems.append(Problem("status", "request.status", QT_TRANSLATE_NOOP(
            "validation", "Choose what happened with the request.")))
    elif status == "refused" and not answer.value:
        problems.append(Problem("response", "request.reason_needed", QT_TRANSLATE_NOOP(
            "validation", "Say why the correction was refused; the person has a right to "
                          "know.")))
    if received > today:
        problems.append(Problem("received_on", "request.future", QT_TRANSLATE_NOOP(
            "validation", "The request date is in the future.")))
    if any(p.is_error for p in problems):
        raise ValidationError(problems)
    with ctx.write() as session:
        participant = session.get(Participant, participant_id)
        if participant is None:
            raise NotFoundError()
        done = status != "pending"
        request = DataSubjectRequest(
            participant_id=participant_id, kind="correction", received_on=received,
            request_text=asked.value or "", status=status, response=answer.value or "",
            handled_by=ctx.actor.user_id if done else None,
            handled_at=utc_now() if done else None)
        session.add(request)
        session.flush()
        return request.id


def list_requests(ctx: ServiceContext, participant_id: str) -> list[RequestSummary]:
    """The person's earlier requests, newest first."""
    require(ctx, Permission.RECORD_CORRECTION)
    with ctx.read() as session:
        names = {row.id: row.username for row in session.execute(
            select(User.id, User.username))}
        requests = session.scalars(select(DataSubjectRequest).where(
            DataSubjectRequest.participant_id == participant_id,
            DataSubjectRequest.deleted_at.is_(None))
            .order_by(DataSubjectRequest.created_at.desc()))
        return [RequestSummary(r.id, r.kind, r.received_on, r.request_text, r.status,
                               r.response, names.get(r.handled_by or "", ""), r.handled_at)
                for r in requests]


def _primary(session: AppSession, nik_or_id: str) -> Participant:
    ids = find_participant_ids(session, nik_or_id)
    participant = session.get(Participant, ids[0]) if ids else None
    if participant is None:
        raise NotFoundError()
    return participant


def _document(ctx: ServiceContext, session: AppSession, participant: Participant,
              now: datetime) -> dict[str, Any]:
    records = collect_person_records(session, participant)
    others = [session.get(Participant, pid) for pid in
              find_participant_ids(session, participant.nik) if pid != participant.id]
    record_ids = records.record_ids()
    for other in others:
        if other is not None:
            record_ids |= collect_person_records(session, other).record_ids()
    users = {u.id: u for u in session.scalars(select(User))}
    device = session.get(Device, ctx.device_id)
    document: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "notice": PERSONAL_DATA_NOTICE,
        "generated_at": json_safe(now),
        "generated_by": {"username": ctx.actor.username, "full_name": ctx.actor.full_name},
        "device": {"id": ctx.device_id, "name": device.name if device else ""},
        "participant": row_dict(participant),
        "earlier_records": [row_dict(o) for o in others if o is not None],
    }
    for table, rows in records.related.items():
        document[table] = [row_dict(row) for row in rows]
    listed = _candidates(session, participant, others)
    record_ids |= {row.id for row in listed}
    programs = {p.id: p.name for p in session.scalars(select(Program).where(
        Program.id.in_({row.program_id for row in listed})))}
    document["candidates"] = [{"program_name": programs.get(row.program_id, ""), **row_dict(row)}
                              for row in listed]
    document["audit_entries"] = [
        {"seq": e.seq, "at": json_safe(e.at), "user_id": e.user_id,
         "username": users[e.user_id].username if e.user_id in users else "",
         "user_full_name": users[e.user_id].full_name if e.user_id in users else "",
         "device_id": e.device_id, "action": e.action, "table": e.table_name,
         "record_id": e.record_id, "changes": e.changes}
        for e in audit_entries_about(session, record_ids)]
    return document


def _candidates(session: AppSession, participant: Participant,
                others: list[Participant | None]) -> list[Candidate]:
    """Registry-list entries about the person: linked to one of their records, or with
    their NIK (someone on a list who has not been registered from it)."""
    ids = [participant.id, *(o.id for o in others if o is not None)]
    return list(session.scalars(select(Candidate).where(
        or_(Candidate.participant_id.in_(ids), Candidate.nik == participant.nik))
        .order_by(Candidate.created_at)))


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ServiceError(QT_TRANSLATE_NOOP(
            "services", "Cannot write {path}: {reason}"), path=str(path),
            reason=exc.strerror or str(exc)) from exc
