"""Screens of File > Settings, the first-hour guide and the keyboard shortcut sheet.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_help.py [--out DIR]
        [--main-windows]

Writes 82-settings.png, 83-getting-started-field-officer.png, 84-getting-started-
supervisor.png and 85-keyboard-shortcuts.png (in the language of ENROLLMENT_LANG, default
Indonesian) on a throw-away database; with --main-windows also main-window-id.png and
main-window-en.png, the supervisor's window at 1366x768 in each language (to check that
both fit).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from enrollment_app import i18n
from enrollment_app.services import accounts, user_admin
from enrollment_app.services.context import ServiceContext
from enrollment_app.ui import app as gui
from enrollment_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot_tools import (
    PASSWORD,
    SCREEN,
    Save,
    set_up_device,
    throwaway_database,
    throwaway_device,
)

ROOT = Path(__file__).resolve().parents[1]


def _window(ctx: ServiceContext) -> MainWindow:
    window = gui.build_main_window(ctx)
    window.resize(SCREEN)
    window.show()
    QApplication.processEvents()
    return window


def _shown(widget: QWidget) -> QWidget:
    widget.show()
    widget.activateWindow()
    QApplication.processEvents()
    return widget


def shoot_help(save: Save, language: str) -> None:
    """The help and settings screens in ``language``, for the docs."""
    i18n.install_translator(language)
    with throwaway_database() as (db, _folder):
        supervisor = set_up_device(db)
        user_admin.add_user(supervisor, username="dewi", password=PASSWORD,
                            role="field_officer", full_name="Dewi Lestari")
        officer = accounts.sign_in(db, supervisor.device_id, "dewi", PASSWORD)
        window = _window(supervisor)
        save(_shown(window.settings_features.open_settings()), "82-settings")
        window.close()
        window = _window(officer)
        guide = _shown(window.help_features.open_guide())
        guide.show_page(1)
        save(guide, "83-getting-started-field-officer")
        guide.close()
        window.close()
        window = _window(supervisor)
        guide = window.help_features.open_guide()
        guide.show_page(len(guide.pages) - 1)
        save(_shown(guide), "84-getting-started-supervisor")
        guide.close()
        save(_shown(window.help_features.open_shortcuts()), "85-keyboard-shortcuts")
        window.close()


def shoot_main_windows(save: Save) -> None:
    """The supervisor's main window at 1366x768 in every language (for checking sizes)."""
    with throwaway_device() as (ctx, _folder):
        for language in i18n.LANGUAGES:
            i18n.install_translator(language)
            window = _window(ctx)
            save(window, f"main-window-{language}")
            window.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--main-windows", action="store_true")
    args = parser.parse_args(argv)
    gui.create_application()
    args.out.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget, name: str) -> Path:
        QApplication.processEvents()
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)
        return path

    shoot_help(save, i18n.chosen_language())
    if args.main_windows:
        shoot_main_windows(save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
