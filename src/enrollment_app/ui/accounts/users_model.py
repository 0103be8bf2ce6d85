"""The accounts of this laptop as a table (a few dozen rows: loaded at once)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from enrollment_app.domain.choices import CHOICES_CONTEXT, ROLES
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.i18n import tr
from enrollment_app.services.user_admin import UserSummary
from enrollment_app.storage.base import utc_now
from enrollment_app.ui.rows_model import ModelIndex, RowsTableModel

CONTEXT = "UsersTableModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("UsersTableModel", "User name"),
    QT_TRANSLATE_NOOP("UsersTableModel", "Full name"),
    QT_TRANSLATE_NOOP("UsersTableModel", "Role"),
    QT_TRANSLATE_NOOP("UsersTableModel", "State"),
    QT_TRANSLATE_NOOP("UsersTableModel", "Wrong passwords"),
    QT_TRANSLATE_NOOP("UsersTableModel", "Added on"),
)
USERNAME, FULL_NAME, ROLE, STATE, FAILED, ADDED = range(len(COLUMNS))
DISABLED_COLOR = QColor("#7a7a7a")
LOCKED_COLOR = QColor("#b3261e")


class UsersTableModel(RowsTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(CONTEXT, COLUMNS, parent)

    def set_users(self, users: list[UserSummary]) -> None:
        self.set_rows(users)

    def user_at(self, row: int) -> UserSummary | None:
        return self.row_at(row)

    def row_of(self, username: str) -> int:
        return next((i for i, u in enumerate(self._rows) if u.username == username), -1)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        user = self.user_at(index.row()) if index.isValid() else None
        if user is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(user, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            if not user.active:
                return DISABLED_COLOR
            if index.column() == STATE and user.is_locked():
                return LOCKED_COLOR
        return None

    def _text(self, user: UserSummary, column: int) -> str:
        if column == USERNAME:
            return user.username
        if column == FULL_NAME:
            return user.full_name
        if column == ROLE:
            return tr(CHOICES_CONTEXT, ROLES.get(user.role, user.role))
        if column == STATE:
            return self._state(user)
        if column == FAILED:
            return str(user.failed_logins)
        return user.created_at.astimezone().strftime("%d-%m-%Y")

    def _state(self, user: UserSummary) -> str:
        if not user.active:
            return QCoreApplication.translate("UsersTableModel", "Disabled")
        if user.is_locked(utc_now()) and user.locked_until is not None:
            return QCoreApplication.translate("UsersTableModel", "Locked until {time}").format(
                time=user.locked_until.astimezone().strftime("%H:%M"))
        if user.must_change_password:
            return QCoreApplication.translate("UsersTableModel",
                                              "Active, must choose a new password")
        return QCoreApplication.translate("UsersTableModel", "Active")
