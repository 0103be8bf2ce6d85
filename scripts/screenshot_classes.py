"""Screens of classes and the trainer's attendance screen, for scripts/screenshots.py
(``shoot_classes(save)``), on their own throw-away database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_classes.py [--lang id|en]
"""

from __future__ import annotations

import sys
from datetime import date, time, timedelta
from pathlib import Path

from PySide6.QtTest import QTest

from enrollment_app.domain.card_code import encode_card
from enrollment_app.services import attendance, classes
from enrollment_app.services.classes import ClassDraft
from enrollment_app.services.context import ServiceContext

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot_tools import (
    KECAMATAN,
    Save,
    accept_all,
    main_window,
    register_person,
    run_alone,
    tata_boga,
    throwaway_device,
    women_program_and_trainer,
)


def shoot_classes(save: Save) -> None:
    with throwaway_device() as (ctx, _folder):
        _shoot(ctx, save)


def _shoot(ctx: ServiceContext, save: Save) -> None:
    women, trainer = women_program_and_trainer(ctx, "latih-pagi-88")
    today = date.today()
    drafts = [ClassDraft(women.id, name, venue, "Jl. Daan Mogot No. 12", KECAMATAN,
                         trainer.actor.user_id, 32, tata_boga(women),
                         today - timedelta(days=7), today + timedelta(days=40))
              for name, venue in (("Tata Boga A (pagi)", "Aula Kelurahan Sukarasa"),
                                  ("Tata Boga B (sore)", "Balai Warga RW 07"))]
    class_ids = [classes.create_class(ctx, d) for d in drafts]
    people = [register_person(ctx, serial) for serial in range(1, 35)]
    accepted = accept_all(ctx, women, people)
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

    supervisor_window = main_window(ctx, show=False)
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

    window = main_window(trainer, show=False)
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
    return run_alone(shoot_classes, __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
