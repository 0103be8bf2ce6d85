"""The Backups screen and its question before a restore, for scripts/screenshots.py
(``shoot_backups(save)``).

Its own throw-away database: demo participants, the daily backup, more people registered
since and a backup made by hand, all through the services.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_backups.py [--lang id|en]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from enrollment_app import i18n
from enrollment_app.services import backups
from enrollment_app.services.demo_data import generate_demo_participants
from enrollment_app.services.device_setup import initialize_device
from enrollment_app.storage.database import Database
from enrollment_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot_tools import answer_next_box, wait_until

SCREEN = QSize(1366, 768)
Save = Callable[[QWidget, str], Path]


def shoot_backups(save: Save) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder))
        try:
            ctx = initialize_device(db, device_name="Tim Cipondoh 1",
                                    supervisor_username="rina", password="kopi-pagi-77",
                                    supervisor_full_name="Rina Wulandari")
            generate_demo_participants(ctx, 120, seed=5)
            backups.take_daily_backup(db)
            generate_demo_participants(ctx, 30, seed=6)
            window = MainWindow(ctx, device_name="Tim Cipondoh 1")
            window.resize(SCREEN)
            window.show()
            features = window.backup_features
            view = features.view
            assert view is not None
            window.navigation.setCurrentRow(features.page)
            wait_until(lambda: view.model.rowCount() == 1)
            view.back_up_now()  # as the "Back up now" button does
            wait_until(lambda: view.model.rowCount() == 2)
            view.select_row(1)
            save(window, "80-backups")
            answer_next_box(accept=False, save=save, name="81-restore-question")
            view.restore_selected()
            window.close()
        finally:
            db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default="id")
    args = parser.parse_args()
    from screenshots import OUT, gui, save

    os.environ[i18n.LANGUAGE_ENV] = args.lang
    gui.create_application()
    OUT.mkdir(parents=True, exist_ok=True)
    shoot_backups(save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
