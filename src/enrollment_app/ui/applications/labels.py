"""Application texts in the interface language: statuses, recommendations, stored reasons,
interview question labels."""

from __future__ import annotations

from enrollment_app.domain.application_status import (
    RECOMMENDATION_CONTEXT,
    RECOMMENDATIONS,
    STATUS_CONTEXT,
    STATUS_LABELS,
)
from enrollment_app.domain.interview_questions import label_text
from enrollment_app.i18n import translate
from enrollment_app.services.errors import SERVICES_CONTEXT


def status_text(code: str) -> str:
    return translate(STATUS_CONTEXT, STATUS_LABELS.get(code, code))


def recommendation_text(code: str) -> str:
    return translate(RECOMMENDATION_CONTEXT, RECOMMENDATIONS[code]) if code in RECOMMENDATIONS \
        else code


def reason_text(text: str) -> str:
    """A status reason: the services store their own as English source texts (translated
    here); a reason someone typed comes back unchanged."""
    return translate(SERVICES_CONTEXT, text) if text else ""


def question_text(label: str) -> str:
    return label_text(label, translate)
