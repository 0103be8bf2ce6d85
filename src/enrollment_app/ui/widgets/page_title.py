"""The heading at the top of every screen: the same size and weight everywhere."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

TITLE_SCALE = 1.3


def page_title(text: str, parent: QWidget) -> QLabel:
    """A bold label 1.3x the normal font, for a screen's title (text already translated)."""
    title = QLabel(text, parent)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
    font.setBold(True)
    title.setFont(font)
    return title
