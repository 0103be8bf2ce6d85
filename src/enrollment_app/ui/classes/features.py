"""What classes add to the main window: the Classes page (supervisors) and the Attendance
screen (trainers for their own classes, supervisors for any; F9 opens it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from enrollment_app.services.context import ServiceContext
from enrollment_app.services.permissions import Permission, allowed
from enrollment_app.ui.classes.attendance_view import AttendanceView
from enrollment_app.ui.classes.classes_view import ClassesView

if TYPE_CHECKING:
    from enrollment_app.ui.main_window import MainWindow


class ClassFeatures(QObject):
    def __init__(self, window: MainWindow, ctx: ServiceContext) -> None:
        super().__init__(window)
        self._window = window
        self.classes: ClassesView | None = None
        self.attendance: AttendanceView | None = None
        self.classes_page = self.attendance_page = -1
        if allowed(ctx.actor.role, Permission.MANAGE_CLASSES):
            self.classes = ClassesView(ctx, window.changes)
            self.classes_page = window.add_page(self.tr("Classes"), self.classes,
                                                Permission.MANAGE_CLASSES)
        if not allowed(ctx.actor.role, Permission.MARK_ATTENDANCE):
            return
        self.attendance = AttendanceView(ctx, window.changes)
        self.attendance_page = window.add_page(self.tr("Attendance"), self.attendance,
                                               Permission.MARK_ATTENDANCE)
        window.navigation.item(self.attendance_page).setToolTip(self.tr(
            "Mark today's session: scan cards or press H, I, S, A, T (F9)"))
        action = QAction(self.tr("&Attendance"), window)
        action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(self.show_attendance)
        window.addAction(action)
        self.attendance_action = action

    def show_attendance(self) -> None:
        self._window.navigation.setCurrentRow(self.attendance_page)
        if self.attendance is not None:
            self.attendance.refresh()
