"""Checking that nobody edited the audit trail behind the application's back."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from enrollment_app.storage.audit_chain import ChainBreak, find_first_break
from enrollment_app.storage.database import Database
from enrollment_app.storage.models import AuditEntry

BATCH = 2000


@dataclass(frozen=True)
class AuditVerification:
    entries: int
    first_break: ChainBreak | None


def verify_audit_chain(db: Database) -> AuditVerification:
    """Walk the whole chain in order (streamed) and report the first broken link."""
    counted = 0

    def rows():  # type: ignore[no-untyped-def]
        nonlocal counted
        with db.session() as session:
            for row in session.execute(
                select(AuditEntry).order_by(AuditEntry.seq).execution_options(
                    yield_per=BATCH)
            ).scalars():
                counted += 1
                yield row

    first_break = find_first_break(rows())
    return AuditVerification(counted, first_break)
