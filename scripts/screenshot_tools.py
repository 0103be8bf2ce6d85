"""Small helpers shared by the screenshot scripts: waiting for background work, and
answering (and photographing) a modal message box the screen opens with ``exec()``."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

Save = Callable[[QWidget, str], Path]
POLL_MS = 10


def wait_until(condition: Callable[[], bool], seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def answer_next_box(*, accept: bool, save: Save | None = None, name: str = "") -> None:
    """When the next message box is open: save it as ``name`` (with ``save``), then click
    its default button (``accept``) or cancel it. Call it just before the action."""
    def attempt() -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(POLL_MS, attempt)
            return
        if save is not None:
            save(box, name)
        button = box.defaultButton()
        if accept and button is not None:
            button.click()
        else:
            box.reject()

    QTimer.singleShot(0, attempt)
