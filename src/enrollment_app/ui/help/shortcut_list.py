"""The keyboard shortcuts of a window, read from its real menus so the list never goes
stale: whatever a feature adds to a menu (with a shortcut) is listed, whatever a role
cannot use (hidden actions) is not."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

MENU_PATH_SEPARATOR = " > "
_MNEMONIC = re.compile(r"&(.)")


@dataclass(frozen=True)
class Shortcut:
    menu: str  # "File" or "Participants > Requests" (plain text, translated)
    command: str  # "New registration"
    keys: tuple[str, ...]  # ("Ctrl+N",), as the platform writes them


def plain_text(text: str) -> str:
    """A menu text without its mnemonic marks and trailing dots ("&Settings..." ->
    "Settings"; "&&" stays one "&")."""
    return _MNEMONIC.sub(r"\1", text).removesuffix("...").removesuffix("\u2026").strip()


def key_text(action: QAction) -> str:
    """The action's shortcuts as the platform writes them, "F1 / Ctrl+/" for several."""
    return " / ".join(_keys(action))


def window_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every visible menu action with a shortcut, in menu order, then the window's own
    actions that are in no menu."""
    found: list[Shortcut] = []
    listed: set[QAction] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and top.isVisible():
            _walk(menu, [plain_text(top.text())], found, listed)
    for action in window.actions():
        if action not in listed and action.isVisible() and _keys(action):
            found.append(Shortcut("", plain_text(action.text()), _keys(action)))
    return found


def _walk(menu: QMenu, path: list[str], found: list[Shortcut], listed: set[QAction]) -> None:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            _walk(submenu, [*path, plain_text(action.text())], found, listed)
            continue
        listed.add(action)
        if _keys(action):
            found.append(Shortcut(MENU_PATH_SEPARATOR.join(path), plain_text(action.text()),
                                  _keys(action)))


def _keys(action: QAction) -> tuple[str, ...]:
    return tuple(sequence.toString(QKeySequence.SequenceFormat.NativeText)
                 for sequence in action.shortcuts() if not sequence.isEmpty())
