"""Answering a real modal message box from a test without sleeping: a timer looks for the
active modal dialog while it runs its own event loop, and clicks the wanted button."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

POLL_MS = 10
MAX_POLLS = 500


@dataclass
class ModalAnswer:
    button_text: str
    seen: list[str] = field(default_factory=list)  # text of each box answered
    missing: list[str] = field(default_factory=list)  # buttons offered when ours was not


def answer_next_message_box(qtbot: QtBot, button_text: str) -> ModalAnswer:
    answer = ModalAnswer(button_text)
    polls = [0]

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # a box without parent may not be active yet
            box = next((w for w in QApplication.topLevelWidgets()
                        if isinstance(w, QMessageBox) and w.isVisible()), None)
        if isinstance(box, QMessageBox) and box.isVisible():
            answer.seen.append(f"{box.text()}\n{box.informativeText()}")
            button = next((b for b in box.buttons() if b.text() == button_text), None)
            if button is None:
                answer.missing.extend(b.text() for b in box.buttons())
                box.reject()
                return
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return
        polls[0] += 1
        if polls[0] < MAX_POLLS:
            QTimer.singleShot(POLL_MS, attempt)

    QTimer.singleShot(0, attempt)
    return answer
