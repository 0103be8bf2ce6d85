"""A coloured one-line-or-more notice at the top of a screen: saved, refused, information."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class BannerKind(StrEnum):
    SUCCESS = "success"
    ERROR = "error"
    INFO = "info"


_STYLES = {
    BannerKind.SUCCESS: "background: #e3f4e6; color: #14532d; border: 1px solid #7cc08a;",
    BannerKind.ERROR: "background: #fdecea; color: #8c1d18; border: 1px solid #e59a94;",
    BannerKind.INFO: "background: #e8f0fb; color: #1a3e72; border: 1px solid #94b3e0;",
}


class Banner(QLabel):
    """Hidden until there is something to say; stays until replaced or cleared, so a
    field worker who looked away still sees whether the last save worked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._kind: BannerKind | None = None
        self.hide()

    def show_message(self, kind: BannerKind, text: str) -> None:
        self._kind = kind
        self.setStyleSheet(f"QLabel {{ {_STYLES[kind]} border-radius: 4px; padding: 6px 10px;"
                           " font-weight: bold; }")
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self._kind = None
        self.setText("")
        self.hide()

    def kind(self) -> BannerKind | None:
        return self._kind
