"""Help > Keyboard shortcuts: every shortcut of the main window, grouped by menu.

Built from the window's menus each time it opens (ui.help.shortcut_list), plus the keys
every form and dialog understands, which Qt itself provides.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from enrollment_app.ui.help.shortcut_list import Shortcut, window_shortcuts

SHEET_SIZE = (620, 560)


def general_keys() -> list[tuple[str, str]]:
    """(keys, what they do) in every form, list and dialog."""
    return [
        ("Tab / Shift+Tab", QCoreApplication.translate(
            "ShortcutSheet", "Next field / previous field")),
        ("Enter", QCoreApplication.translate(
            "ShortcutSheet", "Save the form; in the list, open the selected person")),
        ("Esc", QCoreApplication.translate("ShortcutSheet", "Close a dialog without saving")),
        ("Alt", QCoreApplication.translate(
            "ShortcutSheet", "With the underlined letter: open that menu or press that "
            "button")),
    ]


class ShortcutSheet(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(*SHEET_SIZE)
        intro = QLabel(self.tr("The shortcuts of the menus you can use, read from the "
                               "menus themselves."), self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Command")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self._fill(window_shortcuts(window))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, shortcuts: list[Shortcut]) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for shortcut in shortcuts:
            menu = shortcut.menu or self.tr("Screens")
            if menu not in groups:
                groups[menu] = self._group(self.tr("{menu} menu").format(menu=menu)
                                           if shortcut.menu else menu)
            QTreeWidgetItem(groups[menu], [" / ".join(shortcut.keys), shortcut.command])
        general = self._group(self.tr("In every form, list and dialog"))
        for keys, meaning in general_keys():
            QTreeWidgetItem(general, [keys, meaning])
        self.tree.expandAll()

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title])
        item.setFirstColumnSpanned(True)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, keys, command) of every line shown, for tests and screenshots."""
        found = []
        for group_row in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(group_row)
            for row in range(group.childCount()):
                child = group.child(row)
                found.append((group.text(0), child.text(0), child.text(1)))
        return found
