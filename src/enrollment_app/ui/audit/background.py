"""Running one slow, read-only service call off the GUI thread.

The call runs in Qt's global thread pool; its result (or the exception) comes back as a
queued signal, so the callbacks run on the GUI thread. If the widget that asked is gone
by then, Qt drops the connection and nothing is called.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


def _run(call: Callable[[], Any], signals: _Signals) -> None:
    try:
        result = call()
    except Exception as exc:  # handed to the GUI thread, which decides what it means
        signals.failed.emit(exc)
    else:
        signals.succeeded.emit(result)


def run_in_background(call: Callable[[], Any], receiver: QObject,
                      on_success: Callable[[Any], None],
                      on_failure: Callable[[Exception], None]) -> None:
    """Run ``call()`` on a pool thread; report on ``receiver``'s thread (the GUI)."""
    signals = _Signals()
    relay = _Relay(receiver, signals, on_success, on_failure)
    signals.succeeded.connect(relay.success)
    signals.failed.connect(relay.failure)
    QThreadPool.globalInstance().start(lambda: _run(call, signals))


class _Relay(QObject):
    """Lives as the receiver's child: dies with it, so late results are dropped."""

    def __init__(self, receiver: QObject, signals: _Signals,
                 on_success: Callable[[Any], None],
                 on_failure: Callable[[Exception], None]) -> None:
        super().__init__(receiver)
        self._signals: _Signals | None = signals  # released on the GUI thread
        self._on_success = on_success
        self._on_failure = on_failure

    def success(self, result: object) -> None:
        self._signals = None
        self.deleteLater()
        self._on_success(result)

    def failure(self, error: object) -> None:
        self._signals = None
        self.deleteLater()
        self._on_failure(error)  # type: ignore[arg-type]
