"""The Groups, Business units and Targets pages with demo data, for the docs.

Its own throw-away database: demo participants (some name their business, which makes a
unit), the demo groups and facilitation records (services.demo_umkm), all through the
services.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_groups.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from enrollment_app import i18n
from enrollment_app.services.demo_data import generate_demo_participants
from enrollment_app.services.demo_umkm import generate_demo_groups_and_records
from enrollment_app.services.programs import program_id_for

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot_tools import Save, main_window, throwaway_device

PEOPLE = 300
OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def shoot_groups(save: Save) -> None:
    with throwaway_device() as (ctx, _folder):
        generate_demo_participants(ctx, PEOPLE, seed=3)
        generate_demo_groups_and_records(ctx, seed=3)
        window = main_window(ctx)
        features = window.group_features
        assert features.groups and features.units and features.targets
        window.navigation.setCurrentRow(features.groups_page)
        features.groups.group_list.setCurrentRow(0)
        features.groups.members_table.selectRow(0)
        save(window, "40-groups")
        window.navigation.setCurrentRow(features.units_page)
        features.units.unit_list.setCurrentRow(0)
        save(window, "41-business-unit")
        window.navigation.setCurrentRow(features.targets_page)
        view = features.targets
        QApplication.processEvents()
        view.program.setCurrentIndex(view.program.findData(
            program_id_for("gampang-kerja-2026")))
        QApplication.processEvents()
        view.targets_table.selectRow(4)
        save(window, "42-targets")
        window.close()


def _save(widget: QWidget, name: str) -> Path:
    for _ in range(3):
        QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


if __name__ == "__main__":
    app = QApplication.instance() or QApplication(sys.argv)
    i18n.install_translator(sys.argv[1] if len(sys.argv) > 1 else "en")
    shoot_groups(_save)
