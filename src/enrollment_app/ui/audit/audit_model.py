"""Audit entries as a table, one page at a time, newest first."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.i18n import tr
from enrollment_app.services import audit_trail
from enrollment_app.services.audit_trail import AuditFilter, AuditRow, FieldChange
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.subject_report import field_label
from enrollment_app.ui.rows_model import ModelIndex, RowsTableModel

CONTEXT = "AuditTableModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("AuditTableModel", "#"),
    QT_TRANSLATE_NOOP("AuditTableModel", "When"),
    QT_TRANSLATE_NOOP("AuditTableModel", "User"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Device"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Record"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Changes (before → after)"),
)
SEQ, WHEN, USER, DEVICE, ACTION, RECORD, CHANGES = range(len(COLUMNS))
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditTableModel", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditTableModel", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditTableModel", "Removed"),
    # Events that write no synced row (issue 11).
    "export": QT_TRANSLATE_NOOP("AuditTableModel", "File written"),
    "receipt": QT_TRANSLATE_NOOP("AuditTableModel", "Receipt loaded"),
    "redact": QT_TRANSLATE_NOOP("AuditTableModel", "Personal data removed"),
    "recovery": QT_TRANSLATE_NOOP("AuditTableModel", "Password set with a recovery file"),
}
TABLES = {
    "exported_files": QT_TRANSLATE_NOOP("AuditTableModel", "File with personal data"),
    "exported_bundles": QT_TRANSLATE_NOOP("AuditTableModel", "Bundle sent"),
    "recovery_files": QT_TRANSLATE_NOOP("AuditTableModel", "Recovery file"),
    "users": QT_TRANSLATE_NOOP("AuditTableModel", "User account"),
    "programs": QT_TRANSLATE_NOOP("AuditTableModel", "Program"),
    "program_skills": QT_TRANSLATE_NOOP("AuditTableModel", "Program skill"),
    "program_quotas": QT_TRANSLATE_NOOP("AuditTableModel", "Program quota"),
    "participants": QT_TRANSLATE_NOOP("AuditTableModel", "Participant"),
    "business_units": QT_TRANSLATE_NOOP("AuditTableModel", "Business unit"),
    "business_owners": QT_TRANSLATE_NOOP("AuditTableModel", "Business owner"),
    "groups": QT_TRANSLATE_NOOP("AuditTableModel", "Group"),
    "group_members": QT_TRANSLATE_NOOP("AuditTableModel", "Group member"),
    "applications": QT_TRANSLATE_NOOP("AuditTableModel", "Application"),
    "interviews": QT_TRANSLATE_NOOP("AuditTableModel", "Interview"),
    "classes": QT_TRANSLATE_NOOP("AuditTableModel", "Class"),
    "class_enrollments": QT_TRANSLATE_NOOP("AuditTableModel", "Class place"),
    "class_sessions": QT_TRANSLATE_NOOP("AuditTableModel", "Class session"),
    "attendance_marks": QT_TRANSLATE_NOOP("AuditTableModel", "Attendance mark"),
    "aid_handovers": QT_TRANSLATE_NOOP("AuditTableModel", "Aid handover"),
    "data_subject_requests": QT_TRANSLATE_NOOP("AuditTableModel", "Personal data request"),
}
BROKEN_BACKGROUND = QColor("#f8d7d4")
SHORT_ID = 8
MAX_VALUE_TEXT = 60


def table_label(table: str) -> str:
    return QCoreApplication.translate(CONTEXT, TABLES[table]) if table in TABLES else table


def action_label(action: str) -> str:
    return QCoreApplication.translate(CONTEXT, ACTIONS[action]) if action in ACTIONS else action


def value_text(value: Any, limit: int = MAX_VALUE_TEXT) -> str:
    """A stored value in one short line (empty shown as a dash)."""
    if value is None or value == "":
        return "-"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def change_text(change: FieldChange) -> str:
    return (f"{field_label(change.field, tr)}: {value_text(change.old, 30)} → "
            f"{value_text(change.new, 30)}")


class AuditTableModel(RowsTableModel):
    """Shows ``find_entries`` for the current filter and page; flags a broken entry."""

    def __init__(self, ctx: ServiceContext, *, page_size: int = audit_trail.PAGE_SIZE,
                 parent: Any = None) -> None:
        super().__init__(CONTEXT, COLUMNS, parent)
        self._ctx = ctx
        self.page_size = page_size
        self.query = AuditFilter()
        self.offset = 0
        self.total = 0
        self._rows: tuple[AuditRow, ...] = ()
        self.broken_seq: int | None = None

    # -- loading (raises ServiceError / StorageError for the view to show) -------------

    def set_filter(self, query: AuditFilter, offset: int = 0) -> None:
        self._load(query, offset)

    def reload(self) -> None:
        self._load(self.query, self.offset)

    def next_page(self) -> None:
        if self.has_next():
            self._load(self.query, self.offset + self.page_size)

    def previous_page(self) -> None:
        if self.has_previous():
            self._load(self.query, max(0, self.offset - self.page_size))

    def has_next(self) -> bool:
        return self.offset + self.page_size < self.total

    def has_previous(self) -> bool:
        return self.offset > 0

    def set_broken_seq(self, seq: int | None) -> None:
        self.broken_seq = seq
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def row_of_seq(self, seq: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.seq == seq), -1)

    def entry(self, row: int) -> AuditRow | None:
        return self.row_at(row)

    def _load(self, query: AuditFilter, offset: int) -> None:
        page = audit_trail.find_entries(self._ctx, query, offset=offset, limit=self.page_size)
        self.beginResetModel()
        self.query = query
        self.offset = page.offset
        self.total = page.total
        self._rows = page.rows
        self.endResetModel()

    # -- Qt model ---------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.entry(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == CHANGES:
            return "\n".join(change_text(c) for c in row.changes)
        if row.seq == self.broken_seq:
            if role == Qt.ItemDataRole.BackgroundRole:
                return BROKEN_BACKGROUND
            if role == Qt.ItemDataRole.DecorationRole and index.column() == SEQ:
                return QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def _text(self, row: AuditRow, column: int) -> str:
        if column == SEQ:
            return str(row.seq)
        if column == WHEN:
            return row.at.astimezone().strftime("%d-%m-%Y %H:%M:%S")
        if column == USER:
            return row.username or (row.user_id or "-")[:SHORT_ID]
        if column == DEVICE:
            return row.device_name or row.device_id[:SHORT_ID]
        if column == ACTION:
            return action_label(row.action)
        if column == RECORD:
            return f"{table_label(row.table)} {row.record_id[:SHORT_ID]}"
        if row.action == "create":
            return QCoreApplication.translate(
                "AuditTableModel", "{count} field(s) filled in").format(count=len(row.changes))
        return "; ".join(change_text(c) for c in row.changes)
