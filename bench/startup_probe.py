"""Child process of the start-up benchmark: start a GUI, report when its windows paint.

    python bench/startup_probe.py bare
    python bench/startup_probe.py app --data-dir DIR --user supervisor --password ...

``bare`` shows an empty PySide6 QMainWindow (the baseline) and quits after its first
paint. ``app`` runs the GUI's own start, ``enrollment_app.ui.app``: import it,
``create_application()`` (translations, font), then ``start()``, which shows the login
dialog, opens (and if needed migrates) the database after the dialog's first paint and
fills in the user names. As soon as the dialog is ready the probe signs in at once (no
typing; argon2 included) and ``start()`` builds and shows the main window, whose
participant list loads its first page and count. The probe quits after the main
window's first paint.

Prints one JSON line on stdout: phase times (ms since the script started) and, on the
system-wide monotonic clock so the parent can measure from the moment it started the
process (Python start-up included, interpreter shutdown excluded: the user does not wait
for that): ``first_paint_monotonic`` (the first window painted: the bare window, or the
app's login dialog: the first usable window), and for ``app`` ``ready_monotonic`` (the
dialog holds the user names: the database is open) and ``main_window_monotonic`` (the
signed-in main window painted).
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
moments: dict[str, float] = {}


def mark(name: str) -> None:
    phases[name] = round((time.perf_counter() - STARTED) * 1000, 1)
    moments[name] = time.monotonic()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("bare", "app"))
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--user", default="supervisor")
    parser.add_argument("--password", default="")
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    mark("qt_imported")
    if args.mode == "app":
        from enrollment_app.ui import app as ui_app

        mark("app_imported")
        app = ui_app.create_application()
    else:
        app = QApplication(sys.argv[:1])
    mark("qapplication")

    class Paints(QObject):
        """Marks the first paint of each top-level window class."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and hasattr(watched, "window"):
                name = type(watched.window()).__name__
                if "first_paint" not in phases:
                    mark("first_paint")
                    variant.append(f"first window painted: {name}")
                if name == "MainWindow" and "main_window_painted" not in phases:
                    mark("main_window_painted")
                if args.mode == "bare" or "main_window_painted" in phases:
                    QTimer.singleShot(0, app.quit)  # after this frame is finished
            return False

    variant: list[str] = []
    watcher = Paints()
    app.installEventFilter(watcher)
    QTimer.singleShot(60_000, app.quit)  # never hang the benchmark
    if args.mode == "bare":
        window: Any = QMainWindow()
        window.setWindowTitle("bare")
        window.resize(1024, 700)
        window.show()
        mark("shown")
        app.exec()
    else:
        QTimer.singleShot(0, lambda: _sign_in_when_ready(args))
        started = ui_app.start(str(args.data_dir))
        if isinstance(started, int):
            raise SystemExit(f"the app did not start (status {started})")
        mark("main_window_shown")
        if "main_window_painted" not in phases:
            app.exec()
        started.db.close()
    mark("quit")
    print(json.dumps({
        "variant": "; ".join(variant), "phases": phases,
        "first_paint_monotonic": moments.get("first_paint"),
        "ready_monotonic": moments.get("login_ready"),
        "main_window_monotonic": moments.get("main_window_painted")}), flush=True)
    return 0 if "first_paint" in phases else 1


def _sign_in_when_ready(args: argparse.Namespace) -> None:
    """Once the login dialog holds the user names, sign in as if typed (no delay)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from enrollment_app.ui.login_dialog import LoginDialog

    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, LoginDialog) or not dialog.has_access:
        QTimer.singleShot(1, lambda: _sign_in_when_ready(args))
        return
    mark("login_ready")
    dialog.username.setEditText(args.user)
    dialog.password.setText(args.password)
    dialog.try_sign_in()
    if dialog.context is None:
        raise SystemExit(f"sign-in failed: {dialog.error.text()}")
    mark("signed_in")


if __name__ == "__main__":
    raise SystemExit(main())
