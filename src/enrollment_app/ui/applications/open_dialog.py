"""Opening a dialog window-modal without blocking the event loop (``QDialog.open``)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

DialogT = TypeVar("DialogT", bound=QDialog)


def open_kept(dialog: DialogT, owner: QObject, attribute: str) -> DialogT:
    """Open ``dialog``; ``owner.<attribute>`` refers to it until it is closed (tests and
    callers reach the open dialog there)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    setattr(owner, attribute, dialog)

    def forget() -> None:
        if getattr(owner, attribute, None) is dialog:
            setattr(owner, attribute, None)

    dialog.finished.connect(lambda _result: forget())
    dialog.open()
    return dialog
