"""Small helpers shared by the screenshot scripts: a throw-away device, the main window at
the field laptops' size, people and classes of the women's program, waiting for background
work, answering (and photographing) a modal message box the screen opens with ``exec()``,
and running one script on its own."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from enrollment_app import i18n
from enrollment_app.domain.nik import make_nik
from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.services import accounts, applications, programs, registration, user_admin
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.device_setup import initialize_device
from enrollment_app.services.programs import ProgramInfo
from enrollment_app.storage.database import Database
from enrollment_app.ui.main_window import MainWindow
from enrollment_app.ui.registration.prompts import RegistrationPrompts

Save = Callable[[QWidget, str], Path]
POLL_MS = 10
SCREEN = QSize(1366, 768)
DEVICE_NAME = "Tim Cipondoh 1"
PASSWORD = "kopi-pagi-77"
KECAMATAN, KELURAHAN = "36.71.01", "36.71.01.1001"
FIRST = ("Siti", "Dewi", "Nur", "Rina", "Sri", "Ani", "Yuli", "Lina", "Wati", "Ratna")
LAST = ("Aminah", "Rahmawati", "Hasanah", "Lestari", "Wahyuni", "Susanti")


@contextmanager
def throwaway_database(data_folder: str = "") -> Iterator[tuple[Database, Path]]:
    """A database in a temporary folder (in its sub-folder ``data_folder`` if given):
    (database, temporary folder). Closed and removed afterwards."""
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        if data_folder:
            data = data / data_folder
            data.mkdir()
        db = Database.open(data)
        try:
            yield db, Path(folder)
        finally:
            db.close()


def set_up_device(db: Database) -> ServiceContext:
    """The device set up by the first-run wizard, its supervisor 'rina' signed in."""
    return initialize_device(db, device_name=DEVICE_NAME, supervisor_username="rina",
                             password=PASSWORD, supervisor_full_name="Rina Wulandari")


@contextmanager
def throwaway_device(data_folder: str = "") -> Iterator[tuple[ServiceContext, Path]]:
    """``throwaway_database`` with the device set up: (supervisor, temporary folder)."""
    with throwaway_database(data_folder) as (db, folder):
        yield set_up_device(db), folder


def main_window(ctx: ServiceContext, *, show: bool = True,
                prompts: RegistrationPrompts | None = None) -> MainWindow:
    """The main window at the field laptops' 1366x768."""
    window = MainWindow(ctx, device_name=DEVICE_NAME, prompts=prompts)
    window.resize(SCREEN)
    if show:
        window.show()
    return window


def register_person(ctx: ServiceContext, serial: int, name: str = "", sex: str = "P",
                    born: date | None = None) -> str:
    """Registers a person of the kelurahan (a woman from FIRST/LAST unless told)."""
    born = born or date(1985 + serial % 10, 1 + serial % 12, 1 + serial % 27)
    name = name or f"{FIRST[serial % len(FIRST)]} {LAST[serial % len(LAST)]}"
    return registration.register_participant(ctx, ParticipantDraft(
        nik=make_nik(KECAMATAN, born, sex, serial), kk=f"36710101010{serial:05d}",
        full_name=name, sex=sex, birth_place="Tangerang", birth_date=born,
        street="Jl. Melati No. 5", rt="003", rw="007", kecamatan_code=KECAMATAN,
        kelurahan_code=KELURAHAN, phone=f"0812{serial:08d}", education="sma",
        employment="ibu_rumah_tangga" if sex == "P" else "buruh_harian",
        marital_status="kawin", household_role="istri" if sex == "P" else "kepala_keluarga",
        registry_status="dtsen", desil=3, assistance=frozenset({"pkh"}), disability="none",
        consent=True), confirmed=frozenset({registration.POSSIBLE_DUPLICATE}))


def tata_boga(program: ProgramInfo) -> str:
    """The id of the program's cooking skill (the classes are named after it)."""
    return next((skill.id for skill in program.skills if skill.name == "Tata Boga"),
                program.skills[0].id)


def women_program_and_trainer(ctx: ServiceContext,
                              password: str) -> tuple[ProgramInfo, ServiceContext]:
    """The women's program with a quota in KECAMATAN, and its new trainer 'budi' (signed
    in with ``password``)."""
    women = next(p for p in programs.list_programs(ctx) if p.eligibility.get("sex") == "P")
    programs.set_quotas(ctx, women.id, {KECAMATAN: 100})
    user_admin.add_user(ctx, username="budi", password=password, role="trainer",
                        full_name="Budi Hartono")
    return women, accounts.sign_in(ctx.db, ctx.device_id, "budi", password)


def accept_all(ctx: ServiceContext, program: ProgramInfo, people: Iterable[str]) -> list[str]:
    """Each person applies to ``program`` for Tata Boga and is accepted: the applications."""
    accepted = []
    for person in people:
        application = applications.apply(ctx, person, program.id, tata_boga(program))
        applications.decide(ctx, application, "accepted")
        accepted.append(application)
    return accepted


def wait_until(condition: Callable[[], bool], seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def answer_next_box(*, accept: bool, save: Save | None = None, name: str = "") -> None:
    """When the next message box is open: save it as ``name`` (with ``save``), then click
    its default button (``accept``) or cancel it. Call it just before the action."""
    def attempt() -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(POLL_MS, attempt)
            return
        if save is not None:
            save(box, name)
        button = box.defaultButton()
        if accept and button is not None:
            button.click()
        else:
            box.reject()

    QTimer.singleShot(0, attempt)


def run_alone(shoot: Callable[[Save], None], description: str) -> int:
    """A script's ``main()``: ``--lang`` and ``--out``, then its screens saved there."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default="id")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1]
                        / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv)
    i18n.install_translator(args.lang)
    args.out.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget, name: str) -> Path:
        widget.show()
        app.processEvents()
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)
        return path

    shoot(save)
    return 0


def run_like_screenshots(shoot: Callable[[Save], None], description: str) -> int:
    """A script's ``main()``: ``--lang``, then its screens saved as scripts/screenshots.py
    saves them (in docs/screenshots)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default="id")
    args = parser.parse_args()
    from screenshots import OUT, gui, save

    os.environ[i18n.LANGUAGE_ENV] = args.lang
    gui.create_application()
    OUT.mkdir(parents=True, exist_ok=True)
    shoot(save)
    return 0


def run_into_argument(shoot: Callable[[Save], None]) -> None:
    """A script run on its own: its screens saved in the folder given as its first
    argument (docs/screenshots by default)."""
    from enrollment_app.ui import app as gui

    gui.create_application()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")

    def save_to(widget: QWidget, name: str) -> Path:
        QApplication.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)
        return path

    shoot(save_to)
