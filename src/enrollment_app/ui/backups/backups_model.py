"""The backups of this laptop as a table, newest first (a few dozen rows at most)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.services.backups import AUTO_PREFIX, BackupInfo
from enrollment_app.ui.rows_model import ModelIndex, RowsTableModel

CONTEXT = "BackupsTableModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("BackupsTableModel", "Taken"),
    QT_TRANSLATE_NOOP("BackupsTableModel", "Kind"),
    QT_TRANSLATE_NOOP("BackupsTableModel", "Participants"),
    QT_TRANSLATE_NOOP("BackupsTableModel", "Size"),
    QT_TRANSLATE_NOOP("BackupsTableModel", "Where"),
)
TAKEN, KIND, PARTICIPANTS, SIZE, WHERE = range(len(COLUMNS))
KIND_LABELS = {
    AUTO_PREFIX: QT_TRANSLATE_NOOP("BackupsTableModel", "Daily (automatic)"),
    "backup": QT_TRANSLATE_NOOP("BackupsTableModel", "Made by hand"),
    "pre-restore": QT_TRANSLATE_NOOP("BackupsTableModel", "Before a restore"),
    "pre-migrate": QT_TRANSLATE_NOOP("BackupsTableModel", "Before an update"),
}
DATE_FORMAT = "%d-%m-%Y %H:%M"


def kind_label(kind: str) -> str:
    key = "pre-migrate" if kind.startswith("pre-migrate") else kind
    return QCoreApplication.translate(CONTEXT, KIND_LABELS.get(key, kind))


def participants_text(backup: BackupInfo) -> str:
    if backup.participants is None:
        return QCoreApplication.translate("BackupsTableModel", "unreadable")
    return QLocale().toString(backup.participants)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class BackupsTableModel(RowsTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(CONTEXT, COLUMNS, parent)

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.set_rows(backups)

    def backup_at(self, row: int) -> BackupInfo | None:
        return self.row_at(row)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        backup = self.backup_at(index.row()) if index.isValid() else None
        if backup is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(backup, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (PARTICIPANTS,
                                                                             SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        return None

    def _text(self, backup: BackupInfo, column: int) -> str:
        if column == TAKEN:
            return backup.taken_at.strftime(DATE_FORMAT)
        if column == KIND:
            return kind_label(backup.kind)
        if column == PARTICIPANTS:
            return participants_text(backup)
        if column == SIZE:
            return size_text(backup.size)
        return (QCoreApplication.translate("BackupsTableModel", "USB folder") if backup.on_usb
                else QCoreApplication.translate("BackupsTableModel", "This laptop"))
