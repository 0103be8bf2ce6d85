"""Growing a window when wrapped text in it gets longer.

A top-level window's layout raises the minimum width and height, but not the height that
word-wrapped labels need at the current width (height-for-width), so a message appearing
in a dialog would be squeezed into one clipped line. Call ``fit_height`` after changing it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def fit_height(window: QWidget) -> None:
    """Make ``window`` at least as tall as its wrapped text needs at its width."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    QApplication.sendPostedEvents(window)
    needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else (
        layout.totalSizeHint().height())
    if needed > window.height():
        window.resize(window.width(), needed)
