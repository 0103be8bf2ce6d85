"""Screens of classes and the trainer's attendance screen, for scripts/screenshots.py
(``shoot_classes(save)``), on their own throw-away database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_classes.py [--lang id|en]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from enrollment_app import i18n
from enrollment_app.domain.card_code import encode_card
from enrollment_app.domain.nik import make_nik
from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.services import (
    accounts,
    applications,
    attendance,
    classes,
    programs,
    registration,
    user_admin,
)
from enrollment_app.services.classes import ClassDraft
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.device_setup import initialize_device
from enrollment_app.services.programs import ProgramInfo
from enrollment_app.storage.database import Database
from enrollment_app.ui.main_window import MainWindow

Save = Callable[[QWidget, str], Path]
SCREEN = QSize(1366, 768)
KECAMATAN, KELURAHAN = "36.71.01", "36.71.01.1001"
FIRST = ("Siti", "Dewi", "Nur", "Rina", "Sri", "Ani", "Yuli", "Lina", "Wati", "Ratna")
LAST = ("Aminah", "Rahmawati", "Hasanah", "Lestari", "Wahyuni", "Susanti")


def _person(ctx: ServiceContext, serial: int) -> str:
    born = date(1985 + serial % 10, 1 + serial % 12, 1 + serial % 27)
    name = f"{FIRST[serial % len(FIRST)]} {LAST[serial % len(LAST)]}"
    return registration.register_participant(ctx, ParticipantDraft(
        nik=make_nik(KECAMATAN, born, "P", serial), kk=f"36710101010{serial:05d}",
        full_name=name, sex="P", birth_place="Tangerang", birth_date=born,
        street="Jl. Melati No. 5", rt="003", rw="007", kecamatan_code=KECAMATAN,
        kelurahan_code=KELURAHAN, phone=f"0812{serial:08d}", education="sma",
        employment="ibu_rumah_tangga", marital_status="kawin", household_role="istri",
        registry_status="dtsen", desil=3, assistance=frozenset({"pkh"}), disability="none",
        consent=True), confirmed=frozenset({registration.POSSIBLE_DUPLICATE}))


def tata_boga(program: ProgramInfo) -> str:
    """The id of the program's cooking skill (the classes are named after it)."""
    return next((skill.id for skill in program.skills if skill.name == "Tata Boga"),
                program.skills[0].id)


def shoot_classes(save: Save) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder))
        try:
            ctx = initialize_device(db, device_name="Tim Cipondoh 1",
                                    supervisor_username="rina", password="kopi-pagi-77",
                                    supervisor_full_name="Rina Wulandari")
            _shoot(ctx, save)
        finally:
            db.close()


def _shoot(ctx: ServiceContext, save: Save) -> None:
    women = next(p for p in programs.list_programs(ctx) if p.eligibility.get("sex") == "P")
    programs.set_quotas(ctx, women.id, {KECAMATAN: 100})
    user_admin.add_user(ctx, username="budi", password="latih-pagi-88", role="trainer",
                        full_name="Budi Hartono")
    trainer = accounts.sign_in(ctx.db, ctx.device_id, "budi", "latih-pagi-88")
    today = date.today()
    drafts = [ClassDraft(women.id, name, venue, "Jl. Daan Mogot No. 12", KECAMATAN,
                         trainer.actor.user_id, 32, tata_boga(women),
                         today - timedelta(days=7), today + timedelta(days=40))
              for name, venue in (("Tata Boga A (pagi)", "Aula Kelurahan Sukarasa"),
                                  ("Tata Boga B (sore)", "Balai Warga RW 07"))]
    class_ids = [classes.create_class(ctx, d) for d in drafts]
    people = [_person(ctx, serial) for serial in range(1, 35)]
    accepted = []
    for person in people:
        application = applications.apply(ctx, person, women.id, tata_boga(women))
        applications.decide(ctx, application, "accepted")
        accepted.append(application)
    classes.assign(ctx, class_ids[0], accepted[:30], joined_on=today - timedelta(days=7))
    classes.assign(ctx, class_ids[1], accepted[30:32], joined_on=today - timedelta(days=7))
    for class_id in class_ids:
        classes.add_schedule(ctx, class_id, today - timedelta(days=7), today + timedelta(21),
                             {today.weekday(), (today.weekday() + 2) % 7}, time(8, 0),
                             time(12, 0), ["Pembukaan dan keamanan pangan", "Kue basah",
                                           "Kue kering", "Masakan rumahan", "Pengemasan"])
    session = attendance.session_on(ctx, class_ids[0])
    assert session is not None
    roster = attendance.session_roster(ctx, session.id)
    for n, row in enumerate(roster[:14]):
        attendance.scan(ctx, session.id, encode_card(row.participant_id),
                        now=time(7, 40 + n))
    attendance.mark(ctx, session.id, roster[14].participant_id, "T", time(8, 25))
    attendance.mark(ctx, session.id, roster[15].participant_id, "S")
    attendance.mark(ctx, session.id, roster[16].participant_id, "I")

    supervisor_window = MainWindow(ctx, device_name="Tim Cipondoh 1")
    supervisor_window.resize(SCREEN)
    features = supervisor_window.class_features
    supervisor_window.navigation.setCurrentRow(features.classes_page)
    assert features.classes is not None
    features.classes.tabs.setCurrentIndex(2)
    save(supervisor_window, "50-classes-people")
    features.classes.tabs.setCurrentIndex(1)
    save(supervisor_window, "51-classes-sessions")
    dialog = features.classes.edit_class()
    assert dialog is not None
    save(dialog, "52-class-dialog")
    dialog.close()
    supervisor_window.close()

    window = MainWindow(trainer, device_name="Tim Cipondoh 1")
    window.resize(SCREEN)
    window.class_features.show_attendance()
    view = window.class_features.attendance
    assert view is not None
    window.show()  # shown first, so the table scrolls to the scanned row
    QTest.keyClicks(view.scan_field, encode_card(roster[17].participant_id))
    QTest.keyClick(view.scan_field, "\r")
    save(window, "53-attendance-scanned")
    outsider = classes.roster(ctx, class_ids[1])[0]
    view.scan_text(encode_card(outsider.participant_id))
    save(window, "54-attendance-wrong-class")
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
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

    shoot_classes(save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
