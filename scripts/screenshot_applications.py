"""Screens of applications, the selection interview and a person's history, for
scripts/screenshots.py (``shoot_applications(save)``), on their own throw-away database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_applications.py [--lang id|en]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from enrollment_app import i18n
from enrollment_app.domain.nik import make_nik
from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.services import applications, programs, registration
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.data_subject import find_subject
from enrollment_app.services.device_setup import initialize_device
from enrollment_app.storage.database import Database
from enrollment_app.ui.applications.apply_dialog import ApplyDialog
from enrollment_app.ui.applications.history_dialog import ParticipantHistoryDialog
from enrollment_app.ui.applications.interview_dialog import InterviewDialog

Save = Callable[[QWidget, str], Path]
KECAMATAN, KELURAHAN = "36.71.01", "36.71.01.1001"


def _person(ctx: ServiceContext, serial: int, name: str, sex: str, born: date) -> str:
    return registration.register_participant(ctx, ParticipantDraft(
        nik=make_nik(KECAMATAN, born, sex, serial), kk=f"36710101010{serial:05d}",
        full_name=name, sex=sex, birth_place="Tangerang", birth_date=born,
        street="Jl. Melati No. 5", rt="003", rw="007", kecamatan_code=KECAMATAN,
        kelurahan_code=KELURAHAN, phone=f"0812{serial:08d}", education="sma",
        employment="ibu_rumah_tangga" if sex == "P" else "buruh_harian",
        marital_status="kawin", household_role="istri" if sex == "P" else "kepala_keluarga",
        registry_status="dtsen", desil=3, assistance=frozenset({"pkh"}), disability="none",
        consent=True), confirmed=frozenset({registration.POSSIBLE_DUPLICATE}))


def shoot_applications(save: Save) -> None:
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
    catalog = programs.list_programs(ctx)
    women = next(p for p in catalog if p.eligibility.get("sex") == "P")
    dinsos = next(p for p in catalog if p.requires_interview)
    man = _person(ctx, 1, "Budi Santoso", "L", date(1968, 5, 3))
    woman = _person(ctx, 2, "Siti Rahmawati", "P", date(1990, 2, 15))

    apply_man = ApplyDialog(ctx, find_subject(ctx, man))
    apply_man.select_program(women.id)
    QTest.keyClicks(apply_man.override_reason, "Pendamping istri penyandang disabilitas.")
    save(apply_man, "10-apply-not-eligible")
    apply_man.close()

    first = applications.apply(ctx, woman, dinsos.id, dinsos.skills[0].id)
    applications.apply(ctx, woman, women.id, women.skills[0].id)
    interview = InterviewDialog(ctx, first)
    QTest.keyClicks(interview.answers.focus_order()[0],
                    "Ingin membuka usaha katering di rumah")
    interview.score.setValue(85)
    interview.recommendation.set_code("recommended")
    interview.show()
    save(interview, "11-interview")
    interview.save()
    interview.decision.decide("accepted")
    save(interview, "12-interview-decided")
    interview.close()

    history = ParticipantHistoryDialog(ctx, find_subject(ctx, woman))
    save(history, "13-participant-history")
    history.close()


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

    shoot_applications(save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
