"""A dialog that runs one long call at a time on a ProgressWorker (``_worker``, set by the
dialog while the call runs) and stops it when the dialog closes or Esc is pressed: the
call is cancelled and waited for, so it cleans up after itself first."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog

from enrollment_app.ui.sync.worker import ProgressWorker


class WorkerDialog(QDialog):
    _worker: ProgressWorker | None

    def is_busy(self) -> bool:
        return self._worker is not None

    def _stop_worker(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self._worker.wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_worker()
        super().closeEvent(event)

    def reject(self) -> None:  # Esc
        self._stop_worker()
        super().reject()
