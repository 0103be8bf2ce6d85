"""The application pipeline: which status may follow which, and what each one is called.

registered -> interviewed -> accepted / waitlisted / rejected (with a reason)
-> assigned to a class -> completed / dropped. A waitlisted person moves up to accepted
when a place frees; an accepted person may still be rejected or drop out.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP

STATUS_CONTEXT = "application_status"

REGISTERED = "registered"
INTERVIEWED = "interviewed"
ACCEPTED = "accepted"
WAITLISTED = "waitlisted"
REJECTED = "rejected"
ASSIGNED = "assigned"
COMPLETED = "completed"
DROPPED = "dropped"

STATUS_LABELS: Mapping[str, str] = MappingProxyType({
    REGISTERED: QT_TRANSLATE_NOOP("application_status", "Registered"),
    INTERVIEWED: QT_TRANSLATE_NOOP("application_status", "Interviewed"),
    ACCEPTED: QT_TRANSLATE_NOOP("application_status", "Accepted"),
    WAITLISTED: QT_TRANSLATE_NOOP("application_status", "Waitlisted"),
    REJECTED: QT_TRANSLATE_NOOP("application_status", "Rejected"),
    ASSIGNED: QT_TRANSLATE_NOOP("application_status", "Assigned to a class"),
    COMPLETED: QT_TRANSLATE_NOOP("application_status", "Completed"),
    DROPPED: QT_TRANSLATE_NOOP("application_status", "Dropped out"),
})

# No way back out of these: a new application starts over.
FINAL_STATUSES = frozenset({REJECTED, COMPLETED, DROPPED})
# These hold one of the kecamatan's places in the program.
PLACE_HOLDING = frozenset({ACCEPTED, ASSIGNED, COMPLETED})
# The decisions a supervisor takes after registration or the interview.
DECISIONS = (ACCEPTED, WAITLISTED, REJECTED)

TRANSITIONS: Mapping[str, frozenset[str]] = MappingProxyType({
    REGISTERED: frozenset({INTERVIEWED, ACCEPTED, WAITLISTED, REJECTED}),
    # A second interview (a correction or a follow-up) keeps the status.
    INTERVIEWED: frozenset({INTERVIEWED, ACCEPTED, WAITLISTED, REJECTED}),
    WAITLISTED: frozenset({ACCEPTED, REJECTED, DROPPED}),
    ACCEPTED: frozenset({ASSIGNED, REJECTED, DROPPED}),
    ASSIGNED: frozenset({COMPLETED, DROPPED}),
    REJECTED: frozenset(),
    COMPLETED: frozenset(),
    DROPPED: frozenset(),
})

RECOMMENDATION_CONTEXT = "interview_recommendation"
RECOMMENDATIONS: Mapping[str, str] = MappingProxyType({
    "recommended": QT_TRANSLATE_NOOP("interview_recommendation", "Recommended"),
    "consider": QT_TRANSLATE_NOOP("interview_recommendation", "Consider"),
    "not_recommended": QT_TRANSLATE_NOOP("interview_recommendation", "Not recommended"),
})


def is_active(status: str) -> bool:
    """True while the application still takes part in the program (not final)."""
    return status not in FINAL_STATUSES


def may_follow(current: str, new: str) -> bool:
    return new in TRANSITIONS.get(current, frozenset())
