"""Long work never blocks the GUI thread: a timer keeps ticking during an export.

A QTimer on the GUI thread counts ticks every 20 ms while the export dialog's worker
writes a bundle of a few thousand people; the window must keep turning all the way
through (no gap longer than ``MAX_GAP_S``) and the progress bar must move.
"""

from __future__ import annotations

import time
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from enrollment_app import i18n
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.demo_data import generate_demo_participants
from enrollment_app.ui.sync.export_dialog import ExportDialog
from enrollment_app.ui.widgets.banner import BannerKind
from tests.resilience.crash_harness import report

PEOPLE = 4000
TICK_MS = 20
MAX_GAP_S = 0.5  # a person notices a frozen window after a few hundred milliseconds


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    i18n.install_translator("en")


def test_the_window_keeps_turning_while_a_bundle_is_written(
        qtbot: QtBot, device: ServiceContext, usb: Path) -> None:
    generate_demo_participants(device, PEOPLE, seed=6)
    dialog = ExportDialog(device, folder=str(usb))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: "will hold" in dialog.summary_title.text(), timeout=30_000)
    ticks: list[float] = []
    progress: list[int] = []
    timer = QTimer(dialog)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    dialog.progress.valueChanged.connect(progress.append)
    timer.start()
    started = time.monotonic()
    with qtbot.waitSignal(dialog.exported, timeout=120_000) as written:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    ended = time.monotonic()
    timer.stop()
    assert written.args[0].counts["participants"] == PEOPLE
    assert dialog.banner.kind() == BannerKind.SUCCESS
    during = [t for t in ticks if started <= t <= ended]
    assert len(during) > 0
    edges = [started, *during, ended]
    longest = max(b - a for a, b in pairwise(edges))
    assert longest < MAX_GAP_S, (f"the GUI thread stood still for {longest:.2f} s "
                                 f"during a {ended - started:.2f} s export")
    assert len(set(progress)) > 2, "the progress bar never moved"
    report("event_loop", export_s=round(ended - started, 2), ticks=len(during),
           longest_gap_s=round(longest, 3))
