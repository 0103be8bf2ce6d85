"""Keying a signed paper attendance sheet back in, for a session that has passed.

The session's roster with one code field per person, in the order of the printed sheet:
type H, I, S, A or T and press Enter to go down (T asks for the arrival time first).
Marks already in the database are filled in; "Save all" sends the changed rows through
services.attendance.mark with source "paper" (corrections are audited there). Rows left
empty stay unmarked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.attendance_codes import CODES, LATE
from enrollment_app.domain.birth_date import format_short_date
from enrollment_app.services import attendance
from enrollment_app.services.attendance import AttendanceRow
from enrollment_app.services.classes import SessionInfo
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.field_message import render_all

DIALOG_SIZE = (640, 600)
PAPER = "paper"


@dataclass
class CodeRow:
    mark: AttendanceRow
    code: QLineEdit
    arrival: QLineEdit

    def typed(self) -> tuple[str, time | None]:
        return self.code.text().strip().upper(), parse_arrival(self.arrival.text())

    def changed(self) -> bool:
        code, arrival = self.typed()
        return bool(code) and (code, arrival if code == LATE else None) != (
            self.mark.code, self.mark.arrival_time if self.mark.code == LATE else None)


def parse_arrival(text: str) -> time | None:
    """"08:30" -> 08:30; None for an empty or impossible time."""
    hours, _colon, minutes = text.strip().partition(":")
    if not (hours.strip().isdigit() and minutes.strip().isdigit()):
        return None
    h, m = int(hours), int(minutes)
    return time(h, m) if 0 <= h < 24 and 0 <= m < 60 else None


def error_text(error: ServiceError | StorageError) -> str:
    """What is wrong, field by field for a refused input."""
    if isinstance(error, ValidationError):
        return " ".join(render_all(error.problems))
    return user_message(error)


class PaperSheetDialog(QDialog):
    def __init__(self, ctx: ServiceContext, session: SessionInfo, class_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session = session
        self.rows: list[CodeRow] = []
        self.saved_count = 0
        self.setWindowTitle(self.tr("Key in a paper sheet"))
        self.resize(*DIALOG_SIZE)
        self.banner = Banner(self)
        heading = QLabel(self.tr("{name} - session of {date}{topic}").format(
            name=class_name, date=format_short_date(session.session_date),
            topic=f" ({session.topic})" if session.topic else ""), self)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        hint = QLabel(self.tr("Type the code from the sheet for each person: H present, "
                              "I excused, S sick, A absent, T late (then the arrival "
                              "time). Enter moves down; empty rows stay unmarked."), self)
        hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save all"), self)
        self.save_button.clicked.connect(self.save_all)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_all)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.banner)
        layout.addWidget(self._grid(attendance.session_roster(ctx, session.id)), 1)
        layout.addLayout(buttons)
        if self.rows:
            self.rows[0].code.setFocus()

    def _grid(self, roster: list[AttendanceRow]) -> QScrollArea:
        body = QWidget()
        grid = QGridLayout(body)
        for column, title in enumerate((self.tr("No."), self.tr("Name"), self.tr("Code"),
                                        self.tr("Arrival"))):
            label = QLabel(f"<b>{title}</b>", body)
            grid.addWidget(label, 0, column)
        validator = QRegularExpressionValidator(
            QRegularExpression(f"[{''.join(CODES)}{''.join(CODES).lower()}]?"), body)
        for n, mark in enumerate(roster, start=1):
            code = QLineEdit(mark.code, body)
            code.setMaxLength(1)
            code.setValidator(validator)
            code.setFixedWidth(44)
            code.setAlignment(Qt.AlignmentFlag.AlignCenter)
            code.setAccessibleName(self.tr("Code for {name}").format(name=mark.full_name))
            arrival = QLineEdit(body)
            arrival.setInputMask("00:00")  # digits optional: Enter works on an empty one
            arrival.setFixedWidth(70)
            if mark.arrival_time is not None and mark.code == LATE:
                arrival.setText(mark.arrival_time.strftime("%H:%M"))
            row = CodeRow(mark, code, arrival)
            self.rows.append(row)
            code.textEdited.connect(lambda text, r=row: self._code_typed(r, text))
            code.returnPressed.connect(lambda r=row: self._code_entered(r))
            arrival.returnPressed.connect(lambda r=row: self._next(r))
            arrival.setEnabled(mark.code == LATE)
            grid.addWidget(QLabel(str(n), body), n, 0)
            grid.addWidget(QLabel(mark.full_name, body), n, 1)
            grid.addWidget(code, n, 2)
            grid.addWidget(arrival, n, 3)
        grid.setColumnStretch(4, 1)  # the code fields stay next to the names
        grid.setRowStretch(len(roster) + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        return scroll

    # -- typing -----------------------------------------------------------------------
    def _code_typed(self, row: CodeRow, text: str) -> None:
        row.code.setText(text.upper())
        row.arrival.setEnabled(text.upper() == LATE)

    def _code_entered(self, row: CodeRow) -> None:
        if row.code.text().upper() == LATE and parse_arrival(row.arrival.text()) is None:
            row.arrival.setFocus()
            row.arrival.setCursorPosition(0)
            return
        self._next(row)

    def _next(self, row: CodeRow) -> None:
        index = self.rows.index(row)
        if index + 1 < len(self.rows):
            following = self.rows[index + 1]
            following.code.setFocus()
            following.code.selectAll()
        else:
            self.save_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter moves between the fields (they handle it) and never reaches the dialog's
        # default button; on the focused Save button it saves (the button handles it).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # -- saving -----------------------------------------------------------------------
    def save_all(self) -> None:
        for row in self.rows:
            code, arrival = row.typed()
            if code == LATE and arrival is None:
                self.banner.show_message(BannerKind.ERROR, self.tr(
                    "{name}: late (T) needs the arrival time, e.g. 08:30.").format(
                    name=row.mark.full_name))
                row.arrival.setFocus()
                return
        changed = [row for row in self.rows if row.changed()]
        saved = 0
        for row in changed:
            code, arrival = row.typed()
            try:
                attendance.mark(self._ctx, self._session.id, row.mark.participant_id, code,
                                arrival_time=arrival if code == LATE else None, source=PAPER)
            except (ServiceError, StorageError) as error:
                self.banner.show_message(BannerKind.ERROR, self.tr(
                    "{name}: {problem} Saved before it: {count}.").format(
                    name=row.mark.full_name, problem=error_text(error), count=saved))
                row.code.setFocus()
                self.saved_count = saved
                return
            saved += 1
        self.saved_count = saved
        self.accept()
