"""Child process of the start-up benchmark: show a window, exit after its first paint.

    python bench/startup_probe.py bare
    python bench/startup_probe.py app --data-dir DIR --user supervisor --password ...
    python bench/startup_probe.py shell-first --data-dir DIR --user ... --password ...

``bare`` shows an empty PySide6 QMainWindow (the baseline). ``app`` follows the GUI's
own start (``enrollment_app.ui.app``): import it, ``create_application()`` (translations,
font), ``open_database()`` (migration check included), sign in (the password check of
the login dialog, argon2 included, without the typing) and show
``build_main_window(ctx)``, whose participant list loads its first page and count. While
``ui.app`` does not exist it shows a QMainWindow holding that first page instead.
``shell-first`` is a what-if for the proposed fix: paint a window shell right after
QApplication, then import the storage and services, open the database, sign in and fill
the first page (``data_ready``).
Prints one JSON line on stdout: phase times (ms since the script started) and
``first_paint_monotonic``, the first paint on the system-wide monotonic clock, so the
parent can measure from the moment it started the process (Python start-up included,
interpreter shutdown excluded: the user does not wait for that).
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

phases: dict[str, float] = {}


def mark(name: str) -> None:
    phases[name] = round((time.perf_counter() - STARTED) * 1000, 1)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("bare", "app", "shell-first"))
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--user", default="supervisor")
    parser.add_argument("--password", default="")
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    mark("qt_imported")
    window: Any
    variant: str
    if args.mode == "app":
        app, window, variant = _app(args)
    else:
        app = QApplication(sys.argv[:1])
        mark("qapplication")
    loaded: list[float] = []
    after_first_paint: Any = app.quit
    if args.mode in ("bare", "shell-first"):
        window = QMainWindow()
        window.setWindowTitle(args.mode)
        window.resize(1024, 700)
        variant = "bare QMainWindow"
        if args.mode == "shell-first":
            variant = "what-if: window shell first, data loaded after the first paint"

            def load() -> None:
                fallback, _variant = _fallback_window(args)
                window.setCentralWidget(fallback.takeCentralWidget())
                mark("data_ready")
                loaded.append(time.monotonic())
                QTimer.singleShot(0, app.quit)

            after_first_paint = load
    mark("window_built")

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "first_paint" not in phases:
                mark("first_paint")
                painted.append(time.monotonic())
                # After this frame is finished: quit, or load the data (shell-first).
                QTimer.singleShot(0, after_first_paint)
            return False

    painted: list[float] = []
    watcher = FirstPaint()
    app.installEventFilter(watcher)
    QTimer.singleShot(30_000, app.quit)  # never hang the benchmark
    window.show()
    mark("shown")
    app.exec()
    mark("quit")
    print(json.dumps({"variant": variant, "phases": phases,
                      "first_paint_monotonic": painted[0] if painted else None,
                      "data_ready_monotonic": loaded[0] if loaded else None}), flush=True)
    return 0 if "first_paint" in phases else 1


def _app(args: argparse.Namespace) -> tuple[Any, Any, str]:
    """The GUI's start sequence up to the (not yet shown) main window."""
    try:
        from enrollment_app.ui import app as ui_app
    except ImportError:
        ui_app = None
    if ui_app is None or not hasattr(ui_app, "build_main_window"):
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])
        mark("qapplication")
        window, variant = _fallback_window(args)
        return app, window, variant
    from enrollment_app.services.accounts import sign_in
    from enrollment_app.services.device_setup import require_device

    mark("app_imported")
    app = ui_app.create_application()
    mark("qapplication")
    db = ui_app.open_database(str(args.data_dir))
    if db is None:
        raise SystemExit("database not opened")
    mark("database_open")
    device = require_device(db)
    ctx = sign_in(db, device.id, args.user, args.password)
    mark("signed_in")
    window = ui_app.build_main_window(ctx)
    return app, window, "enrollment_app.ui.app: create_application, open_database, " \
                        "build_main_window"


def _fallback_window(args: argparse.Namespace) -> tuple[Any, str]:
    """A QMainWindow with the first page of the participant list (search + count)."""
    from PySide6.QtWidgets import QMainWindow, QTableWidget, QTableWidgetItem

    from enrollment_app.services.accounts import sign_in
    from enrollment_app.services.device_setup import require_device
    from enrollment_app.services.participant_search import (
        SearchQuery,
        count_participants,
        search_participants,
    )
    from enrollment_app.storage.database import Database

    mark("app_imported")
    db = Database.open(args.data_dir)
    mark("database_open")
    device = require_device(db)
    sign_in(db, device.id, args.user, args.password)
    mark("signed_in")
    rows = search_participants(db, SearchQuery())
    total = count_participants(db, SearchQuery())
    mark("first_page_loaded")
    window = QMainWindow()
    window.setWindowTitle(f"{total} participants")
    window.resize(1024, 700)
    table = QTableWidget(len(rows), 3)
    for index, row in enumerate(rows):
        for column, value in enumerate((row.nik, row.full_name, str(row.birth_date))):
            table.setItem(index, column, QTableWidgetItem(value))
    window.setCentralWidget(table)
    return window, "fallback: QMainWindow + first search page (ui.app not available)"


if __name__ == "__main__":
    raise SystemExit(main())
