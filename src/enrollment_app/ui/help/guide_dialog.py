"""The first-hour guide: a few pages for the user's role, then their shortcut keys.

Enter goes to the next page, Esc closes; "do not show again" is read by whoever opened
the guide (ui.help.window_features saves it).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.ui.help.guide_pages import GuidePage
from enrollment_app.ui.help.shortcut_list import Shortcut
from enrollment_app.ui.widgets.page_title import page_title

GUIDE_SIZE = (640, 470)


class _Keys(dict[str, str]):
    """Key texts for the pages' placeholders; an unknown name shows as nothing."""

    def __missing__(self, name: str) -> str:
        return ""


class FirstHourGuide(QDialog):
    def __init__(self, pages: Sequence[GuidePage], keys: Mapping[str, str],
                 shortcuts: Sequence[Shortcut], *, hidden_at_sign_in: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started"))
        self.resize(*GUIDE_SIZE)
        values = _Keys({name: html.escape(text) for name, text in keys.items()})
        self.pages = [GuidePage(p.title, p.text.format_map(values)) for p in pages]
        self.pages.append(self._shortcut_page(shortcuts, values))
        self.index = 0
        self.position = QLabel(self)
        self.position.setStyleSheet("color: #505050;")
        self.title = page_title("", self)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.do_not_show = QCheckBox(self.tr("&Do not show this guide again when I sign in"),
                                     self)
        self.do_not_show.setChecked(hidden_at_sign_in)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.back_button.clicked.connect(lambda: self.show_page(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.index + 1))
        self.close_button.clicked.connect(self.accept)
        for button in (self.back_button, self.next_button, self.close_button):
            button.setAutoDefault(False)
        self._layout()
        self.show_page(0)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.do_not_show, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.position)
        layout.addWidget(self.title)
        # A long shortcut list (more features, larger fonts) scrolls instead of clipping.
        scroll = QScrollArea(self)
        scroll.setWidget(self.text)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def _shortcut_page(self, shortcuts: Sequence[Shortcut], keys: Mapping[str, str]
                       ) -> GuidePage:
        rows = "".join(
            f"<tr><td style='padding-right:16px'><b>{html.escape(' / '.join(s.keys))}</b>"
            f"</td><td>{html.escape(s.command)}</td></tr>" for s in shortcuts)
        again = self.tr("Help &gt; Keyboard shortcuts (<b>{shortcuts}</b>) shows this list "
                        "at any time; Help &gt; Getting started opens this guide again."
                        ).format_map(keys)
        return GuidePage(self.tr("Your shortcut keys"),
                         f"<table>{rows}</table><p>{again}</p>")

    def show_page(self, index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        page = self.pages[self.index]
        self.position.setText(self.tr("Page {number} of {count}").format(
            number=self.index + 1, count=len(self.pages)))
        self.title.setText(page.title)
        self.text.setText(page.text)
        last = self.index == len(self.pages) - 1
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setVisible(not last)
        self.close_button.setText(self.tr("&Done") if last else self.tr("&Close"))
        # Enter presses Next, and Done on the last page.
        self.next_button.setDefault(not last)
        self.close_button.setDefault(last)

    def hidden_at_sign_in(self) -> bool:
        return self.do_not_show.isChecked()
