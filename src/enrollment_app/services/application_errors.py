"""Why an application, a decision or an interview was refused (services.applications,
services.interviews). Each error carries what the screen needs to explain it."""

from __future__ import annotations

from typing import Any

from enrollment_app.domain.application_status import STATUS_CONTEXT, STATUS_LABELS
from enrollment_app.domain.eligibility import Verdict
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.services.errors import SERVICES_CONTEXT, PermissionDeniedError, ServiceError


class NotEligibleError(ServiceError):
    """The person does not meet the program's conditions; ``verdict`` says which."""

    message = QT_TRANSLATE_NOOP(
        "services", "{name} does not meet the conditions of {program}: {reasons}")

    def __init__(self, verdict: Verdict, *, name: str, program: str) -> None:
        self.verdict = verdict
        super().__init__(name=name, program=program, reasons="; ".join(verdict.reasons()))


class ActiveApplicationError(NotEligibleError):
    """Already in the program: not something a supervisor can override."""

    message = QT_TRANSLATE_NOOP(
        "services", "{name} already has an application in {program} that has not ended "
        "({status}); a new one can be made once it has ended.")

    def __init__(self, verdict: Verdict, *, name: str, program: str, status: str) -> None:
        self.status = status
        self.verdict = verdict
        ServiceError.__init__(self, name=name, program=program, status=status)

    def render(self, translate: Any = None) -> str:
        return _render_with_status(self, translate, status=self.status)


class OverrideNotAllowedError(PermissionDeniedError):
    message = QT_TRANSLATE_NOOP(
        "services", "Only a supervisor can admit a person who does not meet the program's "
        "conditions.")


class ProgramClosedError(ServiceError):
    message = QT_TRANSLATE_NOOP("services", "{program} does not take applications now.")


class IllegalTransitionError(ServiceError):
    """The pipeline does not allow this step from the application's current status."""

    message = QT_TRANSLATE_NOOP(
        "services", "The application is \"{current}\"; it cannot become \"{new}\".")

    def __init__(self, current: str, new: str) -> None:
        self.current, self.new = current, new
        super().__init__(current=current, new=new)

    def render(self, translate: Any = None) -> str:
        return _render_with_status(self, translate, current=self.current, new=self.new)


class InterviewRequiredError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "{program} requires a selection interview before a decision; record "
        "the interview first.")


class QuotaFullError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "All {quota} places for this kecamatan are taken; the application stays "
        "on the waitlist (position {position}).")


def _render_with_status(error: ServiceError, translate: Any, **statuses: str) -> str:
    """Translate the message and the status labels it names."""
    text = translate(SERVICES_CONTEXT, error.message) if translate else error.message
    labels = {key: STATUS_LABELS.get(code, code) for key, code in statuses.items()}
    if translate:
        labels = {key: translate(STATUS_CONTEXT, label) for key, label in labels.items()}
    return text.format(**{**error.params, **labels})
