"""The best participants of a class, who receive a business starter package.

Dinas Sosial gives the best three of every class a starter package (a culinary or barber
kit); a program states how many in ``starter_package_top_n`` (3 when it leaves it at 0).

- ``suggestions`` ranks the people who meet the completion threshold by merit: the mean
  of their attendance rate and their latest interview score (both 0-100), the rate alone
  when they had no interview. It only suggests.
- ``choose`` records the supervisor's choice with the reason (required). Each chosen
  person gets a starter-kit AidHandover row of the program carrying that reason, dated
  the day of the choice, with no items and no receipt yet; recording the actual handover
  (services.aid_handovers.record_handover) fills in that same row. Choosing again
  replaces the earlier choice: people no longer chosen lose their row (a tombstone, so
  the audit trail keeps it), unless they have signed for the kit already.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from enrollment_app.domain.application_status import ASSIGNED, COMPLETED
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.names import check_free_text
from enrollment_app.domain.validation import Problem
from enrollment_app.services.aid_handovers import MAX_REASON, STARTER_KIT
from enrollment_app.services.applications import get_live
from enrollment_app.services.completion import ClassCompletion, CompletionRow, completion_of
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ValidationError
from enrollment_app.services.permissions import Permission, require
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.models import AidHandover, TrainingClass
from enrollment_app.storage.session_hooks import AppSession

DEFAULT_TOP_N = 3


@dataclass(frozen=True)
class Suggestion:
    participant_id: str
    full_name: str
    rate_percent: float
    interview_score: int | None
    merit: float
    chosen: bool
    reason: str  # of the recorded choice, "" when not chosen
    received: bool  # signed for the kit


@dataclass(frozen=True)
class StarterPackages:
    class_id: str
    program_id: str
    top_n: int
    candidates: tuple[Suggestion, ...]  # best first

    @property
    def chosen(self) -> tuple[Suggestion, ...]:
        return tuple(s for s in self.candidates if s.chosen)


def merit(row: CompletionRow) -> float:
    rate = row.tally.rate_percent
    return rate if row.interview_score is None else (rate + row.interview_score) / 2


def top_n(summary: ClassCompletion) -> int:
    return summary.starter_package_top_n or DEFAULT_TOP_N


def suggestions(ctx: ServiceContext, class_id: str, *,
                today: date | None = None) -> StarterPackages:
    """Everyone who may receive a starter package, best first, with the current choice."""
    require(ctx, Permission.DECIDE_APPLICATIONS)
    with ctx.read() as session:
        klass = get_live(session, TrainingClass, class_id)
        summary = completion_of(session, klass, today or date.today())
        return _packages(session, summary)


def choose(ctx: ServiceContext, class_id: str, participant_ids: Sequence[str], reason: str,
           *, today: date | None = None) -> list[str]:
    """Record who receives the class's starter packages and why; returns the ids of the
    starter-kit rows of the chosen people."""
    require(ctx, Permission.DECIDE_APPLICATIONS)
    day = today or date.today()
    checked = check_free_text(reason, "reason", required=True, max_length=MAX_REASON,
                              multiline=True)
    if not checked.ok:
        raise ValidationError(checked.problems)
    chosen = list(dict.fromkeys(participant_ids))
    with ctx.write() as session:
        klass = get_live(session, TrainingClass, class_id)
        summary = completion_of(session, klass, day)
        _check_choice(summary, chosen)
        existing = _starter_rows(session, summary)
        for pid, row in existing.items():
            if pid not in chosen:
                if row.receipt_confirmed:
                    raise ValidationError([_problem(
                        "participant_ids", "starter.received", QT_TRANSLATE_NOOP(
                            "validation", "{name} has signed for the starter kit already "
                            "and stays chosen."), name=summary.row(pid).full_name)])
                row.deleted_at = utc_now()
        ids = []
        for pid in chosen:
            row = existing.get(pid) or AidHandover(
                kind=STARTER_KIT, program_id=summary.program_id, participant_id=pid,
                items=[], handed_on=day, receipt_confirmed=False)
            row.reason = checked.value or ""
            session.add(row)
            session.flush()
            ids.append(row.id)
        return ids


# ---------------------------------------------------------------------------- internals
def _eligible(row: CompletionRow) -> bool:
    return row.completes and row.status in (ASSIGNED, COMPLETED)


def _packages(session: AppSession, summary: ClassCompletion) -> StarterPackages:
    rows = _starter_rows(session, summary)
    candidates = sorted(
        (r for r in summary.rows if _eligible(r) or r.participant_id in rows),
        key=lambda r: (-merit(r), -r.tally.rate_percent, r.full_name.casefold()))
    return StarterPackages(summary.class_id, summary.program_id, top_n(summary), tuple(
        Suggestion(r.participant_id, r.full_name, r.tally.rate_percent, r.interview_score,
                   merit(r), r.participant_id in rows,
                   rows[r.participant_id].reason if r.participant_id in rows else "",
                   bool(rows.get(r.participant_id)
                        and rows[r.participant_id].receipt_confirmed))
        for r in candidates))


def _check_choice(summary: ClassCompletion, chosen: list[str]) -> None:
    limit = top_n(summary)
    if not chosen or len(chosen) > limit:
        raise ValidationError([_problem("participant_ids", "starter.count", QT_TRANSLATE_NOOP(
            "validation", "Choose from 1 to {max} people."), max=limit)])
    members = {r.participant_id: r for r in summary.rows}
    for pid in chosen:
        row = members.get(pid)
        if row is None or not _eligible(row):
            raise ValidationError([_problem(
                "participant_ids", "starter.not_eligible", QT_TRANSLATE_NOOP(
                    "validation", "{name} does not meet the completion threshold."),
                name=row.full_name if row else "?")])


def _starter_rows(session: AppSession, summary: ClassCompletion) -> dict[str, AidHandover]:
    """The live starter-kit rows of the program for people of the class."""
    people = [r.participant_id for r in summary.rows]
    rows = session.scalars(select(AidHandover).where(
        AidHandover.kind == STARTER_KIT, AidHandover.program_id == summary.program_id,
        AidHandover.participant_id.in_(people), AidHandover.deleted_at.is_(None)
    ).order_by(AidHandover.created_at)).all()
    return {row.participant_id: row for row in rows if row.participant_id}


def _problem(field_name: str, code: str, message: str, **params: object) -> Problem:
    return Problem(field_name, code, message, params=params)
