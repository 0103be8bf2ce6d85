"""Accept / Waitlist / Reject for one application (supervisors only).

Shows how many of the kecamatan's places are taken, offers only the decisions the
pipeline allows from the current status, and says what happened (an acceptance beyond
the quota lands on the waitlist; a rejection of an accepted person moves the next one up).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.application_status import ACCEPTED, REJECTED, WAITLISTED, may_follow
from enrollment_app.domain.regions import load_regions
from enrollment_app.services import applications
from enrollment_app.services.applications import ApplicationRecord, Decision
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.applications.labels import status_text
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.field_message import render_all


class DecisionPanel(QGroupBox):
    decided = Signal(object)  # Decision

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._record: ApplicationRecord | None = None
        self.setTitle(self.tr("Decision"))
        self.places = QLabel(self)
        self.places.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Reason (required to reject)"))
        self.reason.setMaxLength(1000)
        self.accept_button = QPushButton(self.tr("&Accept"), self)
        self.waitlist_button = QPushButton(self.tr("&Waitlist"), self)
        self.reject_button = QPushButton(self.tr("&Reject"), self)
        self.banner = Banner(self)
        buttons = QHBoxLayout()
        for button, decision in ((self.accept_button, ACCEPTED),
                                 (self.waitlist_button, WAITLISTED),
                                 (self.reject_button, REJECTED)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, d=decision: self.decide(d))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.places)
        reason_row = QHBoxLayout()
        reason_label = QLabel(self.tr("Reason"), self)
        reason_label.setBuddy(self.reason)
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason, 1)
        layout.addLayout(reason_row)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        self.show_application(None)

    def show_application(self, record: ApplicationRecord | None) -> None:
        """Offer the decisions ``record``'s status allows (none without a record)."""
        self._record = record
        status = record.status if record else ""
        needs_interview = record is not None and record.requires_interview \
            and not record.interviews
        for button, decision in ((self.accept_button, ACCEPTED),
                                 (self.waitlist_button, WAITLISTED),
                                 (self.reject_button, REJECTED)):
            button.setEnabled(record is not None and may_follow(status, decision)
                              and not (needs_interview and decision != REJECTED))
        self.reason.setEnabled(record is not None and may_follow(status, REJECTED))
        text = self._places_text(record)
        if needs_interview and may_follow(status, ACCEPTED):
            text += " " + self.tr("The program requires an interview before acceptance.")
        self.places.setText(text)

    def decide(self, decision: str) -> Decision | None:
        if self._record is None:
            return None
        self.banner.clear_message()
        try:
            result = applications.decide(self._ctx, self._record.id, decision,
                                         self.reason.text())
        except ValidationError as exc:
            self.banner.show_message(BannerKind.ERROR, "\n".join(render_all(exc.problems)))
            self.reason.setFocus()
            return None
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return None
        self.reason.clear()
        self.banner.show_message(BannerKind.SUCCESS, self._result_text(result))
        self.decided.emit(result)
        return result

    def _result_text(self, result: Decision) -> str:
        if result.status == WAITLISTED:
            text = self.tr("Placed on the waitlist at position {position}.").format(
                position=result.waitlist_position)
        else:
            text = self.tr("Decision saved: {status}.").format(status=status_text(result.status))
        if result.promoted:
            text += " " + self.tr("%n person(s) moved up from the waitlist.", "",
                                  len(result.promoted))
        return text

    def _places_text(self, record: ApplicationRecord | None) -> str:
        if record is None:
            return self.tr("Select an application to decide on it.")
        kecamatan = load_regions().kecamatan_name(record.kecamatan_code) or self.tr(
            "outside the city")
        try:
            state = applications.quota_state(self._ctx, record.program_id,
                                             record.kecamatan_code)
        except (ServiceError, StorageError) as exc:
            return user_message(exc)
        if state.quota is None:
            return self.tr("Kecamatan {kecamatan}: no quota set; {taken} accepted, "
                           "{waiting} waiting.").format(kecamatan=kecamatan, taken=state.taken,
                                                        waiting=state.waiting)
        return self.tr("Kecamatan {kecamatan}: {taken} of {quota} places taken, {waiting} "
                       "waiting.").format(kecamatan=kecamatan, taken=state.taken,
                                          quota=state.quota, waiting=state.waiting)
