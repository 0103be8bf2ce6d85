"""The trainer's attendance screen at the venue door.

Today's session of the chosen class is opened (or another chosen in the list). The scan
field keeps the focus: a USB scanner types the card code and Enter, the person is marked
present at once, their row flashes green and a big line says who it was. A card of another
class turns that line red and nothing is written. Without a card: type part of the name,
press Enter (or Down) to reach the row, then one key: H, I, S, A or T.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.attendance_codes import ATTENDANCE_CONTEXT, CODE_LABELS, CODES
from enrollment_app.domain.birth_date import format_short_date
from enrollment_app.i18n import tr
from enrollment_app.services import attendance, classes
from enrollment_app.services.attendance import MarkResult
from enrollment_app.services.classes import SessionInfo
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.classes.attendance_model import NAME, AttendanceTableModel
from enrollment_app.ui.classes.roster_table import RosterTable
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.page_title import page_title

FEEDBACK_SCALE = 1.7
_FEEDBACK_STYLES = {
    "ok": "background: #1e7b34; color: white;",
    "error": "background: #b3261e; color: white;",
    "idle": "background: #eef1f4; color: #30363d;",
}


class AttendanceView(QWidget):
    def __init__(self, ctx: ServiceContext, changes: DataChanges | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session: SessionInfo | None = None
        self._session_list: list[SessionInfo] = []
        self.model = AttendanceTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(NAME)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build()
        if changes is not None:
            changes.classes_changed.connect(lambda _id: self.reload_classes())
        self.reload_classes()

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.class_combo = QComboBox(self)
        self.class_combo.setMinimumWidth(320)
        self.class_combo.currentIndexChanged.connect(lambda _i: self._class_chosen())
        self.session_combo = QComboBox(self)
        self.session_combo.setMinimumWidth(300)
        self.session_combo.currentIndexChanged.connect(lambda _i: self._session_chosen())
        self.session_note = QLabel(self)
        self.session_note.setStyleSheet("color: #505050;")
        choose = QHBoxLayout()
        choose.addWidget(page_title(self.tr("Attendance"), self))
        choose.addSpacing(16)
        choose.addWidget(QLabel(self.tr("&Class:"), self, buddy=self.class_combo))
        choose.addWidget(self.class_combo, 1)
        choose.addWidget(QLabel(self.tr("S&ession:"), self, buddy=self.session_combo))
        choose.addWidget(self.session_combo, 1)
        self.feedback = QLabel(self)
        font = self.feedback.font()
        font.setPointSizeF(font.pointSizeF() * FEEDBACK_SCALE)
        font.setBold(True)
        self.feedback.setFont(font)
        self.feedback.setWordWrap(True)
        self.feedback.setMinimumHeight(self.feedback.fontMetrics().height() * 2)
        self._say("idle", self.tr("Scan a participant card, or find a name and press a code "
                                  "key."))
        self.scan_field = QLineEdit(self)
        self.scan_field.setPlaceholderText(self.tr("Card scanner: the code appears here"))
        self.scan_field.returnPressed.connect(self.scan_entered)
        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(self.tr("Part of a name"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self.proxy.setFilterFixedString)
        self.search_field.returnPressed.connect(self._go_to_first_match)
        fields = QFormLayout()
        fields.addRow(self.tr("Sc&an card:"), self.scan_field)
        fields.addRow(self.tr("&Find by name:"), self.search_field)
        self.table = RosterTable(self)
        self.table.setModel(self.proxy)
        self.table.code_pressed.connect(self.mark_current)
        self.table.text_typed.connect(self._typed_into_table)
        header = self.table.horizontalHeader()
        for column, width in enumerate((48, 380, 90, 160, 90)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.rest_button = QPushButton(self.tr("Mark the rest absent…"), self)
        self.rest_button.clicked.connect(self.mark_rest_absent)
        keys = QLabel(self.tr("Keys: H present · I excused · S sick · A absent · T late "
                              "(with the time now)"), self)
        keys.setStyleSheet("color: #505050;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary)
        bottom.addStretch(1)
        bottom.addWidget(keys)
        bottom.addSpacing(12)
        bottom.addWidget(self.rest_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(choose)
        layout.addWidget(self.session_note)
        layout.addWidget(self.feedback)
        layout.addLayout(fields)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.focus_scan,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search_field.installEventFilter(self)
        self.setTabOrder(self.scan_field, self.search_field)
        self.setTabOrder(self.search_field, self.table)

    # -- choosing ---------------------------------------------------------------------
    def reload_classes(self) -> None:
        chosen = self.class_combo.currentData()
        try:
            found = classes.list_classes(self._ctx)
        except (ServiceError, StorageError) as exc:
            self._say_error(exc)
            return
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        for info in found:
            self.class_combo.addItem(f"{info.name} — {info.venue_name}", info.id)
        index = max(self.class_combo.findData(chosen), 0)
        self.class_combo.setCurrentIndex(index if found else -1)
        self.class_combo.blockSignals(False)
        self._class_chosen()

    def choose_class(self, class_id: str) -> None:
        self.class_combo.setCurrentIndex(self.class_combo.findData(class_id))

    def _class_chosen(self) -> None:
        class_id = self.class_combo.currentData()
        try:
            sessions = classes.list_sessions(self._ctx, class_id) if class_id else []
        except (ServiceError, StorageError) as exc:
            self._say_error(exc)
            sessions = []
        self._session_list = sessions
        today = date.today()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for info in sessions:
            self.session_combo.addItem(_session_label(info), info.id)
        past = [n for n, s in enumerate(sessions) if s.session_date <= today]
        self.session_combo.setCurrentIndex(past[-1] if past else (0 if sessions else -1))
        self.session_combo.blockSignals(False)
        self._session_chosen()

    def _session_chosen(self) -> None:
        session_id = self.session_combo.currentData()
        self._session = next((s for s in self._session_list if s.id == session_id), None)
        self.refresh()

    def refresh(self) -> None:
        """Read the chosen session's roster and marks again."""
        session = self._session
        if session is None:
            self.model.set_rows([])
            self.session_note.setText(self.tr("No session to mark: the class has no sessions "
                                              "yet.") if self.class_combo.count() else
                                      self.tr("You teach no class yet."))
            self._update_summary()
            return
        today = date.today()
        if session.session_date == today:
            note = self.tr("Today's session.")
        elif session.session_date > today:
            note = self.tr("This session is in the future: it can be marked on the day.")
        else:
            note = self.tr("A past session: changes are corrections and are recorded in the "
                           "audit trail.")
        self.session_note.setText(note)
        try:
            self.model.set_rows(attendance.session_roster(self._ctx, session.id))
        except (ServiceError, StorageError) as exc:
            self._say_error(exc)
        self._update_summary()
        self.focus_scan()

    # -- marking ----------------------------------------------------------------------
    def scan_entered(self) -> None:
        text = self.scan_field.text()
        self.scan_field.clear()
        if text.strip():
            self.scan_text(text)

    def scan_text(self, text: str) -> MarkResult | None:
        if self._session is None:
            return None
        try:
            result = attendance.scan(self._ctx, self._session.id, text)
        except (ServiceError, StorageError) as exc:
            self._say_error(exc)
            self.focus_scan()
            return None
        self._show_mark(result, flash=True)
        self.focus_scan()
        return result

    def mark_current(self, code: str) -> MarkResult | None:
        """Mark the selected row with ``code`` and select the next row."""
        index = self.table.currentIndex()
        if self._session is None or not index.isValid():
            return None
        row = self.proxy.mapToSource(index).row()
        person = self.model.person(row)
        try:
            result = attendance.mark(self._ctx, self._session.id, person.participant_id,
                                     code)
        except (ServiceError, StorageError) as exc:
            self._say_error(exc)
            return None
        self._show_mark(result, flash=False)
        self.table.select_row(index.row() + 1)
        return result

    def mark_rest_absent(self) -> None:
        if self._session is None:
            return
        unmarked = self.model.counts().get("", 0)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Mark the rest absent"),
                          self.tr("Mark the %n people without a mark as A (absent)?", "", unmarked),
                          QMessageBox.StandardButton.NoButton, self)
        box.addButton(self.tr("Mark absent"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is cancel or box.clickedButton() is None:
            return
        try:
            count = attendance.mark_rest_absent(self._ctx, self._session.id)
        except (ServiceError, StorageError) as exc:
            self._say_error(exc)
            return
        self.refresh()
        self._say("idle", self.tr("%n marked absent.", "", count))

    # -- helpers ----------------------------------------------------------------------
    def focus_scan(self) -> None:
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _typed_into_table(self, text: str) -> None:
        """A burst of keys in the table: a scanned card, or the start of a name."""
        if text.strip().upper().startswith("TNG"):
            self.scan_text(text)
        else:
            self.search_field.setText(text.strip())
            self.search_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _go_to_first_match(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.select_row(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_field and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self._go_to_first_match()
            return True
        return super().eventFilter(watched, event)

    def _show_mark(self, result: MarkResult, *, flash: bool) -> None:
        row = self.model.apply(result, flash=flash)
        label = tr(ATTENDANCE_CONTEXT, CODE_LABELS[result.code])
        text = f"{result.full_name} — {label} ({result.code})"
        if result.arrival_time is not None:
            text += f" {result.arrival_time.strftime('%H:%M')}"
        self._say("ok", text)
        if flash and row >= 0:
            self.table.scrollTo(self.proxy.mapFromSource(self.model.index(row, NAME)))
        self._update_summary()

    def _say(self, kind: str, text: str) -> None:
        self.feedback.setStyleSheet(f"QLabel {{ {_FEEDBACK_STYLES[kind]} border-radius: 6px;"
                                    " padding: 8px 14px; }")
        self.feedback.setProperty("kind", kind)
        self.feedback.setText(text)

    def _say_error(self, error: ServiceError | StorageError) -> None:
        self._say("error", user_message(error))

    def _update_summary(self) -> None:
        counts = self.model.counts()
        parts = [f"{code} {counts.get(code, 0)}" for code in CODES]
        self.summary.setText(self.tr("{marks} · not marked {rest} · {total} people").format(
            marks=" · ".join(parts), rest=counts.get("", 0), total=self.model.rowCount()))
        self.rest_button.setEnabled(self._session is not None and counts.get("", 0) > 0)


def _session_label(info: SessionInfo) -> str:
    text = format_short_date(info.session_date, tr)
    if info.start_time:
        text += " " + info.start_time.strftime("%H:%M")
        if info.end_time:
            text += "–" + info.end_time.strftime("%H:%M")
    return f"{text}  {info.topic}" if info.topic else text
