"""Recording a person's correction request: what they asked, what was done, by whom."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.birth_date import format_date
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.services import data_subject
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.data_subject import RequestSummary, Subject
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.choice_combo import ChoiceCombo
from enrollment_app.ui.widgets.date_edit import IndonesianDateEdit
from enrollment_app.ui.widgets.field_message import FieldMessage
from enrollment_app.ui.widgets.fit_to_text import fit_height

CONTEXT = "CorrectionRequestDialog"
DIALOG_WIDTH = 620
STATUSES = {
    "done": QT_TRANSLATE_NOOP("CorrectionRequestDialog", "Corrected"),
    "pending": QT_TRANSLATE_NOOP("CorrectionRequestDialog", "Not done yet"),
    "refused": QT_TRANSLATE_NOOP("CorrectionRequestDialog", "Refused (say why)"),
}
ACCESS_DONE = QT_TRANSLATE_NOOP("CorrectionRequestDialog", "Done")
KINDS = {
    "access": QT_TRANSLATE_NOOP("CorrectionRequestDialog", "Copy of the data"),
    "correction": QT_TRANSLATE_NOOP("CorrectionRequestDialog", "Correction"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CorrectionRequestDialog(QDialog):
    """``request_id`` is set once the request is recorded (the dialog is accepted)."""

    def __init__(self, ctx: ServiceContext, subject: Subject,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._subject = subject
        self.request_id: str | None = None
        self.setWindowTitle(self.tr("Correction request"))
        self.setMinimumWidth(DIALOG_WIDTH)
        heading = QLabel(self.tr("Correction request from {name} (NIK {nik})").format(
            name=subject.full_name, nik=subject.nik), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        hint = QLabel(self.tr(
            "Correct the data itself in the registration form. Here you record that the "
            "person asked, what they asked and what was done, as UU PDP requires."), self)
        hint.setWordWrap(True)
        self.banner = Banner(self)
        self.received_on = IndonesianDateEdit(self)
        self.received_on.set_date(date.today())
        self.request_text = QPlainTextEdit(self)
        self.request_text.setPlaceholderText(self.tr(
            "for example: the phone number is old; the new one is 0812..."))
        self.request_text.setTabChangesFocus(True)
        self.status = ChoiceCombo(parent=self)
        self.status.set_items((code, _t(label)) for code, label in STATUSES.items())
        self.response = QPlainTextEdit(self)
        self.response.setPlaceholderText(self.tr("what was changed, or why not"))
        self.response.setTabChangesFocus(True)
        for edit in (self.request_text, self.response):
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        self.messages = {name: FieldMessage(self) for name in
                         ("received_on", "request_text", "status", "response")}
        form = QFormLayout()
        for name, label, widget in (
                ("received_on", self.tr("Asked on"), self.received_on),
                ("request_text", self.tr("What the person asked to correct"),
                 self.request_text),
                ("status", self.tr("Outcome"), self.status),
                ("response", self.tr("What was done"), self.response)):
            cell = QWidget(self)
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(self.messages[name])
            form.addRow(label, cell)
        self.earlier = QListWidget(self)
        self.earlier.setMaximumHeight(110)
        self.earlier.setWordWrap(True)
        self.earlier.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._load_earlier()
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Record request"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Earlier requests"), self))
        layout.addWidget(self.earlier)
        layout.addWidget(buttons)
        self.request_text.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> str | None:
        for message in self.messages.values():
            message.clear_problems()
        self.banner.clear_message()
        if self.received_on.is_unreadable():
            self.messages["received_on"].show_problems(
                [], [self.received_on.unreadable_message()])
            return None
        try:
            self.request_id = data_subject.record_correction(
                self._ctx, self._subject.participant_id,
                request_text=self.request_text.toPlainText(), status=self.status.code(),
                response=self.response.toPlainText(),
                received_on=self.received_on.date_value())
        except ValidationError as exc:
            for problem in exc.problems:
                field = problem.field if problem.field in self.messages else "request_text"
                self.messages[field].show_problems([problem])
            fit_height(self)
            return None
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            fit_height(self)
            return None
        self.accept()
        return self.request_id

    def _load_earlier(self) -> None:
        try:
            requests = data_subject.list_requests(self._ctx, self._subject.participant_id)
        except (ServiceError, StorageError):
            requests = []
        for request in requests:
            self.earlier.addItem(self._describe(request))
        if not requests:
            self.earlier.addItem(self.tr("none"))

    def _describe(self, request: RequestSummary) -> str:
        status = _t(ACCESS_DONE if request.kind == "access" and request.status == "done"
                    else STATUSES.get(request.status, request.status))
        kind = _t(KINDS.get(request.kind, request.kind))
        text = request.request_text or request.response
        return f"{format_date(request.received_on)} · {kind} · {status} · " \
               f"{request.handled_by or '-'}: {text}"
