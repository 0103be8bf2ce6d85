"""The Programs (catalog) screen opened and driven like a person: shared by its tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from enrollment_app.services.context import ServiceContext
from enrollment_app.ui.programs.catalog_view import CatalogView


def catalog_view(qtbot: QtBot, ctx: ServiceContext) -> CatalogView:
    view = CatalogView(ctx)
    qtbot.addWidget(view)
    view.resize(1190, 680)
    view.show()
    qtbot.waitExposed(view)
    return view


def click_program(qtbot: QtBot, view: CatalogView, name_part: str) -> None:
    """Click the program whose list text holds ``name_part``."""
    for row in range(view.program_list.count()):
        item = view.program_list.item(row)
        if name_part in item.text():
            rect = view.program_list.visualItemRect(item)
            qtbot.mouseClick(view.program_list.viewport(), Qt.MouseButton.LeftButton,
                             pos=rect.center())
            return
    raise AssertionError(f"no program {name_part!r} in the list")
