"""Noticing that nobody has touched the laptop for a while.

An application-wide event filter notes the time of the last key press, click, wheel turn
or mouse movement; a single-shot timer wakes at the deadline and either fires ``idle`` or
sleeps again for the remainder. Input only stores a number, so typing stays cheap.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.HoverMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
})


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``timeout_ms`` without user input, until ``resume()``."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = max(1, timeout_ms)
        self._last_input = time.monotonic()
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = max(1, timeout_ms)
        if self._running:
            self._arm(self._remaining_ms())

    def resume(self) -> None:
        """Start counting from now (after unlocking, or at start)."""
        self._running = True
        self._last_input = time.monotonic()
        self._arm(self._timeout_ms)

    def pause(self) -> None:
        self._running = False
        self._timer.stop()

    def is_running(self) -> bool:
        return self._running

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self._last_input = time.monotonic()
        return False

    def _remaining_ms(self) -> int:
        elapsed_ms = (time.monotonic() - self._last_input) * 1000
        return int(self._timeout_ms - elapsed_ms)

    def _arm(self, delay_ms: int) -> None:
        self._timer.start(max(0, delay_ms))

    def _check(self) -> None:
        if not self._running:
            return
        remaining = self._remaining_ms()
        if remaining > 0:
            self._arm(remaining)
            return
        self._running = False
        self.idle.emit()

    def detach(self) -> None:
        """Stop watching the application's events (the window is closing)."""
        self.pause()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
