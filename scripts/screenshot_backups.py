"""The Backups screen and its question before a restore, for scripts/screenshots.py
(``shoot_backups(save)``).

Its own throw-away database: demo participants, the daily backup, more people registered
since and a backup made by hand, all through the services.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_backups.py [--lang id|en]
"""

from __future__ import annotations

import sys
from pathlib import Path

from enrollment_app.services import backups
from enrollment_app.services.demo_data import generate_demo_participants

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot_tools import (
    Save,
    answer_next_box,
    main_window,
    run_like_screenshots,
    throwaway_device,
    wait_until,
)


def shoot_backups(save: Save) -> None:
    with throwaway_device() as (ctx, _folder):
        generate_demo_participants(ctx, 120, seed=5)
        backups.take_daily_backup(ctx.db)
        generate_demo_participants(ctx, 30, seed=6)
        window = main_window(ctx)
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


def main() -> int:
    return run_like_screenshots(shoot_backups, __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
