"""The Completion page, its dialogs and the printed documents, for scripts/screenshots.py
(``shoot_completion(save)``), on their own throw-away database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_completion.py [--lang id|en]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog, QLabel

from enrollment_app.services import attendance, classes, completion, starter_packages
from enrollment_app.services.classes import ClassDraft
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.documents.attendance_sheet import write_attendance_sheet
from enrollment_app.services.documents.certificates import write_certificates
from enrollment_app.services.documents.participant_cards import write_participant_cards

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

# One row per person, one code per session (as keyed from the daftar hadir).
MARKS = ("HHHHHHHHHH", "HHHHHHHHTA", "HHHHHHHIAA", "HHHHHHHHH-", "HHHHHTTTTI", "HAHAHAHAHA",
         "HHHHHHHHHS", "HHHHHHHHII", "HHHHHHHSSS", "HHHHHHHHHH", "HHHHHHHHTT", "HHHHHAAAAA")


def shoot_completion(save: Save) -> None:
    with throwaway_device() as (ctx, folder):
        _shoot(ctx, save, folder)


def _finished_class(ctx: ServiceContext) -> tuple[str, list[str]]:
    """A class whose ten sessions are over, with its marks; (class id, session ids)."""
    women, trainer = women_program_and_trainer(ctx, "latih-pagi-88")
    first = date.today() - timedelta(days=30)
    class_id = classes.create_class(ctx, ClassDraft(
        women.id, "Tata Boga A (pagi)", "Aula Kelurahan Sukarasa", "Jl. Daan Mogot No. 12",
        KECAMATAN, trainer.actor.user_id, 30, tata_boga(women), first,
        first + timedelta(days=13)))
    accepted = accept_all(ctx, women, (register_person(ctx, serial)
                                       for serial in range(1, len(MARKS) + 1)))
    classes.assign(ctx, class_id, accepted, joined_on=first)
    sessions = classes.add_sessions(ctx, class_id, [first + timedelta(n) for n in range(10)],
                                    time(8, 0), time(12, 0),
                                    [f"Materi {n + 1}" for n in range(10)])
    people = {m.application_id: m.participant_id for m in classes.roster(ctx, class_id, first)}
    for application, codes in zip(accepted, MARKS, strict=True):
        for session_id, code in zip(sessions, codes, strict=True):
            if code != "-":
                attendance.mark(ctx, session_id, people[application], code,
                                arrival_time=time(8, 20) if code == "T" else None)
    return class_id, sessions


def _shoot(ctx: ServiceContext, save: Save, folder: Path) -> None:
    class_id, sessions = _finished_class(ctx)
    summary = completion.class_completion(ctx, class_id)
    completion.record_completion(ctx, class_id, [summary.rows[1].participant_id])
    best = starter_packages.suggestions(ctx, class_id).candidates[:3]
    starter_packages.choose(ctx, class_id, [b.participant_id for b in best],
                            "Hadir penuh dan hasil praktik paling rapi.")

    window = main_window(ctx)
    features = window.completion_features
    features.show_page()
    view = features.view
    assert view is not None
    save(window, "55-completion")
    for action, name in ((view.key_paper_sheet, "56-paper-sheet"),
                         (view.choose_best, "57-best-three"),
                         (view.record_aid, "58-aid-handover")):
        view.open_dialog = _shooter(save, name)
        action()
    window.close()
    for writer, target, name in (
            (write_participant_cards, class_id, "59a-participant-cards"),
            (write_attendance_sheet, sessions[-1], "59b-attendance-sheet"),
            (write_certificates, class_id, "59c-certificate")):
        result = writer(ctx, target, folder / f"{name}.pdf")
        _save_first_page(result.path, save, name)


def _shooter(save: Save, name: str) -> Callable[[QDialog], int]:
    """Stands in for ``dialog.exec()``: the dialog is shown, saved and closed."""
    def shoot(dialog: QDialog) -> int:
        dialog.show()
        save(dialog, name)
        dialog.close()
        return QDialog.DialogCode.Rejected.value
    return shoot


def _save_first_page(pdf: Path, save: Save, name: str) -> None:
    document = QPdfDocument()
    document.load(str(pdf))
    size = document.pagePointSize(0)
    image = document.render(0, QSize(int(size.width() * 1.4), int(size.height() * 1.4)))
    document.close()
    page = QPixmap(image.size())
    page.fill(QColor("white"))  # the rendered page is transparent where nothing is drawn
    painter = QPainter(page)
    painter.drawImage(0, 0, image)
    painter.end()
    label = QLabel()
    label.setPixmap(page)
    label.resize(image.size())
    label.show()
    save(label, name)
    label.close()
    label.deleteLater()


def main() -> int:
    return run_alone(shoot_completion, __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
