"""A person's applications and history, with what can be done next: apply to another
program, hold the selection interview, decide (supervisors)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.application_status import INTERVIEWED, may_follow
from enrollment_app.services import applications
from enrollment_app.services.applications import ParticipantHistory
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.data_subject import Subject
from enrollment_app.services.errors import ServiceError
from enrollment_app.services.permissions import Permission, allowed
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.applications.apply_dialog import ApplyDialog
from enrollment_app.ui.applications.decision_panel import DecisionPanel
from enrollment_app.ui.applications.history_view import HistoryTree
from enrollment_app.ui.applications.interview_dialog import InterviewDialog
from enrollment_app.ui.applications.open_dialog import open_kept
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.page_title import page_title

DIALOG_SIZE = (1040, 640)


class ParticipantHistoryDialog(QDialog):
    def __init__(self, ctx: ServiceContext, subject: Subject, *,
                 changes: DataChanges | None = None,
                 today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._subject = subject
        self._changes = changes
        self._today = today
        self.history: ParticipantHistory | None = None
        self.child_dialog: QDialog | None = None  # the apply or interview dialog open now
        self.setWindowTitle(self.tr("Applications and history"))
        self.resize(*DIALOG_SIZE)
        self.banner = Banner(self)
        self.tree = HistoryTree(self)
        self.apply_button = QPushButton(self.tr("Apply to a &program..."), self)
        self.interview_button = QPushButton(self.tr("&Interview..."), self)
        self.decision = DecisionPanel(ctx, self)
        role = ctx.actor.role
        self.apply_button.setVisible(allowed(role, Permission.REGISTER))
        self.interview_button.setVisible(allowed(role, Permission.INTERVIEW))
        self.decision.setVisible(allowed(role, Permission.DECIDE_APPLICATIONS))
        self.apply_button.clicked.connect(self.open_apply)
        self.interview_button.clicked.connect(self.open_interview)
        self.decision.decided.connect(lambda d: self._after_change(d.application_id))
        self.tree.application_selected.connect(self._selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.apply_button)
        actions.addWidget(self.interview_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Applications and history: {name} (NIK {nik})")
                                    .format(name=subject.full_name, nik=subject.nik), self))
        layout.addWidget(self.banner)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)
        layout.addWidget(self.decision)
        layout.addWidget(buttons)
        self.reload()
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self, select: str | None = None) -> None:
        keep = select or self.tree.selected_application() or None
        try:
            self.history = applications.participant_history(self._ctx,
                                                            self._subject.participant_id)
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return
        self.tree.show_history(self.history, keep)
        self._selected(self.tree.selected_application())

    # -- actions ----------------------------------------------------------------------

    def open_apply(self) -> ApplyDialog:
        dialog = ApplyDialog(self._ctx, self._subject, changes=self._changes,
                             today=self._today, parent=self)
        dialog.accepted.connect(lambda: self._after_change(dialog.application_id))
        return open_kept(dialog, self, "child_dialog")

    def open_interview(self) -> InterviewDialog | None:
        application_id = self.tree.selected_application()
        if not application_id:
            return None
        try:
            dialog = InterviewDialog(self._ctx, application_id, changes=self._changes,
                                     today=self._today, parent=self)
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return None
        dialog.finished.connect(lambda _result: self._after_change(application_id))
        return open_kept(dialog, self, "child_dialog")

    def _after_change(self, application_id: str | None = None) -> None:
        self.reload(application_id)
        if self._changes is not None and application_id:
            self._changes.applications_changed.emit(application_id)

    def _selected(self, application_id: str) -> None:
        record = (self.history.application(application_id)
                  if self.history and application_id else None)
        self.interview_button.setEnabled(record is not None
                                         and may_follow(record.status, INTERVIEWED))
        self.decision.show_application(record)
