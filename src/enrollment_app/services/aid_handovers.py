"""Aid handed over after training: starter kits, equipment, capital aid.

One AidHandover row per handover, to exactly one recipient: a person, a group (the
overlock machines of the KPPI sewing group) or a business unit. Equipment and starter
kits list their items; capital aid states the amount in rupiah. The date is the day of
the handover (never in the future) and ``receipt_confirmed`` says the recipient signed
for it; it can be confirmed later.

A person chosen for a starter package (services.starter_packages) already has a
starter-kit row, with the reason for the choice and no receipt yet; recording that
person's starter-kit handover completes that row instead of adding a second one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.names import check_free_text
from enrollment_app.domain.validation import Problem
from enrollment_app.services.applications import get_live
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ValidationError
from enrollment_app.services.permissions import Permission, require
from enrollment_app.storage.models import (
    AidHandover,
    BusinessUnit,
    Group,
    Participant,
    Program,
)
from enrollment_app.storage.session_hooks import AppSession

STARTER_KIT = "starter_kit"
EQUIPMENT = "equipment"
CAPITAL = "capital"
KINDS = (STARTER_KIT, EQUIPMENT, CAPITAL)
KIND_CONTEXT = "aid_kind"
KIND_LABELS = {
    STARTER_KIT: QT_TRANSLATE_NOOP("aid_kind", "Starter kit"),
    EQUIPMENT: QT_TRANSLATE_NOOP("aid_kind", "Equipment"),
    CAPITAL: QT_TRANSLATE_NOOP("aid_kind", "Capital aid"),
}
MAX_ITEMS = 50
MAX_ITEM_LENGTH = 200
MAX_REASON = 1000


@dataclass(frozen=True)
class HandoverDraft:
    """What a supervisor types for one handover (exactly one recipient id)."""

    kind: str
    handed_on: date
    items: Sequence[str] = ()
    amount: int | None = None  # rupiah, capital aid only
    reason: str = ""
    receipt_confirmed: bool = False
    program_id: str | None = None
    participant_id: str | None = None
    group_id: str | None = None
    business_unit_id: str | None = None


@dataclass(frozen=True)
class HandoverInfo:
    id: str
    kind: str
    recipient_kind: str  # participant / group / business_unit
    recipient_id: str
    recipient_name: str
    program_id: str | None
    items: tuple[str, ...]
    amount: int | None
    handed_on: date
    reason: str
    receipt_confirmed: bool


@dataclass(frozen=True)
class RecipientChoice:
    id: str
    name: str


def record_handover(ctx: ServiceContext, draft: HandoverDraft, *,
                    today: date | None = None) -> str:
    """Store one handover and return its id; ValidationError says what is wrong."""
    require(ctx, Permission.DECIDE_APPLICATIONS)
    items, reason = _checked(draft, today or date.today())
    with ctx.write() as session:
        _check_recipient(session, draft)
        row = _open_starter_kit(session, draft) or AidHandover()
        row.kind, row.program_id = draft.kind, draft.program_id
        row.participant_id, row.group_id = draft.participant_id, draft.group_id
        row.business_unit_id = draft.business_unit_id
        row.items, row.amount = list(items), draft.amount if draft.kind == CAPITAL else None
        row.handed_on = draft.handed_on
        row.reason = reason or row.reason or ""
        row.receipt_confirmed = draft.receipt_confirmed
        session.add(row)
        session.flush()
        return row.id


def confirm_receipt(ctx: ServiceContext, handover_id: str) -> None:
    """The recipient signed for the handover."""
    require(ctx, Permission.DECIDE_APPLICATIONS)
    with ctx.write() as session:
        get_live(session, AidHandover, handover_id).receipt_confirmed = True


def list_handovers(ctx: ServiceContext, *, program_id: str | None = None,
                   participant_ids: Sequence[str] | None = None) -> list[HandoverInfo]:
    """Handovers, newest first, of a program and/or to some people."""
    require(ctx, Permission.DECIDE_APPLICATIONS)
    query = select(AidHandover).where(AidHandover.deleted_at.is_(None))
    if program_id is not None:
        query = query.where(AidHandover.program_id == program_id)
    if participant_ids is not None:
        query = query.where(AidHandover.participant_id.in_(participant_ids))
    with ctx.read() as session:
        rows = session.scalars(query.order_by(AidHandover.handed_on.desc(),
                                              AidHandover.created_at.desc())).all()
        return [handover_info(session, row) for row in rows]


def group_choices(ctx: ServiceContext) -> list[RecipientChoice]:
    """Live groups by name, for handing equipment to a group."""
    require(ctx, Permission.DECIDE_APPLICATIONS)
    with ctx.read() as session:
        rows = session.execute(select(Group.id, Group.name).where(
            Group.deleted_at.is_(None))).all()
    return sorted((RecipientChoice(gid, name) for gid, name in rows),
                  key=lambda choice: choice.name.casefold())


def handover_info(session: AppSession, row: AidHandover) -> HandoverInfo:
    kind, recipient_id, model = _recipient(row)
    recipient = session.get(model, recipient_id)
    name = getattr(recipient, "full_name", None) or getattr(recipient, "name", "")
    return HandoverInfo(
        id=row.id, kind=row.kind, recipient_kind=kind, recipient_id=recipient_id,
        recipient_name=name or "", program_id=row.program_id,
        items=tuple(str(item) for item in row.items or ()), amount=row.amount,
        handed_on=row.handed_on, reason=row.reason, receipt_confirmed=row.receipt_confirmed)


# ---------------------------------------------------------------------------- internals
def _recipient(row: AidHandover | HandoverDraft) -> tuple[str, str, type]:
    if row.participant_id:
        return "participant", row.participant_id, Participant
    if row.group_id:
        return "group", row.group_id, Group
    return "business_unit", row.business_unit_id or "", BusinessUnit


def _checked(draft: HandoverDraft, today: date) -> tuple[list[str], str]:
    problems: list[Problem] = []
    if draft.kind not in KINDS:
        problems.append(_problem("kind", "aid.kind", QT_TRANSLATE_NOOP(
            "validation", "Choose a starter kit, equipment or capital aid.")))
    recipients = [draft.participant_id, draft.group_id, draft.business_unit_id]
    if sum(1 for r in recipients if r) != 1:
        problems.append(_problem("recipient", "aid.recipient", QT_TRANSLATE_NOOP(
            "validation", "Choose one recipient: a person, a group or a business.")))
    if draft.handed_on > today:
        problems.append(_problem("handed_on", "aid.future", QT_TRANSLATE_NOOP(
            "validation", "The handover date cannot be in the future.")))
    items = _checked_items(draft, problems)
    if draft.kind == CAPITAL and (isinstance(draft.amount, bool)
                                  or not isinstance(draft.amount, int) or draft.amount <= 0):
        problems.append(_problem("amount", "aid.amount", QT_TRANSLATE_NOOP(
            "validation", "Give the amount of capital aid in rupiah.")))
    reason = check_free_text(draft.reason, "reason", max_length=MAX_REASON, multiline=True)
    problems.extend(reason.problems)
    if problems:
        raise ValidationError(problems)
    return items, reason.value or ""


def _checked_items(draft: HandoverDraft, problems: list[Problem]) -> list[str]:
    items = []
    for text in draft.items:
        result = check_free_text(text, "items", max_length=MAX_ITEM_LENGTH)
        problems.extend(result.problems)
        if result.value:
            items.append(result.value)
    if draft.kind in (STARTER_KIT, EQUIPMENT) and not items:
        problems.append(_problem("items", "aid.items", QT_TRANSLATE_NOOP(
            "validation", "List what was handed over, one item per line.")))
    if len(items) > MAX_ITEMS:
        problems.append(_problem("items", "aid.too_many", QT_TRANSLATE_NOOP(
            "validation", "At most {max} items in one handover."), max=MAX_ITEMS))
    return items


def _check_recipient(session: AppSession, draft: HandoverDraft) -> None:
    _kind, recipient_id, model = _recipient(draft)
    get_live(session, model, recipient_id)
    if draft.program_id is not None:
        get_live(session, Program, draft.program_id)


def _open_starter_kit(session: AppSession, draft: HandoverDraft) -> AidHandover | None:
    """The person's chosen-but-not-received starter kit of the program, if any."""
    if draft.kind != STARTER_KIT or not draft.participant_id or not draft.program_id:
        return None
    return session.scalars(select(AidHandover).where(
        AidHandover.kind == STARTER_KIT, AidHandover.program_id == draft.program_id,
        AidHandover.participant_id == draft.participant_id,
        AidHandover.receipt_confirmed.is_(False), AidHandover.deleted_at.is_(None)
    ).limit(1)).first()


def _problem(field_name: str, code: str, message: str, **params: object) -> Problem:
    return Problem(field_name, code, message, params=params)
