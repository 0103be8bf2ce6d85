"""A long service call with progress and cancel, on its own QThread.

The call receives a ``progress(done, total) -> bool`` callback; every report crosses to
the GUI thread as a queued signal, and the callback answers False once the user pressed
cancel, so the service stops and cleans up after itself. The result or the exception
comes back as a signal too; the window never waits.

A running worker is kept alive by this module, not by the window that started it: if
that window is deleted mid-run the call is cancelled and finishes on its own (Qt aborts
the program when a running QThread is destroyed), and quitting the application cancels
and waits for every running call (so does the end of the Python process).
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

Progress = Callable[[int, int], bool]
_running: set[ProgressWorker] = set()
_quit_hooked = False


def running_count() -> int:
    return len(_running)


def stop_all() -> None:
    """Cancel every running call and wait for it (the application is quitting)."""
    for worker in list(_running):
        worker.cancel()
        worker.wait()


atexit.register(stop_all)  # also when the program ends without QApplication.quit()


class _Job(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, call: Callable[[Progress], Any], cancelled: threading.Event) -> None:
        super().__init__()
        self._call = call
        self._cancelled = cancelled

    @Slot()
    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return not self._cancelled.is_set()

        try:
            result = self._call(progress)
        except Exception as exc:  # handed to the GUI thread, which decides what it means
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class ProgressWorker(QObject):
    """Runs ``call(progress)`` once on a new thread. Connect to the signals, then
    ``start()``; ``cancel()`` asks the call to stop at its next progress report."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    done = Signal()  # after succeeded/failed, once the thread has finished

    def __init__(self, call: Callable[[Progress], Any], owner: QObject | None = None) -> None:
        super().__init__()  # no parent: it must outlive an owner deleted mid-run
        self._cancelled = threading.Event()
        self._orphaned = False  # the owner is gone: its slots must not be called any more
        if owner is not None:
            owner.destroyed.connect(self._owner_destroyed)
        self._thread = QThread()
        self._job = _Job(call, self._cancelled)
        self._job.moveToThread(self._thread)
        self._thread.started.connect(self._job.run)
        self._job.progressed.connect(self.progressed)
        # Slots of this object (which lives on the GUI thread): queued connections.
        self._job.succeeded.connect(self._on_succeeded)
        self._job.failed.connect(self._on_failed)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._stop_thread()
        if not self._orphaned:
            self.succeeded.emit(result)
            self.done.emit()
        _running.discard(self)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._stop_thread()
        if not self._orphaned:
            self.failed.emit(error)
            self.done.emit()
        _running.discard(self)

    @Slot()
    def _owner_destroyed(self) -> None:
        """The window that started the call was deleted mid-run: stop the call and never
        deliver its result to the deleted window's slots (that would crash)."""
        self._orphaned = True
        self.cancel()

    def _stop_thread(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def start(self) -> None:
        global _quit_hooked
        app = QCoreApplication.instance()
        if app is not None and not _quit_hooked:
            app.aboutToQuit.connect(stop_all)
            _quit_hooked = True
        _running.add(self)
        self._thread.start()

    @Slot()
    def cancel(self) -> None:
        self._cancelled.set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self) -> None:
        """Block until the call has returned and the thread ended (closing mid-export)."""
        self._stop_thread()
