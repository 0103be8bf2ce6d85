"""Locking a window after idle time or on demand, and unlocking it where it was.

Nothing is closed or reloaded: the window's widgets are only disabled and covered, so a
half-typed registration is exactly as it was after unlocking, and focus goes back to the
field the user was in. Unlocking needs the signed-in user's password or a supervisor's
(services.accounts.verify_unlock; wrong passwords count towards the lock-out).

While a modal dialog is open the idle lock waits: the dialog, not the window, has the
keyboard, and it is closed in a moment anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from enrollment_app.services import accounts
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.crash_report import log
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.lock.idle_watcher import IdleWatcher
from enrollment_app.ui.lock.lock_screen import LockScreen

MS_PER_MINUTE = 60_000


class ScreenLock(QObject):
    """Attach to a main window: ``lock()``, idle locking, and the unlock overlay."""

    locked = Signal()
    unlocked = Signal(str)  # user name of whoever unlocked

    def __init__(self, window: QMainWindow, ctx: ServiceContext, *, idle_minutes: int) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self._locked = False
        self._disabled: list[QWidget | QAction | QShortcut] = []
        self._focus: QWidget | None = None
        self.overlay = LockScreen(ctx.actor, window)
        self.overlay.hide()
        self.overlay.unlock_requested.connect(self.try_unlock)
        self.idle = IdleWatcher(idle_minutes * MS_PER_MINUTE, self)
        self.idle.idle.connect(self._on_idle)
        window.installEventFilter(self)
        self.idle.resume()

    def is_locked(self) -> bool:
        return self._locked

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle.set_timeout_ms(minutes * MS_PER_MINUTE)

    def lock(self) -> None:
        """Cover the window and disable everything behind the cover."""
        if self._locked:
            return
        self._locked = True
        self.idle.pause()
        focus = QApplication.focusWidget()
        self._focus = focus if focus is not None and self._window.isAncestorOf(focus) else None
        self._disable_behind()
        self.overlay.setGeometry(self._window.rect())
        self.overlay.raise_()
        self.overlay.show()
        self.overlay.reset()
        log.info("Screen locked (%s)", self._ctx.actor.username)
        self.locked.emit()

    def try_unlock(self, username: str, password: str) -> bool:
        try:
            who = accounts.verify_unlock(self._ctx, username, password)
        except (ServiceError, StorageError) as exc:
            self.overlay.show_error(user_message(exc))
            return False
        self._unlock(who.username)
        return True

    def _unlock(self, username: str) -> None:
        for item in reversed(self._disabled):
            item.setEnabled(True)
        self._disabled.clear()
        self.overlay.hide()
        self.overlay.password.clear()
        self._locked = False
        if self._focus is not None:
            self._focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus = None
        self.idle.resume()
        log.info("Screen unlocked by %s", username)
        self.unlocked.emit(username)

    def _disable_behind(self) -> None:
        window = self._window
        items: list[QWidget | QAction | QShortcut] = [
            *window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly),
            *window.findChildren(QAction), *window.findChildren(QShortcut)]
        for item in items:
            if item is self.overlay or self._is_overlay_part(item) or not item.isEnabled():
                continue
            item.setEnabled(False)
            self._disabled.append(item)

    def _is_overlay_part(self, item: QObject) -> bool:
        parent = item.parent()
        while parent is not None:
            if parent is self.overlay:
                return True
            parent = parent.parent()
        return False

    def _on_idle(self) -> None:
        if QApplication.activeModalWidget() is not None:
            self.idle.resume()  # try again after another idle period
            return
        self.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self._locked:
            self.overlay.setGeometry(self._window.rect())
        return False

    def detach(self) -> None:
        self.idle.detach()
